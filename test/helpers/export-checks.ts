// The foundation issue's export checks as one call, for a .docx made anywhere — the e2e download
// from the editor, the CLI — and not only for models built in the export tests. Each check returns
// the problems it finds as a list, so a failing test says what broke, not only that something did.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { bodyParagraphs, fontsOf, num, pPr, readDocx, runProps, runs, styleOf, text } from './docx-xml.ts';
import { child, findAll } from './xml.ts';
import { docxToPdf, pdfFonts, pdfPages } from './office.ts';

/** The faces FORMAT.md allows, by paragraph style (body paragraphs may open with a run-in lead). */
const FACES: Record<string, string[]> = {
  Title: ['方正小标宋简体'],
  Heading1: ['黑体', '仿宋_GB2312'],
  Heading2: ['楷体_GB2312', '仿宋_GB2312'],
  Heading3: ['仿宋_GB2312'],
  Heading4: ['仿宋_GB2312'],
  body: ['仿宋_GB2312', '黑体', '楷体_GB2312', '方正小标宋简体'],
};

/** Page, grid, paragraph spacing, run condensing and faces, read from the XML. Empty = passes. */
export async function layoutProblems(bytes: Uint8Array): Promise<string[]> {
  const d = await readDocx(bytes);
  const problems: string[] = [];
  const sectPr = child(findAll(d.document, 'w:body')[0], 'w:sectPr');
  const pgSz = child(sectPr, 'w:pgSz');
  if (num(pgSz, 'w:w') !== 11906 || num(pgSz, 'w:h') !== 16838) problems.push('page is not A4 portrait');
  const m = child(sectPr, 'w:pgMar');
  const margins = ['w:top', 'w:right', 'w:bottom', 'w:left', 'w:header', 'w:footer'].map((a) => num(m, a));
  if (margins.join() !== '2098,1474,1984,1588,851,1418') problems.push(`margins ${margins.join()} are not 37/35/28/26 mm`);
  const grid = findAll(d.document, 'w:docGrid')[0];
  if (grid?.attrs['w:type'] !== 'lines' || num(grid, 'w:linePitch') !== 579) problems.push('line grid is not 579');
  const paras = bodyParagraphs(d.document);
  if (paras.length < 5) problems.push(`only ${paras.length} paragraphs`);
  paras.forEach((p, i) => {
    const s = pPr(p, 'w:spacing');
    if (num(s, 'w:line') !== 579 || s?.attrs['w:lineRule'] !== 'exact') problems.push(`paragraph ${i + 1} 「${text(p).slice(0, 12)}」 is not on exact 579 lines`);
    const allowed = FACES[styleOf(p) ?? 'body'] ?? FACES.body!;
    for (const r of runs(p)) {
      if (text(r) === '') continue;
      const face = fontsOf(r).eastAsia;
      if (!face || !allowed.includes(face)) problems.push(`paragraph ${i + 1} 「${text(p).slice(0, 12)}」 uses ${face ?? 'no East Asian face'}`);
      if (runProps(r).spacing !== -5) problems.push(`paragraph ${i + 1} 「${text(r).slice(0, 12)}」 is not condensed by 5 twips`);
    }
  });
  return problems;
}

export interface Printed {
  /** Each page's printed text lines, blank lines and the page number left out. */
  pages: string[][];
  problems: string[];
}

const PAGE_NUMBER = /^\s*—\s*\d+\s*—\s*$/;
/** Punctuation LibreOffice may hang past a full line's end. */
const HANGING = new Set([...'，。、；：？！”’）》」』']);

/** A line's width in full-width characters: Latin letters and digits take half, a hanging mark none. */
function printedWidth(line: string): number {
  const chars = [...line];
  if (HANGING.has(chars.at(-1) ?? '')) chars.pop();
  return chars.reduce((w, c) => w + (c.codePointAt(0)! < 0x2000 ? 0.5 : 1), 0);
}

/**
 * Prints the .docx with LibreOffice and checks what a reader sees: at most 22 lines a page and 28
 * characters a line, every font embedded, and each of `mustPrint` (squeezed of spaces) printed in
 * order. The .docx is written into `dir`.
 */
export async function printProblems(bytes: Uint8Array, dir: string, mustPrint: string[]): Promise<Printed> {
  const docx = path.join(dir, 'checked.docx');
  writeFileSync(docx, bytes);
  const pdf = await docxToPdf(docx);
  const [raw, fonts] = await Promise.all([pdfPages(pdf), pdfFonts(pdf)]);
  const pages = raw.map((page) => page.filter((l) => l.trim() !== '' && !PAGE_NUMBER.test(l)).map((l) => l.replace(/\s/g, '')));
  const problems: string[] = [];
  pages.forEach((lines, i) => {
    if (lines.length > 22) problems.push(`page ${i + 1} has ${lines.length} lines`);
    for (const line of lines) {
      if (printedWidth(line) > 28) problems.push(`page ${i + 1}: 「${line}」 has ${line.length} characters`);
    }
  });
  for (const f of fonts) if (!f.embedded) problems.push(`font ${f.name} is not embedded`);
  const all = pages.flat().join('');
  let from = 0;
  for (const want of mustPrint.map((s) => s.replace(/\s/g, ''))) {
    const at = all.indexOf(want, from);
    if (at < 0) problems.push(`「${want}」 is not printed (in order)`);
    else from = at + want.length;
  }
  return { pages, problems };
}
