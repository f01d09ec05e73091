// Which paragraphs the printout keeps together — one definition for the .docx (export/blocks.ts
// writes them as w:keepNext / w:keepLines) and for the page view's page ends (page-breaks.ts), so
// the screen breaks where Word does (session 23's screen test: the page view left 「散会。」 and the
// signatures alone on a page that Word's file did not). Pure.
import type { Block, LabelledBlock, ParagraphBlock } from './model.ts';
import { CHARS_PER_LINE, INDENT_CHARS, printedLines } from './page-grid.ts';
import { blockText, runsText } from './text.ts';

export interface Keep {
  /** On the page of the block after it (Word's 与下段同页). */
  keepNext: boolean;
  /** Never broken over two pages (Word's 段中不分页). */
  keepLines: boolean;
  /** A blank line before it, kept with it (GB 10.3: before 出席/列席 after the body, before the signatures). */
  blankBefore: boolean;
}

/**
 * Characters a paragraph may hold and still print on one line: 26 after its 2-character indent, two
 * fewer so that a labelled line, whose label hangs, counts alike. Keeping such a line with the next
 * moves one line, never a paragraph's worth of page.
 */
const ONE_LINE_CHARS = CHARS_PER_LINE - INDENT_CHARS - 2;

/** Lines of text a paragraph moved whole to the next page may hold (more, and only its end goes along). */
const MOVED_WHOLE = 6;

export function printsOnOneLine(text: string): boolean {
  return [...text.replace(/\s/g, '')].length <= ONE_LINE_CHARS;
}

/** A speech's closing of one line takes the end of the text before it along: the last page never holds it alone. */
export const closingKeepsBefore = (closing: string): boolean => printsOnOneLine(closing);

/** A line that introduces what follows (「会议决定：」「会议经研究议定如下：」): it goes with it, like a heading. */
export function introducesNext(block: ParagraphBlock): boolean {
  return !block.lead && /：$/.test(runsText(block.runs).trim()) && printsOnOneLine(runsText(block.runs));
}

/** Whether a labelled block starts a group of its style after other blocks. */
function startsGroup(blocks: readonly Block[], i: number, style: LabelledBlock['style']): boolean {
  const block = blocks[i]!;
  const prev = blocks[i - 1];
  return block.type === 'labelled' && block.style === style && prev !== undefined && !(prev.type === 'labelled' && prev.style === style);
}

/** Whether the block after `i` is a labelled line of the same group (出席/请假/列席, or the signatures). */
function groupGoesOn(blocks: readonly Block[], i: number): boolean {
  const block = blocks[i]!;
  const next = blocks[i + 1];
  return block.type === 'labelled' && next?.type === 'labelled' && next.style === block.style && block.style !== 'field';
}

/**
 * The keep rules of every block (`marks`: their derived numbers, numbering.ts). Headings and intro
 * lines go with what follows. One blank line goes before the first 出席/请假/列席 line after the body
 * (GB 10.3) and before the first signature line of a 会议记录; such a group is kept on one page with its
 * blank line and the line before it when that is one line (「散会。」) or the group is. The signatures
 * and 「散会。」 take the last paragraph of text with them, whole when it is short: a page never holds
 * only 「散会。」 and the signatures (GB/T 9704 practice). `closing`: a speech's closing, after the blocks.
 */
export function keepRules(blocks: readonly Block[], marks: readonly string[], closing?: string): Keep[] {
  const keep: Keep[] = blocks.map(() => ({ keepNext: false, keepLines: false, blankBefore: false }));
  const withNext = (i: number, whole = false) => {
    if (i < 0 || blocks[i]!.type === 'table') return;
    keep[i]!.keepNext = true;
    if (whole) keep[i]!.keepLines = true;
  };
  blocks.forEach((block, i) => {
    if (block.type === 'heading') keep[i] = { keepNext: true, keepLines: true, blankBefore: false };
    else if (block.type === 'paragraph') keep[i]!.keepNext = introducesNext(block);
    if (block.type !== 'labelled') return;
    const signatures = startsGroup(blocks, i, 'signature');
    if (signatures || startsGroup(blocks, i, 'attendance')) {
      const alone = !groupGoesOn(blocks, i) && printsOnOneLine(blockText(block, ''));
      const oneLine = printsOnOneLine(blockText(blocks[i - 1]!, marks[i - 1] ?? ''));
      if (alone || oneLine) withNext(i - 1);
      const last = blocks[i - 2];
      if (oneLine && signatures && last?.type === 'paragraph') {
        withNext(i - 2, printedLines([...blockText(last, marks[i - 2] ?? '').replace(/\s/g, '')].length) <= MOVED_WHOLE);
      }
      keep[i]!.blankBefore = true;
    }
    keep[i]!.keepNext = groupGoesOn(blocks, i);
  });
  if (closing !== undefined && closingKeepsBefore(closing)) withNext(blocks.length - 1);
  return keep;
}
