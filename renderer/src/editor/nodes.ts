// The editor's block and lead nodes. Numbers are never text: each numbered block gets its mark
// from the document model (marks.ts), written into a data-mark attribute that CSS shows before it.
// Each block keeps what it was in the DocModel (role, part, …) so that saving gives it back whole.
// No DOM type names here: the converter is also tested under Node.
import { $createHeadingNode } from '@lexical/rich-text';
import type { HeadingNode } from '@lexical/rich-text';
import type { HeadingTagType } from '@lexical/rich-text';
import { $getDocument, $getState, $setState, createState, ElementNode, ParagraphNode } from 'lexical';
import type { EditorConfig, LexicalNode, LexicalUpdateJSON, NodeKey, SerializedElementNode, SerializedParagraphNode, Spread } from 'lexical';
import type { HeadingLevel } from '../../../core/doc/model.ts';
import { decorate } from './text-nodes.ts';

export type SerializedLeadNode = Spread<{ level: number }, SerializedElementNode>;

/**
 * A run-in lead phrase at the start of a paragraph (「坚持常态化推进。」), optionally numbered like a
 * heading of its level. Inline, holding the lead's facts and text; typing at its start extends it,
 * typing at its end goes into the body.
 */
export class LeadNode extends ElementNode {
  __level: number;
  static override getType(): string {
    return 'lead';
  }
  static override clone(node: LeadNode): LeadNode {
    return new LeadNode(node.__level, node.__key);
  }
  constructor(level = 0, key?: NodeKey) {
    super(key);
    this.__level = level;
  }
  override createDOM(_config: EditorConfig) {
    const dom = ($getDocument() as unknown as { createElement(tag: string): ReturnType<ElementNode['createDOM']> }).createElement('span');
    decorate(dom, this.__level ? ['lead', `lead-l${this.__level}`] : ['lead']);
    return dom;
  }
  override updateDOM(prev: this): boolean {
    return prev.__level !== this.__level;
  }
  override isInline(): true {
    return true;
  }
  override canBeEmpty(): false {
    return false;
  }
  override canInsertTextBefore(): boolean {
    return true;
  }
  override canInsertTextAfter(): boolean {
    return false;
  }
  static override importJSON(json: SerializedLeadNode): LeadNode {
    return new LeadNode(json.level).updateFromJSON(json as LexicalUpdateJSON<SerializedElementNode>);
  }
  override exportJSON(): SerializedLeadNode {
    return { ...super.exportJSON(), type: 'lead', level: this.__level };
  }
  getLevel(): HeadingLevel | 0 {
    return this.getLatest().__level as HeadingLevel | 0;
  }
  setLevel(level: HeadingLevel | 0): this {
    const self = this.getWritable();
    self.__level = level;
    return self;
  }
}

export function $createLeadNode(level: HeadingLevel | 0 = 0): LeadNode {
  return new LeadNode(level);
}
export function $isLeadNode(node: LexicalNode | null | undefined): node is LeadNode {
  return node instanceof LeadNode;
}

/** What a block was in the DocModel, kept so that saving gives the same block back. */
export interface BlockMeta {
  /** salutation / closing of a speech; labelled line; a table kept whole. */
  kind?: 'salutation' | 'closing' | 'labelled' | 'table';
  /**
   * The block's own fields besides its type and text (seq, indent, role, part, label, style, and
   * whatever the DocModel schema adds), kept whole: a field the editor does not know survives it.
   */
  fields?: Readonly<Record<string, unknown>>;
  /** The table block as JSON (tables are shown read-only in the editor). */
  table?: string;
  /** A numbered item with no lead text (a long 「（一）……」 read in whole): its level, so it keeps its number. */
  numbered?: HeadingLevel;
}

export type SerializedDocParagraphNode = Spread<{ meta: BlockMeta }, SerializedParagraphNode>;

/** A paragraph that came from the DocModel (list item, labelled line, closing, a part's text …). */
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
    const f = m.fields ?? {};
    // A labelled line's style (ls-signature …): the paper sets the signatures as the .docx does.
    const style = m.kind === 'labelled' && typeof f.style === 'string' ? `ls-${f.style}` : '';
    const classes = [f.seq ? 'seq' : '', f.indent === false ? 'noindent' : '', m.kind ? `k-${m.kind}` : '', style].filter(Boolean);
    decorate(dom, classes, m.kind === 'labelled' && typeof f.label === 'string' ? { 'data-label': `${f.label}：` } : {});
    return dom;
  }
  override updateDOM(prev: ParagraphNode, dom: ReturnType<ParagraphNode['createDOM']>, config: EditorConfig): boolean {
    if ((prev as DocParagraphNode).__meta !== this.__meta) return true;
    return super.updateDOM(prev, dom, config);
  }
  static override importJSON(json: SerializedDocParagraphNode): DocParagraphNode {
    return new DocParagraphNode(json.meta).updateFromJSON(json as LexicalUpdateJSON<SerializedParagraphNode>);
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

/** What a heading was in the DocModel besides its level and text (role, part, …), kept whole. */
export type HeadingMeta = Readonly<Record<string, unknown>>;

/**
 * Kept on Lexical's own HeadingNode as node state (copied with the node, kept in history and in
 * Lexical's clipboard); null on a heading the user made.
 */
const headingMeta = createState('wengao-heading', { parse: (v): HeadingMeta | null => (v && typeof v === 'object' ? (v as HeadingMeta) : null) });

export function $createDocHeadingNode(level: HeadingLevel, meta: HeadingMeta): HeadingNode {
  return $setState($createHeadingNode(`h${level}` as HeadingTagType), headingMeta, meta);
}

export function $headingMeta(node: HeadingNode): HeadingMeta | null {
  return $getState(node, headingMeta);
}
