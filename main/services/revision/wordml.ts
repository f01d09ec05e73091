// Paragraphs of WordprocessingML as sequences of atoms: one atom per character of text, tab, line
// break or other run content, each with the run properties it is set in. The revision export
// compares two exports atom by atom and writes the differences back as runs.
import { childEl, el, elements, type XmlNode } from './xml-tree.ts';

export interface Atom {
  /** One code point: a character of w:t, '\t' for w:tab, U+2028 for w:br, U+FFFC for anything else. */
  ch: string;
  rPr: XmlNode | undefined;
  /** The run content element for anything that is not text (w:tab, w:br, …). */
  node?: XmlNode;
  /** `node` stands directly in the paragraph, not in a run (a bookmark, a field). */
  bare?: boolean;
}

export interface Para {
  pPr: XmlNode | undefined;
  atoms: Atom[];
}

export const LINE_BREAK = '\u2028';
const OBJECT = '\ufffc';

/** The atoms of a w:p written by our exporter (runs directly under the paragraph). */
export function readPara(p: XmlNode): Para {
  const atoms: Atom[] = [];
  let pPr: XmlNode | undefined;
  for (const c of elements(p)) {
    if (c.name === 'w:pPr') {
      pPr = c;
      continue;
    }
    if (c.name !== 'w:r') {
      atoms.push({ ch: OBJECT, rPr: undefined, node: c, bare: true });
      continue;
    }
    const rPr = childEl(c, 'w:rPr');
    for (const part of elements(c)) {
      if (part.name === 'w:rPr') continue;
      if (part.name === 'w:t') {
        const text = part.children.filter((x): x is string => typeof x === 'string').join('');
        for (const ch of text) atoms.push({ ch, rPr });
      } else {
        atoms.push({ ch: part.name === 'w:tab' ? '\t' : part.name === 'w:br' ? LINE_BREAK : OBJECT, rPr, node: part });
      }
    }
  }
  return { pPr, atoms };
}

export function paraText(p: Para): string {
  return p.atoms.map((a) => a.ch).join('');
}

/** Serialised properties for comparison: rsid attributes (edit session ids) do not count. */
export function propsKey(node: XmlNode | undefined): string {
  if (!node) return '';
  const attrs = Object.entries(node.attrs)
    .filter(([k]) => !/^w:rsid/.test(k))
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
  return `<${node.name} ${attrs}>${elements(node).map(propsKey).join('')}</>`;
}

/** A run holding atoms that share their properties; text goes in `textElement` (w:t, or w:delText when deleted). */
export function runOf(atoms: readonly Atom[], rPr: XmlNode | undefined, textElement: 'w:t' | 'w:delText'): XmlNode {
  const children: XmlNode[] = [];
  if (rPr) children.push(rPr);
  let text = '';
  const flush = () => {
    if (text) children.push(el(textElement, { 'xml:space': 'preserve' }, [text]));
    text = '';
  };
  for (const a of atoms) {
    if (a.node) {
      flush();
      children.push(a.node);
    } else text += a.ch;
  }
  flush();
  return el('w:r', {}, children);
}
