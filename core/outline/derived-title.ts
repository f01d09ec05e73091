// A title for a speech that has none (a 汇编 whose pieces start at 「同志们：」, a page that lost its
// head): the meeting its opening names — 「今天，县委、县政府召开全县全域无垃圾暨创卫工作推进会，…」 —
// as 「在全县全域无垃圾暨创卫工作推进会上的讲话（据正文）」, marked as read from the text. Three untitled
// pieces of one file were three rows 「（无标题）」 nobody could tell apart. Only a meeting named in
// full gives one: 「今天召开这次会议」 gives none.

/** 「召开…会议/大会/推进会/…」 up to the clause's end; the name two characters or more. */
const HELD = /(?<![要将需应拟再])召开(?:了)?([^，。；：、“”！？,;:!?\s]{2,40}?(?:会议|大会|推进会|座谈会|部署会|动员会|调度会|现场会|培训会|培训班|讲评会|约谈会|联席会议|全体会议|专题会议|常务会议|会))(?=[，。；：,;]|$)/;
/** What names no meeting: 「这次会议」「今天的会」「本次大会」「此次会议」. */
const NO_NAME = /^(?:这次|这个|本次|此次|今天的?|今年的?|上次|一次|了|的)/;
/** The passages an opening is looked for in (a salutation is not one). */
const OPENING_REACH = 1;

/** 「在…上的讲话（据正文）」 (a report: 「…上的报告」) from the opening of a speech without a title; undefined when it names no meeting. */
export function titleFromOpening(paragraphs: readonly string[], kind: '讲话' | '报告' = '讲话'): string | undefined {
  for (const p of paragraphs.slice(0, OPENING_REACH)) {
    // Its first sentence: a meeting the speech asks for later (「各村要召开…」) is not the one held.
    const first = p.slice(0, 160).split('。')[0]!;
    const m = HELD.exec(first);
    if (!m || NO_NAME.test(m[1]!)) continue;
    return `在${m[1]!}上的${kind}（据正文）`;
  }
  return undefined;
}
