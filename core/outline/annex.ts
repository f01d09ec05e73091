// The 附件 at the end of a document: where it starts. From the 附件 line on — the 附件说明 that names
// the annexes (「附件：全县造林任务分解表」, or 「附件：1.优秀教师名单」 with 「2.…」「3.…」 on the lines
// under it, as GB/T 9704 lays the list out), then the annex itself (its title, its table, its 注) —
// nothing is the speech's: 「2.2023年度全县优秀教育工作者名单」 under 「附件：1.…」 is no level-3 part,
// and a task table's category cell 「一、环境卫生整治」 is no part 一.
import type { Para } from './join.ts';
import { ANNEX } from './marks.ts';
import type { Removal } from './types.ts';

/** 「附件：」 with the annex's name on the same line: 「附件：1.…」「附件2：…」. */
const ANNEX_NAMED = /^附\s*件\s*[0-9０-９一二三四五六七八九十]{0,2}\s*[：:]\s*\S/;

/** Index of the document's first annex line (never its first paragraph); `body.length` when none. */
export function annexStart(body: readonly Para[]): number {
  for (let k = 1; k < body.length; k++) if (ANNEX.test(body[k]!.text) || ANNEX_NAMED.test(body[k]!.text)) return k;
  return body.length;
}

/** A label alone: 「附件1」「附件 2」「附件二：」 (no name after it, which a list's 「附件：1.…」 has). */
const LABEL = /^附\s*件\s*[0-9０-９一二三四五六七八九十]{1,2}\s*[：:]?$/;

/**
 * A 通知's annexes printed after it, each under its label on a line of its own (「附件1」 over the
 * speech's title): the label is the next piece's mark, not the last line of the piece before it (a
 * speech's ending, offered for drafting) nor the first of its own (its title). Removed as `reason`
 * (篇目标记) from the end of a piece that has a next one, and from the head of a piece over more text;
 * a label the user kept stays where it stands.
 */
export function cutAnnexLabels(slice: Para[], hasNext: boolean, keep: ReadonlySet<number>, removed: Removal[], reason: string): void {
  const label = (p: Para | undefined) => p !== undefined && !p.contents && !p.kept && !keep.has(p.line) && LABEL.test(p.text);
  const out = (p: Para) => removed.push({ line: p.line, text: p.text, reason });
  if (hasNext && slice.length > 1 && label(slice.at(-1))) out(slice.pop()!);
  if (slice.length > 1 && label(slice[0])) out(slice.shift()!);
}
