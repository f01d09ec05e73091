// Fonts and run formatting for the .docx export (FORMAT.md "Type", gbt9704-notes §2.3–2.5).
// Every run goes through `run()` so that no run can miss the eastAsia font, the Times New Roman
// slots, the eastAsia hint or the 5-twip condensing that gives 28 characters a line.
import type { IFontAttributesProperties } from 'docx';
import type { HeadingLevel } from '../../../core/doc/model.ts';
import { runXml } from './wordml.ts';

export type FontProfile = 'gb2312' | 'windows' | 'fangzheng-gbk';

/** The four faces of a 公文: title, level 1, level 2, body (levels 3 and 4 use the body face). */
export interface FontSet {
  title: string;
  hei: string;
  kai: string;
  fang: string;
}

/**
 * gb2312 is what most local rules ask for; windows uses the faces every Windows PC has (for names
 * with characters outside GB2312); fangzheng-gbk is the 方正 GBK family some provinces mandate.
 */
export const FONT_PROFILES: Readonly<Record<FontProfile, FontSet>> = {
  gb2312: { title: '方正小标宋简体', hei: '黑体', kai: '楷体_GB2312', fang: '仿宋_GB2312' },
  windows: { title: '方正小标宋简体', hei: '黑体', kai: '楷体', fang: '仿宋' },
  'fangzheng-gbk': { title: '方正小标宋_GBK', hei: '方正黑体_GBK', kai: '方正楷体_GBK', fang: '方正仿宋_GBK' },
};

/** Latin letters and digits: the common local rule 「数字、英文用Times New Roman」. */
export const LATIN_FONT = 'Times New Roman';
/** Page numbers are 「半角宋体阿拉伯数字」 (GB 7.5): 宋体 in every slot, Latin included. */
export const PAGE_NUMBER_FONT = '宋体';

/** Sizes in half-points. */
export const SIZE = {
  title: 44, // 二号
  body: 32, // 三号
  table: 28, // 四号
  pageNumber: 28, // 四号
} as const;

/**
 * 5 twips narrower per character: 28 × (320 − 5) = 8820 ≤ 8844 (the type-area width), so Word, WPS and
 * LibreOffice set 28 characters a line instead of 27 (FORMAT.md "28 characters a line").
 */
export const CONDENSE = -5;

/** rFonts for a Chinese face: the face in eastAsia, Times New Roman elsewhere, hint eastAsia so that
 * quotes, dashes and ellipses (General Punctuation) are taken from the Chinese face too. */
export function runFonts(eastAsia: string, latin: string = LATIN_FONT): IFontAttributesProperties {
  return { ascii: latin, hAnsi: latin, cs: latin, eastAsia, hint: 'eastAsia' };
}

/** The face of a heading level (and of a run-in lead numbered at that level). */
export function headingFont(fonts: FontSet, level: HeadingLevel): string {
  return level === 1 ? fonts.hei : level === 2 ? fonts.kai : fonts.fang;
}

export interface RunStyle {
  font: string;
  size?: number;
  bold?: boolean;
  color?: string;
  /** Start a new line (w:br) before this run: a title broken into its shape. */
  lineBreakBefore?: boolean;
}

/** A tab character, for the 纪要 head line (organizer left, date right). */
export const TAB = Symbol('tab');

/** One text run (its XML) with the full set of run properties the layout needs. */
export function run(text: string | typeof TAB, style: RunStyle): string {
  const format = { eastAsia: style.font, latin: LATIN_FONT, size: style.size ?? SIZE.body, spacing: CONDENSE, bold: style.bold, color: style.color };
  return runXml(text === TAB ? 'tab' : { text }, format, style.lineBreakBefore);
}
