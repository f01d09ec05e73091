// A PDF page's reading order when its body is set in columns (a county 内刊, a 政研 journal, a
// newspaper page): the two columns' lines share the page's height, and read by baseline alone they
// interleave half-lines of two paragraphs. The columns are found from the text's x positions — a
// gap that no line crosses, running down most of the page — and read one after the other; lines that
// span the gap (a title, a speaker, a date, a running header) stay where they stand between the
// column blocks. Footnotes (smaller type below the page's last line of body text) are set apart,
// so that they are not read into the next column's text.

export interface Run {
  x: number;
  y: number;
  w: number;
  size: number;
  str: string;
}

export interface PageLine {
  x0: number;
  x1: number;
  y: number;
  size: number;
  text: string;
  /** A footnote at the page's foot. */
  note?: boolean;
}

/** Gaps inside a line narrower than this many type sizes are spacing, not a column gap. */
const WORD_GAP = 0.8;
/** A gutter may be crossed by at most this share of the page's rows (titles, speakers, dates, headers: a short page has many). */
const CROSSING_SHARE = 0.3;

/** A footnote starts with its number or mark (「1据…」「①…」「注：…」); a footer 「第1页共10页」「3/8」 does not. */
const NOTE_START = /^(?:[0-9]{1,2}(?![0-9])(?!\s*[/／页])|[①-⑳]|注[：:]|[*＊])/;

interface Row {
  runs: Run[];
  y: number;
  /** The row's inked spans, runs closer than WORD_GAP merged. */
  spans: [number, number][];
}

/**
 * The page's runs in reading order, as lines (`toLines` makes lines of one block's runs), and the
 * gutter it was read by. `before`: the gutter of the page before — a page too short to show its own
 * (the last lines of a two-column article) is read by it when no line of body text crosses it.
 */
/** A space one or two characters wide: pdf.js's reading of a full-width space (U+3000). */
const wideSpace = (r: Run) => r.str !== '' && r.str.trim() === '' && r.w >= r.size * 0.8 && r.w <= r.size * 2.5;

export function readingOrder(runs: readonly Run[], toLines: (runs: Run[]) => PageLine[], before?: number): { lines: PageLine[]; gutter?: number; unclear?: boolean } {
  const ink = runs.filter((r) => r.str.trim() !== '' && r.w > 0);
  const size = bodySize(ink);
  const rows = toRows(ink);
  const noteRows = footnotes(rows, size);
  const notes = rows.filter((r) => noteRows.has(r));
  const text: Row[] = [];
  for (const r of rows) {
    if (noteRows.has(r)) continue;
    const lifted = raised(r, rows, size);
    // A unit's power (「m²」) goes onto the line it stands over: on a line of its own it was taken for a page's number.
    if (lifted?.power) lifted.under.runs.push(...r.runs.map((x) => ({ ...x, y: lifted.under.y })));
    else if (!(lifted && noteRows.size > 0)) text.push(noteRows.size > 0 ? withoutReferences(r, size) : r);
  }
  const gutter = findGutter(text, size) ?? (before !== undefined && stillFits(text, before, size) ? before : undefined);
  const out: PageLine[] = [];
  // (On a page of one column, a space one or two characters wide is full-width spaces, the text's own: toLines keeps them.)
  if (gutter === undefined) out.push(...toLines([...text.flatMap((r) => r.runs), ...runs.filter(wideSpace)]));
  else out.push(...inColumns(text, gutter, size, toLines));
  // A note over two lines or more is one note: a line that opens with no number goes on from the one before.
  for (const line of toLines(onNoteBaselines(notes))) {
    const last = out.at(-1);
    if (last?.note && !NOTE_START.test(line.text)) last.text += /[A-Za-z0-9]$/.test(last.text) && /^[A-Za-z0-9]/.test(line.text) ? ` ${line.text}` : line.text;
    else out.push({ ...line, note: true });
  }
  const result: { lines: PageLine[]; gutter?: number; unclear?: boolean } = { lines: out };
  if (gutter !== undefined) result.gutter = gutter;
  if (sideBySide(text, gutter, size)) result.unclear = true;
  return result;
}

