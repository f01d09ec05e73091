// A title carrying a footnote mark (「在…上的讲话*」), as a printed 汇编 sets it, with its footnote
// (「* 这是某县委书记某某2025年2月26日在…上的讲话，收入本书时有删节。」) at the piece's foot or, in a
// .docx, among the file's footnotes. The mark is cut from the title (it kept the line from being taken
// for one: the title ran on as the last passage of the piece before), the footnote's line is removed
// as 〔脚注〕 (not read as a Markdown bullet and kept as text), and who spoke and when, as the footnote
// says, is the document's head when it has none. Cheap: a line is looked at only when its last or
// first character is a mark.
import { REASON, trimEnd, type Line } from './lines.ts';
import { titleLike } from './marks.ts';
import type { CleanedDoc, Removal } from './types.ts';

const isMark = (c: number) => c === 0x2a || c === 0xff0a || c === 0x203b; // * ＊ ※
/** A footnote to a title: the mark, then what the text is — 「这是…的讲话」「本文是…」「原载…」「选自…」. */
const NOTE = /^[*＊※][\s\u3000]*(?:这是|本文(?:是|系|为)|此文(?:是|系)|原载|选自|载于|根据)/;
/** Who spoke and when, as the footnote says: 「这是（speaker）2025年2月26日在…」. */
const SAID = /^[*＊※][\s\u3000]*这是([^，。；、\s\u3000]{2,24}?)((?:19|20)[0-9]{2})年([0-9]{1,2})月([0-9]{1,2})日在/;

/** 「…的讲话*」: the mark cut off a title and recorded. */
export function stripTitleMark(line: Line, removed: Removal[]): void {
  const t = line.text;
  if (!isMark(t.charCodeAt(t.length - 1))) return;
  const rest = trimEnd(t.slice(0, -1));
  if (rest.length < 6 || /[*＊※]/.test(rest) || !titleLike(rest)) return;
  removed.push({ line: line.no, text: t.slice(-1), reason: REASON.footnote });
  line.text = rest;
}

/** 「* 这是…的讲话。」 on a line of its own: a title's footnote, removed whole. */
export function markTitleNote(line: Line): boolean {
  if (!isMark(line.text.charCodeAt(0)) || !NOTE.test(line.text)) return false;
  line.removed = REASON.footnote;
  return true;
}

/**
 * The footnotes of marked titles, paired with the titles in order (as many of each): a document
 * without a date or speaker of its own takes them from its title's footnote.
 */
export function headsFromNotes(documents: readonly CleanedDoc[], removed: readonly Removal[]): void {
  const marks = removed.filter((r) => r.reason === REASON.footnote && r.text.length === 1 && isMark(r.text.charCodeAt(0)));
  if (marks.length === 0) return;
  const notes = removed.filter((r) => r.reason === REASON.footnote && NOTE.test(r.text));
  if (notes.length !== marks.length) return;
  marks.forEach((mark, k) => {
    const doc = documents.findLast((d) => d.line !== undefined && d.line <= mark.line);
    const said = SAID.exec(notes[k]!.text);
    if (!doc || !said || doc.year !== undefined || doc.speaker || doc.dateLine) return;
    doc.speaker = said[1]!;
    doc.dateLine = `${said[2]}年${said[3]}月${said[4]}日`;
    doc.year = Number(said[2]);
  });
}
