// DocModel blocks → paragraphs and tables (their XML, wordml.ts). Heading numbers are derived (numberBlocks) and prepended here, in the
// face of the text they number; run-in leads take the heading face only up to their 「。」.
import type { Block, HeadingBlock, HeadingLevel, LabelledBlock, ParagraphBlock, Run } from '../../../core/doc/model.ts';
import { numberBlocks } from '../../../core/doc/numbering.ts';
import { blockText, runsText } from '../../../core/doc/text.ts';
import { headingFont, run } from './fonts.ts';
import type { FontSet, RunStyle } from './fonts.ts';
import { CHAR, INDENT_FIRST, INDENT_NONE, blankLine, para } from './layout.ts';
import { STYLE } from './style-ids.ts';
import { tableBlock } from './table.ts';
import { keptWholeWithNext, keptWithNext } from './wordml.ts';

export interface Ctx {
  fonts: FontSet;
  level3Bold: boolean;
  /** Width of the type area in twips: portrait 8844, or landscape for a ledger. */
  typeWidth: number;
}

/** Where a signature line starts: half the 28-character line, leaving room to sign after the colon. */
export const SIGNATURE_LEFT = 14 * CHAR;

export function runsOf(runs: readonly Run[] | undefined, style: RunStyle): string[] {
  return (runs ?? []).filter((r) => r.text !== '').map((r) => run(r.text, style));
}

function levelStyle(ctx: Ctx, level: HeadingLevel): RunStyle {
  return { font: headingFont(ctx.fonts, level), bold: level === 3 && ctx.level3Bold };
}

function heading(block: HeadingBlock, mark: string, ctx: Ctx): string {
  const style = levelStyle(ctx, block.level);
  const children = [...(mark ? [run(mark, style)] : []), ...runsOf(block.runs, style)];
  // On the page of the paragraph it heads, and never broken over two pages when it wraps.
  return para(children, { style: STYLE.heading(block.level), indent: INDENT_FIRST, keepNext: true, keepLines: true });
}

function paragraph(block: ParagraphBlock, mark: string, ctx: Ctx): string {
  const body: RunStyle = { font: ctx.fonts.fang };
  const children: string[] = [];
  // A 会议议定 list item: 「一、」 in body type.
  if (block.seq && mark) children.push(run(mark, body));
  if (block.lead) {
    // A lead without a level (「一是……。」) is set in 楷体, the usual emphasis in speeches.
    const lead = block.lead.level ? levelStyle(ctx, block.lead.level) : { font: ctx.fonts.kai };
    if (block.lead.level && mark) children.push(run(mark, lead));
    children.push(...runsOf(block.lead.runs, lead));
  }
  children.push(...runsOf(block.runs, body));
  // A line that introduces what follows (「会议决定：」「会议经研究议定如下：」) goes with it, like a heading.
  const intro = !block.lead && /：$/.test(runsText(block.runs).trim()) && printsOnOneLine(runsText(block.runs));
  return para(children, { indent: block.indent === false ? INDENT_NONE : INDENT_FIRST, keepNext: intro });
}

/**
 * 出席/请假/列席 (and 会议记录 header fields): the label and its colon in 黑体 two characters in, the
 * names in 仿宋, wrapped lines aligned after the colon. For a two-character label that is left 1600,
 * hanging 960 (GB 10.3); longer labels (主持人：) hang by their own width.
 * A signature line starts in the middle of the line so there is room to sign after it.
 */
function labelled(block: LabelledBlock, ctx: Ctx, keepNext: boolean): string {
  const body: RunStyle = { font: ctx.fonts.fang };
  if (block.style === 'signature') {
    return para([run(`${block.label}：`, body), ...runsOf(block.runs, body)], {
      indent: { left: SIGNATURE_LEFT, firstLine: 0, firstLineChars: 0 },
      align: 'left',
      keepNext,
    });
  }
  const hanging = (block.label.length + 1) * CHAR;
  return para([run(`${block.label}：`, { font: ctx.fonts.hei }), ...runsOf(block.runs, body)], {
    indent: { left: 2 * CHAR + hanging, hanging },
    keepNext,
  });
}

/** Whether a labelled block starts a group of its style after other blocks. */
function startsGroup(blocks: readonly Block[], i: number, style: LabelledBlock['style']): boolean {
  const block = blocks[i]!;
  const prev = blocks[i - 1];
  return block.type === 'labelled' && block.style === style && prev !== undefined && !(prev.type === 'labelled' && prev.style === style);
}

/**
 * Whether a paragraph prints on one line: 26 characters after its 2-character indent (a little less
 * for a labelled line, whose label hangs). Keeping such a line with the next moves one line, never a
 * paragraph's worth of page.
 */
export function printsOnOneLine(text: string): boolean {
  return [...text.replace(/\s/g, '')].length <= 24;
}

/** Whether the block after `i` is a labelled line of the same group (出席/请假/列席, or the signatures). */
function groupGoesOn(blocks: readonly Block[], i: number): boolean {
  const block = blocks[i]!;
  const next = blocks[i + 1];
  return block.type === 'labelled' && next?.type === 'labelled' && next.style === block.style && block.style !== 'field';
}

/** Lines of text a paragraph moved whole to the next page may hold (more, and only its end goes along). */
const MOVED_WHOLE = 6;

/**
 * A 会议记录's signatures and its one-line 「散会。」 take the last paragraph of text with them (whole
 * when it is short): a page never holds only 「散会。」 and the signatures (GB/T 9704 practice: no page
 * of signatures without text). `out` ends with 「散会。」; the paragraph before it is `last`.
 */
function keepLastText(out: string[], last: Block | undefined, mark: string): void {
  const at = out.length - 2;
  if (last?.type !== 'paragraph' || at < 0) return;
  const lines = Math.ceil([...blockText(last, mark).replace(/\s/g, '')].length / 26);
  out[at] = lines <= MOVED_WHOLE ? keptWholeWithNext(out[at]!) : keptWithNext(out[at]!);
}

/**
 * All blocks in order. One blank line goes before the first 出席/请假/列席 line after the body
 * (GB 10.3) and before the first signature line of a 会议记录. Such a group is kept on one page with
 * its blank line (and a one-line paragraph before it): a page never holds 「记录人（签字）：」 alone.
 */
export function blocksToDocx(blocks: readonly Block[], ctx: Ctx): string[] {
  const { marks } = numberBlocks(blocks);
  const out: string[] = [];
  blocks.forEach((block, i) => {
    const mark = marks[i] ?? '';
    switch (block.type) {
      case 'heading':
        out.push(heading(block, mark, ctx));
        break;
      case 'paragraph':
        out.push(paragraph(block, mark, ctx));
        break;
      case 'labelled':
        if (startsGroup(blocks, i, 'attendance') || startsGroup(blocks, i, 'signature')) {
          // The line before goes along when it is one line (「散会。」), or when the group is.
          const alone = !groupGoesOn(blocks, i) && printsOnOneLine(blockText(block, ''));
          const oneLine = printsOnOneLine(blockText(blocks[i - 1]!, marks[i - 1] ?? ''));
          if (out.length && (alone || oneLine)) out.push(keptWithNext(out.pop()!));
          if (oneLine && startsGroup(blocks, i, 'signature')) keepLastText(out, blocks[i - 2], marks[i - 2] ?? '');
          out.push(blankLine(true));
        }
        out.push(labelled(block, ctx, groupGoesOn(blocks, i)));
        break;
      case 'table':
        out.push(tableBlock(block, ctx.fonts, ctx.typeWidth));
        break;
    }
  });
  return out;
}
