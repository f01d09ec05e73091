// The marks that separate the documents of a collection (「…会议记录（通用8篇）」 as 范文 sites and
// folders of old speeches hold them), read from one line of cleaned text (Markdown and HTML marks
// already stripped):
//
//   before a title   「篇一」「【篇二】」「第三篇：」「第 3 篇」「精选第5篇：」「范文一」「材料3：…」「（篇四）…」「之一」「（之二）」
//   alone, dressed   「◆ 篇二 ◆」「—— 第3篇 ——」
//   after a title    「…会议记录篇一」「…讲话稿（篇二）」「…发言 范文三」「…会议纪要【第四篇】」
//   numbered after a title naming its kind   「…会议记录（五）」「…讲话稿1」
//   a 汇编's part naming the kind of its pieces   「第一部分 领导讲话」「第三辑：会议纪要」 (a mark alone: `part`)
//
// The word before the number (篇/范文/材料/例文/样文/模板) makes a mark on its own; a bare number after
// a title only when the title ends with the name of a kind of document. Pure; every pattern is
// anchored and linear in the line.
import { charLength, frozen, headLike, lineMemo, titleLike } from './marks.ts';

const CN = '[一二三四五六七八九十]{1,3}';
const NUM = `(?:${CN}|[0-9０-９]{1,2})`;
/** 「篇一」「范文二」「精选范文（三）」「材料3」「第四篇」, optionally in brackets. */
const WORD_NUM = `(?:(?:篇|范文|参考范文|精选范文|材料|例文|样文|模板|范例)(?:${NUM}|[（(]${NUM}[）)])|(?:精选|推荐|热门|优秀|经典)?第[ \\u3000]?${NUM}[ \\u3000]?篇)`;
const OPEN = '[【\\[（(〔]';
const CLOSE = '[】\\]）)〕]';
/** 「之一」「（之二）」 before a title (a 选编 numbering its pieces so): only before one, never after (「…原因之一」). */
const SERIES = `之${CN}`;
/** 「讲话稿一：」「发言稿2：」 before a title: the kind of draft and its number, then a colon. */
const DRAFT_NUM = `(?:讲话稿|发言稿|讲稿)${NUM}(?=[：:])`;
const PREFIX = new RegExp(`^(?:${OPEN}(?:${WORD_NUM}|${SERIES})${CLOSE}|${WORD_NUM}|${SERIES}|${DRAFT_NUM})(?=$|[\\s\\u3000：:、.．—\\-]|(?<=${CLOSE}))`);
const SUFFIX = new RegExp(`[\\s\\u3000：:—\\-]*(?:${OPEN}${WORD_NUM}${CLOSE}|${WORD_NUM})$`);
/** 「（五）」「(5)」「五」「5」 after a title naming its kind. */
const SUFFIX_NUM = new RegExp(`[\\s\\u3000]*(?:${OPEN}${NUM}${CLOSE}|${NUM})$`);
const SEPARATOR = /^[\s\u3000：:、.．—-]+/;

export interface PieceMark {
  /** The mark as printed (removed from the text, and reported). */
  mark: string;
  /** The title on the same line, without the mark ('' when the line is the mark alone). */
  title: string;
  /** Whether the mark stood after the title. */
  after: boolean;
  /** A bare number after a title (「…会议记录（五）」): a mark only where the file has two or more. */
  weak?: boolean;
  /** A 汇编's part line (「第二部分 经验交流」): it stands between pieces and heads none of them. */
  part?: boolean;
}

/** What every mark holds: one of its words, or a number (in brackets or not) at the line's end.
 *  The end is read by its last two characters: a pattern anchored at the end is tried at every
 *  position of the line. */
const MARK_WORD = /[篇文料例板]/;
const NUMERALS = '一二三四五六七八九十0123456789０１２３４５６７８９';
function mayMark(line: string): boolean {
  if (MARK_WORD.test(line)) return true;
  let last = line[line.length - 1];
  if (last !== undefined && ')）】]〕'.includes(last)) last = line[line.length - 2];
  return last !== undefined && NUMERALS.includes(last);
}

/** The piece mark on a line, if it carries one. */
export function pieceMark(line: string): PieceMark | undefined {
  const memo = lineMemo()?.piece;
  if (!memo) return readPieceMark(line);
  let m = memo.get(line) as PieceMark | null | undefined;
  if (m === undefined) memo.set(line, (m = frozen(readPieceMark(line))));
  return m ?? undefined;
}

/** A mark alone set between symbols or rules, as a 范文 site or a 文库 page dresses it: 「◆ 篇二 ◆」「—— 第3篇 ——」「★范文四★」. */
const DRESSED = /^(?:[◆◇■□●○★☆▲△▼▽◎※♦❖✦✧]+|[-—=~～]{2,})[ \u3000]*(.{2,8}?)[ \u3000]*(?:[◆◇■□●○★☆▲△▼▽◎※♦❖✦✧]+|[-—=~～]{2,})?$/;

/**
 * 「第一部分 领导讲话」「第二部分：经验交流」「第三辑 会议纪要」: a 汇编's part, named by the kind of
 * material it groups (never a speech's own part, 「第一部分 过去一年工作回顾」, which names what it says).
 */
const PART = new RegExp(
  `^第${NUM}(?:部分|辑|编)[\\s\\u3000：:、.．—\\-]*(?:领导|重要|主要|大会|典型|经验|代表|书面|会议|工作|政策|参阅|其他|有关)?(?:讲话|讲话稿|致辞|发言|交流|交流发言|发言材料|交流材料|经验交流|经验材料|典型材料|纪要|记录|材料|文件|报告|汇报|总结|批示|附件|附录|主持词)$`,
);

function readPieceMark(line: string): PieceMark | undefined {
  if (PART.test(line)) return { mark: line, title: '', after: false, part: true };
  const dressed = DRESSED.exec(line);
  if (dressed) {
    const inner = readPieceMark(dressed[1]!);
    return inner && !inner.title ? { mark: line, title: '', after: false } : undefined;
  }
  const pre = PREFIX.exec(line);
  if (pre) {
    const rest = line.slice(pre[0].length);
    const title = rest.replace(SEPARATOR, '');
    // After 「材料3：」 a sentence is a label's content, not a document's start; after 「篇一：」 the
    // first sentence of the document may run on (「篇一：会议时间：…」).
    if (title && /材料|稿/.test(pre[0]) && !headLike(title) && !titleLike(title)) return undefined;
    return { mark: line.slice(0, line.length - title.length), title, after: false };
  }
  // A mark after a title is on a short line: a paragraph is never scanned.
  if (line.length > 140 || charLength(line) > 70 || !mayMark(line) || !headLike(line)) return undefined;
  const post = SUFFIX.exec(line);
  if (post && post.index > 0) {
    const title = line.slice(0, post.index).trimEnd();
    if (charLength(title) >= 2) return { mark: line.slice(post.index), title, after: true };
  }
  const num = SUFFIX_NUM.exec(line);
  if (num && num.index > 0) {
    const title = line.slice(0, num.index).trimEnd();
    if (titleLike(title) && !/[0-9０-９]$/.test(title)) return { mark: line.slice(num.index), title, after: true, weak: true };
  }
  return undefined;
}

/** Whether a line carries a piece mark. */
export function isPiece(line: string): boolean {
  return pieceMark(line) !== undefined;
}
