// The 附件 at the end of a document: where it starts, and its 附件说明 — the line that names the
// annexes (「附件：全县造林任务分解表」, or 「附件：1.优秀教师名单」 with 「2.…」「3.…」 on the lines
// under it, as GB/T 9704 lays the list out). The list's items are names of attached files, never
// the speech's headings: 「2.2023年度全县优秀教育工作者名单」 under 「附件：1.…」 is no level-3 part.
import type { Para } from './join.ts';
import { ANNEX } from './marks.ts';

/** 「附件：」 with the annex's name on the same line: 「附件：1.…」「附件2：…」. */
const ANNEX_NAMED = /^附\s*件\s*[0-9０-９一二三四五六七八九十]{0,2}\s*[：:]\s*\S/;
/** The first item of the list on the annex line: 「附件：1.…」. */
const FIRST_ITEM = /[：:]\s*[1１][.．、]/;
const ITEM = /^([0-9０-９]{1,2})[.．、]/;

/** Index of the document's first annex line (never its first paragraph); `body.length` when none. */
export function annexStart(body: readonly Para[]): number {
  for (let k = 1; k < body.length; k++) if (ANNEX.test(body[k]!.text) || ANNEX_NAMED.test(body[k]!.text)) return k;
  return body.length;
}

/** Index after the 附件说明 that starts at `at`: the annex line, and the items under it that go on its numbered list. */
export function annexNoteEnd(body: readonly Para[], at: number): number {
  if (at >= body.length || !ANNEX_NAMED.test(body[at]!.text)) return at;
  let end = at + 1;
  if (!FIRST_ITEM.test(body[at]!.text)) return end;
  for (let n = 2; end < body.length; n++, end++) {
    const m = ITEM.exec(body[end]!.text);
    if (!m || Number(m[1]!.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))) !== n) break;
  }
  return end;
}
