// The characters a .docx can carry. XML 1.0 (its Char production) cannot hold the C0 controls other
// than tab, line feed and carriage return, lone surrogates, or U+FFFE / U+FFFF: one of them in
// word/document.xml and Word and LibreOffice refuse the whole file. Text reaches an export from
// material (refused there, with its position: core/input/fields.ts), from the editor, from an
// imported file and from the 范文库; each boundary drops these characters with this one definition
// and says how many it dropped.

/** Whether a code point may appear in XML 1.0 text. */
export function isXmlChar(cp: number): boolean {
  return cp === 0x09 || cp === 0x0a || cp === 0x0d || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

// eslint-disable-next-line no-control-regex -- the control characters are what is matched
const NOT_XML = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// eslint-disable-next-line no-control-regex -- the control characters are what is matched
const MAYBE_NOT_XML = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF\uD800-\uDFFF]/;

/** `text` without the characters XML cannot hold, and how many were dropped. */
export function xmlSafe(text: string): { text: string; removed: number } {
  // Most texts hold none of the candidates: one scan for a character class, not the lookarounds at every position.
  if (!MAYBE_NOT_XML.test(text)) return { text, removed: 0 };
  let removed = 0;
  const clean = text.replace(NOT_XML, () => {
    removed++;
    return '';
  });
  return { text: clean, removed };
}

/**
 * Every string inside `value` (a DocModel, say) made XML-safe, and the number of characters
 * dropped in all. Unchanged parts are returned as they were, so a clean document costs one walk.
 */
export function xmlSafeDeep<T>(value: T): { value: T; removed: number } {
  let removed = 0;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      const r = xmlSafe(v);
      removed += r.removed;
      return r.text;
    }
    if (Array.isArray(v)) {
      const out = v.map(walk);
      return out.some((x, i) => x !== v[i]) ? out : v;
    }
    if (v && typeof v === 'object') {
      const entries = Object.entries(v);
      const out = entries.map(([k, x]) => [k, walk(x)] as const);
      return out.some(([, x], i) => x !== entries[i]![1]) ? Object.fromEntries(out) : v;
    }
    return v;
  };
  const out = walk(value) as T;
  return { value: out, removed };
}

/** What the user is told when characters were dropped. */
export function removedNote(removed: number): string {
  return `已去掉 ${removed} 个无法写入 Word 文件的字符（如 U+FFFF、不成对的代理字符或控制字符）`;
}

const ENTITY = new Map([
  ['&', '&amp;'],
  ['"', '&quot;'],
  ["'", '&apos;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
]);

/** XML-safe text (xmlSafe) as XML text or an attribute value: the five markup characters as entities, as docx writes them. */
export function xmlEscape(text: string): string {
  return /[&"'<>]/.test(text) ? text.replace(/[&"'<>]/g, (c) => ENTITY.get(c)!) : text;
}
