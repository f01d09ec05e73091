// Small helpers shared by the rule families: character classes and the finding constructor.
import type { Category, Finding, Severity } from './types.ts';

/** A rule family: one paragraph in, its findings out (with `para` filled in by the caller). */
export type ParaFinding = Omit<Finding, 'para'>;

export function finding(
  category: Category,
  severity: Severity,
  offset: number,
  length: number,
  rule: string,
  message: string,
  suggestion?: string,
): ParaFinding {
  return suggestion === undefined
    ? { offset, length, category, severity, rule, message }
    : { offset, length, category, severity, rule, message, suggestion };
}

/**
 * A Chinese character, from its first UTF-16 unit: the unified ideographs and extension A, the
 * compatibility ideographs, 〇 and 々, and the high surrogates of the supplementary planes 2–3. A
 * range test rather than /\p{Script=Han}/: the rules call it for every character of the text.
 */
export function isHanCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x3005 && c <= 0x3007) || (c >= 0xd840 && c <= 0xd87f);
}

/** A Chinese character (BMP or not); `c` is one code point or one code unit. */
export function isHan(c: string | undefined): boolean {
  return c !== undefined && c !== '' && isHanCode(c.charCodeAt(0));
}

export function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

export function isLatin(c: string | undefined): boolean {
  return c !== undefined && /^[A-Za-z]$/.test(c);
}

/** Full-width Chinese punctuation: a neighbour that makes a half-width mark "in Chinese context". */
export const CJK_PUNCT = '，。、；：？！“”‘’（）《》〈〉【】…—「」';

export function isChineseContext(c: string | undefined): boolean {
  return c !== undefined && c !== '' && (isHan(c) || CJK_PUNCT.includes(c));
}

/** Chinese numerals used in heading numbers and dates. */
export const CN_DIGITS = '〇○零一二三四五六七八九十百';

/** Quoted for a message: “…”. */
export const q = (s: string): string => `“${s}”`;
