// Page geometry and the paragraph shapes of GB/T 9704 (FORMAT.md "Page"), in twips.
// Every paragraph of the body is written by `para()`, which writes the line pitch, the spacing, the
// widow control and the indent explicitly, so nothing depends on what a style or docDefaults says.
import { paragraphXml } from './wordml.ts';
import type { Align, Border, Indent, TabStop } from './wordml.ts';

export type { Align } from './wordml.ts';

/** A4 portrait and the 37/35/28/26 mm margins; header 851 (Word's default), footer 1418 (25 mm). */
export const PAGE = {
  width: 11906,
  height: 16838,
  top: 2098,
  right: 1474,
  bottom: 1984,
  left: 1588,
  header: 851,
  footer: 1418,
} as const;

/** The type area (版心) width: 11906 − 1588 − 1474 = 8844 twips (156 mm). */
export const TYPE_WIDTH = PAGE.width - PAGE.left - PAGE.right;

/** A ledger's six columns do not fit 156 mm: it is set on landscape A4, the same margins around. */
export const LANDSCAPE_TYPE_WIDTH = PAGE.height - PAGE.left - PAGE.right;

/** 28.95 pt: 22 lines fill the 225 mm type area; 580 or more silently gives 21 lines. */
export const LINE_PITCH = 579;

/** One 三号 character (16 pt). */
export const CHAR = 320;

/** 2 characters: the twips for renderers that ignore `firstLineChars`, the characters for Word's dialog. */
export const INDENT_FIRST: Indent = { firstLine: 2 * CHAR, firstLineChars: 200 };
/** Explicit zero, so an indent set in a style (or by a user editing Normal) cannot leak in. */
export const INDENT_NONE: Indent = { firstLine: 0, firstLineChars: 0 };

/** 纪要 mark: its top 35 mm below the top of the type area (GB 10.3). */
export const MINUTES_MARK_BEFORE = 1984;

export interface ParaOptions {
  indent: Indent;
  align?: Align;
  style?: string;
  keepNext?: boolean;
  keepLines?: boolean;
  /** Spacing before in twips (only the 纪要 mark uses it). */
  before?: number;
  /** Exact line height; the body grid's 579 unless given (table cells use a tighter line). */
  line?: number;
  /** A rule under the paragraph (the 纪要 head line). */
  bottomBorder?: Border;
  tabStops?: readonly TabStop[];
}

/** A paragraph (its XML) on the 579-twip grid: exact line, no space before/after, widow control on. */
export function para(runs: readonly string[], o: ParaOptions): string {
  return paragraphXml(runs.join(''), { ...o, before: o.before ?? 0, line: o.line ?? LINE_PITCH, align: o.align ?? 'both' });
}

/** 「空一行」: an empty paragraph one grid line high (`keepNext`: with what follows it). */
export function blankLine(keepNext = false): string {
  return para([], { indent: INDENT_NONE, keepNext });
}
