// A small streaming XML scanner for the parts of a .docx: elements, attributes and text, nothing
// more. No DTD, no custom entities (so no entity expansion bombs), no namespaces resolved — Word's
// prefixes (w:, mc:) are stable and compared as written.
import { isXmlChar } from '../../../core/doc/xml-text.ts';

export interface XmlHandler {
  open(name: string, attrs: Record<string, string>, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

const ATTR = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export function scanXml(xml: string, h: XmlHandler): void {
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) {
      if (i < n) h.text(decodeEntities(xml.slice(i)));
      return;
    }
    if (lt > i) h.text(decodeEntities(xml.slice(i, lt)));
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      h.text(xml.slice(lt + 9, end < 0 ? n : end));
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (xml.startsWith('<?', lt) || xml.startsWith('<!', lt)) {
      const end = xml.indexOf('>', lt + 2);
      i = end < 0 ? n : end + 1;
      continue;
    }
    const gt = tagEnd(xml, lt + 1);
    if (gt < 0) return;
    const body = xml.slice(lt + 1, gt);
    i = gt + 1;
    if (body.startsWith('/')) {
      h.close(body.slice(1).trim());
      continue;
    }
    const selfClosing = body.endsWith('/');
    const inner = selfClosing ? body.slice(0, -1) : body;
    const space = inner.search(/\s/);
    const name = space < 0 ? inner : inner.slice(0, space);
    // Attribute names come from the file: no prototype, so 「__proto__」 is an attribute like any other.
    const attrs: Record<string, string> = Object.create(null);
    if (space >= 0) {
      ATTR.lastIndex = 0;
      let m: RegExpExecArray | null;
      const rest = inner.slice(space);
      // eslint-disable-next-line wengao/no-user-key-index -- attrs has no prototype (above)
      while ((m = ATTR.exec(rest))) attrs[m[1]!] = decodeEntities(m[2] ?? m[3] ?? '');
    }
    h.open(name, attrs, selfClosing);
    if (selfClosing) h.close(name);
  }
}

/** The `>` closing a tag that starts at `from`, skipping `>` inside quoted attribute values. */
function tagEnd(xml: string, from: number): number {
  let quote = '';
  for (let i = from; i < xml.length; i++) {
    const c = xml[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i;
  }
  return -1;
}

// A Map, not an object literal: `&constructor;` must stay text, not become Object's source.
const NAMED = new Map([
  ['lt', '<'],
  ['gt', '>'],
  ['amp', '&'],
  ['quot', '"'],
  ['apos', "'"],
]);

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (all, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      // A reference to what XML cannot hold (&#xD800;, &#xFFFF;) is no character at all.
      return Number.isFinite(code) && code <= 0x10ffff && isXmlChar(code) ? String.fromCodePoint(code) : '';
    }
    return NAMED.get(e) ?? all;
  });
}

/** A small element tree, for the short parts (numbering.xml, styles.xml, relationships). */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
}

export function parseXmlTree(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  scanXml(xml, {
    open(name, attrs) {
      const el: XmlElement = { name, attrs, children: [] };
      stack[stack.length - 1]!.children.push(el);
      stack.push(el);
    },
    close() {
      if (stack.length > 1) stack.pop();
    },
    text() {},
  });
  return root;
}

export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el?.children.find((c) => c.name === name);
}

export function children(el: XmlElement | undefined, name: string): XmlElement[] {
  return el ? el.children.filter((c) => c.name === name) : [];
}

/**
 * All descendants named `name`, in document order. Iterative: a hostile part nests elements 10⁴
 * deep, which a recursive walk answers with 「Maximum call stack size exceeded」.
 */
export function descendants(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const stack: XmlElement[] = [...el.children].reverse();
  while (stack.length > 0) {
    const c = stack.pop()!;
    if (c.name === name) out.push(c);
    for (let i = c.children.length - 1; i >= 0; i--) stack.push(c.children[i]!);
  }
  return out;
}
