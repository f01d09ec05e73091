// A text PDF (a 文件 downloaded from a government site, a speech printed to PDF) → its text, one
// paragraph a line, through pdf.js (the `unpdf` build: pdf.js without a worker or canvas).
//
// pdf.js gives positioned runs of text. They are put into lines by their baseline, and the lines
// into paragraphs by the page's geometry: a line that reaches the right margin runs on into the
// next unless that one is indented (a new paragraph) or starts a heading; a centred title broken
// over two lines is one line again. Between pages a form feed (on a line of its own) marks the
// break; the lines at the page's top and bottom edges (header, footer, page number) stay in the text
// as lines of their own next to it, for the analysis to remove as page furniture — reported, and
// undoable like any removal. A paragraph that runs on over the break has no blank line anywhere
// between its two halves, so the analysis joins them back.
import { REASON } from '../../../core/outline/lines.ts';
import { leaderEntry } from '../../../core/outline/marks.ts';
import { opensList } from '../../../core/outline/wrap.ts';
import { LibraryError, MAX_FILE_BYTES, tooLarge } from './errors.ts';
import { byBaseline, readingOrder, type PageLine as Line, type Run } from './pdf-columns.ts';
import { flatMarks } from './pdf-marks.ts';
import { runningEdges } from './pdf-running.ts';
import { letterSpaced, unspaced } from './pdf-spacing.ts';
import { FOOTNOTE, type Debris, type ReadText } from './read-text.ts';
import { withRenameHint } from './renamed.ts';

export const NOT_PDF = '不是有效的 PDF 文件';
export const ENCRYPTED_PDF = 'PDF 文件设有打开密码，无法读取（请在 PDF 阅读器中取消密码后再导入）';
export const SCANNED_PDF = '这是扫描版 PDF：页面只有图像，没有文字层，无法提取文字（请先用 OCR 软件识别为文字，或用原文件导入）';
export const UNREADABLE_PDF = '无法从这个 PDF 中提取文字：所用字体没有文字编码（请用原文件导入）';


const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;
const HEADING = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|[（(]?[0-9０-９]{1,2}[）).．、]|第[一二三四五六七八九十]{1,3}[章节条部篇]|同志们|各位)/;

export async function pdfToText(bytes: Uint8Array): Promise<ReadText> {
  if (bytes.length === 0) throw new LibraryError('文件为空');
  if (bytes.length > MAX_FILE_BYTES) throw tooLarge(bytes.length);
  if (!Buffer.from(bytes.subarray(0, 1024)).toString('latin1').includes('%PDF-')) throw new LibraryError(withRenameHint(NOT_PDF, bytes));
  const { getDocumentProxy } = await import('unpdf');
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // A copy: pdf.js takes the buffer it is given.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0 });
  } catch (err) {
    throw new LibraryError((err as { name?: string }).name === 'PasswordException' ? ENCRYPTED_PDF : NOT_PDF);
  }
  try {
    const pages: Line[][] = [];
    /** Each page's watermark (its rotated text, then its flat one in large type), '' for none. */
    const marks: string[] = [];
    let glyphless = 0;
    let gutter: number | undefined;
    const unclear: number[] = [];
    /** Pages with an image and no text at all: a scan among text pages. */
    const scanned: number[] = [];
    const pageRuns: Run[][] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const { runs, mark } = pageText(await page.getTextContent());
      pageRuns.push(runs);
      marks.push(mark);
      page.cleanup();
    }
    const spaced = letterSpaced(pageRuns);
    const lineUp = (runs: Run[]) => toLines(runs, spaced);
    for (const [k, { runs, mark }] of flatMarks(pageRuns).entries()) {
      const n = k + 1;
      if (mark) marks[k] = marks[k] ? `${marks[k]} ${mark}` : mark;
      const order = readingOrder(runs, lineUp, gutter);
      const lines = order.lines;
      gutter = order.gutter;
      if (order.unclear) unclear.push(n);
      if (lines.length === 0) {
        const page = await pdf.getPage(n);
        const drawn = await paints(page);
        if (drawn.text) glyphless++;
        else if (drawn.image) scanned.push(n);
        page.cleanup();
      }
      pages.push(lines);
    }
    const text = pages.flat().map((l) => l.text).join('');
    if (text.replace(/\s/g, '') === '') throw new LibraryError(glyphless > 0 ? UNREADABLE_PDF : SCANNED_PDF);
    // Text in private-use code points or U+FFFD: fonts without a Unicode map.
    const odd = [...text].filter((c) => /[\ue000-\uf8ff\ufffd]/.test(c)).length;
    if (odd > text.length * 0.3) throw new LibraryError(UNREADABLE_PDF);
    const { text: laidOut, debris } = layOut(pages, new Set(scanned), marks);
    const read: ReadText = { text: laidOut, encoding: 'pdf' };
    if (debris.length) read.debris = debris;
    const notices = [...(scanned.length ? [scannedPages(scanned)] : []), ...(unclear.length ? [unclearPages(unclear)] : [])];
    if (notices.length) read.notices = notices;
    return read;
  } catch (err) {
    // pdf.js throws its own exceptions on a damaged page or stream (found by fuzzing): a refusal.
    if (err instanceof LibraryError) throw err;
    throw new LibraryError(DAMAGED_PDF);
  } finally {
    await pdf.destroy();
  }
}

