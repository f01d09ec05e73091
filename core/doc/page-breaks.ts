// Where the printed pages of a text begin, as Word breaks them: each paragraph's lines on the 22-line
// grid, a paragraph kept with the next (keep.ts) moving to the next page with it, one kept whole
// moving whole, and widow control (on every paragraph of the export) never leaving one line of a
// paragraph alone on either side of a break. The page view draws its page ends from this on the lines
// the screen measures, so the screen and the .docx break alike. Pure.
import { LINES_PER_PAGE } from './page-grid.ts';

/** One paragraph (or the head, a table …) as it stands on the continuous screen, in grid lines. */
export interface LineBlock {
  /** The line it starts on, counted from the top of the text. */
  start: number;
  /** How many lines it takes (at least one). */
  lines: number;
  keepNext: boolean;
  keepLines: boolean;
  /** Blank lines just before it that go with it (keep.ts's blankBefore). */
  blank: number;
}

/** Lines a paragraph keeps together on either side of a break (widow and orphan control). */
const WIDOW = 2;

/** The lines of `b` that stay on a page that has `room` lines left for it: all, none, or a cut Word allows. */
function linesBefore(b: LineBlock, room: number, perPage: number): number {
  if (room >= b.lines) return b.lines;
  if (b.keepLines && b.lines <= perPage) return 0;
  const cut = Math.min(room, b.lines - WIDOW);
  return cut >= WIDOW ? cut : 0;
}

/**
 * Moves the break before block `i` back over the blocks kept with it, as long as they started on the
 * page that begins at `page`: the line the next page begins on. A block kept with the next but not
 * whole gives only its last lines; a chain that would fill the page from its top breaks where it was.
 */
function keptBack(blocks: readonly LineBlock[], i: number, page: number): number {
  const own = blocks[i]!;
  let at = own.blank && own.start - own.blank > page ? own.start - own.blank : own.start;
  for (let j = i - 1; j >= 0 && blocks[j]!.keepNext; j--) {
    const b = blocks[j]!;
    if (b.start - b.blank <= page) {
      if (b.start <= page || b.keepLines || b.lines < 2 * WIDOW) return own.start;
      return b.start + b.lines - WIDOW;
    }
    if (!b.keepLines && b.lines >= 2 * WIDOW) return b.start + b.lines - WIDOW;
    at = b.blank ? b.start - b.blank : b.start;
  }
  return at;
}

/** The lines on which pages 2, 3 … begin, for blocks in their order on the screen. */
export function pageStarts(blocks: readonly LineBlock[], perPage = LINES_PER_PAGE): number[] {
  const starts: number[] = [];
  let page = 0;
  for (let i = 0; i < blocks.length; ) {
    const b = blocks[i]!;
    if (b.start + b.lines - page <= perPage) {
      i++;
      continue;
    }
    const room = page + perPage - b.start;
    const kept = room > 0 ? linesBefore(b, room, perPage) : 0;
    let at = kept > 0 ? b.start + kept : keptBack(blocks, i, page);
    // A page always takes at least a line: the break moves on.
    if (at <= page) at = Math.min(page + perPage, b.start > page ? b.start : page + perPage);
    starts.push(at);
    page = at;
    while (i > 0 && blocks[i - 1]!.start + blocks[i - 1]!.lines > page) i--;
  }
  return starts;
}
