// A PDF page's reading order from the positions of its text (pdf-columns.ts), on pages laid out by
// hand: two columns whose lines share baselines are read one column after the other; a one-column
// page set on a character grid (every character its own run, the boundaries lined up down the page)
// is not taken for columns; footnotes at the foot are set apart; three columns are reported, not read
// as if they were two.
import { describe, expect, it } from 'vitest';
import { readingOrder, type PageLine, type Run } from '../../main/services/library/pdf-columns.ts';

const SIZE = 10.5;

/** Lines by baseline, runs left to right: the reader's own grouping, simplified. */
function toLines(runs: Run[]): PageLine[] {
  const rows = new Map<number, Run[]>();
  for (const r of runs) rows.set(r.y, [...(rows.get(r.y) ?? []), r]);
  return [...rows.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([y, rs]) => {
      rs.sort((p, q) => p.x - q.x);
      return { x0: rs[0]!.x, x1: Math.max(...rs.map((r) => r.x + r.w)), y, size: rs[0]!.size, text: rs.map((r) => r.str).join('') };
    });
}

/** One run per character, on the grid: as LibreOffice's justified CJK text comes out of pdf.js. */
/** A text set one character a run, each a character wide; an ASCII space half one, as a Chinese font draws it (one a character wide is a full-width space). */
function chars(text: string, x: number, y: number, size = SIZE): Run[] {
  return [...text].map((c, i) => ({ x: x + i * size, y, w: c === ' ' ? size / 2 : size, size, str: c }));
}

const texts = (lines: PageLine[]) => lines.filter((l) => !l.note).map((l) => l.text);

