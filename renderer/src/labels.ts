// Chinese names shown for the contract's codes.
export const KIND_NAMES: Record<string, string> = { speech: '讲话稿', minutes: '会议纪要', record: '会议记录', ledger: '督办台账' };
export const VERSION_KIND_NAMES: Record<string, string> = { generated: '生成', saved: '保存', autosave: '自动保存', restored: '恢复', imported: '导入' };

/** A version's kind as the 版本 list says it: a new wording (「换一种说法：开场第1段」) or framework is no 「生成」. */
export function versionKindName(v: { kind: string; label?: string | null }): string {
  const made = v.kind === 'generated' ? /^(换一种说法|改用框架)：/.exec(v.label ?? '') : null;
  return made ? made[1]! : (VERSION_KIND_NAMES[v.kind] ?? v.kind);
}

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

// ── 校对 ──
export type ProofSeverity = '错误' | '疑似' | '提示';
export const PROOF_SEVERITIES: readonly ProofSeverity[] = ['错误', '疑似', '提示'];
/** CSS Custom Highlight names (styles.css ::highlight): red wavy, orange wavy, grey dotted. */
export const PROOF_HIGHLIGHTS: Record<ProofSeverity, string> = { 错误: 'proof-error', 疑似: 'proof-suspect', 提示: 'proof-hint' };
export const PROOF_CATEGORY_NAMES: Record<string, string> = {
  repeat: '重复',
  confusion: '易错词',
  placeholder: '占位符',
  numbering: '序号',
  punctuation: '标点',
  number: '数字日期',
  formulation: '规范提法',
  user: '用户词库',
  spelling: '错别字',
  roster: '领导名录',
};
export const LEXICON_KIND_NAMES: Record<string, string> = { confusion: '纠错', allow: '忽略' };
