// The grammar of a Chinese official text's numbering, in one place: Chinese numerals, the heading
// marks 一、（一）1.（1） as they are printed and as they are typed in real texts, and the date line
// 「（2026年11月20日）」. Plain text import (from-text), Markdown, the 范文库 outline, the proofreader and
// the .docx reader all read marks with these functions; each decides which of the typed variants it
// takes (the proofreader flags them, the outline accepts them). Pure: no I/O.
//
// Patterns are anchored and free of nested quantifiers, so each test is linear in the line.

export type MarkLevel = 1 | 2 | 3 | 4;

/** The characters of a Chinese numeral in a heading mark (up to 九十九). */
export const CN_NUMERAL = '[一二三四五六七八九十]';

const COUNTING = '零一二三四五六七八九';

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五 (digits: 零一… or 零壹…, as Word numbers lists). */
export function chineseNumber(n: number, digits = COUNTING, units: readonly string[] = ['', '十', '百', '千']): string {
  if (!Number.isInteger(n) || n <= 0 || n >= 10000) return String(n);
  const ds = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  ds.forEach((d, i) => {
    const unit = units[ds.length - 1 - i]!;
    if (d === 0) {
      zero = out !== '';
      return;
    }
    if (zero) out += digits[0];
    zero = false;
    out += (d === 1 && unit === units[1] && out === '' ? '' : digits[d]) + unit;
  });
  return out;
}

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九: the numerals of heading marks and ordinals. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`chineseNumeral: ${n}`);
  return chineseNumber(n);
}

/** 一 → 1 … 九十九 → 99; NaN when the text is not a plain numeral. */
export function parseChineseNumeral(s: string): number {
  if (/^[一二三四五六七八九]$/.test(s)) return COUNTING.indexOf(s);
  const m = /^([一二三四五六七八九]?)十([一二三四五六七八九]?)$/.exec(s);
  if (m) return (m[1] ? COUNTING.indexOf(m[1]) : 1) * 10 + (m[2] ? COUNTING.indexOf(m[2]) : 0);
  return NaN;
}

/** The mark of the n-th heading at a level, as GB/T 9704 practice prints it: 一、 / （一） / 1. / （1）. */
export function headingMark(level: MarkLevel, n: number): string {
  switch (level) {
    case 1:
      return `${chineseNumeral(n)}、`;
    case 2:
      return `（${chineseNumeral(n)}）`;
    case 3:
      return `${n}.`;
    case 4:
      return `（${n}）`;
  }
}

/** A heading mark as typed at the start of a line. */
export interface TypedMark {
  level: MarkLevel;
  /** The number it stands for (一 → 1, 12 → 12); NaN for a numeral that is not one (「十十」). */
  value: number;
  /** The mark as typed, separators included: 「一、」「（三）」「(三)、」「2.」「（1）」. */
  text: string;
  /** The numeral as typed: 「三」「12」「１２」. */
  numeral: string;
  /** After the numeral: 「、」「.」「，」 for levels 1 and 3; 「）」 or 「)」 for brackets. */
  sep: string;
  /** The opening bracket of levels 2 and 4 (「（」 or 「(」); '' otherwise. */
  open: string;
  /** A stray 「、」 after a closing bracket (「（一）、」); '' otherwise. */
  trailing: string;
  /** The text after the mark, leading spaces (and U+3000) removed. */
  rest: string;
}

// Every variant met in real texts. Level 1 takes 、 . ． ， , (a comma or a point is a typing slip
// the proofreader flags), perhaps after a space; a bracket mark may carry a stray 「、」; digits may be
// full-width.
const SHAPES: { level: MarkLevel; re: RegExp }[] = [
  { level: 1, re: new RegExp(`^(${CN_NUMERAL}{1,3})[ \u3000]?([、，,]|[.．](?![0-9０-９]))(?!${CN_NUMERAL})`) },
  { level: 2, re: new RegExp(`^([（(])(${CN_NUMERAL}{1,3})([）)])(、?)`) },
  { level: 4, re: /^([（(])([0-9０-９]{1,2})([）)])(、?)/ },
  // 「1.」「1．」「1、」 but not 「3.5万户」 or 「2019年」; 「1、4月底前」「1．4月底前」「1.2023年」 are items.
  { level: 3, re: /^([0-9０-９]{1,2})(、|[.．](?!(?![0-9０-９]{1,4}[年月日号])[0-9０-９]))/ },
];

function digitValue(s: string): number {
  return Number(s.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10)));
}

/** The first characters of every shape (CN_NUMERAL, 「（(」, digits half- and full-width). */
const MARK_FIRST = new Set([...'一二三四五六七八九十（(0123456789０１２３４５６７８９'].map((c) => c.charCodeAt(0)));

/**
 * Whether `line` starts as a mark can (readMark is undefined otherwise): most lines start
 * otherwise, and are done with one look at their first character — not four shapes, nor a
 * memo's look-up of the whole line (outline/marks.ts numbered()).
 */
export function mayStartMark(line: string): boolean {
  return MARK_FIRST.has(line.charCodeAt(0));
}

/** The heading mark a line starts with (no leading spaces), in any of the variants real texts use. */
export function readMark(line: string): TypedMark | undefined {
  if (!mayStartMark(line)) return undefined;
  for (const { level, re } of SHAPES) {
    const m = re.exec(line);
    if (!m) continue;
    const bracket = level === 2 || level === 4;
    const numeral = bracket ? m[2]! : m[1]!;
    const value = level === 1 || level === 2 ? parseChineseNumeral(numeral) : digitValue(numeral);
    return {
      level,
      value,
      text: m[0],
      numeral,
      sep: bracket ? m[3]! : m[2]!,
      open: bracket ? m[1]! : '',
      trailing: bracket ? m[4]! : '',
      rest: line.slice(m[0].length).replace(/^[\s\u3000]+/, ''),
    };
  }
  return undefined;
}

/** The mark as the standard prints it: 「一、」, full-width brackets, 「1.」, no stray 「、」. */
export function isStandardMark(mark: TypedMark): boolean {
  if (mark.numeral !== mark.numeral.replace(/[０-９]/g, '')) return false;
  switch (mark.level) {
    case 1:
      return mark.sep === '、';
    case 3:
      return mark.sep === '.' || mark.sep === '．';
    default:
      return mark.open === '（' && mark.sep === '）' && mark.trailing === '';
  }
}

/**
 * The date line under a speech's title: 「（2026年11月20日）」「（2026年11月）」「（二〇二六年十一月二十日）」,
 * parentheses included, the whole line.
 */
export const DATE_LINE = /^[（(][^（）()]{0,30}\d{4}年[^（）()]{0,30}[）)]$|^[（(][〇一二三四五六七八九十]{4}年[^（）()]{0,30}[）)]$/;
