// A running header or footer found by coming back: the first (or last) lines of two pages or more, the
// same but for their digits (a header too long for the line wraps onto a second). On a narrow page the header may stand as close over the text as a line
// over the next, and reach both margins as a full line does (a 汇编's whole name in the header, on
// A6): by the gap alone it was read as the first line of the page's text, and the sentence running
// on from the page before was glued to it (session 21 imp2's open item). Pure.
import type { PageLine } from './pdf-columns.ts';

const key = (text: string) => text.replace(/[0-9０-９]+/g, '#').replace(/[\s\u3000]+/g, '');

/** How many lines (at most two) at each page's top and at its foot come back, line for line, at that edge of another page. */
export function runningEdges(pages: readonly (readonly PageLine[])[]): { top: number; bottom: number }[] {
  const at = (lines: readonly PageLine[], k: number, fromEnd: boolean) => {
    if (lines.length <= 2) return undefined;
    const l = lines[fromEnd ? lines.length - 1 - k : k]!;
    if (k === 0) return l;
    // A second line is the first one wrapped: in its size, as close to it as a line to the next (a
    // 纪要's red head 「××市人民政府」 under a browser's header line is no header of the page).
    const first = lines[fromEnd ? lines.length - 1 : 0]!;
    return Math.abs(l.size - first.size) <= first.size * 0.15 && Math.abs(first.y - l.y) <= first.size * 2 ? l : undefined;
  };
  const seen = new Map<string, number>();
  const name = (k: number, fromEnd: boolean, l: PageLine) => `${fromEnd ? 'b' : 't'}${k}:${key(l.text)}`;
  for (const lines of pages) {
    for (const fromEnd of [false, true]) {
      for (let k = 0; k < 2; k++) {
        const l = at(lines, k, fromEnd);
        if (l && key(l.text) !== '') seen.set(name(k, fromEnd, l), (seen.get(name(k, fromEnd, l)) ?? 0) + 1);
      }
    }
  }
  const run = (lines: readonly PageLine[], fromEnd: boolean) => {
    let n = 0;
    for (let k = 0; k < 2; k++) {
      const l = at(lines, k, fromEnd);
      if (!l || (seen.get(name(k, fromEnd, l)) ?? 0) < 2) break;
      n++;
    }
    return n;
  };
  return pages.map((lines) => ({ top: run(lines, false), bottom: run(lines, true) }));
}
