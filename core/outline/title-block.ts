// A title block read as one line: 「在全市…会议上的讲话副市长林海涛（2024年7月15日）」. A printed 汇编
// centres a speech's title, its speaker and its date in the title's size, and a PDF reader (or a copy
// from one) runs them together; the title then no longer stands on its own line, and neither the
// split nor the outline sees a document start there. Such a paragraph is cut back into its lines:
// the title (ending with the name of its kind), then the speaker and the date line, in either order.
// Only a paragraph whose whole rest after the title is a speaker and/or a date is cut.
import type { Para } from './join.ts';
import { POST, titleLike } from './marks.ts';
import { KIND_END, thanksTitleLines } from './thanks-title.ts';

const SPACE = '[\\s\\u3000]*';
/** 「副市长\u3000林海涛」「县委常委、副县长韦国平」「林海涛同志」. */
const SPEAKER = `(?:[\\u4e00-\\u9fa5、]{0,20}${POST}${SPACE}[\\u4e00-\\u9fa5]{2,4}|[\\u4e00-\\u9fa5]{2,4}同志)`;
/** 「（2024年7月15日）」「2024年7月15日」「（二〇二四年七月十五日）」. */
const DATE = '[（(]?(?:[0-9]{4}|[〇○零一二][〇○零一二三四五六七八九]{3})年[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}日[）)]?';
const REST = new RegExp(`^${SPACE}(?:(${SPEAKER})${SPACE}(${DATE})?|(${DATE})${SPACE}(${SPEAKER})?)$`);
/** A title block is short: a paragraph longer than this is text. */
const BLOCK_MAX = 140;

/** A glued title block's lines: the title, then the speaker and the date as printed; undefined when the paragraph is not one. */
export function titleBlockLines(text: string): string[] | undefined {
  if (text.length > BLOCK_MAX || !text.includes('年') && !/[长记任席理志]/.test(text)) return undefined;
  KIND_END.lastIndex = 0;
  for (let m = KIND_END.exec(text); m; m = KIND_END.exec(text)) {
    const end = m.index + m[0].length;
    if (end >= text.length) return undefined;
    const rest = REST.exec(text.slice(end));
    if (!rest) continue;
    const title = text.slice(0, end);
    if (!titleLike(title)) continue;
    const parts = [rest[1], rest[2], rest[3], rest[4]].filter((s): s is string => s !== undefined && s !== '');
    return [title, ...parts.map((s) => s.trim())];
  }
  return undefined;
}

/** The paragraphs with each glued title block cut back into its lines (all at the paragraph's raw line). */
export function splitTitleBlocks(paras: Para[]): Para[] {
  let out: Para[] | undefined;
  paras.forEach((p, i) => {
    const lines = p.contents || p.kept || p.heading !== undefined ? undefined : (titleBlockLines(p.text) ?? thanksTitleLines(p.text));
    if (!lines) {
      out?.push(p);
      return;
    }
    out ??= paras.slice(0, i);
    const last = lines.length - 1;
    lines.forEach((text, k) => out!.push({ ...p, text, raw: k === 0 ? p.raw : [text], afterGap: k === 0 && p.afterGap, afterRule: k === 0 && p.afterRule, gapAfter: k === last && p.gapAfter }));
  });
  return out ?? paras;
}
