// Punctuation: half-width marks in Chinese text, unmatched pairs, end marks on headings, doubled marks.
//
// A half-width mark is Chinese text only when a Chinese character (or a Chinese mark) touches it:
// never inside numbers (3.5, 1,000, 10:30), Latin text (e.g., Mac OS X), URLs and e-mail addresses,
// or a heading number (1.). Touched on both sides it is 错误 (「我们,要」); on one side 疑似 (「APEC,会议」).
import { parseMark } from './numbering.ts';
import { CN_DIGITS, finding, isChineseContext, isDigit, isHan, isLatin, q, type ParaFinding } from './util.ts';

const FULL = new Map(Object.entries({ ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）', '.': '。' }));
const PAIRS = new Map(Object.entries({ '“': '”', '《': '》', '（': '）', '【': '】', '‘': '’', '(': ')', '〔': '〕' }));
const CLOSERS = new Map([...PAIRS].map(([o, c]) => [c, o]));
/** Half- and full-width brackets pair with each other: 「(全角）」 is one mismatch, flagged once. */
const SAME = new Map([
  ['(', '（'],
  [')', '）'],
]);
const URL = /(?:https?|ftp):\/\/[^\s\u3000，。；、）》】“”]+|www\.[A-Za-z0-9./_%?=&#-]+|(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
/** A heading without 。 inside (a run-in lead 「（一）坚持常态化推进。各乡镇要…」 is a paragraph). */
const MAX_HEADING = 30;

/**
 * `next` is the paragraph that follows (the next one not blank), undefined at the end of the text:
 * a quotation of several paragraphs opens each with 「“」 and closes only the last (GB/T 15834).
 */
export function punctuationRule(text: string, heading: boolean, next?: string): ParaFinding[] {
  const out: ParaFinding[] = [];
  const skip: [number, number][] = [...text.matchAll(URL)].map((m) => [m.index, m.index + m[0].length]);
  const mark = parseMark(text);
  if (mark) skip.push([mark.at, mark.at + mark.text.length]);
  const skipped = (i: number) => skip.some(([a, b]) => i >= a && i < b);
  halfWidth(text, out, skipped);
  unmatched(text, out, skipped, next === undefined || OPENS_QUOTE.test(next));
  doubled(text, out);
  listComma(text, out);
  introColon(text, out);
  headingEnd(text, heading, mark !== undefined, out);
  return out;
}

const HALF = /[,;:?!()."]/g;
/** A question word in the clause before a 「?」: then it ends a question, and 「？」 is meant. */
const QUESTION = /(?:吗|呢|么|是否|怎|何|谁|哪|几|多少|难道|岂)[^，。；！？]*$/u;

/**
 * 「十三?五」: a half-width 「?」 between two Chinese characters, in no question, is what a character
 * lost in a conversion leaves behind (most often the 间隔号 「·」), not a question mark.
 */
function lostCharacter(text: string, i: number): ParaFinding {
  const numerals = CN_DIGITS.includes(text[i - 1]!) && CN_DIGITS.includes(text[i + 1]!);
  const message = `汉字之间的半角“?”多为转换时丢失的字符${numerals ? '（此处疑为间隔号“·”）' : ''}，请核对原文，不应改为问号`;
  return numerals ? finding('punctuation', '疑似', i, 1, 'punctuation:lost-character', message, '·') : finding('punctuation', '疑似', i, 1, 'punctuation:lost-character', message);
}
const PAIRED = /[“”《》（）【】‘’()〔〕]/g;

function halfWidth(text: string, out: ParaFinding[], skipped: (i: number) => boolean): void {
  let done = -1;
  let quotes = 0;
  for (const m of text.matchAll(HALF)) {
    const i = m.index;
    if (i <= done) continue;
    const c = text[i]!;
    if (c === '"') {
      const opening = quotes++ % 2 === 0;
      if (!skipped(i) && (isChineseContext(text[i - 1]) || isChineseContext(text[i + 1]))) {
        out.push(finding('punctuation', '疑似', i, 1, 'punctuation:half-quote', '中文中使用了半角引号，应使用全角引号', opening ? '“' : '”'));
      }
      continue;
    }
    const full = FULL.get(c);
    if (!full || skipped(i)) continue;
    if (c === '.') {
      let j = i;
      while (text[j] === '.') j++;
      if (j - i >= 2) {
        if (isChineseContext(text[i - 1]) || isChineseContext(text[j]) || j === text.length) {
          out.push(finding('punctuation', '提示', i, j - i, 'punctuation:ellipsis', '中文省略号应使用“……”', '……'));
        }
        done = j - 1;
        continue;
      }
    }
    const prev = text[i - 1];
    const next = text[i + 1];
    // Numbers: 3.5, 1,000, 10:30, 3:2; Latin: e.g., No.5, Mac OS X.
    if (isDigit(prev) && isDigit(next)) continue;
    if ((c === '.' || c === ':' || c === ',') && (isLatin(prev) || isDigit(prev)) && !isHan(next) && next !== undefined) continue;
    if (c === '.' && (isLatin(prev) || isDigit(prev) || isLatin(next) || isDigit(next))) continue;
    const before = isChineseContext(prev);
    const after = isChineseContext(next) || (next === undefined && before);
    if (c === '(' || c === ')') {
      // What the brackets hold (looked at over a short window, so that many brackets stay linear).
      const inner = c === '(' ? /^\(([^()]{0,40})\)/.exec(text.slice(i, i + 42))?.[1] : /\(([^()]{0,40})$/.exec(text.slice(Math.max(0, i - 41), i))?.[1];
      const innerHan = inner !== undefined && /\p{Script=Han}/u.test(inner);
      if (!(before || after || innerHan)) continue;
      out.push(finding('punctuation', '疑似', i, 1, 'punctuation:half-width', `中文中使用了半角括号${q(c)}，应为${q(full)}`, full));
      continue;
    }
    if (!before && !after) continue;
    if (c === '?' && isHan(prev) && isHan(next) && !QUESTION.test(text.slice(Math.max(0, i - 20), i))) {
      out.push(lostCharacter(text, i));
      continue;
    }
    const severity = before && after && c !== '.' ? '错误' : '疑似';
    out.push(finding('punctuation', severity, i, 1, 'punctuation:half-width', `中文中使用了半角标点${q(c)}，应为${q(full)}`, full));
  }
}

const OPENS_QUOTE = /^[\s\u3000]*“/u;

/**
 * Pairs left open or closed without an opener. `quoteGoesOn`: the text ends or the next paragraph
 * opens with 「“」 too, so a 「“」 opening this paragraph may close in a later one.
 */
function unmatched(text: string, out: ParaFinding[], skipped: (i: number) => boolean, quoteGoesOn: boolean): void {
  const stack: { c: string; at: number }[] = [];
  // How many of each opener are on the stack: a closer with none is unmatched without a search.
  const open = new Map<string, number>();
  const push = (c: string, at: number) => {
    stack.push({ c, at });
    open.set(c, (open.get(c) ?? 0) + 1);
  };
  for (const m of text.matchAll(PAIRED)) {
    const i = m.index;
    const c = m[0];
    if (skipped(i)) continue;
    if (PAIRS.has(c)) {
      // Single quotes are for a quotation inside a double one (GB/T 15834 4.4).
      if (c === '‘' && !open.get('“') && !isLatin(text[i - 1])) {
        out.push(finding('punctuation', '疑似', i, 1, 'punctuation:single-quote', '单引号只用于双引号内的引用，此处应使用双引号', '“'));
      }
      push(SAME.get(c) ?? c, i);
      continue;
    }
    const opener = CLOSERS.get(c);
    if (!opener) continue;
    if (c === '’' && isLatin(text[i - 1])) continue; // China’s: an apostrophe
    const want = SAME.get(opener) ?? opener;
    let k = -1;
    if (open.get(want)) for (k = stack.length - 1; stack[k]!.c !== want; k--);
    if (k < 0) {
      out.push(finding('punctuation', '疑似', i, 1, 'punctuation:unmatched', `${q(c)}没有与之配对的${q(want)}`));
      continue;
    }
    // Whatever was opened after the matching opener and is still open has no partner.
    stack.splice(k).forEach((s, n) => {
      open.set(s.c, open.get(s.c)! - 1);
      if (n > 0) flagOpen(s, out);
    });
  }
  const start = text.search(/[^\s\u3000]/u);
  for (const s of stack) if (!(quoteGoesOn && s.c === '“' && s.at === start)) flagOpen(s, out);
}

function flagOpen(s: { c: string; at: number }, out: ParaFinding[]): void {
  const close = PAIRS.get(s.c)!;
  out.push(finding('punctuation', '疑似', s.at, 1, 'punctuation:unmatched', `${q(s.c)}没有与之配对的${q(close === ')' ? '）' : close)}`));
}

function doubled(text: string, out: ParaFinding[]): void {
  for (const m of text.matchAll(/[，。、；：]{2,}/g)) {
    const run = m[0];
    if (/^(.)\1+$/u.test(run)) {
      out.push(finding('punctuation', '错误', m.index, run.length, 'punctuation:doubled', `标点重复：${q(run)}`, run[0]));
    } else {
      out.push(finding('punctuation', '疑似', m.index, run.length, 'punctuation:doubled', `标点连用：${q(run)}，请保留一个`));
    }
  }
}

/** 「加以研究、分析，解决，拿出…」: a 、 list whose last two-character item follows a ，. */
function listComma(text: string, out: ParaFinding[]): void {
  for (const m of text.matchAll(/、(\p{Script=Han}{2})，(\p{Script=Han}{2})(?=[，。；])/gu)) {
    const at = m.index + 1 + m[1]!.length;
    out.push(finding('punctuation', '疑似', at, 1, 'punctuation:list-comma', '并列词语之间应使用顿号“、”', '、'));
  }
}

/** 「主要表现在，一是……」: words that announce an enumeration take a colon (GB/T 15834-2011 4.5). */
function introColon(text: string, out: ParaFinding[]): void {
  for (const m of text.matchAll(/(?:表现在|体现在|主要有|如下|以下几点|以下几个方面)(，)(?=一是|一要|第一[，、]|首先[，、])/gu)) {
    const at = m.index + m[0].length - 1;
    out.push(finding('punctuation', '疑似', at, 1, 'punctuation:intro-colon', '引出下文的分项列举（一是……二是……），前面应使用冒号', '：'));
  }
}

function headingEnd(text: string, heading: boolean, numbered: boolean, out: ParaFinding[]): void {
  const t = text.trimEnd();
  if (!t.endsWith('。')) return;
  const body = t.slice(0, -1);
  const isHeading = heading || (numbered && [...t].length <= MAX_HEADING && !/[。！？；]/.test(body));
  if (!isHeading || body.includes('。')) return;
  out.push(finding('punctuation', '提示', t.length - 1, 1, 'punctuation:heading-end', '单独成行的标题末尾一般不加句号', ''));
}
