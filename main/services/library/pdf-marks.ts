// A watermark set flat in large type across every page (「内部资料」 as LibreOffice and WPS print a
// horizontal watermark, or a unit's name stamped over the text): read into the lines by its
// baseline, it was glued into whichever sentence it crossed, or stood as a line of the text. Type
// at least MARK_SIZE times the body's, whose text stands again on page after page, is the mark: set
// apart like a watermark at an angle (pdf.ts), and removed as 〔水印〕. A title in large type stands
// on one page only, so it stays.
import { bodySize, byBaseline, type Run } from './pdf-columns.ts';

/** How many times the body's type size a watermark's type is at least. */
export const MARK_SIZE = 2.5;

/** Each page's runs without its flat watermark, and the watermark's text ('' for none). */
export function flatMarks(pages: readonly Run[][]): { runs: Run[]; mark: string }[] {
  const size = bodySize(pages.flat().filter((r) => r.str.trim() !== ''));
  const big = pages.map((runs) => bigLines(runs.filter((r) => r.str.trim() !== '' && r.size >= size * MARK_SIZE)));
  const pagesWith = new Map<string, number>();
  for (const lines of big) for (const key of new Set(lines.map((l) => l.key))) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
  const texted = pages.filter((runs) => runs.some((r) => r.str.trim() !== '')).length;
  const isMark = (key: string) => key.length >= 2 && (pagesWith.get(key) ?? 0) >= Math.max(2, texted / 2);
  return pages.map((runs, n) => {
    const marks = big[n]!.filter((l) => isMark(l.key));
    if (marks.length === 0) return { runs, mark: '' };
    const out = new Set(marks.flatMap((l) => l.runs));
    return { runs: runs.filter((r) => !out.has(r)), mark: marks.map((l) => l.text).join(' ') };
  });
}

/** Large runs by baseline, each line's text as read (`text`) and without spaces (`key`). */
function bigLines(runs: Run[]): { runs: Run[]; text: string; key: string }[] {
  const groups = byBaseline(runs);
  return groups.map((g) => {
    const text = g.sort((p, q) => p.x - q.x).map((r) => r.str).join('').replace(/\s+/g, ' ').trim();
    return { runs: g, text, key: text.replace(/\s/g, '') };
  });
}
