/**
 * A count typed over its whole with a slash (「1920亩/总任务6000亩」「41栋/总86栋」「1100亩/2200亩」) is read as a speaker says
 * it, never the slash (r-s72 s72-2 [16], s72-6 [11], s72-9 [15], E: 「86栋楼中已有41栋完成」「31件信访积案化解了27件」): with the
 * rate the material gives right after it, 「完成1920亩、占总任务6000亩的32%」; without one, the whole in brackets
 * 「41栋（总数86栋）」「1100亩（共2200亩）」. No figure is computed: a rate is said only where the material gives it. Pure.
 */

const NUM = String.raw`\d+(?:\.\d+)?`;
const UNIT = String.raw`(?:万|亿)?(?:平方米|公里|千米|元|亩|户|米|栋|幢|件|个|人|家|处|座|套|吨|辆|台|起|项|间|所|条|名|次|批|宗|笔)`;
/** 「X亩/总任务Y亩，完成率R%」: the count, the whole's noun, the whole, and the rate the material gives. */
const WITH_RATE = new RegExp(`(${NUM})(${UNIT})/总(\\p{Script=Han}{0,4}?)(${NUM})\\2，(?:完成率|完成比例|占比|比例)?(?:为|达|达到)?(${NUM}%)`, 'gu');
const OF_WHOLE = new RegExp(`(${NUM})(${UNIT})/总(\\p{Script=Han}{0,4}?)(${NUM})\\2`, 'gu');
const OF_BARE = new RegExp(`(${NUM})(${UNIT})/(${NUM})\\2(?![\\d/])`, 'gu');

/** A text with its counts over their wholes said as a speaker says them; as typed where it has none. */
export function spokenSlashes(text: string): string {
  if (!text.includes('/')) return text;
  return text
    .replace(WITH_RATE, (_, n: string, u: string, what: string, whole: string, rate: string) => `${n}${u}、占总${what || '数'}${whole}${u}的${rate}`)
    .replace(OF_WHOLE, (_, n: string, u: string, what: string, whole: string) => `${n}${u}（总${what || '数'}${whole}${u}）`)
    .replace(OF_BARE, (_, n: string, u: string, whole: string) => `${n}${u}（共${whole}${u}）`);
}

/**
 * A figure typed with its whole (「value: 41, unit: 栋/总86栋」, 「value: 1100亩/2200亩」) as it is said: the count and the unit
 * stay where they were typed, the whole follows in the unit (or the value, where the clerk typed all of it there).
 */
export function spokenFigure<T extends { value: string; unit?: string }>(f: T): T {
  const typed = `${f.value}${f.unit ?? ''}`;
  const said = spokenSlashes(typed);
  if (said === typed) return f;
  if (said.startsWith(f.value) && !f.value.includes('/')) return { ...f, unit: said.slice(f.value.length) };
  const whole = { ...f, value: said };
  delete whole.unit;
  return whole;
}
