// A closing with the next piece's title run on after its thanks (a copy that lost the line break):
// 「…做出应有的贡献！谢谢大家！在…会议上的讲话」. The joiner ends the paragraph there (join.ts) and the
// title is cut off it (title-block.ts).
import { titleLike } from './marks.ts';

/** The kinds a speech's or minutes' title ends with, where a glued speaker or date may follow. */
export const KIND_END = /讲话稿|讲话|发言稿|发言材料|发言|致辞|讲稿|演讲稿|报告|汇报材料|汇报|纪要|总结|主持词/g;

/** A speech's thanks at its end, with what follows it on the line. */
const THANKED = /(?:谢谢|感谢)(?:大家|各位|同志们)?[！!。]/g;
/** A title that names its kind at its end. */
const KIND_TAIL = new RegExp(`(?:${KIND_END.source})$`);
const KIND_LAST = '稿话言料辞告报要结词';

/**
 * A closing with the next piece's title run on after its thanks (a copy that lost the line break):
 * 「…做出应有的贡献！谢谢大家！在…会议上的讲话」 → the closing, then the title; undefined when not one.
 */
export function thanksTitleLines(text: string): string[] | undefined {
  // (The last character first: most paragraphs end with a sentence mark, and are not scanned.)
  if (!KIND_LAST.includes(text.at(-1) ?? '。') || text.length > 2000 || !KIND_TAIL.test(text)) return undefined;
  THANKED.lastIndex = 0;
  for (let m = THANKED.exec(text); m; m = THANKED.exec(text)) {
    const end = m.index + m[0].length;
    const title = text.slice(end).trim();
    if (title && KIND_TAIL.test(title) && titleLike(title)) return [text.slice(0, end), title];
  }
  return undefined;
}