describe('the reading order of a PDF page', () => {
  it('two columns on shared baselines: the left column, then the right; a title across both stays above them', () => {
    const runs: Run[] = [...chars('在全区科技创新大会上的讲话', 200, 760, 16)];
    for (let k = 0; k < 10; k++) {
      runs.push(...chars(`左栏第${k}行文字内容示例左栏文字`, 57, 700 - k * 21));
      runs.push(...chars(`右栏第${k}行文字内容示例右栏文字`, 330, 700 - k * 21));
    }
    const { lines, gutter } = readingOrder(runs, toLines);
    expect(gutter).toBeGreaterThan(57 + 15 * SIZE);
    expect(gutter).toBeLessThan(330);
    expect(texts(lines)).toEqual(['在全区科技创新大会上的讲话', ...Array.from({ length: 10 }, (_, k) => `左栏第${k}行文字内容示例左栏文字`), ...Array.from({ length: 10 }, (_, k) => `右栏第${k}行文字内容示例右栏文字`)]);
  });

  it('one column on a character grid is one column, whatever the lines share', () => {
    const runs: Run[] = [];
    for (let k = 0; k < 20; k++) runs.push(...chars('一行完整的正文文字从左边距一直排到右边距为止共计二十八个汉字啊', 57, 760 - k * 21));
    const read = readingOrder(runs, toLines);
    expect(read.gutter).toBeUndefined();
    expect(read.unclear).toBeUndefined();
    expect(texts(read.lines)).toHaveLength(20);
  });

  it('footnotes in small type below the body are set apart; a small-type footer is not a footnote', () => {
    const runs: Run[] = [];
    for (let k = 0; k < 10; k++) runs.push(...chars('正文文字从左到右排满一整行为止', 57, 700 - k * 21));
    runs.push(...chars('1据县统计局统计。', 57, 90, 8), ...chars('第1页共3页', 250, 60, 8));
    const { lines } = readingOrder(runs, toLines);
    expect(lines.filter((l) => l.note).map((l) => l.text)).toEqual(['1据县统计局统计。']);
    expect(texts(lines)).toContain('第1页共3页');
  });

  it('notes over a page number in the body type are notes: a superscript number on its own baseline, a note over two lines is one note', () => {
    const runs: Run[] = [];
    for (let k = 0; k < 10; k++) runs.push(...chars('正文文字从左到右排满一整行为止', 57, 700 - k * 21));
    // 「— 4 —」 in the body's size stands lower than the notes; each note's number is raised over its text.
    runs.push(...chars('1', 57, 118, 6), ...chars('据县水务局台账，全县共有供水站', 63, 114, 8), ...chars('四十二处。', 57, 104, 8));
    runs.push(...chars('2', 57, 94, 6), ...chars('指日供水千吨以上的工程。', 63, 90, 8));
    runs.push(...chars('— 4 —', 250, 60));
    const { lines } = readingOrder(runs, toLines);
    expect(lines.filter((l) => l.note).map((l) => l.text)).toEqual(['1据县水务局台账，全县共有供水站四十二处。', '2指日供水千吨以上的工程。']);
    expect(texts(lines).at(-1)).toBe('—4—');
  });

  it('on a page with notes, a reference raised over a line of text is dropped; a power after a Latin letter stays, in its line', () => {
    const runs: Run[] = [];
    for (let k = 0; k < 10; k++) runs.push(...chars('正文文字从左到右排满一整行为止', 57, 700 - k * 21));
    runs.push(...chars('3', 57 + 15 * SIZE, 700 - 3 * 21 + 4, 6));
    runs.push(...chars('新建泵房120m', 57, 460), ...chars('2', 57 + 9 * SIZE, 464, 6));
    runs.push(...chars('3据县统计局统计。', 57, 90, 8));
    const { lines } = readingOrder(runs, toLines);
    expect(texts(lines)).not.toContain('3');
    // Set back into its line (on a line of its own, 「2」 was taken for a page's number and removed).
    expect(texts(lines)).toContain('新建泵房120m2');
    expect(lines.filter((l) => l.note).map((l) => l.text)).toEqual(['3据县统计局统计。']);
  });

  it('a raised power goes into its line on a page without notes too', () => {
    const runs: Run[] = [];
    for (let k = 0; k < 10; k++) runs.push(...chars('正文文字从左到右排满一整行为止', 57, 700 - k * 21));
    runs.push(...chars('新建泵房120m', 57, 460), ...chars('2', 57 + 9 * SIZE, 464, 6));
    expect(texts(readingOrder(runs, toLines).lines)).toContain('新建泵房120m2');
  });

  it('on a page with notes, a reference in small type on the line itself is dropped; a small power after a Latin letter stays', () => {
    const runs: Run[] = [];
    for (let k = 0; k < 10; k++) runs.push(...chars('正文文字从左到右排满一整行为止', 57, 700 - k * 21));
    // 「意义。」, then 「1」 in 五号 on the same baseline, then the sentence goes on.
    runs.push(...chars('具有重要意义。', 57, 460), { x: 57 + 7 * SIZE, y: 460, w: 4, size: 7, str: '1' }, ...chars('今年以来', 57 + 7 * SIZE + 5, 460));
    runs.push(...chars('面积300m', 57, 439), { x: 57 + 6 * SIZE, y: 439, w: 4, size: 7, str: '2' }, ...chars('以上', 57 + 6 * SIZE + 5, 439));
    const withNotes = [...runs, ...chars('1据县统计局统计。', 57, 90, 8)];
    expect(texts(readingOrder(withNotes, toLines).lines)).toEqual(expect.arrayContaining(['具有重要意义。今年以来', '面积300m2以上']));
    // Without a note on the page, a small digit cannot be told for a reference: it stays.
    expect(texts(readingOrder(runs, toLines).lines)).toContain('具有重要意义。1今年以来');
  });

  it('three columns are reported as a page the reader could not order', () => {
    const runs: Run[] = [];
    for (let k = 0; k < 12; k++) for (const x of [57, 230, 403]) runs.push(...chars('三栏中的一栏文字示例', x, 700 - k * 21));
    expect(readingOrder(runs, toLines).unclear).toBe(true);
  });
});

describe('the notice of a page the reader could not order', () => {
  it('names the pages, and is carried through a re-analysis of the stored text', async () => {
    const { unclearPages } = await import('../../main/services/library/pdf.ts');
    const { choices } = await import('../../main/services/library/review.ts');
    const { analyse } = await import('../../core/outline/index.ts');
    const notice = unclearPages([2, 5]);
    expect(notice).toMatch(/^第 2、5 页的文字并排排列.*请对照原文检查/);
    expect(unclearPages([1, 2, 3, 4, 5, 6, 7])).toMatch(/^第 1、2、3、4、5 等 7 页/);
    const { report } = analyse('在全区会议上的讲话\n同志们：\n今天开会。', { notices: [notice] });
    expect(report.notices).toEqual([notice]);
    expect(analyse('在全区会议上的讲话\n同志们：\n今天开会。', choices(report)).report.notices).toEqual([notice]);
  });
});
