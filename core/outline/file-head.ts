// What stands above a file's first document when it is no document itself: a file's label
// (「2025年工作资料」), a 版头 without its number, a note's to-do list before the speech it prepares.
// The first document starts at the title nearest its head; what is above it, with no sentence and no
// numbered heading, is the file's head (split.ts removes and reports it) — never a document with no paragraph.
import type { Para } from './clean.ts';
import { SALUTATION, SALUTATION_RUN_ON, numbered, titleLike } from './marks.ts';
import { HEAD_REACH, headFollows } from './numbered-titles.ts';
import { coverLine } from './record-book.ts';

const SENTENCE = /[。！？!?；;]/;

/**
 * A line that may stand above a file's first title (prose aside, which makes text): a cover's line, and also a note's
 * memo — fields, a table's rows, to-do items. A numbered line is a 提纲's, not a head's.
 */
export function headLine(text: string): boolean {
  return coverLine(text) || !numbered(text);
}

/** Lines above the first document with neither a sentence, a salutation nor a numbered heading among them. */
export function bareHead(slice: readonly Para[]): boolean {
  return slice.every((p) => p.contents || (!SENTENCE.test(p.text) && !numbered(p.text) && !SALUTATION.test(p.text) && !SALUTATION_RUN_ON.test(p.text)));
}

/**
 * Another title with a head under it, within a head's reach below `j`: that one is the document's title, and
 * `j` (a memo's 「讲话稿（见下）」) a line of what is above it.
 */
export function titleBelow(body: readonly Para[], j: number): boolean {
  for (let k = j + 1; k < body.length && k <= j + HEAD_REACH; k++) {
    const t = body[k]!.text;
    if (!body[k]!.contents && titleLike(t) && !numbered(t) && headFollows(body, k + 1)) return true;
  }
  return false;
}
