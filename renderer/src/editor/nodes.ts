// Custom Lexical nodes. Numbers are never text: headings and numbered leads get their marks from
// CSS counters (styles.css), so moving, adding or deleting a heading renumbers at once.
// No DOM type names here: the converter is also tested under Node.
import { $createTextNode, $isTextNode, ParagraphNode, TextNode } from 'lexical';
import type { EditorConfig, LexicalNode, NodeKey, SerializedParagraphNode, SerializedTextNode, Spread } from 'lexical';
import type { HeadingLevel } from '../../../core/doc/model.ts';

/** The few DOM calls the nodes make, typed structurally so that this file also checks under Node. */
interface Decoratable {
  classList: { add(...names: string[]): void };
  setAttribute(name: string, value: string): void;
}
function decorate(dom: unknown, classes: string[], attrs: Record<string, string> = {}): void {
  const el = dom as Decoratable;
  if (classes.length) el.classList.add(...classes);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
}

/** A run-in lead phrase at the start of a paragraph (「坚持常态化推进。」), optionally numbered. */
export type SerializedLeadNode = Spread<{ level: number }, SerializedTextNode>;

export class LeadNode extends TextNode {
  __level: number;
  static override getType(): string {
    return 'lead';
  }
  static override clone(node: LeadNode): LeadNode {
    return new LeadNode(node.__text, node.__level, node.__key);
  }
  constructor(text = '', level = 0, key?: NodeKey) {
    super(text, key);
    this.__level = level;
  }
  override createDOM(config: EditorConfig) {
    const dom = super.createDOM(config);
    decorate(dom, this.__level ? ['lead', `lead-l${this.__level}`] : ['lead']);
    return dom;
  }
  override updateDOM(prev: this, dom: ReturnType<TextNode['createDOM']>, config: EditorConfig): boolean {
    if (prev.__level !== this.__level) return true;
    return super.updateDOM(prev, dom, config);
  }
  static override importJSON(json: SerializedLeadNode): LeadNode {
    return $createLeadNode(json.text, json.level as HeadingLevel | 0).updateFromJSON(json);
  }
  override exportJSON(): SerializedLeadNode {
    return { ...super.exportJSON(), type: 'lead', level: this.__level };
  }
  getLevel(): HeadingLevel | 0 {
    return this.getLatest().__level as HeadingLevel | 0;
  }
}

export function $createLeadNode(text: string, level: HeadingLevel | 0 = 0): LeadNode {
  return new LeadNode(text, level);
}
export function $isLeadNode(node: LexicalNode | null | undefined): node is LeadNode {
  return node instanceof LeadNode;
}

/** A 【待补充：…】 gap the author still has to fill: highlighted. */
export class GapNode extends TextNode {
  static override getType(): string {
    return 'gap';
  }
  static override clone(node: GapNode): GapNode {
    return new GapNode(node.__text, node.__key);
  }
  override createDOM(config: EditorConfig) {
    const dom = super.createDOM(config);
    decorate(dom, ['gap']);
    return dom;
  }
  static override importJSON(json: SerializedTextNode): GapNode {
    return new GapNode(json.text).updateFromJSON(json);
  }
  override exportJSON(): SerializedTextNode {
    return { ...super.exportJSON(), type: 'gap' };
  }
}
export function $isGapNode(node: LexicalNode | null | undefined): node is GapNode {
  return node instanceof GapNode;
}

export const GAP_RE = /【待补充[^】]*】/;

/** Splits 【待补充…】 out of plain text nodes into GapNodes; a gap edited away becomes text again. */
export function $gapTransform(node: TextNode): void {
  if ($isLeadNode(node)) return;
  const text = node.getTextContent();
  if ($isGapNode(node)) {
    const m = GAP_RE.exec(text);
    if (!m || m[0] !== text) {
      const plain = $createTextNode(text);
      plain.setFormat(node.getFormat());
      node.replace(plain);
    }
    return;
  }
  if (!$isTextNode(node) || !node.isSimpleText()) return;
  const m = GAP_RE.exec(text);
  if (!m) return;
  const start = m.index;
  const end = start + m[0].length;
  const parts = node.splitText(...[start, end].filter((i) => i > 0 && i < text.length));
  const target = parts.find((p) => p.getTextContent() === m[0]);
  if (target && !$isGapNode(target)) {
    const gap = new GapNode(m[0]);
    gap.setFormat(target.getFormat());
    target.replace(gap);
  }
}

/** What a paragraph was in the DocModel, kept so that saving gives the same kind of block back. */
export interface BlockMeta {
  /** salutation / closing of a speech; labelled line; a table kept whole; a numbered list item. */
  kind?: 'salutation' | 'closing' | 'labelled' | 'table';
  seq?: 'cn';
  indent?: boolean;
  role?: string;
  part?: number;
  label?: string;
  style?: string;
  /** The table block as JSON (tables are shown read-only in the editor). */
  table?: string;
}

export type SerializedDocParagraphNode = Spread<{ meta: BlockMeta }, SerializedParagraphNode>;

/** A paragraph with a role the plain ParagraphNode cannot hold (list item, labelled line, closing…). */
export class DocParagraphNode extends ParagraphNode {
  __meta: BlockMeta;
  static override getType(): string {
    return 'doc-paragraph';
  }
  static override clone(node: DocParagraphNode): DocParagraphNode {
    return new DocParagraphNode(node.__meta, node.__key);
  }
  constructor(meta: BlockMeta = {}, key?: NodeKey) {
    super(key);
    this.__meta = meta;
  }
  override createDOM(config: EditorConfig) {
    const dom = super.createDOM(config);
    const m = this.__meta;
    const classes = [m.seq ? 'seq' : '', m.indent === false ? 'noindent' : '', m.kind ? `k-${m.kind}` : ''].filter(Boolean);
    decorate(dom, classes, m.kind === 'labelled' && m.label ? { 'data-label': `${m.label}：` } : {});
    return dom;
  }
  override updateDOM(prev: ParagraphNode, dom: ReturnType<ParagraphNode['createDOM']>, config: EditorConfig): boolean {
    if ((prev as DocParagraphNode).__meta !== this.__meta) return true;
    return super.updateDOM(prev, dom, config);
  }
  static override importJSON(json: SerializedDocParagraphNode): DocParagraphNode {
    return new DocParagraphNode(json.meta).updateFromJSON(json);
  }
  override exportJSON(): SerializedDocParagraphNode {
    return { ...super.exportJSON(), type: 'doc-paragraph', meta: this.__meta };
  }
  getMeta(): BlockMeta {
    return this.getLatest().__meta;
  }
}

export function $createDocParagraphNode(meta: BlockMeta): DocParagraphNode {
  return new DocParagraphNode(meta);
}
export function $isDocParagraphNode(node: LexicalNode | null | undefined): node is DocParagraphNode {
  return node instanceof DocParagraphNode;
}
