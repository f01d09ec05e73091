/**
 * A count typed over its whole with a slash (「1920亩/总任务6000亩」「41栋/总86栋」「1100亩/2200亩」) is read as a speaker says
 * it, never the slash (r-s72 s72-2 [16], s72-6 [11], s72-9 [15], E: 「86栋楼中已有41栋完成」「31件信访积案化解了27件」): with the
 * rate the material gives right after it, 「完成1920亩、占总任务6000亩的32%」; after its verb, the whole first
 * 「4.6公里中已完成3.1公里」, or 「28座全部完成」 where the count is the whole; else 「1562家，总共2870家」 — never the whole in
 * brackets (r-s74 s74-2 [14], s74-4 [15], s73-5 [16], E: 「（总数28座）」念不出来). No figure is computed: a rate is said only
 * where the material gives it. Pure.
 */

const NUM = String.raw`\d+(?:\.\d+)?`;
const UNIT = String.raw`(?:万|亿)?(?:平方米|公里|千米|元|亩|户|米|栋|幢|件|个|人|家|处|座|套|吨|辆|台|起|项|间|所|条|名|次|批|宗|笔)`;
/** Verbs a count of work done follows at once (「完成3.1公里」「仅整改42处」). */
const DONE = '完成|建成|建设|改造|安装|接入|整改|化解|办结|签约|签订|拆除|清理|修复|回收|发放|排查|销号|验收|竣工|完工|录入|核验|走访|配备|处置|关停|取缔|搬迁|治理|种植|栽植|更换|更新|加装|消除|复垦|腾退|征收|登记|调解|入户';
const ADV = '已经|已|仅|只|累计|共';
/** 「X亩/总任务Y亩，完成率R%」: the count, the whole's noun, the whole, and the rate the material gives. */
const WITH_RATE = new RegExp(`(${NUM})(${UNIT})/总(\\p{Script=Han}{0,4}?)(${NUM})\\2，(?:完成率|完成比例|占比|比例)?(?:为|达|达到)?(${NUM}%)`, 'gu');
/** 「已完成3.1公里/总4.6公里」「28座/总28座」「1100亩/2200亩」: adverb, verb, count, unit, the whole's noun (总…) and the whole. */
const OVER = new RegExp(`(${ADV})?(${DONE})?(${NUM})(${UNIT})/(总\\p{Script=Han}{0,4}?)?(${NUM})\\4(?![\\d/])`, 'gu');
/** Units a thing is counted by, one at a time (not a measure: 公里, 亩, 元). */
const PIECE = /^(户|栋|幢|件|个|人|家|处|座|套|辆|台|起|项|间|所|条|名|批|宗|笔)$/;

const DONE_IN = new RegExp(`(?:${DONE})`);

type Over = { adv?: string; verb?: string; n: string; u: string; total?: string; whole: string };

/**
 * One count over its whole, as said (see the head of this file). `before`: the clause up to it — a verb there already
 * (「完成雨污分流改造41栋」) makes the one at the count a noun's end, not the count's own verb, unless an adverb marks it
 * (「换热站智能化改造已完成28座」); `sentence`: the sentence up to it. `listed`: one of a list
 * (「…、」, a figure among figures): said within it, 「530座中的412座」「全部28座」, never closed off by a comma.
 */
function over(m: Over, before: string, sentence: string, listed: boolean): string {
  const { adv = '', n, u, whole } = m;
  // The whole said already in the sentence (「计划改造46.8公里，已完成43.5公里/总46.8公里」): the count alone.
  if (sentence.includes(`${whole}${u}`)) return `${adv}${m.verb ?? ''}${n}${u}`;
  const verb = m.verb && (adv || !DONE_IN.test(before)) ? m.verb : undefined;
  const typed = `${adv}${verb ? '' : (m.verb ?? '')}`;
  // The whole's noun, unless the clause has just said it (「已完成面积1920亩/总面积6000亩」: no 「6000亩面积」) or it is one
  // character (「总长2.3公里」: no 「2.3公里长」).
  const what = m.total && m.total.length > 2 && !before.includes(m.total.slice(1)) ? m.total.slice(1) : '';
  const equal = Number(n) === Number(whole);
  if (listed) return equal ? `${adv}全部${m.verb ?? ''}${n}${u}${what}` : `${adv}${m.verb ?? ''}${whole}${u}${what}中的${n}${u}`;
  if (equal) {
    if (verb) return `${n}${u}${what}${adv.startsWith('已') ? '已' : ''}全部${verb}`;
    return `${typed}${n}${u}，${PIECE.test(u) ? `一${u}不落` : '全部到位'}`;
  }
  if (verb) return `${whole}${u}${what}中${adv || '已'}${verb}${n}${u}`;
  // After a verb earlier in the clause (「完成楼栋立管改造」「化解信访积案」): its object counted within the whole.
  if (m.verb || DONE_IN.test(before)) return `${typed}${whole}${u}${what}中的${n}${u}`;
  return `${typed}${n}${u}，${what ? `总${what}` : '总共'}${whole}${u}`;
}

/** 「43.5公里（总数46.8公里）」「28座（共32座）」: the whole typed in brackets by the clerk, read as over a slash (r-s75 s75-1 [12]). */
const BRACKETED = new RegExp(`(${NUM})(${UNIT})（(?:总数|总计|共计|总共|共|总)(${NUM})\\2）`, 'gu');

/** A text with its counts over their wholes said as a speaker says them; as typed where it has none. `listed`: see over. */
export function spokenSlashes(text: string, listed = false): string {
  if (!text.includes('/') && !text.includes('（')) return text;
  return text
    .replace(BRACKETED, (_, n: string, u: string, whole: string) => `${n}${u}/总${whole}${u}`)
    .replace(WITH_RATE, (_, n: string, u: string, what: string, whole: string, rate: string) => `${n}${u}、占总${what || '数'}${whole}${u}的${rate}`)
    .replace(OVER, (typed: string, adv: string | undefined, verb: string | undefined, n: string, u: string, total: string | undefined, whole: string, at: number, all: string) =>
      over({ adv, verb, n, u, total, whole }, all.slice(0, at).split(/[，。；、：]/).pop() ?? '', all.slice(0, at).split(/[。；]/).pop() ?? '', listed || all[at + typed.length] === '、'));
}

/**
 * A figure typed with its whole (「value: 41, unit: 栋/总86栋」, 「value: 1100亩/2200亩」) as it is said: the count and the unit
 * stay where they were typed, the whole follows in the unit (or the value, where the clerk typed all of it there).
 */
export function spokenFigure<T extends { value: string; unit?: string }>(f: T): T {
  const typed = `${f.value}${f.unit ?? ''}`;
  const said = spokenSlashes(typed, true);
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
