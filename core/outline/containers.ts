// A Markdown container block (语雀, VuePress, markdown-it-container): 「::: tip 说明」 … 「:::」, 「::: warning 待核实」 …
// 「:::」 — a box the writer put round a note of their own (an editor's remark, a reminder to check a figure), not the
// text. The block, its fences with it, is removed as the user's note (clean.ts), as a note app's callout is. Only a
// block whose closing fence is found within reach goes: a 「:::」 line left alone is kept.

/** An opening fence: three colons or more and the box's kind (「::: tip」「:::warning 待核实」「::: 提示」). */
const OPEN = /^:{3,}[ \t]*\S/;
/** A closing fence: the colons alone. */
const CLOSE = /^:{3,}[ \t]*$/;
/** The longest box read as a note (a few lines; a page of text between two fences is text). */
const MAX_LINES = 30;

/** The 0-based indexes of the lines of the container blocks of `lines`, fences included. */
export function containerBlocks(lines: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (!OPEN.test(lines[i]!.trimStart())) continue;
    let end = i + 1;
    while (end < lines.length && end - i <= MAX_LINES && !CLOSE.test(lines[end]!.trim()) && !OPEN.test(lines[end]!.trimStart())) end++;
    if (end >= lines.length || !CLOSE.test(lines[end]!.trim())) continue;
    for (let k = i; k <= end; k++) out.add(k);
    i = end;
  }
  return out;
}
