// The text of the draft keeps what each run of the DocModel carries besides its text: a fact keeps
// the input field it came from (`src`), a 【待补充：…】 gap whatever marks its kind. So a draft goes
// through the editor and back unchanged, and the editor can show where a figure came from.
// A fact the user edits is a fact no longer: it becomes plain text (and loses its underline).
// No DOM type names here: the converter is also tested under Node.
import { $createTextNode, $isTextNode, TextNode } from 'lexical';
import type { EditorConfig, LexicalNode, LexicalUpdateJSON, NodeKey, SerializedTextNode, Spread } from 'lexical';
import type { Run } from '../../../core/doc/model.ts';

/** Everything a run carries besides its text. */
export type RunAttrs = Omit<Run, 'text'>;

/** The few DOM calls the nodes make, typed structurally so that this file also checks under Node. */
interface Decoratable {
  classList: { add(...names: string[]): void };
  setAttribute(name: string, value: string): void;
}
export function decorate(dom: unknown, classes: string[], attrs: Record<string, string> = {}): void {
  const el = dom as Decoratable;
  if (classes.length) el.classList.add(...classes);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
}

export const GAP_RE = /【待补充[^】]*】/;

export type SerializedFactNode = Spread<{ attrs: RunAttrs; origin: string }, SerializedTextNode>;

/** A fact from the material: its text as drafted (`origin`) and its source field. */
export class FactNode extends TextNode {
  __attrs: RunAttrs;
  __origin: string;
  static override getType(): string {
    return 'fact';
  }
  static override clone(node: FactNode): FactNode {
    return new FactNode(node.__text, node.__attrs, node.__origin, node.__key);
  }
  constructor(text = '', attrs: RunAttrs = {}, origin = text, key?: NodeKey) {
    super(text, key);
    this.__attrs = attrs;
    this.__origin = origin;
  }
  override createDOM(config: EditorConfig) {
    const dom = super.createDOM(config);
    decorate(dom, ['fact'], this.__attrs.src ? { 'data-src': this.__attrs.src } : {});
    return dom;
  }
  override updateDOM(prev: this, dom: ReturnType<TextNode['createDOM']>, config: EditorConfig): boolean {
    if (prev.__attrs !== this.__attrs) return true;
    return super.updateDOM(prev, dom, config);
  }
  // Typing next to a fact goes beside it, not into it.
  override canInsertTextBefore(): boolean {
    return false;
  }
  override canInsertTextAfter(): boolean {
    return false;
  }
  static override importJSON(json: SerializedFactNode): FactNode {
    return new FactNode(json.text, json.attrs, json.origin).updateFromJSON(json as LexicalUpdateJSON<SerializedTextNode>);
  }
  override exportJSON(): SerializedFactNode {
    return { ...super.exportJSON(), type: 'fact', attrs: this.__attrs, origin: this.__origin };
  }
  getAttrs(): RunAttrs {
    return this.getLatest().__attrs;
  }
}

export function $isFactNode(node: LexicalNode | null | undefined): node is FactNode {
  return node instanceof FactNode;
}

export type SerializedGapNode = Spread<{ attrs: RunAttrs }, SerializedTextNode>;

/** A 【待补充：…】 gap the author still has to fill: highlighted. */
export class GapNode extends TextNode {
  __attrs: RunAttrs;
  static override getType(): string {
    return 'gap';
  }
  static override clone(node: GapNode): GapNode {
    return new GapNode(node.__text, node.__attrs, node.__key);
  }
  constructor(text = '', attrs: RunAttrs = {}, key?: NodeKey) {
    super(text, key);
    this.__attrs = attrs;
  }
  override createDOM(config: EditorConfig) {
    const dom = super.createDOM(config);
    decorate(dom, ['gap']);
    return dom;
  }
  override canInsertTextBefore(): boolean {
    return false;
  }
  override canInsertTextAfter(): boolean {
    return false;
  }
  static override importJSON(json: SerializedGapNode): GapNode {
    return new GapNode(json.text, json.attrs ?? {}).updateFromJSON(json as LexicalUpdateJSON<SerializedTextNode>);
  }
  override exportJSON(): SerializedGapNode {
    return { ...super.exportJSON(), type: 'gap', attrs: this.__attrs };
  }
  getAttrs(): RunAttrs {
    return this.getLatest().__attrs;
  }
}

export function $isGapNode(node: LexicalNode | null | undefined): node is GapNode {
  return node instanceof GapNode;
}

/** The node for a run: a fact, a gap, or plain text. */
export function $runNode(run: Run): TextNode {
  const { text, ...attrs } = run;
  if (GAP_RE.exec(text)?.[0] === text) return new GapNode(text, attrs);
  if (Object.keys(attrs).length) return new FactNode(text, attrs);
  return $createTextNode(text);
}

/** The run a text node stands for. */
export function runOf(node: TextNode): Run {
  const text = node.getTextContent();
  if ($isFactNode(node) || $isGapNode(node)) return { text, ...node.getAttrs() };
  return { text };
}

/** Replaces a fact or gap node by plain text with the same format (and keeps the caret in it). */
function $toPlain(node: TextNode): TextNode {
  const plain = $createTextNode(node.getTextContent());
  plain.setFormat(node.getFormat());
  plain.setStyle(node.getStyle());
  node.replace(plain, false);
  return plain;
}

/** A fact whose text is no longer the drafted one was edited by the user: plain text from now on. */
export function $factTransform(node: FactNode): void {
  if (node.getTextContent() !== node.__origin) $toPlain(node);
}

/** Splits 【待补充…】 out of plain text nodes into GapNodes; a gap edited away becomes text again. */
export function $gapTransform(node: TextNode): void {
  const text = node.getTextContent();
  if ($isGapNode(node)) {
    if (GAP_RE.exec(text)?.[0] !== text) $toPlain(node);
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
