// Page breaks as Word makes them, from the keep rules the .docx is written with (core/doc/keep.ts,
// core/doc/page-breaks.ts): the page view draws its page ends from these (session 23's screen test, 4).
import { describe, expect, it } from 'vitest';
import { keepRules } from '../../core/doc/keep.ts';
import type { Block } from '../../core/doc/model.ts';
import { numberBlocks } from '../../core/doc/numbering.ts';
import { pageStarts } from '../../core/doc/page-breaks.ts';
import type { LineBlock } from '../../core/doc/page-breaks.ts';
import { printedLines } from '../../core/doc/page-grid.ts';

const p = (text: string, more: Partial<Block> = {}): Block => ({ type: 'paragraph', runs: [{ text }], ...more }) as Block;
const sig = (label: string): Block => ({ type: 'labelled', label, style: 'signature', runs: [] });

/** Blocks laid one after another from line `from`, each its printed lines, with the blank lines keep.ts asks for. */
function laid(blocks: Block[], from = 0): LineBlock[] {
  const { marks } = numberBlocks(blocks);
  const keeps = keepRules(blocks, marks);
  let at = from;
  return blocks.map((b, i) => {
    const k = keeps[i]!;
    at += k.blankBefore ? 1 : 0;
    const text = b.type === 'table' ? '' : b.runs.map((r) => r.text).join('');
    const lines = printedLines([...(marks[i] ?? '') + text].length, b.type === 'labelled' ? 0 : 2);
    const out = { start: at, lines, keepNext: k.keepNext, keepLines: k.keepLines, blank: k.blankBefore ? 1 : 0 };
    at += lines;
    return out;
  });
}

describe('keep rules (one definition for the .docx and the page view)', () => {
  it('「散会。」 and the signatures take the last 决定 along, whole when short; a blank line before the signatures', () => {
    const blocks = [p('会议决定：'), p('各村扑火物资十月底前补齐（牵头单位：镇应急办；完成时限：10月31日前）。', { seq: 'cn' }), p('散会。'), sig('主持人（签字）'), sig('记录人（签字）')];
    const keeps = keepRules(blocks, numberBlocks(blocks).marks);
    expect(keeps.map((k) => [k.keepNext, k.keepLines, k.blankBefore])).toEqual([
      [true, false, false],
      [true, true, false],
      [true, false, false],
      [true, false, true],
      [false, false, false],
    ]);
  });
});

describe('page starts', () => {
  it('a page that would hold only the signatures takes 「散会。」 and the last 决定 with it (fails on the bare 22-line grid)', () => {
    const body = Array.from({ length: 9 }, (_, i) => p(`第${i}段。`.padEnd(40, '文')));
    const blocks = [...body, p('会议决定：'), p('一项决定写满两行的文字，一项决定写满两行的文字，一项决定写满两行的文字。', { seq: 'cn' }), p('散会。'), sig('主持人（签字）'), sig('记录人（签字）')];
    const lines = laid(blocks);
    // 9 × 2 lines, the intro line 18, the 决定 19–20, 「散会。」 21 — the last line of page 1; the
    // intro 「会议决定：」 goes with its 决定 too.
    expect(lines.slice(-3).map((b) => b.start)).toEqual([21, 23, 24]);
    expect(pageStarts(lines)).toEqual([18]);
  });

  it('a heading never ends a page: it goes over with two lines of its paragraph', () => {
    const lines: LineBlock[] = [
      { start: 0, lines: 20, keepNext: false, keepLines: false, blank: 0 },
      { start: 20, lines: 1, keepNext: true, keepLines: true, blank: 0 },
      { start: 21, lines: 3, keepNext: false, keepLines: false, blank: 0 },
    ];
    expect(pageStarts(lines)).toEqual([20]);
  });

  it('widow control: no paragraph leaves one line alone on either side of a break', () => {
    const one = (start: number, n: number): LineBlock => ({ start, lines: n, keepNext: false, keepLines: false, blank: 0 });
    // One line would stay at the foot: the paragraph goes over whole.
    expect(pageStarts([one(0, 21), one(21, 3)])).toEqual([21]);
    // One line would go over alone: two go.
    expect(pageStarts([one(0, 17), one(17, 6)])).toEqual([21]);
    // It fits: no break inside.
    expect(pageStarts([one(0, 10), one(10, 12)])).toEqual([]);
    // Forty lines of one paragraph: pages of 22 lines.
    expect(pageStarts([one(0, 50)])).toEqual([22, 44]);
  });

  it('a chain of kept blocks that fills the page from its top breaks where it would have', () => {
    const kept = (start: number, n: number): LineBlock => ({ start, lines: n, keepNext: true, keepLines: true, blank: 0 });
    expect(pageStarts([kept(0, 12), kept(12, 9), { start: 21, lines: 4, keepNext: false, keepLines: false, blank: 0 }])).toEqual([21]);
  });
});
