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
const NOTE = /^[（(][^（）()。！？]{2,40}[）)]$/;

/**
 * 「目录/提纲：……」 and the numbered headings under it: the outline the site (or author) gives; and
 * a 目录 of dot-leader entries with page numbers (「…的讲话……………2」), under a 「目 录」 or not.
 */
export function markContents(lines: Line[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.removed) continue;
    const head = CONTENTS_HEAD.test(lines[i]!.text);
    if (!head && !leaderEntry(lines[i]!.text)) {
      i = markBareOutline(lines, i);
      continue;
    }
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
      // A note in brackets under a 提纲's points (「（讲话时长控制在25分钟以内）」) is the 提纲's, not the text's.
      if (!entry && head && entries.size >= 2 && NOTE.test(l.text) && !CONTENTS_DATE.test(l.text)) end = j;
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

/** A heading's words to compare a 提纲's entry by: its first characters, marks and spaces aside. */
const key = (rest: string) => rest.replace(/[\s\u3000，,、；;：:]/g, '').slice(0, 6);
/** An outline's entry: a numbered line with no sentence in it. */
const outlineEntry = (text: string) => {
  const n = numbered(text);
  return n !== undefined && charLength(n.rest) <= 40 && !/[。！？!?；;]/.test(n.rest) ? n : undefined;
};

/**
 * A speech's 提纲 with no 「提纲」 over it: two numbered lines or more with no sentence, right over a title
 * (not numbered) with text under it, most of them the headings of the text below again (their first words). Marked as a
 * 目录 (its entries the document's outline frame); returns the index the scan goes on after.
 */
function markBareOutline(lines: Line[], i: number): number {
  if (!outlineEntry(lines[i]!.text)) return i;
  const entries: number[] = [];
  let j = i;
  for (; j < lines.length; j++) {
    const l = lines[j]!;
    if (l.removed || l.text === '') continue;
    if (!outlineEntry(l.text)) break;
    entries.push(j);
  }
  // The run is read once: its 提纲, if any, is its longest tail that passes (a line of it further down
  // starts no other run); a dot-leader entry in it is left to the scan (markContents), as it would be alone.
  const leader = entries.findIndex((e, k) => k > 0 && leaderEntry(lines[e]!.text));
  const stop = leader < 0 ? j - 1 : entries[leader]! - 1;
  const title = lines[j];
  if (entries.length < 2 || !title || numbered(title.text) || !titleLike(title.text)) return stop;
  // (A title over numbered lines again is the next 提纲 of a collection of them, not a speech.)
  const under = lines.slice(j + 1, j + 4).find((l) => !l.removed && l.text !== '');
  if (!under || outlineEntry(under.text)) return stop;
  const below = new Set<string>();
  for (let k = j + 1; k < lines.length && k < j + 400; k++) {
    const n = lines[k]!.removed ? undefined : numbered(lines[k]!.text);
    if (n) below.add(key(n.rest));
  }
  const tail = bestTail(entries.map((e) => below.has(key(numbered(lines[e]!.text)!.rest))), leader < 0 ? entries.length : leader);
  if (tail < 0) return stop;
  for (const e of entries.slice(tail)) if (!lines[e]!.kept) {
    lines[e]!.removed = REASON.contents;
    lines[e]!.contents = true;
  }
  return j - 1;
}

/** The first of `starts` tails of a run (two entries or more) that repeats the headings below in half its entries or more; -1 if none. */
function bestTail(repeated: boolean[], starts: number): number {
  const from = new Array<number>(repeated.length + 1).fill(0);
  for (let k = repeated.length - 1; k >= 0; k--) from[k] = from[k + 1]! + (repeated[k] ? 1 : 0);
  for (let k = 0; k < starts; k++) if (repeated.length - k >= 2 && from[k]! * 2 >= repeated.length - k) return k;
  return -1;
}
