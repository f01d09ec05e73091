// DocModel blocks → paragraphs and tables (their XML, wordml.ts). Heading numbers are derived (numberBlocks) and prepended here, in the
// face of the text they number; run-in leads take the heading face only up to their 「。」.
import { keepRules } from '../../../core/doc/keep.ts';
import type { Keep } from '../../../core/doc/keep.ts';
import type { Block, HeadingBlock, HeadingLevel, LabelledBlock, ParagraphBlock, Run } from '../../../core/doc/model.ts';
import { numberBlocks } from '../../../core/doc/numbering.ts';
import { CHARS_PER_LINE } from '../../../core/doc/page-grid.ts';
import { headingFont, run } from './fonts.ts';
import type { FontSet, RunStyle } from './fonts.ts';
import { CHAR, INDENT_FIRST, INDENT_NONE, blankLine, para } from './layout.ts';
import { STYLE } from './style-ids.ts';
import { tableBlock } from './table.ts';

export interface Ctx {
  fonts: FontSet;
  level3Bold: boolean;
  /** Width of the type area in twips: portrait 8844, or landscape for a ledger. */
  typeWidth: number;
}

/** Where a signature line starts: half the 28-character line, leaving room to sign after the colon. */
export const SIGNATURE_LEFT = (CHARS_PER_LINE / 2) * CHAR;

export function runsOf(runs: readonly Run[] | undefined, style: RunStyle): string[] {
  return (runs ?? []).filter((r) => r.text !== '').map((r) => run(r.text, style));
}

function levelStyle(ctx: Ctx, level: HeadingLevel): RunStyle {
  return { font: headingFont(ctx.fonts, level), bold: level === 3 && ctx.level3Bold };
}

function heading(block: HeadingBlock, mark: string, ctx: Ctx): string {
  const style = levelStyle(ctx, block.level);
  const children = [...(mark ? [run(mark, style)] : []), ...runsOf(block.runs, style)];
  // On the page of the paragraph it heads, and never broken over two pages when it wraps (keep.ts).
  return para(children, { style: STYLE.heading(block.level), indent: INDENT_FIRST, keepNext: true, keepLines: true });
}

function paragraph(block: ParagraphBlock, mark: string, ctx: Ctx, keep: Keep): string {
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
  return para(children, { indent: block.indent === false ? INDENT_NONE : INDENT_FIRST, keepNext: keep.keepNext, keepLines: keep.keepLines });
}

/**
 * 出席/请假/列席 (and 会议记录 header fields): the label and its colon in 黑体 two characters in, the
 * names in 仿宋, wrapped lines aligned after the colon. For a two-character label that is left 1600,
 * hanging 960 (GB 10.3); longer labels (主持人：) hang by their own width.
 * A signature line starts in the middle of the line so there is room to sign after it.
 */
function labelled(block: LabelledBlock, ctx: Ctx, keep: Keep): string {
  const body: RunStyle = { font: ctx.fonts.fang };
  const { keepNext, keepLines } = keep;
  if (block.style === 'signature') {
    return para([run(`${block.label}：`, body), ...runsOf(block.runs, body)], {
      indent: { left: SIGNATURE_LEFT, firstLine: 0, firstLineChars: 0 },
      align: 'left',
      keepNext,
      keepLines,
    });
  }
  const hanging = (block.label.length + 1) * CHAR;
  return para([run(`${block.label}：`, { font: ctx.fonts.hei }), ...runsOf(block.runs, body)], {
    indent: { left: 2 * CHAR + hanging, hanging },
    keepNext,
    keepLines,
  });
}

/** All blocks in order, each kept with the next or whole as keep.ts says; a blank line where it says one goes before. */
export function blocksToDocx(blocks: readonly Block[], ctx: Ctx): string[] {
  const { marks } = numberBlocks(blocks);
  const keeps = keepRules(blocks, marks);
  const out: string[] = [];
  blocks.forEach((block, i) => {
    const mark = marks[i] ?? '';
    const keep = keeps[i]!;
    if (keep.blankBefore) out.push(blankLine(true));
    switch (block.type) {
      case 'heading':
        out.push(heading(block, mark, ctx));
        break;
      case 'paragraph':
        out.push(paragraph(block, mark, ctx, keep));
        break;
      case 'labelled':
        out.push(labelled(block, ctx, keep));
        break;
      case 'table':
        out.push(tableBlock(block, ctx.fonts, ctx.typeWidth));
        break;
    }
  });
  return out;
}
