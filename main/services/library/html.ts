// A web page saved from a browser (.html/.htm) → its text, one block a line, with the page's chrome
// — navigation, share bar, 上一篇/下一篇, comments, sidebar, copyright — listed as debris: each such
// region becomes one line of the text that the analysis removes and reports (so the user sees it,
// and can undo it, like any other removal).
//
// The article is found by Mozilla's Readability (the Firefox reader view) run on a linkedom DOM:
// every element is tagged with its index before, and the tags that come back in Readability's
// article say which elements of the page are the article. The page is then walked in order.
// Encoding: a byte-order mark, else the charset the page declares (GB2312/GBK pages are read as
// GB18030, their superset), else detected like a .txt (UTF-8, else GB18030).
import { decodeText, EMPTY, NOT_TEXT, UNKNOWN_ENCODING } from './decode.ts';
import { LibraryError, MAX_FILE_BYTES, tooLarge } from './errors.ts';
import type { ReadText } from './read-text.ts';

/** Elements whose content is never text: left out entirely. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'CANVAS', 'OBJECT', 'EMBED', 'HEAD', 'TITLE', 'META', 'LINK', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'IMG', 'VIDEO', 'AUDIO', 'MAP']);
/** Elements that end a line of text. */
const BLOCK = new Set([
  'P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'TABLE', 'TR', 'TD', 'TH', 'TBODY', 'THEAD', 'TFOOT', 'BLOCKQUOTE',
  'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'NAV', 'ASIDE', 'FORM', 'CENTER', 'PRE', 'ADDRESS', 'FIGURE', 'FIGCAPTION', 'HR', 'FIELDSET', 'BODY',
]);
const BOLD = new Set(['STRONG', 'B']);

const ATTR = 'data-wengao-i';

// The part of the DOM (linkedom's) this reader uses: the main process is type-checked without the DOM library.
interface DomNode {
  nodeType: number;
  textContent: string | null;
  childNodes: Iterable<DomNode> & ArrayLike<DomNode>;
}
interface El extends DomNode {
  tagName: string;
  parentElement: El | null;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  querySelectorAll(selector: string): Iterable<El> & ArrayLike<El>;
  contains(other: El): boolean;
}
interface Page {
  body: El | null;
  documentElement: El | null;
  toString(): string;
}

export const NO_ARTICLE = '网页中没有找到正文';

/** What a region of the page around the article is, from its element names, classes and text. */
function debrisReason(el: El, text: string): string {
  const names: string[] = [];
  for (let e: El | null = el; e && e.tagName !== 'BODY'; e = e.parentElement) {
    names.push(e.tagName, e.getAttribute('class') ?? '', e.getAttribute('id') ?? '');
  }
  const name = names.join(' ').toLowerCase();
  if (/上一篇|下一篇|上一页|下一页/.test(text) || /prev|next|pager|pagination/.test(name)) return '上一篇/下一篇';
  if (/comment|reply|评论|留言/.test(name) || /^(?:网友)?评论|发表评论|我要评论|网友评论/.test(text)) return '评论';
  if (/share|分享/.test(name) || /^分享到/.test(text)) return '分享';
  if (/copyright|版权所有|©|ICP备|备案号|主办单位|承办单位/i.test(text) || /\bfooter\b|\bfoot\b|copyright/.test(name)) return '版权声明';
  if (/\bnav|menu|breadcrumb|crumb|header|logo|topbar|\bhead\b/.test(name) || /当前位置|您的位置|首页/.test(text)) return '导航';
  if (/side|aside|related|recommend|hot|rank|推荐/.test(name) || /相关|推荐|热门|猜你喜欢/.test(text)) return '相关推荐';
  if (/发布(?:时间|日期)|来源[：:]|作者[：:]|(?:阅读|浏览|点击)(?:次数|量)?[：:]?\s*\d/.test(text)) return '来源';
  if (/打印|关闭窗口|收藏|字号/.test(text)) return '网站提示';
  return '网页其他内容';
}

