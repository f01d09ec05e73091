// A leader's points as the minutes put them: each point is a fact (its text, cut only at the ends,
// with its path); the words around it — 「会议指出」「会议要求：一是…；二是…」 — are the template's and
// say nothing of their own. What a point is decides the verb: an assessment is 指出 (or 认为 for the
// chair), an instruction with its own subject (「各镇要…」) is 强调, a bare instruction is 要求, and a
// division of duties (「…分别由交警大队和城管局负责」) is what the meeting 明确.
import type { Run } from '../doc/model.ts';
import { ordinal } from '../doc/numbering.ts';
import { clause } from './facts.ts';
import { concat, joinRuns, lit } from './runs.ts';

export type PointKind = 'statement' | 'directive' | 'instruction' | 'settled' | 'procedural' | 'suggestion';

export interface SourcedPoint {
  text: string;
  src: string;
}

// An instruction opens with 要 or with a verb of doing: 「把…作为…来抓」「加快…」「高度重视…」.
const IMPERATIVE =
  /^(要|必须|务必|把|按照|高度|坚持|加强|做好|严格|切实|进一步|全力|持续|认真|抓好|确保|强化|加快|抓紧|尽快|立即|及时|扎实|着力|统筹|压实|落实|健全|建立|完善|推进|推动|加大|狠抓|突出|聚焦|围绕|牢固|坚决|提前|全面|深入|主动|迅速|采取|开展|督促|严禁|不得)/u;
// 「各级各部门要…」「采购要…」「禁烧工作实行…」: a subject, then a modal or a verb of arranging, in the first clause.
const SUBJECT_MODAL = /^[^，。；：]{1,16}?(要|必须|务必|应当|应|实行|实施|推行|执行)/u;
// Who is responsible for what: 「…由县城管局负责」「…分别由…和…负责」.
const SETTLED = /由[^，。；：]{1,30}?负责/u;
// The meeting's own business — the next meeting, what is submitted or sent in, how a paper is issued:
// a requirement of the meeting, never a leader's emphasis.
const PROCEDURAL =
  /下次(?:会议|调度会|例会|协调会|推进会)|下一次会议|另行(?:召开|研究)|提交.{0,12}(?:审议|表决|审定|研究)|提请.{0,12}(?:审议|研究|审定)|报送|以.{0,12}名义印发|修改(?:完善)?后(?:印发|提交|报)/u;
// A proposal put to the meeting (「分值可以再提高一些」「建议…」): someone 提出 it; nobody 指出 it.
const SUGGESTION = /可以再|建议|可考虑|是否可以|宜适当/u;
// What has happened or stands: results, figures, shortcomings.
const STATEMENT = /已|取得|存在|仍|总体|成效|不足|滞后|问题|同比|比去年|达到|减少|增加|高发|关系|[0-9０-９%％]/u;
// What has been done or counted: 「已完成」「同比」, figures.
export const RESULT = /已|取得|同比|比去年|达到|[0-9０-９%％]/u;
// 「对…实行挂图作战」「在全县开展…」: a preposition, then what to do.
const PREPOSITION = /^(对|在|从|以|针对|将|结合|依托|通过)/u;

export function pointKind(text: string): PointKind {
  const t = text.trim();
  if (PROCEDURAL.test(t)) return 'procedural';
  if (SUGGESTION.test(t)) return 'suggestion';
  if (IMPERATIVE.test(t)) return 'instruction';
  if (SUBJECT_MODAL.test(t)) return 'directive';
  if (SETTLED.test(t)) return 'settled';
  // 「对群众反映的问题逐件核查」: a preposition opening what to do, unless it reports a result.
  if (PREPOSITION.test(t) && !RESULT.test(t)) return 'instruction';
  if (STATEMENT.test(t)) return 'statement';
  return PREPOSITION.test(t) ? 'instruction' : 'statement';
}

/** The point inside a sentence: its end punctuation dropped, and a leading 「要」 after 「会议要求」. */
export function pointRuns(p: SourcedPoint, afterRequire = false): Run[] {
  const t = p.text.trim();
  if (afterRequire && /^要(?!求)/u.test(t) && t.length > 1) return clause(t.slice(1), p.src)!;
  return clause(t, p.src)!;
}

/** A point that already holds a full stop inside reads badly in a 「一是…；二是…」 list. */
function multiSentence(p: Run[]): boolean {
  return p.some((r) => /[。！？]/u.test(r.text));
}

/**
 * 「{lead}，A。」 for one point; several as 「{lead}：一是A；二是B。」 (`enumerate`) or 「{lead}，A；B。」;
 * points holding sentences of their own become sentences each, the later ones led by `again`.
 */
export function pointList(lead: Run[], items: readonly Run[][], enumerateMany: boolean, again: () => Run[]): Run[] {
  if (items.length === 0) return [];
  if (items.length === 1) return concat(lead, lit('，'), items[0], lit('。'));
  if (items.some(multiSentence)) return concat(...items.map((it, i) => concat(i === 0 ? lead : again(), lit('，'), it, lit('。'))));
  if (!enumerateMany) return concat(lead, lit('，'), joinRuns(items, '；'), lit('。'));
  return concat(lead, lit('：'), joinRuns(items.map((it, i) => concat(lit(ordinal('shi', i + 1)), it)), '；'), lit('。'));
}
