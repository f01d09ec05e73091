// Plain-text view of a DocModel: what `wengao draft -o x.txt` writes and what diffs and counts use.
import type { Block, Colophon, DocModel, Run } from './model.ts';
import { numberBlocks } from './numbering.ts';

export function runsText(runs: readonly Run[] | undefined): string {
  return runs ? runs.map((r) => r.text).join('') : '';
}

/** The text of one block as it reads on paper, number included. */
export function blockText(block: Block, mark: string): string {
  switch (block.type) {
    case 'heading':
      return mark + runsText(block.runs);
    case 'paragraph': {
      const lead = block.lead ? runsText(block.lead.runs) : '';
      return mark + lead + runsText(block.runs);
    }
    case 'labelled':
      return `${block.label}：${runsText(block.runs)}`;
    case 'table':
      return [block.header.join('\t'), ...block.rows.map((row) => row.map(runsText).join('\t'))].join('\n');
  }
}

/** 版记: 「分送：…。」「抄送：…。」 and the issuing office with 「…印发」 on one line. */
export function colophonLines(c: Colophon): string[] {
  return [...c.lines.map((l) => `${l.label}：${runsText(l.runs)}`), `${runsText(c.printedBy)}\u3000\u3000${runsText(c.printed)}`];
}

/** The lines above the body, title first, as they read on paper. */
export function headLines(doc: Omit<DocModel, 'blocks'>): string[] {
  const lines: string[] = [runsText(doc.title)];
  if (doc.subtitle) lines.push(runsText(doc.subtitle));
  if (doc.minutesHead) {
    const h = doc.minutesHead;
    if (h.issue) lines.push(runsText(h.issue));
    const headLine = [runsText(h.organizer), runsText(h.date)].filter(Boolean).join('　　');
    if (headLine) lines.push(headLine);
  }
  if (doc.dateLine) lines.push(runsText(doc.dateLine));
  if (doc.speakerLine) lines.push(runsText(doc.speakerLine));
  return lines;
}

/** The lines of the document in reading order, each a paragraph. */
export function docLines(doc: DocModel): string[] {
  const lines = headLines(doc);
  if (doc.salutation) lines.push(runsText(doc.salutation));
  const { marks } = numberBlocks(doc.blocks);
  doc.blocks.forEach((block, i) => lines.push(blockText(block, marks[i] ?? '')));
  if (doc.closing) lines.push(runsText(doc.closing));
  if (doc.colophon) lines.push(...colophonLines(doc.colophon));
  return lines;
}

export function toPlainText(doc: DocModel): string {
  return docLines(doc).join('\n') + '\n';
}

/** Characters that are read aloud: the body without title, head lines and whitespace. */
export function bodyLength(doc: DocModel): number {
  const { marks } = numberBlocks(doc.blocks);
  let n = runsText(doc.salutation).length + runsText(doc.closing).length;
  doc.blocks.forEach((block, i) => {
    if (block.type !== 'table') n += blockText(block, marks[i] ?? '').replace(/\s/g, '').length;
  });
  return n;
}

/**
 * The lines of one part (an index into doc.parts), numbered as in the whole document: its blocks,
 * with the salutation in the first part and the closing in the last. Without a part: every line.
 */
export function partLines(doc: DocModel, part?: number): string[] {
  if (part === undefined) return docLines(doc);
  const last = (doc.parts?.length ?? 1) - 1;
  const { marks } = numberBlocks(doc.blocks);
  const lines: string[] = [];
  if (part === 0 && doc.salutation) lines.push(runsText(doc.salutation));
  doc.blocks.forEach((block, i) => {
    if ('part' in block && block.part === part) lines.push(blockText(block, marks[i] ?? ''));
  });
  if (part === last && doc.closing) lines.push(runsText(doc.closing));
  return lines;
}
