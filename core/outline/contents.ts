// What announces the text below it rather than being it: a site's teaser (the title and first words
// again, cut off with 「...」) and a 目录/提纲 of the headings or pieces that follow. Both are marked
// removed on the raw lines, before paragraphs are joined (moved out of clean.ts, which runs them).
import { CONTENTS_HEAD, charLength, leaderEntry, matterLine, numbered, titleLike } from './marks.ts';
import { REASON, type Line } from './lines.ts';
import { isPiece } from './pieces.ts';

/** A teaser: the title and first words of the text below, cut off with 「...」. */
export function markTeasers(lines: Line[]): void {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.removed || l.kept || !'.…。'.includes(l.text.slice(-1)) || charLength(l.text) < 20) continue;
    const m = /(?:\.{3,}|…+|。{3,})$/.exec(l.text.slice(-40));
    if (!m) continue;
    const probe = l.text.slice(0, l.text.length - m[0].length).replace(/\s/g, '');
    let below = '';
    for (let j = i + 1; j < lines.length && j <= i + 12 && below.length < probe.length; j++) {
      const n = lines[j]!;
      if (!n.removed) below += n.text.replace(/\s/g, '');
    }
    if (below.length >= probe.length && below.startsWith(probe)) l.removed = REASON.teaser;
  }
}

const ELLIPSIS_LINE = /^[…．.。\s]+$/;
/** What a line under a 目录 entry (its speaker and date) never holds: a sentence's punctuation, a field's colon. */
const CONTENTS_LINE_STOP = /[。！？!?；;：:，,]/;
const CONTENTS_DATE = /[0-9]{4}年[0-9]{1,2}月/;

/**
 * 「目录/提纲：……」 and the numbered headings under it: the outline the site (or author) gives; and
 * a 目录 of dot-leader entries with page numbers (「…的讲话……………2」), under a 「目 录」 or not.
 */
export function markContents(lines: Line[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.removed) continue;
    const head = CONTENTS_HEAD.test(lines[i]!.text);
    if (!head && !leaderEntry(lines[i]!.text)) continue;
    const entries = new Set<number>();
    const listed = new Set<string>();
    if (!head) entries.add(i);
    let end = i;
    let leader = !head;
    for (let j = i + 1; j < lines.length; j++) {
      const l = lines[j]!;
      if (l.removed) continue;
      if (l.text === '') {
        leader = false;
        continue;
      }
      if (ELLIPSIS_LINE.test(l.text)) {
        end = j;
        break;
      }
      // An entry is a numbered heading or a collection's piece mark (「…讲话稿1」 … 「…讲话稿8」); the
      // contents list each once, so a line they already listed is the text itself beginning.
      const n = numbered(l.text);
      const dotted = leaderEntry(l.text);
      // (A 汇编's 后记 under its pieces' entries, without a page of its own, is one too.)
      const entry = dotted || (leader && matterLine(l.text)) || (n ? charLength(n.rest) <= 60 && !/[。！？].+/.test(n.rest) : isPiece(l.text));
      // Right under a dot-leader entry, a 汇编's 目录 may give the speaker and the date on a line of their own.
      if (!entry && leader && !n && charLength(l.text) <= 30 && !CONTENTS_LINE_STOP.test(l.text) && CONTENTS_DATE.test(l.text) && !titleLike(l.text)) {
        leader = false;
        end = j;
        continue;
      }
      if (!entry || listed.has(l.text)) break;
      leader = dotted;
      listed.add(l.text);
      entries.add(j);
      end = j;
    }
    if (entries.size < 2) continue;
    for (let j = i; j <= end; j++) {
      const l = lines[j]!;
      if (l.removed || l.kept || l.text === '') continue;
      l.removed = REASON.contents;
      if (entries.has(j)) l.contents = true;
    }
    i = end;
  }
}
