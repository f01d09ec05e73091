// The chair's words between the pieces of a meeting's materials (会议材料 with the 主持词 kept in): after a
// report or a speech, the chair sums it up (「同志们，刚才，吴建平同志对…作了很好的总结…」) and calls the next
// speaker (「下面，请县委书记林志远同志作重要讲话。大家欢迎！」) or closes the meeting (「会议到此结束。散会！」).
// Those lines are not the piece's ending: they are cut from its end and reported (split.ts), as the s24
// outside tester's c02 had them in the speeches' 结尾 (and the s25 tester's c03 at a single speech's end). A speaker's
// own 「散会」 with no summary of another's speech before it stays.
import type { Para } from './clean.ts';
import { REASON } from './lines.ts';
import type { Removal } from './types.ts';
import { SALUTATION, SALUTATION_RUN_ON } from './marks.ts';

/** The chair's summary of the speech just given: 「（同志们，）刚才，<who>（同志|书记…）…作了/做了/进行了…」. */
const SUMMARY = /^(?:同志们[，,])?刚才[，,][^。！？]{0,30}?(?:同志|书记|县长|区长|市长|局长|主任|部长|镇长|乡长|主席)[^。！？]{0,60}?(?:作了|做了|进行了)/;
/** The chair's call to the next speaker, or the meeting's end. */
const CHAIR_LINE = /^(?:下面[，,]?(?:请|由|进行)[^。！？]{2,60}[。！!]?(?:(?:请)?大家欢迎[！!。]?|请[^。！？]{2,30}[。！!])?|(?:会议到此结束|本次会议到此结束|今天的会议就(?:开)?到这里)[。！!，,]?(?:现在)?(?:散会[。！!]?)?|(?:现在)?散会[。！!]?)$/;

/** How far under its start a speech's salutation stands (title, speaker, date, a subtitle). */
const HEAD_LINES = 6;
/** A 主持词's own title: its summary and 「散会」 are its text. */
const CHAIR_TITLE = /主持(?:词|稿|辞)(?:[（(][^）)]{1,10}[）)])?$/;

/**
 * Cuts the chair's lines off the end of a piece of a collection, or of a single speech typed with them (reported);
 * `keep`: lines the user brought back. A 主持词's own ending stays.
 */
export function cutChairTail(slice: Para[], keep: ReadonlySet<number>, removed: Removal[], single = false): void {
  if (slice.slice(0, 3).some((p) => CHAIR_TITLE.test(p.text))) return;
  // A file of one document: only a speech's (saluted under its head) — a meeting's record records the chair's words.
  if (single && !slice.slice(0, HEAD_LINES).some((p) => SALUTATION.test(p.text) || SALUTATION_RUN_ON.test(p.text))) return;
  let at = slice.length;
  while (at > 1 && CHAIR_LINE.test(slice[at - 1]!.text)) at--;
  if (at === slice.length || at < 2 || !SUMMARY.test(slice[at - 1]!.text)) return;
  at--;
  if (slice.slice(at).some((p) => p.kept || keep.has(p.line) || p.contents)) return;
  for (const p of slice.splice(at)) removed.push({ line: p.line, text: p.text, reason: REASON.chair });
}
