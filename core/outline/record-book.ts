// A 会议记录本 typed up (the s21 outside test's c10): a cover — the book's name 「…党委会议记录」, its
// year 「（2024年度）」, its number and keeper 「记录本编号：SQ-2024-01 保管人：唐颖」 — then records titled
// only by their rank, 「第1次会议记录」「第2次会议记录」. The cover is the book's, not the first record's
// (split.ts: a cover line); each record's title takes the book's name before its rank
// (「浈川县石桥乡党委第2次会议记录」) and the day its 时间 field gives (「…第2次会议记录（2024年2月26日）」), so that
// records of several books, and of several years of one body, are told apart in the library. Pure.
import { headLike } from './marks.ts';
import type { CleanedDoc, Removal } from './types.ts';

/** A book's own fields on its cover: its number, keeper, dates of use, pages. */
const BOOK_FIELD = /^(?:记录本|本册|簿册)?(?:编号|保管人|启用日期|使用日期|起止日期|页数)[：:][^。！？]{0,40}$/;

/** A line of a cover: head-like (a name, a year), or a book's own field. */
export function coverLine(t: string): boolean {
  return headLike(t) || BOOK_FIELD.test(t);
}

/** A record titled by its rank alone: 「第1次会议记录」「第十二次党委会议纪要」. */
const RANKED = /^第[0-9一二三四五六七八九十百]{1,4}次[\p{Script=Han}]{0,8}?(?:会议记录|会议纪要|记录|纪要)$/u;
/** A record's title by its rank: with its 时间：/地点： under it, it starts a record, however short the one before (turns of a line each). */
export const rankedTitle = (t: string): boolean => RANKED.test(t);

/** The book's name, as its cover gives it: 「浈川县石桥乡党委会议记录」「…会议记录本」「…党委会议纪要汇编」. */
const BOOK_NAME = /^([\p{Script=Han}（）()]{2,30}?)(?:会议记录|会议纪要)(?:本|簿|汇编)?$/u;

/** A record's day in its 时间 field (typed, or a table's row 「时间 | …」): 「2024年2月26日」「二〇二四年二月二十六日」. */
const HELD = /^(?:会议|议事|开会)?(?:时间|日期)(?:[：:]|\s\|)\s*((?:[0-9]{4}|[〇零一二三四五六七八九]{4})年[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}日)/;
/** How far into a record its 时间 field may stand: under its title, before its turns. */
const HEAD_LINES = 6;

/** The day a record was held, from its 时间 field near its top. */
function heldOn(d: CleanedDoc): string | undefined {
  for (const line of d.text.split('\n', HEAD_LINES)) {
    const m = HELD.exec(line);
    if (m) return m[1]!;
  }
  return undefined;
}

/** Records titled by their rank alone take the book's name (the collection's title removed above them) before it, and their day after it. */
export function titlesFromBook(documents: CleanedDoc[], removed: readonly Removal[], collectionReason: string): void {
  const ranked = documents.filter((d) => RANKED.test(d.title));
  if (ranked.length === 0) return;
  const name = removed.find((r) => r.reason === collectionReason && BOOK_NAME.test(r.text.replace(/[\s\u3000]+/g, '')));
  const owner = name ? BOOK_NAME.exec(name.text.replace(/[\s\u3000]+/g, ''))![1]! : '';
  for (const d of ranked) {
    const day = heldOn(d);
    d.title = `${owner}${d.title}${day ? `（${day}）` : ''}`;
  }
}
