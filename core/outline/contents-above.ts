// Where a 提纲 belongs and what of it the outline shows (session 23, c03). A 提纲 right over a piece's title
// (「要点：」 and its numbered points, removed as a 目录) is that piece's: the document starts above it, not at
// its title — it had been the end of the document before. Its entries stand in the outline for the
// parts the site cut off (a document marked truncated); in a whole document, an entry no heading of the
// text matched (a point said in other words) is no part of it.
import type { Para } from './join.ts';
import type { OutlineNode } from './types.ts';
import { numbered } from './marks.ts';

/** A paragraph that ends a sentence: the document before has text of its own up to there. */
const ENDED = /[。！？!?][”’」』）)]?$/;

/** Moves each start found at a title (not at a piece mark) up over the 提纲 entries right above it. */
export function contentsAbove(body: readonly Para[], starts: { at: number; marked: boolean }[]): void {
  for (const s of starts) {
    if (s.marked) continue;
    let a = s.at;
    while (a > 0 && body[a - 1]!.contents && numbered(body[a - 1]!.text)) a--;
    if (a < s.at && a > 0 && ENDED.test(body[a - 1]!.text)) s.at = a;
  }
}

/** The outline without the 提纲's entries that no heading of the text matched (for a document not cut off). */
export function matchedOnly(nodes: OutlineNode[]): OutlineNode[] {
  const out: OutlineNode[] = [];
  for (const n of nodes) {
    n.children = matchedOnly(n.children);
    if (!n.fromContents || n.children.length > 0) out.push(n);
  }
  return out;
}