const listPages = (pages: readonly number[]) => (pages.length > 5 ? `${pages.slice(0, 5).join('、')} 等 ${pages.length} 页` : `${pages.join('、')} 页`);

/** The notice for scanned pages among text pages: their text is not in the library. */
export function scannedPages(pages: readonly number[]): string {
  return `第 ${listPages(pages)}是扫描图像，没有文字层，这些页上的文字没有导入（请对照原文补上，或用 OCR 识别成文字后再导入）`;
}

/** The line that stands in the text for a scanned page: removed as 〔扫描页〕, it keeps the text on either side apart. */
const scannedLine = (page: number) => `（第 ${page} 页为扫描图像，未能读出文字）`;

/** The notice for pages whose text stands side by side in a way the reader could not order. */
export function unclearPages(pages: readonly number[]): string {
  return `第 ${listPages(pages)}的文字并排排列（多栏、表格或自由版式），读出的顺序可能前后错乱，请对照原文检查这些页`;
}

export const DAMAGED_PDF = 'PDF 文件已损坏，无法读出文字（请用原文件重新导出 PDF，或导入 Word 版本）';

/** A page's text items as runs; text set at an angle apart, as the page's watermark. */
function pageText(content: { items: unknown[] }): { runs: Run[]; mark: string } {
  const runs: Run[] = [];
  let mark = '';
  for (const item of content.items as { str?: string; transform?: number[]; width?: number; height?: number }[]) {
    if (typeof item.str !== 'string' || item.str === '' || !item.transform) continue;
    const [a, b, c, , e, f] = item.transform;
    // Text set at an angle is a watermark (「内部资料 注意保存」 across the page, as WPS and
    // LibreOffice print it): a speech's text is never rotated. Read into the lines, it was glued
    // into whichever sentence shared its baseline.
    if (Math.abs(b!) > Math.abs(a!) * 0.1 || Math.abs(c!) > Math.abs(a!) * 0.1) {
      mark += item.str;
      continue;
    }
    runs.push({ x: e!, y: f!, w: item.width ?? 0, size: Math.hypot(a!, b!) || item.height || 10, str: item.str });
  }
  return { runs, mark: mark.replace(/\s+/g, ' ').trim() };
}

/** What a page without text draws: glyphs (fonts pdf.js cannot map to characters), or an image (a scan). */
async function paints(page: { getOperatorList(): Promise<{ fnArray: number[] }> }): Promise<{ text: boolean; image: boolean }> {
  const { getResolvedPDFJS } = await import('unpdf');
  const { OPS } = await getResolvedPDFJS();
  const text = new Set([OPS.showText, OPS.showSpacedText, OPS.nextLineShowText, OPS.nextLineSetSpacingShowText]);
  const image = new Set([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageXObjectRepeat, OPS.paintImageMaskXObject]);
  const ops = (await page.getOperatorList()).fnArray;
  return { text: ops.some((op) => text.has(op)), image: ops.some((op) => image.has(op)) };
}