export async function htmlToText(bytes: Uint8Array, declared?: string): Promise<ReadText> {
  const { html, encoding } = decodeHtml(bytes, declared);
  const { parseHTML } = await import('linkedom');
  const { Readability } = await import('@mozilla/readability');
  let document: Page;
  let root: El | null;
  try {
    document = (parseHTML(html) as unknown as { document: Page }).document;
    root = document.body ?? document.documentElement;
  } catch {
    // linkedom throws on a page without a root element it can use (found by fuzzing): a refusal.
    throw new LibraryError(NO_ARTICLE);
  }
  if (!root) throw new LibraryError(NO_ARTICLE);
  const all = Array.from(root.querySelectorAll('*'));
  all.forEach((el, i) => el.setAttribute(ATTR, String(i)));

  // Readability changes the document it reads: it reads a copy, and gives back its article's node.
  const copy = (parseHTML(document.toString()) as unknown as { document: Page }).document;
  let article: { title?: string | null; content?: El | null } | null;
  try {
    article = new Readability<El>(copy as never, { serializer: (n) => n as unknown as El, charThreshold: 200, keepClasses: true }).parse();
  } catch {
    // Readability gives up on some pages: then the whole page is text, and the cleaning does what it can.
    article = null;
  }
  const inArticle = new Set<El>();
  if (article?.content) {
    const ids = new Set<number>();
    for (const el of [article.content, ...Array.from(article.content.querySelectorAll(`[${ATTR}]`))]) {
      const at = el.getAttribute(ATTR);
      if (at !== null && /^\d+$/.test(at)) ids.add(Number(at));
    }
    for (const i of ids) if (all[i]) inArticle.add(all[i]!);
    // The page's title heading above the article (Readability keeps the title apart).
    const title = norm(article.title ?? '');
    for (const h of root.querySelectorAll('h1, h2')) {
      const t = norm(h.textContent ?? '');
      if (t && title && (title.includes(t) || t.includes(title))) {
        inArticle.add(h);
        break;
      }
    }
    const first = Math.min(...ids);
    if (Number.isFinite(first)) for (const el of headAbove(all, first, title)) inArticle.add(el);
  }
  const text = new PageText();
  walk(root, inArticle.size > 0 ? inArticle : null, text);
  const out = text.finish();
  if (out.text.trim() === '') throw new LibraryError(NO_ARTICLE);
  return { text: out.text, encoding, debris: out.debris };
}

const norm = (s: string) => s.replace(/[\s\u3000\p{P}]/gu, '');

/** The page as lines: article blocks as they stand, each region outside the article as one line of debris. */
class PageText {
  private readonly lines: string[] = [];
  private readonly debrisLines: { line: number; reason: string }[] = [];
  private current = '';

  inline(s: string): void {
    this.current += s;
  }

  /** Ends the current line; `blank`: a paragraph ends too (a blank line after it). */
  flush(blank: boolean): void {
    const t = this.current.replace(/[ \t\r\n\u00a0]+/g, ' ').trim();
    this.current = '';
    if (t) this.lines.push(t);
    if (blank && this.lines.length > 0 && this.lines.at(-1) !== '') this.lines.push('');
  }

  debris(text: string, reason: string): void {
    this.flush(true);
    const t = text.replace(/\s+/g, ' ').trim();
    if (!t) return;
    this.lines.push(t);
    this.debrisLines.push({ line: this.lines.length, reason });
    this.lines.push('');
  }

  finish(): { text: string; debris: { line: number; reason: string }[] } {
    this.flush(true);
    while (this.lines.at(-1) === '') this.lines.pop();
    return { text: this.lines.join('\n'), debris: this.debrisLines };
  }
}

/**
 * Walks the page in order. `article`: the elements Readability kept (null: no article found, the
 * whole page is text). An element outside the article that holds none of it is one region of
 * debris; one that holds part of it is walked into.
 */
function walk(el: El, article: Set<El> | null, out: PageText): void {
  const inside = article === null || within(el, article);
  if (!inside && !holds(el, article!)) {
    const text = visibleText(el);
    if (text.trim()) out.debris(text, debrisReason(el, text.trim()));
    return;
  }
  const block = BLOCK.has(el.tagName);
  // A layout table's cell of links (a portal's left column, 相关信息) or its breadcrumb, inside the article Readability took.
  const chrome = block && article !== null && inside ? chromeInside(el) : undefined;
  if (chrome) {
    out.debris(chrome.text, chrome.reason);
    return;
  }
  if (block) out.flush(true);
  // 「<p><strong>一、加强领导</strong>各单位要…」: a bold phrase opening a block without its own
  // full stop is a heading on a line of its own.
  const first = leadingBold(el);
  // A 文库 page draws a line as fragments placed one by one (「position:absolute; top:…」): a fragment
  // at another height starts a line, and the source's line breaks between fragments are no text.
  let top: number | undefined;
  // Text beside the article, its adjacent text nodes as one entry (「立即开通&gt;&gt;」 parses as three).
  let loose = '';
  const looseOut = () => {
    if (loose.trim()) out.debris(loose, debrisReason(el, loose));
    loose = '';
  };
  for (const node of el.childNodes) {
    if (node.nodeType === 3) {
      if (top !== undefined && !(node.textContent ?? '').trim()) continue;
      top = undefined;
      if (inside) out.inline(node.textContent ?? '');
      else loose += node.textContent ?? '';
      continue;
    }
    looseOut();
    if (node.nodeType !== 1) continue;
    const child = node as El;
    if (SKIP.has(child.tagName)) continue;
    const placed = placedTop(child);
    if (placed !== undefined && top !== undefined && Math.abs(placed - top) > 2) out.flush(false);
    top = placed;
    if (child.tagName === 'BR') {
      out.flush(false);
      continue;
    }
    if (!inside && !within(child, article!) && !holds(child, article!)) {
      const text = visibleText(child);
      if (text.trim()) out.debris(text, debrisReason(child, text.trim()));
      continue;
    }
    walk(child, article, out);
    if (child === first) out.flush(false);
  }
  looseOut();
  if (block) out.flush(true);
}

