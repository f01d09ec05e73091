// Marks on one line of a copied text: Markdown (# headings, ** bold, > quotes, - lists, links), HTML
// left in the text (tags and character references), and a page number standing alone. Each is
// removed from the line and recorded.
import { INDENT, REASON, trimEnd, type Line } from './lines.ts';
import { HOLDS, lineFacts, mayHold } from './line-facts.ts';
import { CELL_SEPARATOR, numbered, titleLike } from './marks.ts';
import type { Removal } from './types.ts';

/** A page number on a line of its own: 「- 3 -」「— 3 —」「· 3 ·」「第3页 共8页」「3/8」「Page 3 of 8」「3」; a site's pager 「上一页 1 2 3 下一页」. */
const PAGE_NUMBER =
  /^(?:(?:首页|上一页|下一页|尾页|末页|\d{1,3})(?:[\s\u3000]+(?:首页|上一页|下一页|尾页|末页|\d{1,3}))+|[-—－–―~～·•・‧∙･]\s*\d{1,4}\s*[-—－–―~～·•・‧∙･]|第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?|共\s*\d{1,4}\s*页[,，\s]*第\s*\d{1,4}\s*页|\d{1,4}\s*[/／]\s*\d{1,4}|[Pp]age\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?|\d{1,3})$/;