const small = (r: Row, size: number) => r.runs.every((x) => x.size <= size * 0.85);
const rowText = (r: Row) => r.runs.map((x) => x.str).join('').trim();
/** A page's printed number or footer in a note's type: 「第1页共3页」「— 3 —」「3/8」「·3·」. */
const PAGE_SHAPE = /^(?:[-—–－·•\s]*[0-9０-９]{1,4}[-—–－·•\s]*|第\s*[0-9０-９]+\s*页.*|[0-9]+\s*[/／]\s*[0-9]+)$/;
/** A footnote's number set as a superscript on a baseline of its own (「³」 before the note's text): the mark alone. */
const NOTE_MARK = /^(?:[0-9]{1,2}|[①-⑳]|[*＊])$/;
/** How wide (in body type sizes) a line under the notes may be and still be the page's footer or number. */
const FOOTER_WIDTH = 20;

/**
 * The page's footnotes: the block of rows in smaller type at the page's foot, under the last row of
 * body text, that opens with a note's number or mark (「1据…」「①…」「注：…」, or a superscript 「3」
 * on a baseline of its own over the note's text). Every row of the block is a note (a note runs on
 * over two lines or more); a footer or page number under it stays the page's — in the body's type
 * (「— 9 —」, which had stood lower than every note and made them all read as body text), or in the
 * notes' own type and shaped as a page's number.
 */
function footnotes(rows: readonly Row[], size: number): Set<Row> {
  let i = rows.length - 1;
  // The page's footer and number in the body's type, under the notes.
  for (let skipped = 0; skipped < 2 && i >= 0 && !small(rows[i]!, size) && width(rows[i]!) < size * FOOTER_WIDTH; skipped++) i--;
  const block: Row[] = [];
  for (; i >= 0 && small(rows[i]!, size); i--) block.unshift(rows[i]!);
  // Body text above the block: notes are a page's foot, not a page in small type.
  if (i < 0 || block.length === 0 || block.length > i + 1) return new Set();
  while (block.length && PAGE_SHAPE.test(rowText(block.at(-1)!))) block.pop();
  const top = block[0];
  if (!top) return new Set();
  const opens = NOTE_START.test(rowText(top)) && (!NOTE_MARK.test(rowText(top)) || block.length > 1);
  return opens ? new Set(block) : new Set();
}

/** A note's reference in the text: a superscript 「1」「②」「*」, or several, in small type. */
const REFERENCE = /^(?:[0-9]{1,3}|[①-⑳]|[*＊]{1,3}|\[[0-9]{1,3}\])(?:\s*(?:[0-9]{1,3}|[①-⑳]|\[[0-9]{1,3}\]))*$/;

/**
 * A row raised over a line of body text in small type, a reference's shape (「1」「②」「*」): its own
 * baseline, read as a line, it cut the paragraph it stood in, and the analysis took it for a page's
 * number. After a Latin letter or a digit (「m2」) it is a unit's power (`power`), set back into its
 * line; else, on a page whose notes were found, a footnote's reference, dropped as a Word file's is
 * (the note it points to is removed and reported).
 */
function raised(row: Row, rows: readonly Row[], size: number): { under: Row; power: boolean } | undefined {
  if (!small(row, size) || !REFERENCE.test(rowText(row))) return undefined;
  const [a, b] = [row.spans[0]![0], row.spans.at(-1)![1]];
  const under = rows.find((r) => r !== row && !small(r, size) && row.y > r.y && row.y - r.y < size * 0.8 && r.spans[0]![0] <= a + size && r.spans.at(-1)![1] >= b - size * 2);
  if (!under) return undefined;
  const before = under.runs.filter((x) => x.x < a).sort((p, q) => p.x + p.w - (q.x + q.w)).at(-1);
  return { under, power: /[A-Za-z0-9]$/.test(before?.str.trimEnd() ?? '') };
}

/**
 * A row of body text without the note references set on its own baseline in small type (typed by
 * hand in a smaller size, not raised: read into the sentence, 「意义。1今年…」), on a page whose notes
 * were found. As for a raised one, a small digit after a Latin letter or a digit (「m2」) stays.
 */
function withoutReferences(row: Row, size: number): Row {
  if (!row.runs.some((x) => x.size <= size * 0.85) || !row.runs.some((x) => x.size > size * 0.85)) return row;
  const byX = [...row.runs].sort((p, q) => p.x - q.x);
  const drop = byX.filter((r, k) => r.size <= size * 0.85 && REFERENCE.test(r.str.trim()) && !/[A-Za-z0-9]$/.test(byX[k - 1]?.str.trimEnd() ?? ''));
  return drop.length ? { ...row, runs: row.runs.filter((r) => !drop.includes(r)) } : row;
}

const width = (r: Row) => r.spans.at(-1)![1] - r.spans[0]![0];

