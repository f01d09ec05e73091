// A chat app's export (微信 on a PC, QQ) of a group where a speech was pasted message by message: the
// export's header (「与“…”的聊天记录」「导出时间：…」), the date dividers (「—— 2026-11-18 ——」),
// every message's sender line (「周晓梅  2026/11/18 09:02:40」) and the talk between the pasted
// pieces (「收到」「[图片]」「@全体成员 …」「好的👌」) are not the speech: removed as 聊天记录. A message
// that holds the text (a title, a heading, a paragraph) stays, its sender line gone. Only a text with
// three sender lines or more is a chat; a kept line stays as it stands. Pure; one pass over the lines.
import { REASON, type Line } from './lines.ts';
import { CLOSING_START, SALUTATION, SALUTATION_RUN_ON, charLength, numbered, titleLike } from './marks.ts';

const DATE = '(?:19|20)[0-9]{2}[-/.][0-9]{1,2}[-/.][0-9]{1,2}';
const TIME = '[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?';
/** 「周晓梅  2026/11/18 09:02:40」 (微信) or 「2026-11-18 9:02:40 周晓梅」 (QQ): a name without sentence marks. */
const SENDER = new RegExp(`^(?:[^。！？!?，,；;：:]{1,20}?[ \\u3000]+${DATE}[ \\u3000]+${TIME}|${DATE}[ \\u3000]+${TIME}[ \\u3000]+[^。！？!?，,；;：:]{1,20})$`);
/** 「—————  2026-11-18  —————」: the day's divider. */
const DIVIDER = new RegExp(`^[—\\-─━=]{2,}[ \\u3000]*(?:${DATE}|(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日)(?:[ \\u3000]*(?:星期|周)[一二三四五六日天])?[ \\u3000]*[—\\-─━=]{2,}$`);
/** The export's own lines at its head. */
const HEADER = /^与[“"「『].{1,40}[”"」』]的聊天记录$|^(?:聊天记录|消息记录)(?:[：:（(]|$)|^导出(?:时间|日期)[：:]|^消息(?:分组|对象)[：:]|^={5,}$/;
/** What the app writes for what is not text: 「[图片]」「[表情]」「[强]」, 「[文件] …」「[链接] …」. */
const TOKEN = /^(?:\[[^[\]\s]{1,6}\])+$|^\[(?:文件|链接|小程序|视频号|位置|名片|聊天记录|语音|视频|音乐)\]/;
/** How many sender lines make a text a chat. */
const SENDERS = 3;
/** The head of a chat export: its first lines. */
const HEAD_LINES = 5;

/** One line of talk: short, no heading, title, salutation or closing of a speech. */
function talk(t: string): boolean {
  if (TOKEN.test(t) || t.startsWith('@') || t.startsWith('＠')) return true;
  if (charLength(t) > 40 || numbered(t) || titleLike(t) || SALUTATION.test(t) || SALUTATION_RUN_ON.test(t) || CLOSING_START.test(t)) return false;
  return !/[。；;]$/.test(t) || charLength(t) <= 12;
}

/** A sender line is short and tells the time (a quick look before the pattern). */
const mayBeSender = (t: string) => t.length <= 60 && t.includes(':');

export function markChat(lines: Line[]): void {
  let senders = 0;
  for (const l of lines) if (mayBeSender(l.text) && SENDER.test(l.text) && ++senders >= SENDERS) break;
  if (senders < SENDERS) return;
  const mark = (l: Line) => {
    if (!l.kept) l.removed = REASON.chat;
  };
  let message: Line[] | undefined;
  const close = () => {
    // A message all of talk goes whole; in one holding text, only what the app wrote and the @-lines.
    if (message?.every((l) => talk(l.text))) message.forEach(mark);
    else message?.forEach((l) => (TOKEN.test(l.text) || l.text.startsWith('@') ? mark(l) : undefined));
    message = undefined;
  };
  lines.forEach((l, i) => {
    if (l.text === '') return;
    if (SENDER.test(l.text) || DIVIDER.test(l.text) || (i < HEAD_LINES && message === undefined && HEADER.test(l.text))) {
      close();
      mark(l);
      if (SENDER.test(l.text)) message = [];
      return;
    }
    if (!l.removed || l.removed === REASON.ad || l.removed === REASON.site) message?.push(l);
  });
  close();
}
