// The 版记 of a 会议纪要 as it prints: exported from our county 常务会议, opened by LibreOffice and read
// back twice — as text (pdftotext: the 分送/抄送/印发 lines on the last page, below the body) and as
// pixels (the rules are drawn lines, which no text extraction sees: a row of dark pixels across the
// type area is a rule). The lines must sit between the rules, and the last rule on the bottom edge
// of the type area (GB/T 9704 §7.4).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocModel } from '../../core/doc/model.ts';
import { colophonLines } from '../../core/doc/text.ts';
import { draft } from '../../core/draft/index.ts';
import { exportDocx } from '../../main/services/export/docx.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { body, readDocx, text } from '../helpers/docx-xml.ts';
import { layoutProblems } from '../helpers/export-checks.ts';
import { loadMinutesFixtures } from '../helpers/minutes-fixtures.ts';
import { OFFICE_TIMEOUT_MS, docxToPdf, pdfLines, pdfPages } from '../helpers/office.ts';
import type { PdfLine, PdfPage } from '../helpers/office.ts';
import { child, elements, findAll } from '../helpers/xml.ts';

const run = promisify(execFile);
const squeeze = (s: string) => s.replace(/\s/g, '');

/** The type area in points: A4 with the margins of FORMAT.md (left 1588, right 1474, bottom 1984 twips). */
const AREA = { left: 1588 / 20, right: (11906 - 1474) / 20, bottom: (16838 - 1984) / 20 };

let dir: string;
let doc: DocModel;
let bytes: Uint8Array;
let pages: string[][];
let boxes: PdfPage[];
let rules: Rule[];

interface Rule {
  y: number;
  height: number;
  /** Where the dark run of the rule's first row starts and ends, in points. */
  x0: number;
  x1: number;
}

/** Rows of a page (rendered at 72 dpi, 1 px = 1 pt) dark across 90% of the type area: the rules. */
async function rulesOf(pdf: string, page: number): Promise<Rule[]> {
  const prefix = path.join(dir, 'page');
  await run('pdftoppm', ['-gray', '-r', '72', '-f', String(page), '-l', String(page), '-singlefile', pdf, prefix]);
  const pgm = readFileSync(`${prefix}.pgm`);
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm: not a PGM');
  const [width, height] = [Number(header[1]), Number(header[2])];
  const data = pgm.subarray(header[0].length);
  const from = Math.ceil(AREA.left) + 2;
  const to = Math.floor(AREA.right) - 2;
  const dark: number[] = [];
  for (let y = 0; y < height; y++) {
    let n = 0;
    for (let x = from; x < to; x++) if (data[y * width + x]! < 160) n++;
    if (n >= 0.9 * (to - from)) dark.push(y);
  }
  const out: Rule[] = [];
  for (const y of dark) {
    const last = out[out.length - 1];
    if (last && y === last.y + last.height) {
      last.height++;
      continue;
    }
    let x0 = from;
    while (x0 > 0 && data[y * width + x0 - 1]! < 160) x0--;
    let x1 = to;
    while (x1 < width - 1 && data[y * width + x1 + 1]! < 160) x1++;
    out.push({ y, height: 1, x0, x1: x1 + 1 });
  }
  return out;
}