/** The notes' runs, a note's superscript number moved onto the baseline of the text it stands before. */
function onNoteBaselines(rows: readonly Row[]): Run[] {
  const out: Run[] = [];
  rows.forEach((row, k) => {
    const next = rows[k + 1];
    const mark = NOTE_MARK.test(rowText(row)) && next && row.y - next.y < row.runs[0]!.size * 1.5;
    out.push(...(mark ? row.runs.map((r) => ({ ...r, y: next.y })) : row.runs));
  });
  return out;
}

/**
 * Text still set side by side after the columns were taken apart (three columns, a table, blocks
 * placed freely): many rows of body text, on one side of the gutter or the page, hold spans two
 * characters or more apart. Read by baseline, such a page's lines may mix; the reader says so.
 */
function sideBySide(rows: readonly Row[], gutter: number | undefined, size: number): boolean {
  const body = rows.filter((r) => r.runs.some((x) => Math.abs(x.size - size) < size * 0.1));
  const sides: ((s: [number, number]) => boolean)[] = gutter === undefined ? [() => true] : [([, b]) => b <= gutter, ([a]) => a >= gutter];
  return sides.some((side) => {
    const spans = body.map((r) => r.spans.filter(side)).filter((s) => s.length > 0);
    const apart = spans.filter((s) => s.some((span, i) => i > 0 && span[0] - s[i - 1]![1] >= size * 2)).length;
    return apart >= 6 && apart >= spans.length * 0.4;
  });
}

/** The page before's gutter on this page: body text on both sides of it, and no line of body text across it. */
function stillFits(rows: readonly Row[], gutter: number, size: number): boolean {
  const body = rows.filter((r) => r.runs.some((x) => Math.abs(x.size - size) < size * 0.1));
  return (
    body.some((r) => r.spans.some(([, b]) => b <= gutter)) &&
    body.some((r) => r.spans.some(([a]) => a >= gutter)) &&
    !body.some((r) => crosses(r, gutter, size) && r.runs.every((x) => Math.abs(x.size - size) < size * 0.1))
  );
}

/**
 * A row across the gutter: a span over it, or a short line centred on it (a page number, 「· 1 ·」)
 * — but not a short line starting at the right column's edge (`rightStart`): the last word of a
 * paragraph there (「心」「创业。」) is the column's, and taken for a centred line it cut the columns
 * into bands read across (a narrow gutter puts such a line close to the page's middle).
 */
function crosses(row: Row, gutter: number, size: number, rightStart?: number): boolean {
  if (row.spans.some(([a, b]) => a < gutter && b > gutter)) return true;
  const a = row.spans[0]![0];
  const b = row.spans.at(-1)![1];
  if (rightStart !== undefined && a >= gutter && Math.abs(a - rightStart) < size * 0.5) return false;
  return b - a < size * 6 && Math.abs((a + b) / 2 - gutter) < size * 2;
}

/**
 * A row set centred across both columns, its halves on either side of the gutter and clear of the
 * page's outer margins: a running header (「…办公室  内部资料 注意保存」) or a title across the page.
 * Its halves do not cross the gutter, and were read into the two columns; two columns' lines reach
 * the margins (or the first line's indent).
 */
function centredAcross(row: Row, gutter: number, size: number, left: number, right: number): boolean {
  const a = row.spans[0]![0];
  const b = row.spans.at(-1)![1];
  return a < gutter && b > gutter && Math.abs((a + b) / 2 - gutter) < size * 2 && a > left + size * MARGIN_CLEAR && b < right - size * MARGIN_CLEAR;
}
/** How far (in type sizes) from the outer margins a line across both columns stays. */
const MARGIN_CLEAR = 3;

/** The type size that sets the most characters. */
export function bodySize(runs: readonly Run[]): number {
  const chars = new Map<number, number>();
  for (const r of runs) chars.set(Math.round(r.size * 2) / 2, (chars.get(Math.round(r.size * 2) / 2) ?? 0) + r.str.length);
  let best = 12;
  let most = -1;
  for (const [s, n] of chars) if (n > most) [best, most] = [s, n];
  return best;
}

/** Runs into rows by baseline (as toLines groups them), each with its inked spans. */
function toRows(runs: readonly Run[]): Row[] {
  const sorted = [...runs].sort((p, q) => q.y - p.y || p.x - q.x);
  const rows: Row[] = [];
  for (const r of sorted) {
    const row = rows.at(-1);
    if (row && Math.abs(row.runs[0]!.y - r.y) < Math.min(row.runs[0]!.size, r.size) * 0.5) row.runs.push(r);
    else rows.push({ runs: [r], y: r.y, spans: [] });
  }
  for (const row of rows) {
    const byX = [...row.runs].sort((p, q) => p.x - q.x);
    for (const r of byX) {
      const last = row.spans.at(-1);
      if (last && r.x - last[1] < r.size * WORD_GAP) last[1] = Math.max(last[1], r.x + r.w);
      else row.spans.push([r.x, r.x + r.w]);
    }
  }
  return rows;
}

