// A WordprocessingML part as a tree that keeps everything needed to write it back: elements with
// their attributes in order, and text. Built on the library's scanner (no DTD, no entity
// expansion); comments and processing instructions are dropped and the XML declaration rewritten.
import { scanXml } from '../library/xml.ts';

export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: (XmlNode | string)[];
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export function parseXml(xml: string): XmlNode {
  const root: XmlNode = { name: '#document', attrs: {}, children: [] };
  const stack: XmlNode[] = [root];
  scanXml(xml, {
    open(name, attrs) {
      const el: XmlNode = { name, attrs, children: [] };
      stack[stack.length - 1]!.children.push(el);
      stack.push(el);
    },
    close() {
      if (stack.length > 1) stack.pop();
    },
    text(text) {
      stack[stack.length - 1]!.children.push(text);
    },
  });
  return root;
}

export function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;');
}

export function attrsXml(attrs: Record<string, string>): string {
  let out = '';
  for (const [k, v] of Object.entries(attrs)) out += ` ${k}="${escapeAttr(v)}"`;
  return out;
}

export function serialize(node: XmlNode | string): string {
  if (typeof node === 'string') return escapeText(node);
  if (node.name === '#document') return node.children.map(serialize).join('');
  if (node.children.length === 0) return `<${node.name}${attrsXml(node.attrs)}/>`;
  return `<${node.name}${attrsXml(node.attrs)}>${node.children.map(serialize).join('')}</${node.name}>`;
}

export function el(name: string, attrs: Record<string, string> = {}, children: (XmlNode | string)[] = []): XmlNode {
  return { name, attrs, children };
}

export function elements(node: XmlNode | undefined): XmlNode[] {
  return node ? (node.children.filter((c) => typeof c !== 'string') as XmlNode[]) : [];
}

export function childEl(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return elements(node).find((c) => c.name === name);
}

export function textOf(node: XmlNode): string {
  return node.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}

/** The first descendant named `name`, depth first. */
export function find(node: XmlNode, name: string): XmlNode | undefined {
  for (const c of elements(node)) {
    if (c.name === name) return c;
    const deep = find(c, name);
    if (deep) return deep;
  }
  return undefined;
}
