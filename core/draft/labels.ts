/**
 * The clerk's labels typed at the head of a background item (「观摩点一：」「本次培训内容：」「案例：」「第一项：」): the
 * speech says the content, never the label (s67-3 [9] [10], s67-6 [9]–[11], s68-9 [9]–[11], s66-4 [12], E: 「原句把材料的
 * “观摩点一：”照搬，不是讲话语言」「“培训内容：”原样贴进讲话，念出来不成句」). What the label says of the content is said in the
 * speaker's words where it is needed for the sentence: at a training what is taught (「这次培训重点学习…」), the cases
 * studied (「剖析的典型案例有…」); a site needs nothing (its name opens the content). Pure.
 */
import type { Run } from '../doc/model.ts';
import type { SpeechInput } from '../input/schema.ts';
import { concat, fact, joinRuns, lit, trimEnd } from './runs.ts';
import { taughtHeard } from './training-heard.ts';

/** A label: a short noun for what follows, then a colon. 「今年县里批复可采区3个：」 is a statement, no label. */
const LABEL = /^\s*((?:本次|这次|此次|今天)?(?:培训|学习|授课|观摩|会议)?(?:内容|要点|重点)[一二三四五六七八九十\d]*|(?:典型|警示)?案例|(?:观摩|现场|参观)点[一二三四五六七八九十\d]*|第[一二三四五六七八九十\d]+(?:项|点|站|个|部分)|基本情况|背景|说明|备注)\s*[：:]\s*/u;

/** What a label says of its content. */
type Kind = 'taught' | 'cases' | 'plain';

/** The label at the head of an item, its kind and where its content starts; undefined for an item without one. */
export function labelOf(text: string): { label: string; kind: Kind; at: number } | undefined {
  const m = LABEL.exec(text);
  if (!m || m[0].length >= text.trim().length) return undefined;
  const label = m[1]!;
  const kind: Kind = /案例/.test(label) ? 'cases' : /内容|要点|重点/.test(label) ? 'taught' : 'plain';
  return { label, kind, at: m[0].length };
}

/** An item without its label, its content a fact of the item (the src is the item's). */
export function unlabelled(text: string): string {
  const l = labelOf(text);
  return l ? text.slice(l.at) : text;
}

/**
 * The background items as sentences (joined by 「。」), each without its label: at a training what is taught is said
 * 「这次培训重点学习…」 (not at all when the `lectures` heard said it, training-heard.ts) and the cases 「剖析的典型案例有…」; elsewhere,
 * and for any other label, the content alone.
 */
export function backgroundRuns(items: readonly string[] | undefined, training: boolean, lectures: readonly string[] = []): Run[] | undefined {
  if (!items?.length) return undefined;
  const said = items.flatMap((s, i) => {
    const src = `campaign.background[${i}]`;
    const l = labelOf(s);
    if (!l) return [trimEnd(fact(s, src))];
    // After the lectures the content taught is theirs: read again it repeats the opening (s74-4 [9], s73-5 [10], D).
    if (training && l.kind === 'taught' && taughtHeard(s.slice(l.at), lectures)) return [];
    const content = trimEnd(fact(s.slice(l.at), src));
    if (training && l.kind === 'taught') return [concat(lit('这次培训重点学习'), content)];
    if (l.kind === 'cases') return [concat(lit(training ? '这次剖析的典型案例有' : '典型案例有'), content)];
    return [content];
  });
  return said.length ? joinRuns(said, '。') : undefined;
}

/**
 * The clerk's own numbering or label typed at the head of an item's title (「任务一：」「（一）」「第三项：」「2.」, twice
 * 「（一）任务一：」): the speech numbers its items itself, so it reads the title without them (r-s72 s72-2 [37] 「（一）任务一：
 * 二标段倒排工期追赶进度」, s72-6 [30] 「（一）（一）三标段限期追赶进度」, E). A list of ordinals is no label: 「二、三标段…」. Nor a site's
 * or a lesson's label (「第二，观摩点二：北山乡丘陵片区」「（一）培训内容：学法规…」: 63 E of 64 marks s20–s25, 「标签照念」).
 */
const TITLE_LABEL = /^\s*(?:(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、．](?![一二三四五六七八九十\d])|\d{1,2}[、．.](?![一二三四五六七八九十\d])|[①-⑳]|(?:任务|问题|成绩|事项|措施)[一二三四五六七八九十\d]{1,3}(?:[：:、．.]|\s)|(?:观摩|现场|参观|检查)点[一二三四五六七八九十\d]{1,3}[：:]|(?:本次|这次)?(?:培训|学习|授课)(?:内容|要点|重点)?[一二三四五六七八九十\d]{0,3}[：:]|第[一二三四五六七八九十\d]{1,3}(?:项|条)[：:、，,]?)\s*)+/u;

/** A title without the numbering or label typed at its head; as typed where nothing would be left. */
export function titleUnlabelled(title: string): string {
  const m = TITLE_LABEL.exec(title);
  return m && title.length - m[0].length >= 2 ? title.slice(m[0].length) : title;
}

/** The material with its achievements', problems' and tasks' titles read without their own numbering (the src stays the title's). */
export function withoutTitleLabels(input: SpeechInput): SpeechInput {
  const c = input.campaign;
  const strip = <T extends { title: string }>(items: readonly T[]): T[] => items.map((x) => (titleUnlabelled(x.title) === x.title ? x : { ...x, title: titleUnlabelled(x.title) }));
  return { ...input, campaign: { ...c, achievements: strip(c.achievements), problems: strip(c.problems), tasks: strip(c.tasks) } };
}

/**
 * The items heard before the speech without a label of what was taught at their head (「培训内容一：局餐饮服务监管股股长讲解…」,
 * r-s72 s72-5 [8], E: 「刚才，培训内容一：…，培训内容二：…」 read out): the item is who spoke on what. Other labels stay for the
 * reader of the agenda (a site's 「观摩点一：」 is how the visit is said, preceding.ts).
 */
export function withoutTaughtLabels(input: SpeechInput): SpeechInput {
  const items = input.meeting.precedingItems;
  if (!items?.some((x) => labelOf(x)?.kind === 'taught')) return input;
  return { ...input, meeting: { ...input.meeting, precedingItems: items.map((x) => (labelOf(x)?.kind === 'taught' ? unlabelled(x) : x)) } };
}
