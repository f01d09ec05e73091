// Heading numbers are derived from position, never typed: 一、（一）1.（1）.
import { chineseNumeral, headingMark } from './grammar.ts';
import type { Block, HeadingLevel } from './model.ts';

export { chineseNumeral, headingMark } from './grammar.ts';

/** Ordinals for 一是/二是, 第一/第二, 一要/二要 enumerations inside a paragraph. */
export function ordinal(style: 'shi' | 'di' | 'yao', n: number): string {
  const cn = chineseNumeral(n);
  return style === 'shi' ? `${cn}是` : style === 'yao' ? `${cn}要` : `第${cn}`;
}

export interface Numbering {
  /** The mark of each numbered block by index (heading, numbered lead or `seq` item); '' otherwise. */
  marks: string[];
  /** Blocks whose level skips one (a 1. directly under 一、): shown to the user, still numbered. */
  skipped: number[];
}

/**
 * Numbers headings and numbered run-in leads in document order. A heading restarts every deeper
 * level. `seq` list items number on their own, restarting after any non-list block.
 */
export function numberBlocks(blocks: readonly Block[]): Numbering {
  const counters = [0, 0, 0, 0, 0];
  let current = 0;
  let seq = 0;
  const marks: string[] = [];
  const skipped: number[] = [];
  blocks.forEach((block, i) => {
    const level = levelOf(block);
    if (block.type === 'paragraph' && block.seq) {
      seq += 1;
      marks.push(`${chineseNumeral(seq)}、`);
      return;
    }
    seq = 0;
    if (!level) {
      marks.push('');
      return;
    }
    if (level > current + 1) skipped.push(i);
    counters[level] = (counters[level] ?? 0) + 1;
    for (let deeper = level + 1; deeper <= 4; deeper++) counters[deeper] = 0;
    current = level;
    marks.push(headingMark(level, counters[level]!));
  });
  return { marks, skipped };
}

export function levelOf(block: Block): HeadingLevel | undefined {
  if (block.type === 'heading') return block.level;
  if (block.type === 'paragraph') return block.lead?.level;
  return undefined;
}
