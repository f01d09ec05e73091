// The exported speech as LibreOffice prints it: the bench fixture speech-10k.md (about 10,000
// characters, 18 pages), converted to PDF and read back with poppler. This is where the 22 × 28
// grid of GB/T 9704 either holds or does not: the other open exporters set 27 characters a line.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docFromMarkdown } from '../../core/doc/markdown.ts';
import type { DocModel } from '../../core/doc/model.ts';
import { numberBlocks } from '../../core/doc/numbering.ts';
import { blockText, docLines } from '../../core/doc/text.ts';
import { exportDocx } from '../../main/services/export/docx.ts';
import { OFFICE_TIMEOUT_MS, docxToPdf, pdfFonts, pdfLines, pdfPageCount, pdfPages } from '../helpers/office.ts';
import type { PdfFont, PdfPage } from '../helpers/office.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SPEECH_MD = path.resolve(repoRoot, '..', 'shared', 'fixtures', 'bench', 'speech-10k.md');

const PT_PER_TWIP = 1 / 20;
const MM = 72 / 25.4;
/** Type area edges in points, from the page setup in FORMAT.md. */
const AREA = { left: 1588 * PT_PER_TWIP, right: (11906 - 1474) * PT_PER_TWIP, bottom: (16838 - 1984) * PT_PER_TWIP };
/** Punctuation LibreOffice lets hang past the end of a full line (hanging punctuation). */
const HANGING = new Set([...'，。、；：？！”’）》」』']);
const PAGE_NUMBER = /^\s*—\s*(\d+)\s*—\s*$/;

const squeeze = (s: string) => s.replace(/\s/g, '');

let dir: string;
let doc: DocModel;
let pages: string[][];
let boxes: PdfPage[];
let fonts: PdfFont[];
let pageCount: number;

beforeAll(async () => {
  doc = docFromMarkdown(readFileSync(SPEECH_MD, 'utf8'));
  dir = mkdtempSync(path.join(tmpdir(), 'wengao-pdf-'));
  const docx = path.join(dir, 'speech-10k.docx');
  writeFileSync(docx, await exportDocx(doc));
  const pdf = await docxToPdf(docx);
  [pages, boxes, fonts, pageCount] = await Promise.all([pdfPages(pdf), pdfLines(pdf), pdfFonts(pdf), pdfPageCount(pdf)]);
}, OFFICE_TIMEOUT_MS);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The printed text lines of a page, without blank lines and the page number. */
function textLines(page: string[]): string[] {
  return page.filter((l) => l.trim() !== '' && !PAGE_NUMBER.test(l));
}

function headingLines(): string[] {
  const { marks } = numberBlocks(doc.blocks);
  return doc.blocks.flatMap((b, i) => (b.type === 'heading' ? [blockText(b, marks[i] ?? '')] : []));
}

