// The document model's derived parts: heading numbers, plain text, title line breaks.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../core/doc/model.ts';
import { chineseNumeral, headingMark, numberBlocks } from '../../core/doc/numbering.ts';
import { breakTitle } from '../../core/doc/title.ts';

const h = (level: 1 | 2 | 3 | 4): Block => ({ type: 'heading', level, runs: [{ text: '标题' }] });
const p: Block = { type: 'paragraph', runs: [{ text: '正文。' }] };
const lead = (level: 1 | 2 | 3 | 4): Block => ({ type: 'paragraph', lead: { runs: [{ text: '要点。' }], level }, runs: [{ text: '正文。' }] });
const item: Block = { type: 'paragraph', seq: 'cn', runs: [{ text: '议定事项。' }] };

describe('heading numbers', () => {
  it('writes Chinese numerals as a reader says them', () => {
    expect([1, 9, 10, 11, 19, 20, 21, 99].map(chineseNumeral)).toEqual(['一', '九', '十', '十一', '十九', '二十', '二十一', '九十九']);
  });

  it('marks the four levels 一、（一）1.（1）', () => {
    expect([headingMark(1, 2), headingMark(2, 3), headingMark(3, 4), headingMark(4, 5)]).toEqual(['二、', '（三）', '4.', '（5）']);
  });

  it('numbers in order, restarts deeper levels, and counts run-in leads as headings', () => {
    const blocks = [h(1), p, lead(2), lead(2), h(3), h(3), h(4), h(1), h(2), h(3)];
    expect(numberBlocks(blocks).marks).toEqual(['一、', '', '（一）', '（二）', '1.', '2.', '（1）', '二、', '（一）', '1.']);
    expect(numberBlocks(blocks).skipped).toEqual([]);
  });

  it('reports a skipped level and still numbers it', () => {
    const { marks, skipped } = numberBlocks([h(1), h(3), h(2)]);
    expect(marks).toEqual(['一、', '1.', '（一）']);
    expect(skipped).toEqual([1]);
  });

  it('numbers 会议议定 items on their own and restarts after other blocks', () => {
    const { marks } = numberBlocks([h(1), item, item, p, item]);
    expect(marks).toEqual(['一、', '一、', '二、', '', '一、']);
  });
});

describe('title line breaks', () => {
  it('keeps a title that fits on one line whole', () => {
    expect(breakTitle('在全县全域无垃圾治理工作推进会上的讲话')).toEqual(['在全县全域无垃圾治理工作推进会上的讲话']);
  });

  it.each([
    '在全县全域无垃圾暨创建省级卫生县城工作推进会上的讲话',
    '保障中央生态环境保护督察工作动员推进会纪要',
    '在全区农村人居环境整治工作推进会议上的讲话',
    '关于进一步加强和改进全县农村人居环境整治和美丽乡村建设工作的实施意见的会议纪要',
  ])('breaks %s into balanced lines without splitting a word', (title) => {
    const lines = breakTitle(title);
    expect(lines.join('')).toBe(title);
    expect(lines.length).toBe(Math.ceil(title.length / 20));
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(20);
    const lengths = lines.map((l) => l.length);
    expect(Math.max(...lengths) - Math.min(...lengths)).toBeLessThanOrEqual(8);
    // Never a lone function word or a broken compound at a line's edge.
    for (const line of lines.slice(1)) expect(line).not.toMatch(/^(会|上|的|纪要|讲话|进会)/);
    for (const line of lines.slice(0, -1)) expect(line).not.toMatch(/(推|工|的|在)$/);
  });

  it('counts a half-width digit as half a character and never breaks a figure from its unit (session 24 screen test, d: 「…第23 / 次常务会议纪要」)', () => {
    // 15 characters and six digits: it prints on one line of 20, as the page view shows it.
    expect(breakTitle('苇塘镇人民政府2027年第15次常务会议纪要')).toEqual(['苇塘镇人民政府2027年第15次常务会议纪要']);
    const lines = breakTitle('苇塘镇人民政府2027年第15次镇长办公扩大会议纪要');
    expect(lines).toHaveLength(2);
    for (const line of lines.slice(0, -1)) expect(line).not.toMatch(/[0-9第]$/);
    for (const line of lines.slice(1)) expect(line).not.toMatch(/^[次年]/);
  });
});
