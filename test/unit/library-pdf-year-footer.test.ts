// A PDF page's footer in small type that opens with a year (「2026年度会议材料汇编 第1页」, the s20 outside
// tester's c05) is the page's furniture, reported 「页眉页脚」: 「2026」 is no footnote's number (a note's is
// one or two digits, 「1据…」「12据…」). Our own page and fixture.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';
import { readingOrder, type PageLine, type Run } from '../../main/services/library/pdf-columns.ts';
import { readFormat } from '../../main/services/library/read.ts';

const SIZE = 10.5;
const chars = (text: string, x: number, y: number, size = SIZE): Run[] => [...text].map((c, i) => ({ x: x + i * size, y, w: size, size, str: c }));
function toLines(runs: Run[]): PageLine[] {
  const rows = new Map<number, Run[]>();
  for (const r of runs) rows.set(r.y, [...(rows.get(r.y) ?? []), r]);
  return [...rows.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([y, rs]) => ({ x0: rs[0]!.x, x1: Math.max(...rs.map((r) => r.x + r.w)), y, size: rs[0]!.size, text: rs.map((r) => r.str).join('') }));
}
const page = (foot: string): Run[] => {
  const runs: Run[] = [];
  for (let k = 0; k < 10; k++) runs.push(...chars('正文文字从左到右排满一整行为止', 57, 700 - k * 21));
  return [...runs, ...chars(foot, 57, 70, 8)];
};

describe('a small-type line at the foot opening with digits', () => {
  it('a year is no footnote number', () => {
    expect(readingOrder(page('2026年度会议材料汇编第1页'), toLines).lines.filter((l) => l.note)).toEqual([]);
  });

  it('one or two digits before the text are', () => {
    expect(readingOrder(page('12据县统计局统计。'), toLines).lines.filter((l) => l.note).map((l) => l.text)).toEqual(['12据县统计局统计。']);
  });
});

describe('year-footer-speech.pdf', () => {
  it("every footer is removed as the page's furniture", async () => {
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
    const read = await readFormat('pdf', readFileSync(path.join(root, 'test', 'fixtures', 'collections', 'year-footer-speech.pdf')));
    const { report } = analyse(read.text, { debris: read.debris, headings: read.headings, notices: read.notices });
    const footers = report.removed.filter((r) => r.text.startsWith('2026年度会议材料汇编'));
    expect(footers.length).toBeGreaterThan(3);
    expect(new Set(footers.map((r) => r.reason))).toEqual(new Set(['页眉页脚']));
  });
});