describe('speech-10k.md printed by LibreOffice', () => {
  it('reads the fixture as a speech with a title, a date line, headings and a closing', () => {
    expect(doc.kind).toBe('speech');
    expect(doc.dateLine?.[0]?.text).toBe('（2025年3月18日）');
    expect(doc.salutation?.[0]?.text).toBe('同志们：');
    expect(doc.closing?.[0]?.text).toMatch(/^同志们，/);
    expect(headingLines().length).toBeGreaterThan(10);
    expect(pages).toHaveLength(pageCount);
    expect(pageCount).toBeGreaterThan(10);
  });

  it('fills a full body page with 22 lines, 28.95 pt apart, and never sets more', () => {
    const headings = headingLines().map(squeeze);
    const startsWithHeading = (page: string[] | undefined) => {
      const first = page && textLines(page)[0];
      return !!first && headings.some((h) => h.startsWith(squeeze(first)));
    };
    let full = 0;
    pages.forEach((page, i) => {
      const n = textLines(page).length;
      expect(n, `page ${i + 1}`).toBeLessThanOrEqual(22);
      // A page ends early only before a heading kept with its next line, or at the end.
      if (i < pages.length - 1 && !startsWithHeading(pages[i + 1])) {
        expect(n, `page ${i + 1}`).toBe(22);
        full += 1;
      }
    });
    expect(full).toBeGreaterThan(pages.length / 2);
    // The pitch itself: body lines are 579 twips (28.95 pt) apart. LibreOffice places lines on a
    // 0.1 pt raster, so single steps read 28.9 or 29.0; the mean over a page tells 579 from 580.
    for (const page of boxes.slice(1, -1)) {
      const tops = page.lines.filter((l) => !PAGE_NUMBER.test(l.text)).map((l) => l.yMin);
      for (let k = 1; k < tops.length; k++) expect(Math.abs(tops[k]! - tops[k - 1]! - 28.95)).toBeLessThanOrEqual(0.06);
      expect((tops.at(-1)! - tops[0]!) / (tops.length - 1)).toBeCloseTo(28.95, 2);
    }
  });

  it('sets 28 characters on a full line and 26 on an indented first line', () => {
    const lines = pages.flatMap(textLines).map(squeeze);
    const paragraphs = docLines(doc).map(squeeze).filter(Boolean);
    const firstIndented = paragraphs.indexOf(squeeze(doc.salutation![0]!.text)) + 1;
    let li = 0;
    let checked = 0;
    paragraphs.forEach((para, pi) => {
      const mine: string[] = [];
      let acc = '';
      while (acc.length < para.length && li < lines.length) {
        acc += lines[li];
        mine.push(lines[li]!);
        li += 1;
      }
      expect(acc, `paragraph ${pi + 1} as printed`).toBe(para);
      // Every line but a paragraph's last is full: 28 characters, 26 after the 2-character indent,
      // plus at most one punctuation mark hanging past the right edge.
      mine.slice(0, -1).forEach((line, k) => {
        const want = k === 0 && pi >= firstIndented ? 26 : 28;
        const hangs = line.length === want + 1 && HANGING.has(line.at(-1)!);
        expect(hangs ? want : line.length, `「${line}」`).toBe(want);
        checked += 1;
      });
    });
    expect(li).toBe(lines.length);
    expect(checked).toBeGreaterThan(300);
  });

  it('numbers every page 「— N —」, odd pages one character in from the right, even from the left, 7 mm below the type area', () => {
    boxes.forEach((page, i) => {
      const n = i + 1;
      const numbers = page.lines.filter((l) => PAGE_NUMBER.test(l.text));
      expect(numbers, `page ${n}`).toHaveLength(1);
      const line = numbers[0]!;
      expect(squeeze(line.text)).toBe(`—${n}—`);
      // A space between each dash and the number (U+2014, space, N, space, U+2014).
      const [left, digits, right] = line.words;
      expect(line.words.map((w) => w.text)).toEqual(['—', String(n), '—']);
      expect(digits!.xMin - left!.xMax, `page ${n}`).toBeGreaterThan(2);
      expect(right!.xMin - digits!.xMax, `page ${n}`).toBeGreaterThan(2);
      // One 四号 character (14 pt) in from the edge of the type area.
      if (n % 2 === 1) expect(right!.xMax).toBeCloseTo(AREA.right - 14, 0);
      else expect(left!.xMin).toBeCloseTo(AREA.left + 14, 0);
      const below = ((line.yMin + line.yMax) / 2 - AREA.bottom) / MM;
      expect(below, `page ${n}: mm below the type area`).toBeGreaterThan(5.5);
      expect(below, `page ${n}: mm below the type area`).toBeLessThan(8.5);
    });
    // pdftotext -layout reads them the same way.
    pages.forEach((page, i) => expect(page.some((l) => PAGE_NUMBER.exec(l)?.[1] === String(i + 1)), `page ${i + 1}`).toBe(true));
  });

  it('gives the title one grid line, as Word does, so the date line is the third line of the page', () => {
    const top = 2098 * PT_PER_TWIP;
    // Where a 三号 line's text box sits in its 28.95-pt line: from the first body line of page 2.
    const offset = boxes[1]!.lines[0]!.yMin - top;
    const date = boxes[0]!.lines.find((l) => squeeze(l.text) === doc.dateLine![0]!.text)!;
    expect(date.yMin - top).toBeCloseTo(2 * 28.95 + offset, 0);
  });

  it('centres the title on the type area', () => {
    const title = boxes[0]!.lines[0]!;
    expect(squeeze(title.text)).toBe(squeeze(doc.title[0]!.text));
    expect((title.xMin + title.xMax) / 2).toBeCloseTo((AREA.left + AREA.right) / 2, 0);
  });

  it('embeds every font, the Chinese ones included', () => {
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) expect(f.embedded, f.name).toBe(true);
    expect(fonts.some((f) => /CJK|Song|Hei|Kai|Fang|Ming/i.test(f.name))).toBe(true);
  });

  it('prints the text of every heading, number included', () => {
    const printed = squeeze(pages.flatMap(textLines).join(''));
    for (const h of headingLines()) expect(printed).toContain(squeeze(h));
  });
});

describe('docFromMarkdown', () => {
  it('reads head lines, strips typed numbers, maps #### to level 3 or 4 and takes the closing', () => {
    const d = docFromMarkdown(
      [
        '# 在全县安全生产工作会议上的讲话',
        '——在全县安全生产工作会议上的讲话',
        '（2026年11月20日）',
        '县委书记　王强',
        '',
        '同志们：',
        '开场一段。',
        '## 一、认清形势',
        '### （一）**风险**较多',
        '#### 1. 道路交通',
        '#### （1）农村道路',
        '正文一段。',
        '同志们，散会前再强调一点。',
      ].join('\n'),
    );
    expect(d).toMatchObject({ kind: 'speech', template: 'markdown', seed: 0 });
    expect([d.subtitle, d.dateLine, d.speakerLine, d.salutation].map((r) => r?.[0]?.text)).toEqual([
      '——在全县安全生产工作会议上的讲话',
      '（2026年11月20日）',
      '县委书记　王强',
      '同志们：',
    ]);
    expect(d.blocks.map((b) => (b.type === 'heading' ? `${b.level}:${b.runs[0]!.text}` : b.type))).toEqual([
      'paragraph',
      '1:认清形势',
      '2:风险较多',
      '3:道路交通',
      '4:农村道路',
      'paragraph',
    ]);
    expect(d.closing?.[0]?.text).toBe('同志们，散会前再强调一点。');
    // Derived numbers give back what was typed.
    expect(docLines(d).slice(6, 10)).toEqual(['一、认清形势', '（一）风险较多', '1.道路交通', '（1）农村道路']);
  });
});
