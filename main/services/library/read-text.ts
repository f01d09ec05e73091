// What every reader gives back: its own file, so that the readers read.ts loads on demand and
// read.ts itself do not import each other.
import { REASON } from '../../../core/outline/lines.ts';

/** A line the reader knows is not the document's text: a web page's navigation, comments, copyright. */
export interface Debris {
  /** 1-based line of the text. */
  line: number;
  /** In Chinese, as the removal report shows it: 「导航」「评论」「版权声明」… */
  reason: string;
}

/** The reason the report gives for a footnote or endnote, set apart from the text it would interrupt. */
export const FOOTNOTE = REASON.footnote;

/** A line the file's own formatting makes a heading. */
export interface Heading {
  /** 1-based line of the text. */
  line: number;
  /** 1 for 标题 1/Heading 1, 2 for 标题 2 … */
  level: number;
}

export interface ReadText {
  text: string;
  /** utf-8 · utf-16le · utf-16be · gb18030 · big5 · docx · pdf · doc … */
  encoding: string;
  /** Lines the analysis is to remove and report (and the user may restore). */
  debris?: Debris[];
  /** What the reader could not do well and the user should check (in Chinese): shown with the import report. */
  notices?: string[];
  /** Lines the file marks as headings (a Word 标题 style), with their level: 1 for 标题 1. */
  headings?: Heading[];
  /** Characters a .docx cannot carry (U+FFFF, lone surrogates, controls), dropped from the text. */
  removedChars?: number;
}
