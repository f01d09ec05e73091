// The status bar's figures: characters read aloud (core's bodyLength, as the 篇幅 panel and the
// versions list count them), minutes at the draft's reading rate, and pages on the printed grid of
// FORMAT.md (22 lines of 28 characters; the title in 二号 takes about 20 a line and a blank line after).
import type { DocModel } from '../../../core/doc/model.ts';
import { numberBlocks } from '../../../core/doc/numbering.ts';
import { LINES_PER_PAGE, printedLines as lines } from '../../../core/doc/page-grid.ts';
import { blockText, bodyLength, headLines, runsText } from '../../../core/doc/text.ts';
import { TITLE_CHARS_PER_LINE as TITLE_PER_LINE } from '../../../core/doc/title.ts';

export const DEFAULT_RATE = 240;

export function pageEstimate(doc: DocModel): number {
  const [title = '', ...head] = headLines(doc);
  let n = Math.max(1, Math.ceil([...title].length / TITLE_PER_LINE)) + 1 + head.length;
  // A speech's date and speaker lines have a blank line before and after them (export/head.ts).
  if (doc.kind === 'speech' && (doc.dateLine?.length || doc.speakerLine?.length)) n += 1;
  const { marks } = numberBlocks(doc.blocks);
  if (doc.salutation) n += lines([...runsText(doc.salutation)].length, 0);
  doc.blocks.forEach((b, i) => {
    if (b.type === 'table') n += 2 + b.rows.length * 2;
    else n += lines([...blockText(b, marks[i] ?? '')].length, b.type === 'labelled' ? 0 : 2);
  });
  if (doc.closing) n += lines([...runsText(doc.closing)].length, 2);
  return Math.max(1, Math.ceil(n / LINES_PER_PAGE));
}

export interface Counts {
  chars: number;
  minutes: number;
  pages: number;
  rate: number;
}

export function docCounts(doc: DocModel): Counts {
  const chars = bodyLength(doc);
  const rate = doc.length?.rate ?? DEFAULT_RATE;
  return { chars, rate, minutes: chars / rate, pages: pageEstimate(doc) };
}
