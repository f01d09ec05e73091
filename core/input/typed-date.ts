// A date as a secretary types it, made ISO (YYYY-MM-DD) for the material: 2026年3月5日, 2026/3/5,
// 2026.3.5, and in Chinese numerals as offices write them on documents — 二〇二六年六月三日,
// 二○二六年十二月三十一日, 二零二六年六月十日. Anything else is returned as typed, for the check to name.
const DIGITS = '〇○零一二三四五六七八九';
/** 〇 ○ 零 → 0, 一 → 1 … 九 → 9. */
const CN_DIGIT = new Map([...DIGITS].map((c, i) => [c, Math.max(0, i - 2)]));
const digit = (c: string): number => CN_DIGIT.get(c)!;

/** 三 → 3, 十 → 10, 十二 → 12, 二十 → 20, 三十一 → 31; undefined for anything else. */
function smallNumber(s: string): number | undefined {
  const m = new RegExp(`^([${DIGITS}])?(十)?([${DIGITS}])?$`).exec(s);
  if (!m || !s) return undefined;
  const [, tens, ten, units] = m;
  if (!ten) return tens !== undefined && units === undefined ? digit(tens) : undefined;
  return (tens !== undefined ? digit(tens) : 1) * 10 + (units !== undefined ? digit(units) : 0);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** 二〇二六年六月三日 → 2026-06-03; undefined when it is not one. */
function chineseDate(s: string): string | undefined {
  const m = new RegExp(`^([${DIGITS}]{4})年([${DIGITS}十]{1,3})月([${DIGITS}十]{1,3})日?$`).exec(s);
  if (!m) return undefined;
  const year = [...m[1]!].map(digit).join('');
  const month = smallNumber(m[2]!);
  const day = smallNumber(m[3]!);
  return month !== undefined && day !== undefined ? `${year}-${pad(month)}-${pad(day)}` : undefined;
}

/** The typed date in ISO form, or the text as typed when it is no date we read (the check says why). */
export function typedDate(text: string): string {
  const s = text.normalize('NFKC').replace(/\s+/g, '');
  const m = /^(\d{4})[年./-](\d{1,2})[月./-](\d{1,2})日?$/.exec(s);
  if (m) return `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`;
  return chineseDate(s) ?? text;
}
