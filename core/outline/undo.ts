// Undoing a removal brings back that line and nothing else. The analysis with a line kept could
// otherwise read the file differently around it: a kept 「篇一」 was no cut any more, so the lines
// before it no longer stood before the first piece and came back too (the collection's lead-in),
// and it stood where the document's title was looked for, leaving the piece untitled.
//
// Two things keep an undo to its line. A line whose whole text was removed (not a mark cut from a
// title) is known to the analysis as such (`whole`): it is never taken for a title, and a kept piece
// mark still starts its piece (split.ts). And any whole-line removal of the analysis without the
// kept lines that the analysis with them no longer makes is made again, with its reason: what the
// user did not undo stays removed.
import type { Removal } from './types.ts';

const squeeze = (s: string) => s.replace(/\s+/g, '');

/** The raw lines as the cleaning numbers them (1-based: `lines[no - 1]`). */
export function rawLines(raw: string): string[] {
  return (raw.startsWith('\uFEFF') ? raw.slice(1) : raw).split(/\r\n|\n|\r/);
}

/**
 * The lines whose whole text removals take — one removal, or several on the line (a Markdown mark
 * and the text after it) — each with the reason of the one that took most of it.
 */
export function wholeLines(removed: readonly Removal[], lines: readonly string[]): Map<number, string> {
  const on = new Map<number, Removal[]>();
  const add = (r: Removal) => on.set(r.line, [...(on.get(r.line) ?? []), r]);
  for (const r of removed) {
    // A paragraph of several lines removed as one (a cover's lines joined): each of its lines.
    let rest = squeeze(r.text);
    let no = r.line;
    const first = squeeze(lines[no - 1] ?? '');
    if (first === '' || !rest.startsWith(first) || rest.length === first.length) {
      add(r);
      continue;
    }
    while (rest !== '' && no <= lines.length) {
      const line = squeeze(lines[no - 1]!);
      if (line !== '' && !rest.startsWith(line)) break;
      if (line !== '') add({ ...r, line: no, text: line });
      rest = rest.slice(line.length);
      no++;
    }
  }
  const out = new Map<number, string>();
  for (const [no, rs] of on) {
    const line = squeeze(lines[no - 1] ?? '');
    const taken = rs.reduce((n, r) => n + squeeze(r.text).length, 0);
    if (line !== '' && taken >= line.length) out.set(no, [...rs].sort((a, b) => squeeze(b.text).length - squeeze(a.text).length)[0]!.reason);
  }
  return out;
}

/** The kept lines whose whole text the analysis without them removed, each with the reason it was removed for. */
export function keptWhole(keep: ReadonlySet<number>, before: readonly Removal[], lines: readonly string[]): Map<number, string> {
  return new Map([...wholeLines(before, lines)].filter(([no]) => keep.has(no)));
}

/**
 * The lines the analysis without the kept lines (`before`) removed whole and the analysis with them
 * (`after`) no longer does, not kept by the user: to be removed again, with their reason. A line
 * with a piece mark is not among them: removed again as a line, the mark would no longer start its
 * piece.
 */
export function lostRemovals(before: readonly Removal[], after: readonly Removal[], keep: ReadonlySet<number>, lines: readonly string[], piece: string): { line: number; reason: string }[] {
  const still = wholeLines(after, lines);
  const marked = new Set(before.filter((r) => r.reason === piece).map((r) => r.line));
  return [...wholeLines(before, lines)].filter(([no]) => !keep.has(no) && !still.has(no) && !marked.has(no)).map(([line, reason]) => ({ line, reason }));
}
