// Chinese names shown for the contract's codes.
export const KIND_NAMES: Record<string, string> = { speech: '讲话稿', minutes: '会议纪要', record: '会议记录', ledger: '督办台账' };
export const VERSION_KIND_NAMES: Record<string, string> = { generated: '生成', saved: '保存', autosave: '自动保存', restored: '恢复', imported: '导入' };

/** 11-23 18:50: for the narrow versions list. */
export function shortTime(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function formatTime(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