/** The height (px) an absolutely placed element is drawn at, if it is one. */
function placedTop(el: El): number | undefined {
  const style = el.getAttribute('style');
  if (!style || !/position\s*:\s*absolute/i.test(style)) return undefined;
  const m = /(?:^|;)\s*top\s*:\s*(-?[0-9.]+)px/i.exec(style);
  return m ? Number(m[1]) : undefined;
}

function within(el: El, article: Set<El>): boolean {
  for (let e: El | null = el; e; e = e.parentElement) if (article.has(e)) return true;
  return false;
}

function holds(el: El, article: Set<El>): boolean {
  for (const a of article) if (el.contains(a)) return true;
  return false;
}

/** The bold element that opens a block and reads as a heading of its own, if any. */
function leadingBold(el: El): El | undefined {
  if (!BLOCK.has(el.tagName)) return undefined;
  const first = Array.from(el.childNodes).find((n) => n.nodeType !== 3 || (n.textContent ?? '').trim() !== '');
  if (!first || first.nodeType !== 1 || !BOLD.has((first as El).tagName)) return undefined;
  const bold = (first.textContent ?? '').trim();
  const all = (el.textContent ?? '').trim();
  if (bold === all || bold === '' || /[。！？!?；;：:，,]$/.test(bold) || [...bold].length > 60) return undefined;
  return first as El;
}

/** An element's text with its blocks and line breaks as spaces. */
function visibleText(el: El): string {
  let out = '';
  const visit = (n: DomNode) => {
    if (n.nodeType === 3) out += n.textContent ?? '';
    else if (n.nodeType === 1) {
      const e = n as El;
      if (SKIP.has(e.tagName)) return;
      if (BLOCK.has(e.tagName) || e.tagName === 'BR') out += ' ';
      for (const c of e.childNodes) visit(c);
      if (BLOCK.has(e.tagName)) out += ' ';
    }
  };
  visit(el);
  return out;
}

// ── the article's title and head, chrome inside it ───────────────────────────────────────────

/** How many text blocks above the article its title and head (date, speaker) may take. */
const HEAD_BLOCKS = 4;
const OTHER = '网页其他内容';
const BREADCRUMB = /^(?:您现在的位置|您的位置|当前位置|现在位置|所在位置)[：:]/;
const HEAD_STOP = /[。！？!?；;]/;
/** A speaker's or date line under a title: 「县长 周启明」「（2025年4月3日）」「——在…上的讲话」, nothing of a site's (「VIP…￥9.9/月」). */
const HEAD_LINE = /^[\u4e00-\u9fa5\s\u3000（）()〇○0-9年月日—·]{2,30}$/;

/** A block with text and no block with text inside it: one line of the page. */
function leafBlock(el: El): boolean {
  if (!BLOCK.has(el.tagName) || !visibleText(el).trim()) return false;
  for (const d of Array.from(el.querySelectorAll('*'))) if (BLOCK.has(d.tagName) && visibleText(d).trim()) return false;
  return true;
}

/** Styled as a title: a heading element, bold throughout, or named so by its class. */
function titleStyled(el: El, text: string): boolean {
  if (/^H[1-6]$/.test(el.tagName) || /title|biaoti|\bbt\b/i.test(el.getAttribute('class') ?? '')) return true;
  const bold = Array.from(el.querySelectorAll('b, strong')).map((b) => visibleText(b)).join('');
  return norm(bold) === norm(text);
}

