// A hard-wrapped text (a page copied out of a 文库 viewer, a .txt saved with line breaks): every
// line of a paragraph but its last is cut at one width. A sentence that happens to end exactly at
// that width (「…完成田间沟渠主体工程。」) says nothing about where its paragraph ends; what does is
// how the file marks paragraphs — an indent at each paragraph's start — or, in a file with none, an
// enumeration run into the paragraph (「一要…。二要…」) whose next item the following line begins.
import { INDENT, type Line } from './lines.ts';

export interface Wrap {
  /** The width, in characters, the lines are cut at. */
  width: number;
  /** Paragraphs start indented (and lines that continue one do not). */
  indents: boolean;
}

/** Fewer long lines than this: too few to tell a wrap width from chance. */
const MIN_LONG = 8;
/** A line this long or more counts towards the wrap width. */
const LONG = 16;

/** The text's wrap, or undefined when its lines are not cut at one width. */
export function wrapOf(lines: readonly Line[]): Wrap | undefined {
  const counts = new Map<number, number>();
  let long = 0;
  for (const l of lines) {
    if (l.removed || l.raw.length < LONG) continue;
    long++;
    counts.set(l.raw.length, (counts.get(l.raw.length) ?? 0) + 1);
  }
  if (long < MIN_LONG) return undefined;
  let width = 0;
  let most = 0;
  for (const [len, n] of counts) if (n > most || (n === most && len > width)) [width, most] = [len, n];
  // Cut at one width: most long lines have it. Unwrapped paragraphs hardly ever share a length.
  if (most < long * 0.4 || most < MIN_LONG / 2) return undefined;
  return { width, indents: indentsMarkParagraphs(lines, width) };
}

/**
 * Whether an indent marks a paragraph's start: after a short line (a paragraph's last), the next
 * line is mostly indented, and after a line cut at the width it mostly is not.
 */
function indentsMarkParagraphs(lines: readonly Line[], width: number): boolean {
  let afterShort = 0;
  let afterShortIndented = 0;
  let afterFull = 0;
  let afterFullIndented = 0;
  let prev: Line | undefined;
  for (const l of lines) {
    if (l.removed || l.text === '') continue;
    if (prev) {
      const indented = INDENT.test(l.raw);
      if (prev.raw.length >= width) {
        afterFull++;
        if (indented) afterFullIndented++;
      } else {
        afterShort++;
        if (indented) afterShortIndented++;
      }
    }
    prev = l;
  }
  return afterShort >= 3 && afterShortIndented >= afterShort * 0.7 && afterFullIndented <= afterFull * 0.2;
}

const ORDINAL = /^(?:([一二三四五六七八九十]+)([是要])|第([二三四五六七八九十]+)[，,、是])/;
const NUMERALS = '一二三四五六七八九十';

/** 「二要抓质量。」 → 「一要」: the item before the one the line starts with, if it starts with one. */
function itemBefore(line: string): string | undefined {
  const m = ORDINAL.exec(line);
  if (!m) return undefined;
  const n = m[1] ?? m[3]!;
  // 二 … 九 (十 and beyond are rare in a paragraph; 十一 after 十 is not worth a rule).
  if (n.length !== 1 || n === '一') return undefined;
  const before = NUMERALS[NUMERALS.indexOf(n) - 1]!;
  return m[1] !== undefined ? `${before}${m[2]}` : `第${before}`;
}

/**
 * Whether `next`, after a sentence's end, opens a paragraph of its own by its first words: an enumeration's item
 * (「一要…」「二是…」「第三，…」) whose item before is nowhere in the paragraph so far — its first item, or one of a list
 * set a paragraph an item. (With its item before in the paragraph, it may run on in it: 「一是…。二是…」 as one
 * paragraph.) A layout that neither indents nor spaces its paragraphs (a page printed from a browser) says no more.
 */
export function opensList(paragraph: string, next: string): boolean {
  if (!ORDINAL.test(next)) return false;
  const before = itemBefore(next);
  return before === undefined || !paragraph.includes(before);
}

/**
 * Whether `next` continues a paragraph whose last line was cut at the wrap width right after a
 * sentence's end or a colon. `raws`: the paragraph's raw lines so far; `paragraph`: its text.
 */
export function continuesAtWrap(wrap: Wrap, raws: readonly string[], paragraph: string, nextRaw: string, next: string): boolean {
  if (raws.at(-1)!.length < wrap.width) return false;
  if (wrap.indents) return !INDENT.test(nextRaw);
  // No indents to go by. A colon announces what follows (「…比如：」): it goes on.
  if (/[：:]$/.test(paragraph)) return true;
  // An enumeration run into the paragraph runs on with its next item; an item that starts one does not.
  if (ORDINAL.test(next)) {
    const before = itemBefore(next);
    return before !== undefined && paragraph.indexOf(before) > 0;
  }
  // A paragraph of two lines or more that reached the width goes on: its last line fills the width once
  // in `width` paragraphs, a sentence ends at the cut far more often. A line alone may be a paragraph of its own.
  return raws.length > 1;
}
