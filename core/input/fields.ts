// Field types shared by the input schemas, hardened: every refusal carries its own Chinese message,
// so the path printed by index.ts plus this message tells the user exactly what to fix.
//
// Decisions (see also index.ts for the generic zod-issue messages):
// - Text is trimmed; a required text that is empty after trimming is refused (「不能为空」).
// - One text field holds at most MAX_TEXT_CHARS (2000) characters, counted in Unicode code points after
//   trimming. The longest real field is a paragraph of a hundred-odd characters; 2000 leaves room for a long
//   detail and still refuses a pasted file or a runaway 1 MB string before it reaches the drafting engine.
// - A list holds at most MAX_ITEMS (50) items: a speech has three to six tasks, minutes a dozen decisions.
// - Control characters are refused with their position (1-based, in the field as written, before trimming):
//   C0 controls other than tab / line feed / carriage return, DEL and the C1 range. They corrupt the .docx
//   XML and are invisible when pasted. Unpaired surrogates and U+FFFE/U+FFFF are refused for the same reason.
// - HTML: refused. These documents are plain prose for a printed page; a `<script` or an HTML tag in a field is
//   almost always a web fragment pasted by mistake, and silently keeping or stripping it would put markup (or
//   a hole) into an official document. So text containing `<script`, an HTML start/end tag such as `<p>`,
//   `</div>`, `<br/>`, `<a href=…>`, an HTML comment `<!--` or `<!DOCTYPE` is refused with 「不能包含 HTML 标记」.
//   Everything else stays allowed: 《》〈〉, “” ‘’ and ASCII quotes, and a bare `<` or `>` as in 「<5%」 or
//   「a > b」 (a tag needs `<`, an ASCII letter, then whitespace, `/` or `>`; 「<X区方案>」 is not a tag).
// - Dates are YYYY-MM-DD (trimmed), must exist in the calendar (2026-02-30 and 2025-02-29 are refused,
//   2028-02-29 is fine), and the year must lie in 1900–2100 to catch typos such as 0026 or 20026.
import { z } from 'zod';
import { isXmlChar } from '../doc/xml-text.ts';

export const MAX_TEXT_CHARS = 2000;
export const MAX_ITEMS = 50;
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

type Ctx = z.core.$RefinementCtx<string>;

function fail(ctx: Ctx, value: string, message: string): void {
  ctx.addIssue({ code: 'custom', message, input: value });
}

/** Number of Unicode code points (what a reader counts as characters), without building an array. */
export function charCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

function isControl(c: number): boolean {
  return (c <= 0x1f && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c <= 0x9f);
}

/** The first character the .docx writer cannot carry: position is 1-based in code points. */
export function findBadChar(s: string): { position: number; kind: 'control' | 'invalid' } | undefined {
  let position = 0;
  // for…of steps by code point; a lone surrogate comes out on its own.
  for (const ch of s) {
    position++;
    const c = ch.codePointAt(0)!;
    if (isControl(c)) return { position, kind: 'control' };
    if (!isXmlChar(c)) return { position, kind: 'invalid' };
  }
  return undefined;
}

const SCRIPT = /<\s*\/?\s*script\b[^<>]{0,40}>?/i;
const TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/i;
const HTML_MISC = /<!--|<!doctype\b/i;

/** The first piece of HTML markup in `s`, if any, with its 1-based code-point position. */
export function findHtml(s: string): { position: number; snippet: string } | undefined {
  let best: RegExpExecArray | null = null;
  for (const re of [SCRIPT, TAG, HTML_MISC]) {
    const m = re.exec(s);
    if (m && (best === null || m.index < best.index)) best = m;
  }
  if (best === null) return undefined;
  const raw = best[0];
  const snippet = charCount(raw) > 20 ? `${Array.from(raw).slice(0, 20).join('')}…` : raw;
  return { position: charCount(s.slice(0, best.index)) + 1, snippet };
}

function checkText(presence: 'required' | 'optional') {
  return (value: string, ctx: Ctx): void => {
    const trimmed = value.trim();
    const length = charCount(trimmed);
    if (length > MAX_TEXT_CHARS) {
      // Nothing else is worth reporting about a runaway string.
      fail(ctx, value, `过长：最多 ${MAX_TEXT_CHARS} 字，实际 ${length} 字`);
      return;
    }
    const bad = findBadChar(value);
    if (bad) {
      fail(ctx, value, bad.kind === 'control' ? `含有控制字符（第 ${bad.position} 个字符）` : `含有无效字符（第 ${bad.position} 个字符）`);
    }
    if (trimmed.length === 0) {
      const what = value.length === 0 ? '不能为空' : '不能为空（只有空白字符）';
      fail(ctx, value, presence === 'required' ? what : `${what}；如不需要，请删除此项`);
      return;
    }
    const html = findHtml(trimmed);
    if (html) fail(ctx, value, `不能包含 HTML 标记（第 ${html.position} 个字符起：${html.snippet}）`);
  };
}

/** Required prose: trimmed, non-empty, ≤ 2000 characters, no control characters, no HTML. */
export const text = z.string().superRefine(checkText('required')).trim();

/** Optional prose: may be absent. When present the same rules as `text` apply, so "" is refused too —
 *  an empty value is nearly always a template left unfilled; delete the field instead. */
export const optionalText = z.string().superRefine(checkText('optional')).trim().optional();

const DATE_FORMAT = /^(\d{4})-(\d{2})-(\d{2})$/;

function checkDate(value: string, ctx: Ctx): void {
  const s = value.trim();
  if (s.length === 0) {
    fail(ctx, value, '不能为空（应为 YYYY-MM-DD 格式的日期）');
    return;
  }
  const m = DATE_FORMAT.exec(s);
  if (!m) {
    const shown = charCount(s) > 20 ? `${Array.from(s).slice(0, 20).join('')}…` : s;
    fail(ctx, value, `应为 YYYY-MM-DD 格式的日期，例如 2026-12-31（实际为“${shown}”）`);
    return;
  }
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (y < MIN_YEAR || y > MAX_YEAR) {
    fail(ctx, value, `不是有效日期：年份 ${m[1]} 超出 ${MIN_YEAR}–${MAX_YEAR} 的范围`);
    return;
  }
  if (mo < 1 || mo > 12) {
    fail(ctx, value, `不是有效日期：没有${mo}月`);
    return;
  }
  if (d < 1) {
    fail(ctx, value, `不是有效日期：没有${mo}月${d}日`);
    return;
  }
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > days) {
    fail(ctx, value, `不是有效日期：${y}年${mo}月没有${d}日（该月只有 ${days} 天）`);
  }
}

/** A calendar date written YYYY-MM-DD. */
export const isoDate = z.string().superRefine(checkDate).trim();

/** A list of at most MAX_ITEMS items; add `.min(1)` where at least one is required. */
export function list<T extends z.ZodType>(item: T) {
  return z.array(item).max(MAX_ITEMS);
}
