// Where LibreOffice broke the pages of an exported document, read against the document itself: a
// page whose body is one line (「卷！」 alone on the last page), a heading — or a line introducing a
// list, 「会议决定：」 — as a page's last line, a heading broken over two pages, a paragraph's last line alone atop a page or its first line alone at a
// page's foot; a 会议记录's last page with only 「散会。」 and the signatures. The 版记 of a 纪要 may stand on a page of its own (GB/T 9704 §7.4): it is not body.
import { colophonLines, docLines } from '../../core/doc/text.ts';
import type { DocModel } from '../../core/doc/model.ts';
import { numberBlocks } from '../../core/doc/numbering.ts';
import { runsText } from '../../core/doc/text.ts';

const PAGE_NUMBER = /^—\d+—$/;
const flat = (s: string) => s.replace(/\s/g, '');

/** Each page's printed lines, squeezed of white space, without blank lines, page numbers and the 版记. */
function bodyPages(doc: DocModel, pages: readonly (readonly string[])[]): string[][] {
  const colophon = doc.colophon ? flat(colophonLines(doc.colophon).join('')) : '';
  return pages.map((page) => page.map(flat).filter((l) => l !== '' && !PAGE_NUMBER.test(l) && !(colophon && colophon.includes(l))));
}

/** The paragraph (index into docLines) each printed line belongs to, -1 where a line is not found. */
function lineParagraphs(doc: DocModel, pages: readonly string[][]): { page: number; para: number }[] {
  const paras = docLines(doc).map(flat);
  const starts: number[] = [];
  let all = '';
  for (const p of paras) {
    starts.push(all.length);
    all += p;
  }
  const paraAt = (at: number) => starts.findLastIndex((s) => s <= at);
  let cursor = 0;
  const out: { page: number; para: number }[] = [];
  pages.forEach((lines, page) => {
    for (const line of lines) {
      const at = all.startsWith(line, cursor) ? cursor : all.indexOf(line, cursor);
      if (at < 0 || at - cursor > 200) {
        out.push({ page, para: -1 });
        continue;
      }
      out.push({ page, para: paraAt(at) });
      cursor = at + line.length;
    }
  });
  return out;
}

/** The signature lines of a 会议记录 and the one-line paragraph before them (「散会。」), as printed. */
function signingLines(doc: DocModel): string[] {
  const first = doc.blocks.findIndex((b) => b.type === 'labelled' && b.style === 'signature');
  if (first < 0) return [];
  const before = doc.blocks[first - 1];
  const close = before?.type === 'paragraph' ? [flat(runsText(before.runs))] : [];
  const signs = doc.blocks.slice(first).flatMap((b) => (b.type === 'labelled' && b.style === 'signature' ? [flat(`${b.label}：${runsText(b.runs)}`)] : []));
  return [...close, ...signs];
}

/** What a reader would call a bad page break in the printed `pages` (pdftotext -layout, page by page). */
export function pageBreakProblems(doc: DocModel, pages: readonly (readonly string[])[]): string[] {
  const body = bodyPages(doc, pages);
  const problems: string[] = [];
  body.forEach((lines, i) => {
    if (lines.length === 1) problems.push(`page ${i + 1} holds one line: 「${lines[0]}」`);
  });
  // A 会议记录's last page: never only its one-line close (「散会。」) and the signatures (GB/T 9704 practice).
  const signing = signingLines(doc);
  const last = body.at(-1);
  if (body.length > 1 && signing.length && last?.every((l) => signing.includes(l))) problems.push(`page ${body.length} holds only 「${last.join('」「')}」`);
  // Headings: the standalone ones, numbered as printed.
  const { marks } = numberBlocks(doc.blocks);
  const joined = body.map((l) => l.join('')).join('|');
  doc.blocks.forEach((b, i) => {
    if (b.type !== 'heading') return;
    const text = flat(marks[i] + runsText(b.runs));
    const m = new RegExp([...text].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\|?')).exec(joined);
    if (m && (m[0].includes('|') || joined[m.index + m[0].length] === '|')) problems.push(`heading 「${text}」 ends a page`);
  });
  // A line that introduces a list (「会议决定：」) as a page's last line, its list on the next page.
  body.forEach((lines, i) => {
    const last = lines.at(-1);
    if (i < body.length - 1 && last && /：$/.test(last) && last.length <= 24 && body[i + 1]!.length) problems.push(`「${last}」 ends page ${i + 1}, what it introduces starts the next`);
  });
  // Paragraphs over two pages: two lines at least on each side.
  const lines = lineParagraphs(doc, body);
  const paras = new Map<number, number[]>();
  for (const l of lines) if (l.para >= 0) paras.set(l.para, [...(paras.get(l.para) ?? []), l.page]);
  for (const [para, onPages] of paras) {
    if (new Set(onPages).size < 2) continue;
    const first = onPages.filter((p) => p === onPages[0]).length;
    const last = onPages.filter((p) => p === onPages.at(-1)).length;
    const text = docLines(doc)[para]!.slice(0, 16);
    if (first === 1) problems.push(`「${text}…」 leaves its first line alone at the foot of page ${onPages[0]! + 1}`);
    if (last === 1) problems.push(`「${text}…」 leaves its last line alone atop page ${onPages.at(-1)! + 1}`);
  }
  return problems;
}
