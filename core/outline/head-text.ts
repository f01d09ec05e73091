/** Small reads of a document's head lines, used by outline.ts's front matter. */
import type { Removal } from './types.ts';

/** The first year (19xx/20xx年) any of the texts names: the document's year when its date line gives none. */
export function yearOf(...texts: (string | undefined)[]): number | undefined {
  for (const t of texts) {
    const m = t ? /((?:19|20)\d{2})年/.exec(t) : null;
    if (m) return Number(m[1]);
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
