// Page furniture: a PDF's running headers, footers and page numbers, found by where they stand (next
// to page breaks) and by coming back page after page. A page's printed number (「— 3 —」, removed as
// 页码) marks the page's edge as a break does: an OCR'd or copied text has no form feeds.
import { REASON, type Line } from './lines.ts';
import { DATE_LINE, SALUTATION, charLength, numbered } from './marks.ts';
import { isPiece } from './pieces.ts';

/**
 * Page furniture: the lines next to page breaks (two before and after each break; the first two and
 * the last two of the text: a header wrapped onto a second line) that come back at two page edges or more — a running header, a
 * footer — the same but for their digits. A page's first line is the page's text when it is the
 * only one like it, so the title on the first page stays; and where the running header is the
 * piece's title, the title under the header on the piece's first page stays too.
 */
const BARE_NUMBER = /^[0-9]{1,3}$/;

export function markFurniture(lines: Line[]): void {
  // (A bare number is no page's edge: a 公众号 numbers its pieces 「01」「02」 so.)
  const edge = (l: Line) => l.pageBreak === true || (l.removed === REASON.page && !BARE_NUMBER.test(l.text));
  if (!lines.some(edge)) return;
  const live = (l: Line) => !l.removed && !l.pageBreak && l.text !== '';
  const edges: number[][] = [];
  const near = (from: number, step: number, n: number): number[] => {
    const out: number[] = [];
    for (let j = from; j >= 0 && j < lines.length && out.length < n && !edge(lines[j]!); j += step) if (live(lines[j]!)) out.push(j);
    return out;
  };
  edges.push(near(0, 1, 2), near(lines.length - 1, -1, 2));
  lines.forEach((l, i) => {
    if (edge(l)) edges.push(near(i - 1, -1, 2), near(i + 1, 1, 2));
  });
  const key = (t: string) => t.replace(/[0-9０-９]+/g, '#').replace(/[\s\u3000]+/g, '');
  const seen = new Map<string, Set<number>>();
  // A line near two edges (the only lines of a short page: a cover's title is its first line and
  // stands before its break) comes back at none: it is counted at the first edge that reaches it.
  const counted = new Set<number>();
  edges.forEach((edge, e) => {
    for (const i of edge) {
      if (counted.has(i)) continue;
      counted.add(i);
      const t = lines[i]!.text;
      if (charLength(t) > 60 || SALUTATION.test(t) || numbered(t) || isPiece(t) || /[。！？]$/.test(t) || DATE_LINE.test(t)) continue;
      const k = key(t);
      if (!seen.has(k)) seen.set(k, new Set());
      seen.get(k)!.add(e);
    }
  });
  edges.forEach((edge) => {
    // A running header that is the piece's own title stands right over that title on the piece's
    // first page: at one edge, the line nearest the break is the furniture and the same line after
    // it is the page's text.
    const first = edge.length > 1 ? key(lines[edge[0]!]!.text) : undefined;
    edge.forEach((i, n) => {
      const l = lines[i]!;
      if (l.kept || (seen.get(key(l.text))?.size ?? 0) < 2) return;
      if (n > 0 && key(l.text) === first) return;
      l.removed = REASON.furniture;
    });
  });
}