/**
 * The article's title and head lines right above what Readability took (a portal's title cell in a
 * layout table, outside the nested table of the paragraphs; the speaker's line under it): the
 * nearest text blocks above the article, up to the navigation, that say nothing of the site. The
 * title is the block the page's <title> names, else the one styled as a title; the blocks between it
 * and the article that are no field of the site's (发布日期、来源) come with it — a 「县长 周启明」 line.
 */
function headAbove(all: readonly El[], first: number, title: string): El[] {
  const leaves: { el: El; text: string; reason: string }[] = [];
  for (let i = first - 1, seen = 0; i >= 0 && leaves.length < HEAD_BLOCKS && seen < 200; i--, seen++) {
    const el = all[i]!;
    if (SKIP.has(el.tagName) || el.contains(all[first]!) || !leafBlock(el)) continue;
    const text = visibleText(el).replace(/\s+/g, ' ').trim();
    const reason = debrisReason(el, text);
    if ((reason !== OTHER && reason !== '来源') || [...text].length > 60) break;
    leaves.push({ el, text, reason });
  }
  const named = (t: string) => norm(t).length >= 6 && title.includes(norm(t));
  let at = leaves.findIndex((l) => l.reason === OTHER && named(l.text));
  if (at < 0) at = leaves.findLastIndex((l) => l.reason === OTHER && norm(l.text).length >= 6 && !HEAD_STOP.test(l.text) && titleStyled(l.el, l.text));
  if (at < 0) return [];
  return leaves.slice(0, at + 1).filter((l, k) => k === at || (l.reason === OTHER && HEAD_LINE.test(l.text))).map((l) => l.el);
}

/** Inside the article, a block that is the page's chrome: mostly links (a nav column, a 相关信息 list), or the breadcrumb. */
function chromeInside(el: El): { text: string; reason: string } | undefined {
  const text = visibleText(el).replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  if (BREADCRUMB.test(text) && [...text].length <= 80) return { text, reason: '导航' };
  const links = Array.from(el.querySelectorAll('a')).map((a) => norm(a.textContent ?? '')).filter((t) => t !== '');
  const all = norm(text).length;
  if (links.length < 2 || links.join('').length < LINK_SHARE * all) return undefined;
  // Two links (「[ 打印 ] [ 关闭 ]」) only when they say what they are: an article may link its two 附件.
  const reason = debrisReason(el, text);
  return links.length >= 3 || reason !== OTHER ? { text, reason } : undefined;
}

/** The share of a block's text in links that makes it the page's chrome. */
const LINK_SHARE = 0.6;

// ── encoding ───────────────────────────────────────────────────────────────────────────────────

/** The charset a page declares in its first bytes: <meta charset=…> or http-equiv Content-Type. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i.exec(head);
  return m?.[1]?.toLowerCase();
}

/** The WHATWG label for a declared charset we read, or undefined for one we cannot. */
function label(charset: string): string | undefined {
  const c = charset.toLowerCase();
  if (/^(?:gb2312|gbk|gb18030|x-gbk|cp936|euc-cn|hz-gb-2312|x-euc-cn|csgb2312|chinese)$/.test(c)) return 'gb18030';
  if (/^(?:utf-?8|unicode-1-1-utf-8)$/.test(c)) return 'utf-8';
  if (/^(?:big5|big5-hkscs|x-x-big5)$/.test(c)) return 'big5';
  return undefined;
}

function decodeHtml(bytes: Uint8Array, declared?: string): { html: string; encoding: string } {
  if (bytes.length === 0) throw new LibraryError(EMPTY);
  if (bytes.length > MAX_FILE_BYTES) throw tooLarge(bytes.length);
  const bom = bytes[0] === 0xef || bytes[0] === 0xff || bytes[0] === 0xfe;
  const charset = bom ? undefined : (declared ?? declaredCharset(bytes));
  const enc = charset ? label(charset) : undefined;
  if (enc && enc !== 'utf-8') {
    if (bytes.includes(0)) throw new LibraryError(NOT_TEXT);
    try {
      return { html: new TextDecoder(enc, { fatal: true }).decode(bytes), encoding: enc };
    } catch {
      // A page that says GB2312 and is in fact UTF-8 (a copy re-saved by an editor): detected below.
    }
  }
  if (charset && !enc && !/^(?:iso-8859-1|us-ascii|ascii|windows-1252)$/.test(charset)) {
    throw new LibraryError(`${UNKNOWN_ENCODING}：网页声明的编码为 ${charset}`);
  }
  const decoded = decodeText(bytes);
  return { html: decoded.text, encoding: decoded.encoding };
}
