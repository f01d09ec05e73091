// DocModel ⇄ Lexical editor state. Pure: call inside editor.update / editorState.read.
// The editor holds the body (salutation, blocks, closing); the title and head lines stay in the
// DocModel and are shown above it. Heading numbers are never text (see numbering in styles.css).
import { $createHeadingNode, $isHeadingNode, HeadingNode } from '@lexical/rich-text';
import type { HeadingTagType } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot, $isElementNode, $isParagraphNode } from 'lexical';
import type { ElementNode, Klass, LexicalNode } from 'lexical';
import type { Block, DocModel, HeadingLevel, Role, Run } from '../../../core/doc/model.ts';
import { runsText } from '../../../core/doc/text.ts';
import { $createDocParagraphNode, $createLeadNode, $isDocParagraphNode, $isLeadNode, DocParagraphNode, GAP_RE, GapNode, LeadNode } from './nodes.ts';
import type { BlockMeta } from './nodes.ts';

export const EDITOR_NODES: Klass<LexicalNode>[] = [HeadingNode, LeadNode, GapNode, DocParagraphNode];

function $appendText(el: ElementNode, text: string): void {
  if (!text) return;
  // Split out 【待补充…】 gaps so they show highlighted from the start.
  let rest = text;
  for (let m = GAP_RE.exec(rest); m; m = GAP_RE.exec(rest)) {
    if (m.index > 0) el.append($createTextNode(rest.slice(0, m.index)));
    el.append(new GapNode(m[0]));
    rest = rest.slice(m.index + m[0].length);
  }
  if (rest) el.append($createTextNode(rest));
}

function $blockNode(block: Block): ElementNode {
  switch (block.type) {
    case 'heading': {
      const h = $createHeadingNode(`h${block.level}` as HeadingTagType);
      $appendText(h, runsText(block.runs));
      return h;
    }
    case 'paragraph': {
      const meta: BlockMeta = {};
      if (block.seq) meta.seq = block.seq;
      if (block.indent === false) meta.indent = false;
      if (block.role) meta.role = block.role;
      if (block.part !== undefined) meta.part = block.part;
      const p = $createDocParagraphNode(meta);
      if (block.lead) p.append($createLeadNode(runsText(block.lead.runs), block.lead.level ?? 0));
      $appendText(p, runsText(block.runs));
      return p;
    }
    case 'labelled': {
      const meta: BlockMeta = { kind: 'labelled', label: block.label, style: block.style, indent: false };
      if (block.role) meta.role = block.role;
      const p = $createDocParagraphNode(meta);
      $appendText(p, runsText(block.runs));
      return p;
    }
    case 'table': {
      const p = $createDocParagraphNode({ kind: 'table', table: JSON.stringify(block), indent: false });
      p.append($createTextNode([block.header.join('　'), ...block.rows.map((r) => r.map(runsText).join('　'))].join(' ／ ')));
      return p;
    }
  }
}

/** Replaces the editor's content with the body of `doc`. */
export function $docToRoot(doc: DocModel): void {
  const root = $getRoot();
  root.clear();
  if (doc.salutation) {
    const p = $createDocParagraphNode({ kind: 'salutation', indent: false });
    $appendText(p, runsText(doc.salutation));
    root.append(p);
  }
  for (const block of doc.blocks) root.append($blockNode(block));
  if (doc.closing) {
    const p = $createDocParagraphNode({ kind: 'closing' });
    $appendText(p, runsText(doc.closing));
    root.append(p);
  }
  if (root.getChildrenSize() === 0) root.append($createParagraphNode());
}

function runs(text: string): Run[] {
  return text ? [{ text }] : [];
}

/** The text of an element without its lead. */
function $bodyText(el: ElementNode): string {
  return el
    .getChildren()
    .filter((c) => !$isLeadNode(c))
    .map((c) => c.getTextContent())
    .join('');
}

/** The editor's content as a DocModel, with the title, head lines and options of `base`. */
export function $rootToDoc(base: DocModel): DocModel {
  const blocks: Block[] = [];
  let salutation: Run[] | undefined;
  let closing: Run[] | undefined;
  let part: number | undefined;
  for (const node of $getRoot().getChildren()) {
    if (!$isElementNode(node)) continue;
    if ($isHeadingNode(node)) {
      const level = Number(node.getTag().slice(1)) as HeadingLevel;
      const text = node.getTextContent();
      if (!text.trim()) continue;
      blocks.push(part === undefined ? { type: 'heading', level, runs: runs(text) } : { type: 'heading', level, runs: runs(text), part });
      continue;
    }
    const meta: BlockMeta = $isDocParagraphNode(node) ? node.getMeta() : {};
    if (meta.kind === 'salutation') {
      salutation = runs(node.getTextContent());
      continue;
    }
    if (meta.kind === 'closing') {
      closing = runs(node.getTextContent());
      continue;
    }
    if (meta.kind === 'table' && meta.table) {
      blocks.push(JSON.parse(meta.table) as Block);
      continue;
    }
    if (meta.kind === 'labelled') {
      const b: Block = { type: 'labelled', style: (meta.style ?? 'field') as 'field', label: meta.label ?? '', runs: runs(node.getTextContent()) };
      if (meta.role) b.role = meta.role as Role;
      blocks.push(b);
      continue;
    }
    if (!$isParagraphNode(node)) continue;
    const first = node.getFirstChild();
    const lead = $isLeadNode(first) && first.getTextContent() ? first : null;
    const body = $bodyText(node);
    if (!lead && !body.trim()) continue;
    if (meta.part !== undefined) part = meta.part;
    const b: Block = { type: 'paragraph', runs: runs(body) };
    if (lead) {
      const level = lead.getLevel();
      b.lead = level ? { runs: runs(lead.getTextContent()), level } : { runs: runs(lead.getTextContent()) };
    }
    if (meta.seq) b.seq = meta.seq;
    if (meta.indent === false) b.indent = false;
    if (meta.role) b.role = meta.role as Role;
    if (part !== undefined) b.part = part;
    blocks.push(b);
  }
  const doc: DocModel = { ...base, blocks };
  delete doc.length;
  if (salutation) doc.salutation = salutation;
  else delete doc.salutation;
  if (closing) doc.closing = closing;
  else delete doc.closing;
  return doc;
}

/** Sets the block at the cursor: a heading of `level`, or body text (0). */
export function $setBlockLevel(node: LexicalNode | null, level: HeadingLevel | 0): void {
  const el = node ? ($isElementNode(node) && node.getParent()?.getKey() === 'root' ? node : node.getTopLevelElement()) : null;
  if (!el || !$isElementNode(el)) return;
  const next = level ? $createHeadingNode(`h${level}` as HeadingTagType) : $createParagraphNode();
  for (const child of el.getChildren()) {
    if ($isLeadNode(child)) next.append($createTextNode(child.getTextContent()));
    else next.append(child);
  }
  el.replace(next);
  next.selectEnd();
}
