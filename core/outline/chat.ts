// A chat app's export (微信 on a PC, QQ) of a group where a speech was pasted message by message: the
// export's header (「与“…”的聊天记录」「导出时间：…」), the date dividers (「—— 2026-11-18 ——」),
// every message's sender line (「周晓梅  2026/11/18 09:02:40」) and the talk between the pasted
// pieces (「收到」「[图片]」「@全体成员 …」「好的👌」) are not the speech: removed as 聊天记录. A message
// that holds the text (a title, a heading, a paragraph) stays, its sender line gone. Only a text with
// three sender lines or more is a chat; a kept line stays as it stands. Pure; one pass over the lines.
import { REASON, type Line } from './lines.ts';
import { CLOSING_START, DATE_LINE, SALUTATION, SALUTATION_RUN_ON, SPEAKER_LINE, charLength, numbered, titleLike } from './marks.ts';

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

/** One line of talk: short, no heading, title, salutation or closing of a speech. */
function talk(t: string): boolean {
  if (TOKEN.test(t) || t.startsWith('@') || t.startsWith('＠')) return true;
  // (A speaker's line or a date line sent alone is the text's: 「镇长 许明辉」「（2026年4月28日）」.)
  if (charLength(t) > 40 || numbered(t) || titleLike(t) || SALUTATION.test(t) || SALUTATION_RUN_ON.test(t) || CLOSING_START.test(t) || SPEAKER_LINE.test(t) || DATE_LINE.test(t)) return false;
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
  /** Before the first message: the export's header, however many lines (a QQ export's runs to six or more). */
  let head = true;
  const close = () => {
    // A message all of talk goes whole; in one holding text, only what the app wrote and the @-lines.
    if (message?.every((l) => talk(l.text))) message.forEach(mark);
    else message?.forEach((l) => (TOKEN.test(l.text) || l.text.startsWith('@') ? mark(l) : undefined));
    message = undefined;
  };
  lines.forEach((l) => {
    if (l.text === '') return;
    if (SENDER.test(l.text) || DIVIDER.test(l.text) || (head && HEADER.test(l.text))) {
      close();
      mark(l);
      if (SENDER.test(l.text)) message = [];
      head &&= message === undefined;
      return;
    }
    // (A line of emoji alone, 「👍👍」, was taken for a separator: in a chat it is a reply.)
    if (!l.removed || l.removed === REASON.ad || l.removed === REASON.site || l.removed === REASON.rule) message?.push(l);
  });
  close();
  markFlow(lines);
}

/**
 * The blank lines between two messages, where only the chat's lines stand: the text runs on across
 * them as across a page's footer (join.ts), so a sentence the sender cut between two messages is one
 * paragraph again.
 */
function markFlow(lines: Line[]): void {
  let start = -1;
  let chat = false;
  lines.forEach((l, i) => {
    if (l.text === '' || l.removed === REASON.chat) {
      if (start < 0) start = i;
      chat ||= l.removed === REASON.chat;
      return;
    }
    if (chat) for (const b of lines.slice(start, i)) if (b.text === '' && !b.removed) b.flow = true;
    start = -1;
    chat = false;
  });
}