/**
 * A space one or two characters wide is full-width spaces (U+3000), the text's own (「王立群\u30002025年3月」 under a
 * title, 「副县长\u3000蒲景和」): pdf.js reads them as an ASCII space, which the layout's spaces beside Chinese would take
 * with them. A wider one is the layout's (a header's left and right parts): one space, as before.
 */
function fullWidthSpace(r: Run): string | undefined {
  if (r.str === '' || r.str.trim() !== '' || r.w < r.size * 0.8 || r.w > r.size * 2.5) return undefined;
  return '\u3000'.repeat(Math.round(r.w / r.size));
}

/** Runs into lines by baseline, top to bottom; within a line by x, spaced only between Latin words (`spaced`: a letter-spaced file, pdf-spacing.ts). */
function toLines(runs: Run[], spaced = false): Line[] {
  const groups = byBaseline(runs);
  const lines: Line[] = [];
  for (const g of groups) {
    g.sort((p, q) => p.x - q.x);
    let text = '';
    let end = -Infinity;
    for (const r of g) {
      const str = fullWidthSpace(r) ?? r.str.replace(/\s+/g, ' ');
      const prev = text.at(-1) ?? '';
      const next = str.trimStart()[0] ?? '';
      if (text !== '' && r.x - end > r.size * 0.25 && !CJK.test(prev) && !CJK.test(next) && prev !== ' ') text += ' ';
      // A wide gap inside a line (a header's left and right parts): one space.
      else if (text !== '' && r.x - end > r.size * 1.5 && prev !== ' ') text += ' ';
      text += str;
      end = Math.max(end, r.x + r.w);
    }
    if (spaced) text = unspaced(text);
    // Spaces between Chinese and Latin are the layout's, not the text's.
    text = text.replace(/(?<=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]) +| +(?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])/g, '').trim();
    if (text === '') continue;
    lines.push({ x0: g[0]!.x, x1: end, y: g[0]!.y, size: typeSize(g), text });
  }
  return lines;
}

/**
 * A line's type size: the size most of its width is set in (a tie: the larger). Not the largest: a
 * body line whose figures come in a bigger Latin size (「6月30日」 with 四号 figures among 五号 Chinese,
 * as a pasted-together Word file has it) read as large type, a title's line, and the page's footer
 * 「第5页」 centred under it ran on into its sentence as the title's second line.
 */
function typeSize(runs: readonly Run[]): number {
  const widths = new Map<number, number>();
  for (const r of runs) widths.set(r.size, (widths.get(r.size) ?? 0) + (r.w > 0 ? r.w : r.str.trim().length * r.size));
  let best = runs[0]!.size;
  for (const [size, w] of widths) if (w > widths.get(best)! || (w === widths.get(best)! && size > best)) best = size;
  return best;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
};

type Geometry = ReturnType<typeof geometry>;

/**
 * Each page's geometry: the document's, or — in a booklet printed with mirrored margins, whose odd
 * and even pages set their text at different distances from the left edge — that of the page's
 * side. With one geometry for both, every line of the pages set further right read as indented, a
 * paragraph of its own, and a sentence was cut where its line ended.
 */
function pageGeometries(pages: Line[][]): Geometry[] {
  const all = geometry(pages);
  const sides = [pages.filter((_, n) => n % 2 === 0), pages.filter((_, n) => n % 2 === 1)];
  if (sides.some((side) => side.flat().length < MIRRORED_MIN_LINES)) return pages.map(() => all);
  const [odd, even] = sides.map((side) => geometry(side, all)) as [Geometry, Geometry];
  if (Math.abs(odd.left - even.left) <= all.size * 0.5) return pages.map(() => all);
  return pages.map((_, n) => (n % 2 === 0 ? odd : even));
}
/** Lines each side needs for its own margins to be told from chance. */
const MIRRORED_MIN_LINES = 12;