/** HTML left in a copied text: tags of text formatting, and character references. */
const HTML_TAG = /<\/?(?:p|br|b|strong|em|i|u|span|div|font|h[1-6]|center|section|article|blockquote|li|ul|ol|sup|sub|a|img|details)(?:\s[^<>]{0,300})?\/?>/gi;
/** A 「<details>」 box's label on a line of its own. */
const SUMMARY_LINE = /^<summary(?:\s[^<>]{0,100})?>[^<>]{0,60}<\/summary>$/i;
const ENTITY = /&(?:nbsp|ensp|emsp|amp|lt|gt|quot|apos|ldquo|rdquo|lsquo|rsquo|mdash|hellip|middot|#\d{2,6}|#x[0-9a-f]{2,5});/gi;
const ENTITIES = new Map(Object.entries({ nbsp: ' ', ensp: ' ', emsp: '\u3000', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', hellip: '…', middot: '·' }));

function entity(ref: string): string {
  const name = ref.slice(1, -1).toLowerCase();
  if (name.startsWith('#')) {
    const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code < 0x110000 && !(code >= 0xd800 && code < 0xe000) ? String.fromCodePoint(code) : '';
  }
  return ENTITIES.get(name) ?? ref;
}

/** HTML tags and references left in a text (a page copied as source): out, the tags recorded. */
export function stripHtml(line: Line, removed: Removal[]): void {
  if (!mayHold(line.text, line.facts, HOLDS.html) || !/[<&]/.test(line.text)) return;
  // A folding box's label (「<summary>会议信息（点击展开）</summary>」): the page's widget, not text — the line goes whole.
  if (SUMMARY_LINE.test(line.text)) {
    line.removed = REASON.html;
    return;
  }
  const tags: string[] = [];
  const t = line.text.replace(HTML_TAG, (tag) => {
    tags.push(tag);
    return '';
  });
  if (tags.length) removed.push({ line: line.no, text: tags.join(''), reason: REASON.html });
  line.text = t.replace(ENTITY, entity).replace(INDENT, '');
  line.text = trimEnd(line.text);
  // (A reference decoded may have put in a character the facts say the line lacks: 「&#35;」 is 「#」.)
  if (line.facts !== undefined) line.facts = lineFacts(line.text);
}

/** Markdown marks: removed from the line, each recorded. */
// Made once: stripMarkdown runs on every line, and a literal inside it is a new RegExp at every call.
const THEMATIC_BREAK = /^(?:[-*_]\s*){3,}$|^\|?(?:\s*:?-{3,}:?\s*\|)+(?:\s*:?-{3,}:?\s*)?$/;
const BLOCK_MARK = /^(?:#{1,6}(?=[^#])\s*|>\s?|[-*+•]\s+)/;
const CLOSING_HASHES = /\s+#{1,6}$/;
const WHOLE_EMPHASIS = /^([*_])([^*_]{1,80})\1$/;
/** A note app's highlight 「==…==」 and footnote mark 「[^1]」 inside a line; a footnote's text 「[^1]: …」. */
const HIGHLIGHT = /==([^=\n]{1,200}?)==/g;
const FOOTNOTE_MARK = /\[\^[^\]\s]{1,20}\]/g;
const FOOTNOTE_TEXT = /^\[\^[^\]\s]{1,20}\]:/;

/**
 * A note app's tags (「#讲话稿 #创卫」, 「#讲话稿/2024」): a 「#」 and a word with no space between (a
 * Markdown heading's 「# 」 has one). Two or more make a line of their own; one or more end a line after
 * its text, a space before them.
 */
const TAG_LINE = /^#[^\s#]{1,20}(?:[\s\u3000]+#[^\s#]{1,20})+$/;
const TAGS_AFTER_TEXT = /(?<=\S)(?:[ \u3000]+#[^\s#0-9][^\s#]{0,19})+$/;

/** An emoji a note app (or a 公众号) sets before a title or a heading: 「📝 在…的讲话」「⭐ 一、…」. */
const EMOJI_MARK = /^(?:[\uD83C-\uD83E][\uDC00-\uDFFF]|[\u2600-\u27BF\u2B50-\u2B55])\uFE0F?[\s\u3000]*/;

/**
 * A bullet a Word outline or a 提纲 sets before its headings and points (「●一、今年防汛形势研判」「▲一是…」
 * 「■ 在…的讲话」): a list's mark, not text — else the heading is no heading and runs into the next line.
 * (A mark dressed on both sides, 「◆ 篇二 ◆」, is a piece mark: pieces.ts.)
 */
const BULLET = /^[\u25A0-\u25FF\u2022\u2605\u2606][\s\u3000]*/;
const POINT = /^[一二三四五六七八九十]{1,3}[是要]/;
const DRESSED_END = /[\u25A0-\u25FF\u2022\u2605\u2606]$/;

const LIST_MARK = /^[-*+•]/;
/** A to-do list's box after the item's mark: 「- [x] 讲话稿」「- [ ] 考核表」. */
const TASK_BOX = /^\[[ xX]\][\s\u3000]*/;
/** A Markdown table's row, its edges drawn: 「| 事项 | 责任人 | 时限 |」. */
const TABLE_EDGES = /^\|(.*\|.*)\|$/;

/**
 * A Markdown table's row: its edge pipes are marks (recorded), its cells are joined as every reader writes a
 * table's row (「事项 | 责任人 | 时限」, marks.ts CELL_SEPARATOR) — a row of its own, never a title or a heading.
 */
function tableCells(t: string, no: number, removed: Removal[]): string {
  const row = TABLE_EDGES.exec(t.trimEnd());
  if (!row) return t;
  const cells = row[1]!.split('|').map((c) => c.trim());
  if (cells.every((c) => c === '')) return t;
  removed.push({ line: no, text: '|', reason: REASON.markdown });
  return cells.join(CELL_SEPARATOR);
}

/** A list's item (its mark already cut): a line of its own, its to-do box (「[x] 」「[ ] 」) a mark. */
function listItem(line: Line, t: string, removed: Removal[]): string {
  line.item = true;
  const box = TASK_BOX.exec(t);
  if (!box) return t;
  removed.push({ line: line.no, text: box[0].trim(), reason: REASON.markdown });
  return t.slice(box[0].length);
}

export function stripMarkdown(line: Line, removed: Removal[]): void {
  let t = line.text;
  let first = t.charCodeAt(0);
  if (((first >= 0x25a0 && first <= 0x25ff) || first === 0x2022 || first === 0x2605 || first === 0x2606) && !DRESSED_END.test(t)) {
    const mark = BULLET.exec(t)!;
    const rest = t.slice(mark[0].length);
    if (numbered(rest) || titleLike(rest) || POINT.test(rest)) {
      removed.push({ line: line.no, text: mark[0].trim(), reason: REASON.markdown });
      t = rest;
      first = t.charCodeAt(0);
    }
  }
  if ((first >= 0xd83c && first <= 0xd83e) || (first >= 0x2600 && first <= 0x27bf) || (first >= 0x2b50 && first <= 0x2b55)) {
    const mark = EMOJI_MARK.exec(t)!;
    const rest = t.slice(mark[0].length);
    if (mark[0] !== '' && (numbered(rest) || titleLike(rest))) {
      removed.push({ line: line.no, text: mark[0].trim(), reason: REASON.noteApp });
      t = rest;
    }
  }
  // A line that goes whole: a rule, a page number, a footnote's text, a note's tags.
  const whole = THEMATIC_BREAK.test(t) ? REASON.markdown : PAGE_NUMBER.test(t) ? REASON.page : FOOTNOTE_TEXT.test(t) ? REASON.footnote : first === 0x23 && TAG_LINE.test(t) ? REASON.noteApp : undefined;
  if (whole) {
    line.removed = whole;
    return;
  }
  if (first === 0x7c) t = tableCells(t, line.no, removed);
  const head = BLOCK_MARK.exec(t);
  if (head) {
    removed.push({ line: line.no, text: head[0].trim(), reason: REASON.markdown });
    t = t.slice(head[0].length);
    if (LIST_MARK.test(head[0])) t = listItem(line, t, removed);
    // 「## 标题 ##」: the closing hashes of an ATX heading.
    const close = CLOSING_HASHES.exec(t);
    if (head[0].startsWith('#') && close) {
      removed.push({ line: line.no, text: close[0].trim(), reason: REASON.markdown });
      t = t.slice(0, close.index);
    }
  }
  // (Most lines hold none of the marks below: the facts made when the line was read say so.)
  if (mayHold(t, line.facts, HOLDS.markdown)) t = inlineMarks(line, t, removed);
  line.text = trimEnd(t.replace(INDENT, ''));
}

/**
 * A note vault's own syntax (Obsidian, Logseq): 「[[页面]]」「[[页面|显示的文字]]」 links read as the text they show,
 * 「![[图片.png]]」 embeds out, a 「%%…%%」 comment (the writer's own note) out, a block id 「 ^p10」 at a line's end out.
 */
const WIKI_LINK = /(!?)\[\[([^[\]|\n]{1,200})(?:\|([^[\]\n]{1,200}))?\]\]/g;
const VAULT_COMMENT = /%%[^%\n]{0,500}%%/g;
const BLOCK_ID = /[ \u3000]+\^[A-Za-z0-9-]{1,40}$/;
/** A footer of links to other notes: 「相关：[[…]] · [[…]]」 (what is left when its links are read). */
const LINKS_LINE = /^(?:相关|参见|另见|关联|链接|相关笔记|相关文档)[：:][\s\u3000]*(?:!?\[\[[^[\]\n]{1,200}\]\][\s\u3000·、，,|/]*)+$/;

function vaultMarks(line: Line, text: string, removed: Removal[]): string {
  let t = text;
  if (t.includes('%%')) t = t.replace(VAULT_COMMENT, (c) => (removed.push({ line: line.no, text: c, reason: REASON.note }), ''));
  if (t.includes('[[')) {
    if (LINKS_LINE.test(t.trim())) {
      removed.push({ line: line.no, text: t.trim(), reason: REASON.related });
      return '';
    }
    t = t.replace(WIKI_LINK, (all, embed: string, target: string, shown: string | undefined) => {
      removed.push({ line: line.no, text: embed || shown !== undefined ? all : '[[]]', reason: embed || shown !== undefined ? REASON.link : REASON.markdown });
      return embed ? '' : (shown ?? target);
    });
  }
  if (t.includes('^')) {
    const id = BLOCK_ID.exec(t);
    if (id) {
      removed.push({ line: line.no, text: id[0].trim(), reason: REASON.markdown });
      t = t.slice(0, id.index);
    }
  }
  return t;
}

/** The marks inside a line (after its block mark): note tags, emphasis, links, bold, highlights, footnote marks. */
function inlineMarks(line: Line, text: string, removed: Removal[]): string {
  let t = vaultMarks(line, text, removed);
  if (t.includes('#')) {
    const tags = TAGS_AFTER_TEXT.exec(t);
    if (tags) {
      removed.push({ line: line.no, text: tags[0].trim(), reason: REASON.noteApp });
      t = t.slice(0, tags.index);
    }
  }
  // 「*标题*」「_标题_」: a whole line in emphasis.
  const em = WHOLE_EMPHASIS.exec(t);
  if (em) {
    removed.push({ line: line.no, text: `${em[1]}${em[1]}`, reason: REASON.markdown });
    t = em[2]!;
  }
  if (t.includes('](')) {
    t = t.replace(/!?\[([^\]\n]{0,200})\]\(([^)\s]{1,500})\)/g, (all, label: string, url: string) => {
      removed.push({ line: line.no, text: all.startsWith('!') ? all : url, reason: REASON.link });
      return all.startsWith('!') ? '' : label;
    });
  }
  if (t.includes('**')) {
    t = t.replace(/\*\*/g, '');
    removed.push({ line: line.no, text: '**', reason: REASON.markdown });
  }
  if (t.includes('==')) t = t.replace(HIGHLIGHT, (_, inner: string) => {
    removed.push({ line: line.no, text: '==', reason: REASON.markdown });
    return inner;
  });
  if (t.includes('[^')) t = t.replace(FOOTNOTE_MARK, (mark) => {
    removed.push({ line: line.no, text: mark, reason: REASON.markdown });
    return '';
  });
  return t;
}