/**
 * The x of a gap between two columns, or undefined: in the middle of the text's width, crossed by
 * few rows, with text on both sides down a third of the page or more. Of the widest stretch of such
 * x, the middle of those fewest rows cross.
 */
function findGutter(rows: readonly Row[], size: number): number | undefined {
  if (rows.length < 8) return undefined;
  const left = Math.min(...rows.map((r) => r.spans[0]![0]));
  const right = Math.max(...rows.map((r) => r.spans.at(-1)![1]));
  const top = Math.max(...rows.map((r) => r.y));
  const height = top - Math.min(...rows.map((r) => r.y));
  const width = right - left;
  if (width < size * 12 || height <= 0) return undefined;
  const spread = (ys: number[]) => (ys.length >= 3 ? Math.max(...ys) - Math.min(...ys) : 0);
  // lo/hi: the first and last x of the stretch that the fewest rows cross; the gutter is between them.
  let best: { from: number; to: number; lo: number; hi: number; crossing: number } | undefined;
  let run: typeof best;
  for (let x = Math.ceil(left + width * 0.3); x <= left + width * 0.7; x += 1) {
    let crossing = 0;
    const sides = { l: [] as number[], r: [] as number[] };
    for (const row of rows) {
      if (row.spans.some(([a, b]) => a < x && b > x)) crossing++;
      else {
        if (row.spans.some(([, b]) => b <= x)) sides.l.push(row.y);
        if (row.spans.some(([a]) => a >= x)) sides.r.push(row.y);
      }
    }
    const ok = crossing <= rows.length * CROSSING_SHARE && spread(sides.l) >= height / 3 && spread(sides.r) >= height / 3;
    if (!ok) run = undefined;
    else if (!run) run = { from: x, to: x, lo: x, hi: x, crossing };
    else {
      run.to = x;
      if (crossing < run.crossing) [run.lo, run.hi, run.crossing] = [x, x, crossing];
      else if (crossing === run.crossing) run.hi = x;
    }
    if (run && (!best || run.to - run.from > best.to - best.from)) best = { ...run };
  }
  return best && best.to - best.from >= size * 0.3 ? (best.lo + best.hi) / 2 : undefined;
}

/** Rows top to bottom: a row crossing the gutter stands alone; between two such, the left column's lines, then the right's. */
function inColumns(rows: readonly Row[], gutter: number, size: number, toLines: (runs: Run[]) => PageLine[]): PageLine[] {
  const out: PageLine[] = [];
  const leftStart = Math.min(...rows.flatMap((r) => r.spans.filter(([, b]) => b <= gutter).map(([a]) => a)));
  const rightStart = Math.min(...rows.flatMap((r) => r.spans.filter(([a]) => a >= gutter).map(([a]) => a)));
  // The right column's lines are moved onto the left's: the page's margins and indents are then one.
  const shift = rightStart - leftStart;
  let band: { l: Run[]; r: Run[] } = { l: [], r: [] };
  const flush = () => {
    out.push(...toLines(band.l));
    for (const line of toLines(band.r)) out.push({ ...line, x0: line.x0 - shift, x1: line.x1 - shift });
    band = { l: [], r: [] };
  };
  const rightEnd = Math.max(...rows.map((r) => r.spans.at(-1)![1]));
  for (const row of rows) {
    if (crosses(row, gutter, size, rightStart) || centredAcross(row, gutter, size, leftStart, rightEnd)) {
      flush();
      out.push(...toLines(row.runs));
      continue;
    }
    for (const r of row.runs) (r.x + r.w / 2 < gutter ? band.l : band.r).push(r);
  }
  flush();
  return out;
}

/** Runs grouped by baseline, top to bottom: a run joins the line above when their baselines differ by less than half
 * the smaller type size (one definition for reading lines and for finding large marks). */
export function byBaseline(runs: readonly Run[]): Run[][] {
  const sorted = [...runs].sort((p, q) => q.y - p.y || p.x - q.x);
  const groups: Run[][] = [];
  for (const r of sorted) {
    const g = groups.at(-1);
    if (g && Math.abs(g[0]!.y - r.y) < Math.min(g[0]!.size, r.size) * 0.5) g.push(r);
    else groups.push([r]);
  }
  return groups;
}
