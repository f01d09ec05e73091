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

/** A classifier a zero counts by. */
const CLF = '起|个|件|次|人|家|项|处|台|辆|名|户|所|座|块|条|批|例|宗|份|篇|场';
/** 「为0」 at a clause's end (with a unit after it or none): 「挡水板配备为0」「主动退回金额为0元」; not the 为 of 行为, 认为…. */
const ZERO_IS = new RegExp(`(?<![行作认成因称视以更较])为0(?:${CLF}|元|万元)?(?=$|[，。；、）)])`, 'gu');
/** A zero that qualifies what follows (「对受理纠纷0件的3个社区」): 「为零的」. */
const ZERO_OF = new RegExp(`(?<=\\p{Script=Han})0(?:${CLF})的`, 'gu');
/** A zero after what it counts, at a clause's end: 「违规用火处罚0起」「二次实名核验0次」. */
const ZERO_AFTER = new RegExp(`(?<=\\p{Script=Han})0(${CLF})(?=$|[，。；、）)])`, 'gu');
/** A zero before what it counts: 「0人在岗」「至今0个建成」「0个项目开展过…」. */
const ZERO_BEFORE = new RegExp(`(?<![\\d.])0(${CLF})(?=\\p{Script=Han})`, 'gu');

/**
 * A zero typed as a figure is said as a speaker says it (r-s71 s71-3 [25] 「违规用火处罚0起」, hunt s69-1 [28] 「挡水板配备为0」,
 * s69-3 [19] 「食物中毒事件0起」, r-s68 s68-12 [25] 「…核验0次」, r-s70 s70-4 [11] 「火点0个」, E: 表格语言，不能照念): 「…处罚一起也没有」,
 * 「…配备为零」, 「无人在岗」「没有一个建成」. A zero within a number (10, 0.5) or in quotes stays. No other figure is said.
 */
export function spokenZeros(text: string): string {
  if (!/(?<![\d.])0(?![\d.])/.test(text)) return text;
  return text
    .replace(ZERO_IS, '为零')
    .replace(ZERO_OF, '为零的')
    .replace(ZERO_AFTER, (_, c: string) => `一${c}也没有`)
    .replace(ZERO_BEFORE, (_, c: string) => (c === '人' ? '无人' : `没有一${c}`));
}

/** A text with its typed counts said: slashes, then zeros. */
export const spokenCounts = (text: string): string => spokenZeros(spokenSlashes(text));
