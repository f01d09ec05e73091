/** Small reads of a document's head lines, used by outline.ts's front matter. */
import type { Removal } from './types.ts';

/** A year 19xx/20xx年, in figures or in Chinese numerals as a 公文's date writes it (「二〇二五年」「一九九八年」). */
const YEAR = /((?:19|20)\d{2}|一九[〇○零一二三四五六七八九]{2}|二[〇○零][〇○零一二三四五六七八九]{2})年/;
const DIGIT = new Map(Object.entries({ 〇: '0', '○': '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' }));

/** The first year any of the texts names: the document's year when its date line gives none. */
export function yearOf(...texts: (string | undefined)[]): number | undefined {
  for (const t of texts) {
    const m = t ? YEAR.exec(t) : null;
    if (m) return Number(m[1]!.replace(/[^0-9]/g, (c) => DIGIT.get(c) ?? c));
  }
  return undefined;
}

/** `text` without the mark `pattern` finds at its end, reported as removed from `line` (the line's undo keeps it). */
export function cutTail(text: string, line: number, pattern: RegExp, reason: string, removed: Removal[]): string {
  const mark = pattern.exec(text);
  if (!mark) return text;
  removed.push({ line, text: mark[0], reason });
  return text.slice(0, mark.index).trimEnd();
}