/** The body's left and right margins, its type size and line pitch, from every page's lines (or, for one side of a booklet, its margins within the document's `whole`). */
function geometry(pages: Line[][], whole?: { size: number; pitch: number }): { left: number; right: number; size: number; pitch: number; centre: number } {
  const all = pages.flat();
  const size = whole?.size ?? (median(all.map((l) => l.size)) || 12);
  const body = all.filter((l) => Math.abs(l.size - size) < size * 0.15);
  // The left margin: where continuation lines start — the leftmost of the frequent starts. Not
  // simply the most frequent: in a text of short paragraphs more lines start indented (each
  // paragraph's first line, every heading) than flush, and taking the indent for the margin would
  // run every paragraph on into the one before.
  const starts = new Map<number, number>();
  for (const l of body) starts.set(Math.round(l.x0), (starts.get(Math.round(l.x0)) ?? 0) + 1);
  const most = Math.max(0, ...starts.values());
  const left = [...starts].filter(([, n]) => n >= most * 0.2).sort((a, b) => a[0] - b[0])[0]?.[0] ?? 0;
  // The right margin: where most full lines end — the most frequent end among the longer half of
  // the lines (a line ending in a full-width mark that hangs past the margin is not the margin).
  const ends = body.map((l) => Math.round(l.x1)).sort((a, b) => a - b);
  const endCounts = new Map<number, number>();
  for (const e of ends.slice(Math.floor(ends.length / 2))) endCounts.set(e, (endCounts.get(e) ?? 0) + 1);
  const right = [...endCounts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0;
  const gaps: number[] = [];
  for (const page of pages) for (let i = 1; i < page.length; i++) gaps.push(page[i - 1]!.y - page[i]!.y);
  const pitch = whole?.pitch ?? (median(gaps.filter((g) => g > 0)) || size * 1.5);
  return { left, right, size, pitch, centre: (left + right) / 2 };
}

type Token = { kind: 'para'; text: string; open: boolean } | { kind: 'edge'; text: string } | { kind: 'note'; text: string } | { kind: 'scan'; text: string } | { kind: 'mark'; text: string } | { kind: 'break' };

/**
 * The pages' lines as text: paragraphs, page-edge lines and page breaks, in reading order; a page's
 * footnotes after its foot, as debris (the report lists them, and the user may keep them).
 */
function layOut(allPages: Line[][], scanned: ReadonlySet<number>, marks: readonly string[] = []): { text: string; debris: Debris[] } {
  const pages = allPages.map((lines) => lines.filter((l) => !l.note));
  const gs = pageGeometries(pages);
  const tokens: Token[] = [];
  /** The paragraph being read: its text on this page so far, its last line and that line's page; its whole text (`all`). */
  let cur: { text: string; last: Line; page: number; all: string } | undefined;
  /** Notes of a page whose last paragraph runs on: they wait for its end. */
  const held: Token[] = [];
  const running = runningEdges(pages);
  const parts = pages.map((lines, n) => ({ lines, ...edges(lines, gs[n]!.pitch, running[n]!) }));
  parts.forEach(({ lines, top, bottom }, n) => {
    if (scanned.has(n + 1)) tokens.push({ kind: 'scan', text: scannedLine(n + 1) });
    if (marks[n]) tokens.push({ kind: 'mark', text: marks[n]! });
    for (let i = 0; i < top; i++) tokens.push({ kind: 'edge', text: lines[i]!.text });
    for (let i = top; i < lines.length - bottom; i++) {
      const line = lines[i]!;
      if (cur && runsOn(cur.last, line, gs[cur.page]!, gs[n]!, cur.page === n) && !itemAfterStop(cur.all, line.text)) {
        const piece = /[A-Za-z0-9]$/.test(cur.text) && /^[A-Za-z0-9]/.test(line.text) ? ` ${line.text}` : line.text;
        cur.text += piece;
        cur.all += piece;
        cur.last = line;
        cur.page = n;
      } else {
        if (cur) tokens.push({ kind: 'para', text: cur.text, open: false }, ...held.splice(0));
        cur = { text: line.text, last: line, page: n, all: line.text };
      }
    }
    // The page's last paragraph runs on over the break when the next page's first line continues it.
    const next = parts[n + 1];
    const first = next?.lines[next.top];
    if (cur && first && runsOn(cur.last, first, gs[n]!, gs[n + 1]!, false) && !itemAfterStop(cur.all, first.text)) {
      tokens.push({ kind: 'para', text: cur.text, open: true });
      cur.text = '';
    } else if (cur) {
      tokens.push({ kind: 'para', text: cur.text, open: false });
      cur = undefined;
    }
    for (let i = lines.length - bottom; i < lines.length; i++) tokens.push({ kind: 'edge', text: lines[i]!.text });
    // A page's notes, after the paragraph they interrupt: one that runs on over the page takes them
    // past its end (read in between, they were glued into its sentence, or cut it in two).
    held.push(...allPages[n]!.filter((l) => l.note).map((l): Token => ({ kind: 'note', text: l.text })));
    if (!cur) tokens.push(...held.splice(0));
    if (next) tokens.push({ kind: 'break' });
  });
  tokens.push(...held);
  return serialise(tokens);
}

/**
 * How many lines at the page's top and bottom stand apart from the body (header, footer, page number):
 * by a gap, or (`running`) by coming back at that edge of other pages however close they stand.
 */
function edges(lines: Line[], pitch: number, running: { top: number; bottom: number }): { top: number; bottom: number } {
  let top = running.top;
  while (top < 2 && top + 1 < lines.length && lines[top]!.y - lines[top + 1]!.y > pitch * 2) top++;
  let bottom = Math.min(running.bottom, Math.max(0, lines.length - 1 - top));
  while (bottom < 2 && lines.length - bottom - 2 >= top && lines[lines.length - bottom - 2]!.y - lines[lines.length - bottom - 1]!.y > pitch * 2) bottom++;
  return { top, bottom };
}

/**
 * A line that reached the margin ended a sentence, and the next opens an item of an enumeration the paragraph has not
 * begun (「…推动工作落实。」 over 「一要加强组织协调。…」): a new paragraph, though the layout sets none apart.
 */
function itemAfterStop(paragraph: string, next: string): boolean {
  return /[。！？!?]$/.test(paragraph) && opensList(paragraph, next);
}

/** Whether `line` continues the paragraph whose last line is `prev` (`samePage`: the vertical gap counts); `gp`, `g`: their pages' geometries. */
function runsOn(prev: Line, line: Line, gp: Geometry, g: Geometry, samePage: boolean): boolean {
  if (Math.abs(prev.size - line.size) > g.size * 0.15) return false;
  if (samePage && prev.y - line.y > g.pitch * 1.8) return false;
  if (HEADING.test(line.text)) return false;
  // A 目录 entry reaches the margin with its leader dots and page number: it ends there.
  if (leaderEntry(prev.text)) return false;
  // A heading that fills the line is a paragraph of its own: the next line starts at its indent.
  // (Not when the next line is flush with the margin as a continuation is: a heading set flush left
  // that fills the line goes on there — its next paragraph would start at the indent.)
  const flush = line.x0 <= g.left + g.size * 0.8;
  if (HEADING.test(prev.text) && !/[。！？]/.test(prev.text) && line.x0 >= prev.x0 - g.size * 0.5 && !(flush && prev.x0 <= gp.left + g.size * 0.8)) return false;
  // Full: reaching the right margin, not far past it (a line across both columns of a two-column page).
  const full = prev.x1 >= gp.right - g.size * 1.5 && prev.x1 <= gp.right + g.size * 2;
  if (full && flush) return true;
  // A title broken over two centred lines.
  const centred = (l: Line) => l.x0 > g.left + g.size * 1.5 && Math.abs((l.x0 + l.x1) / 2 - g.centre) < g.size * 2;
  return samePage && prev.size > g.size * 1.15 && centred(line) && (centred(prev) || full) && !/[。！？：；]$/.test(prev.text);
}

/** One line a token; a blank line between paragraphs, none inside a paragraph that runs on over a page. */
function serialise(tokens: Token[]): { text: string; debris: Debris[] } {
  const out: string[] = [];
  const debris: Debris[] = [];
  let open = false;
  for (const t of tokens) {
    if (t.kind === 'para' && t.text === '') continue;
    if (out.length > 0 && !open) out.push('');
    out.push(t.kind === 'break' ? '\f' : t.text);
    if (t.kind === 'note') debris.push({ line: out.length, reason: FOOTNOTE });
    if (t.kind === 'scan') debris.push({ line: out.length, reason: REASON.scan });
    if (t.kind === 'mark') debris.push({ line: out.length, reason: REASON.watermark });
    if (t.kind === 'para') open = t.open;
  }
  return { text: out.join('\n'), debris };
}
