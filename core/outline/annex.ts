// The 附件 at the end of a document: where it starts. From the 附件 line on — the 附件说明 that names
// the annexes (「附件：全县造林任务分解表」, or 「附件：1.优秀教师名单」 with 「2.…」「3.…」 on the lines
// under it, as GB/T 9704 lays the list out), then the annex itself (its title, its table, its 注) —
// nothing is the speech's: 「2.2023年度全县优秀教育工作者名单」 under 「附件：1.…」 is no level-3 part,
// and a task table's category cell 「一、环境卫生整治」 is no part 一.
import type { Para } from './join.ts';
import { ANNEX } from './marks.ts';

/** 「附件：」 with the annex's name on the same line: 「附件：1.…」「附件2：…」. */
const ANNEX_NAMED = /^附\s*件\s*[0-9０-９一二三四五六七八九十]{0,2}\s*[：:]\s*\S/;

/** Index of the document's first annex line (never its first paragraph); `body.length` when none. */
export function annexStart(body: readonly Para[]): number {
  for (let k = 1; k < body.length; k++) if (ANNEX.test(body[k]!.text) || ANNEX_NAMED.test(body[k]!.text)) return k;
  return body.length;
}
