// A meeting's time as an official text writes it: the clock in 时/分, never with a colon after a
// Chinese 上午/下午 (「下午3:00」 → 「下午3时」, 「下午2:30」 → 「下午2时30分」, 「15:00」 → 「15时」) nor in
// speech (「下午3点」 → 「下午3时」, 「3点半」 → 「3时30分」, 「9点15分」 → 「9时15分」). The figures stay the
// material's; anything not in that shape is kept as written. The drafts print it so (纪要 and 会议记录
// alike) and the form's 时间 field takes a typed time so when she leaves it.

const hm = (h: string, m: string) => (m === '00' ? `${h}时` : `${h}时${m}分`);

export function clockTime(time: string): string {
  return time
    .trim()
    .replace(/(\d{1,2})\s*[:：]\s*(\d{2})/gu, (_, h: string, m: string) => hm(h, m))
    .replace(/(\d{1,2})点(?:(半)|(\d{1,2})分?)?(?![\d钟])/gu, (_, h: string, half?: string, m?: string) => hm(h, half ? '30' : (m ?? '00').padStart(2, '0')));
}