beforeAll(async () => {
  const f = loadMinutesFixtures().find((x) => x.name === 'county-standing-flood')!;
  doc = draft(f.input, loadDraftLibrary());
  dir = mkdtempSync(path.join(tmpdir(), 'wengao-colophon-'));
  const docx = path.join(dir, 'minutes.docx');
  bytes = await exportDocx(doc);
  writeFileSync(docx, bytes);
  const pdf = await docxToPdf(docx);
  [pages, boxes] = await Promise.all([pdfPages(pdf), pdfLines(pdf)]);
  rules = await rulesOf(pdf, boxes.length);
}, OFFICE_TIMEOUT_MS);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('版记 in the .docx', () => {
  it('is a one-column table after the body, floating at the bottom of the type area, its rules as borders', async () => {
    const d = await readDocx(bytes);
    const tables = elements(body(d.document)).filter((e) => e.name === 'w:tbl');
    expect(tables).toHaveLength(1);
    const tblPr = child(tables[0], 'w:tblPr');
    const float = child(tblPr, 'w:tblpPr');
    expect(float?.attrs).toMatchObject({ 'w:tblpYSpec': 'bottom', 'w:vertAnchor': 'margin', 'w:horzAnchor': 'page', 'w:tblpX': '1588' });
    const borders = child(tblPr, 'w:tblBorders');
    expect(child(borders, 'w:top')?.attrs['w:sz']).toBe('8');
    expect(child(borders, 'w:bottom')?.attrs['w:sz']).toBe('8');
    expect(child(borders, 'w:insideH')?.attrs['w:sz']).toBe('6');
    expect(['none', 'nil']).toContain(child(borders, 'w:left')?.attrs['w:val']);
    const rows = findAll(tables[0]!, 'w:tr').map((r) => text(r));
    expect(rows).toEqual(colophonLines(doc.colophon!).map((l) => l.replace('　　', '\t')));
    // 四号 仿宋 in every run of it.
    for (const sz of findAll(tables[0]!, 'w:sz')) expect(sz.attrs['w:val']).toBe('28');
    for (const f of findAll(tables[0]!, 'w:rFonts')) expect(f.attrs['w:eastAsia']).toBe('仿宋_GB2312');
  });

  it('leaves the layout of the body as it was', async () => {
    expect(await layoutProblems(bytes)).toEqual([]);
  });
});

describe('版记 as LibreOffice prints it', () => {
  const lastPage = () => boxes[boxes.length - 1]!;
  const colophonBoxes = (): PdfLine[] => {
    const wanted = colophonLines(doc.colophon!).map((l) => squeeze(l).slice(0, 6));
    return wanted.map((w) => {
      const line = lastPage().lines.find((l) => squeeze(l.text).startsWith(w));
      expect(line, `「${w}…」 on the last page`).toBeDefined();
      return line!;
    });
  };

  it('prints every line of it on the last page, after the attendance, the 期号 once on the first', () => {
    const last = squeeze(pages[pages.length - 1]!.join('\n'));
    for (const l of colophonLines(doc.colophon!)) expect(last).toContain(squeeze(l));
    expect(last.indexOf('列席')).toBeLessThan(last.indexOf('分送：'));
    expect(squeeze(pages[0]!.join('\n')).split('第9期').length - 1).toBe(1);
  });

  it('sets its lines between its rules across the type area, the last rule on its bottom edge', () => {
    const lines = colophonBoxes();
    const body = lastPage().lines.filter((l) => l.yMax < lines[0]!.yMin);
    // One rule above, one between each two lines, one below: lines + 1 rules, in that order.
    const below = rules.filter((r) => r.y > (body.at(-1)?.yMax ?? 0));
    expect(below).toHaveLength(lines.length + 1);
    lines.forEach((l, i) => {
      expect(below[i]!.y + below[i]!.height, `rule above 「${l.text.slice(0, 8)}」`).toBeLessThanOrEqual(l.yMin);
      expect(below[i + 1]!.y, `rule below 「${l.text.slice(0, 8)}」`).toBeGreaterThanOrEqual(l.yMax);
    });
    expect(Math.abs(below.at(-1)!.y + below.at(-1)!.height - AREA.bottom), 'last rule on the type area’s bottom edge').toBeLessThanOrEqual(3);
    // Every rule spans the type area, no more.
    for (const r of below) {
      expect(Math.abs(r.x0 - AREA.left), `rule at ${r.y} starts at the left margin`).toBeLessThanOrEqual(2);
      expect(Math.abs(r.x1 - AREA.right), `rule at ${r.y} ends at the right margin`).toBeLessThanOrEqual(2);
    }
    // The 印发 line: the office one character (14 pt) in, 「…印发」 ending one character short of the right edge.
    const office = lines.at(-1)!;
    const date = lastPage().lines.find((l) => squeeze(l.text).endsWith('印发'))!;
    expect(Math.abs(date.yMin - office.yMin)).toBeLessThan(2);
    expect(office.xMin - AREA.left).toBeGreaterThan(10);
    expect(office.xMin - AREA.left).toBeLessThan(18);
    expect(AREA.right - date.xMax).toBeGreaterThan(10);
    expect(AREA.right - date.xMax).toBeLessThan(18);
  });
});
