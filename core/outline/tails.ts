// A site's tail glued to the end of a piece's last paragraph when the page was copied or saved:
// 「…胜利召开！（来源：某县融媒体中心）」, 「…各项工作任务。本文由某某网整理，仅供参考。」. The whole-line
// rules (clean.ts) only see such a tail on a line of its own; here it is cut from the end of the
// line, after the sentence it follows, and recorded (the user's undo of the line brings it back).
// Cheap: a line is looked at only when it ends with a closing bracket or holds 「由」.
import { REASON, trimEnd, type Line } from './lines.ts';
import { stripStageNotes } from './stage.ts';
import { stripTitleMark } from './title-notes.ts';
import type { Removal } from './types.ts';

/** 「（来源：…）」「（文章来源：… 作者：…）」 right after a sentence's end. */
const SOURCE_TAIL = /(?<=[。！？!?…”’」』])[\s\u3000]*[（(【](?:本文|文章|信息|稿件|内容)?来源[：:][^（）()【】。！？]{1,50}[）)】]$/;
/** 「本文由…整理/发布/提供，仅供参考。」 right after a sentence's end: the site's credit, no speaker's words. */
const CREDIT_TAIL = /(?<=[。！？!?…”’」』])[\s\u3000]*(?:本文档?|本资料|本篇|文章|此文)由[^。！？!?]{1,20}(?:整理|发布|提供|上传|分享|编辑|收集)[^。！？!?]{0,30}[。！？!?]?$/;

export function stripGluedTail(line: Line, removed: Removal[]): void {
  const text = line.text;
  const last = text.charCodeAt(text.length - 1);
  let m = last === 0xff09 || last === 0x29 || last === 0x3011 ? SOURCE_TAIL.exec(text) : null;
  const reason = m ? REASON.source : REASON.site;
  if (!m && text.includes('由')) m = CREDIT_TAIL.exec(text);
  if (!m) return;
  const rest = trimEnd(text.slice(0, m.index));
  // A line that is the tail alone is the whole-line rules' (they name it the same).
  if (rest === '') return;
  removed.push({ line: line.no, text: m[0].trim(), reason });
  line.text = rest;
}

/** What a line carries that is not the speaker's text: the hall's reactions (stage.ts), a site's glued tail, a title's footnote mark. */
export function stripInlineNotes(line: Line, removed: Removal[]): void {
  stripStageNotes(line, removed);
  if (line.removed) return;
  stripGluedTail(line, removed);
  stripTitleMark(line, removed);
}
