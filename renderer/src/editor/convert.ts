// DocModel ⇄ Lexical editor state, losslessly: every run keeps its source, every block its role and
// part, so a draft that goes through the editor untouched comes back equal (test/e2e/convert.test.ts
// proves it on every example, frame and seed). Pure: call inside editor.update / editorState.read.
// The editor holds the body (salutation, blocks, closing); the title and head lines stay in the
// DocModel and are shown above it. Heading numbers are never text (marks.ts).
import { $createHeadingNode, $isHeadingNode, HeadingNode } from '@lexical/rich-text';
import type { HeadingTagType } from '@lexical/rich-text';
import { $createParagraphNode, $getRoot, $getState, $isElementNode, $isLineBreakNode, $isParagraphNode, $isTextNode, $setState, createState } from 'lexical';
import type { ElementNode, Klass, LexicalNode, NodeKey } from 'lexical';
import { mergeRuns } from '../../../core/doc/canonical.ts';
import type { Block, DocModel, HeadingLevel, Run } from '../../../core/doc/model.ts';
import { $createDocHeadingNode, $createDocParagraphNode, $createLeadNode, $headingMeta, $isDocParagraphNode, $isLeadNode, DocParagraphNode, LeadNode } from './nodes.ts';
import type { BlockMeta } from './nodes.ts';
import { $runNode, FactNode, GAP_RE, GapNode, runOf } from './text-nodes.ts';

export const EDITOR_NODES: Klass<LexicalNode>[] = [HeadingNode, LeadNode, FactNode, GapNode, DocParagraphNode];

/** A run cut around its 【待补充…】 gaps, each piece keeping the run's attributes. */
function splitGaps(run: Run): Run[] {
  const { text, ...attrs } = run;
  const out: Run[] = [];
  let rest = text;
  for (let m = GAP_RE.exec(rest); m; m = GAP_RE.exec(rest)) {
    if (m.index > 0) out.push({ ...attrs, text: rest.slice(0, m.index) });
    out.push({ ...attrs, text: m[0] });
    rest = rest.slice(m.index + m[0].length);
  }
  if (rest) out.push({ ...attrs, text: rest });
  return out;
}

function $appendRuns(el: ElementNode, runs: readonly Run[] | undefined): void {
  for (const run of runs ?? []) for (const piece of splitGaps(run)) el.append($runNode(piece));
}

/** The runs of inline nodes, in the DocModel's one written form (adjacent runs of one source joined). */
function $runsOf(nodes: readonly LexicalNode[]): Run[] {
  const out: Run[] = [];
  const walk = (list: readonly LexicalNode[]) => {
    for (const node of list) {
      if ($isTextNode(node)) out.push(runOf(node));
      else if ($isLineBreakNode(node)) out.push({ text: '\n' });
      else if ($isElementNode(node)) walk(node.getChildren());
    }
  };
  walk(nodes);
  return mergeRuns(out);
}

/** A block's fields besides its type and text: kept whole on its node. */
function fieldsOf(block: Block, ...shown: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(block)) if (!['type', 'runs', 'lead', ...shown].includes(k) && v !== undefined) out[k] = v;
  return out;
}

function $blockNode(block: Block): ElementNode {
  switch (block.type) {
    case 'heading': {
      const h = $createDocHeadingNode(block.level, fieldsOf(block, 'level'));
      $appendRuns(h, block.runs);
      return h;
    }
    case 'paragraph': {
      const textless = block.lead?.level && !block.lead.runs.some((r) => r.text) ? { numbered: block.lead.level } : {};
      const p = $createDocParagraphNode({ fields: fieldsOf(block), ...textless });
      if (block.lead) {
        const lead = $createLeadNode(block.lead.level ?? 0);
        $appendRuns(lead, block.lead.runs);
        if (lead.getChildrenSize()) p.append(lead);
      }
      $appendRuns(p, block.runs);
      return p;
    }
    case 'labelled': {
      const p = $createDocParagraphNode({ kind: 'labelled', fields: fieldsOf(block) });
      $appendRuns(p, block.runs);
      return p;
    }
    case 'table': {
      const p = $createDocParagraphNode({ kind: 'table', table: JSON.stringify(block) });
      $appendRuns(p, [{ text: [block.header.join('　'), ...block.rows.map((r) => r.map((c) => c.map((x) => x.text).join('')).join('　'))].join(' ／ ') }]);
      return p;
    }
  }
}

/** Everything of a DocModel but its body: title, head lines, frame, seeds, parts, length. */
export type DocHeadFields = Omit<DocModel, 'blocks' | 'salutation' | 'closing'>;

/**
 * The head lives in the editor state too (node state on the root), so that undo and redo of a
 * replacement (another frame, another wording) or of a title correction bring back the head that
 * went with the text.
 */
const headState = createState('wengao-head', { parse: (v): DocHeadFields | null => (v && typeof v === 'object' ? (v as DocHeadFields) : null) });

export function headOf(doc: DocModel): DocHeadFields {
  const head: Partial<DocModel> = { ...doc };
  delete head.blocks;
  delete head.salutation;
  delete head.closing;
  return head as DocHeadFields;
}

export function $getHead(): DocHeadFields | null {
  return $getState($getRoot(), headState);
}

export function $setHead(head: DocHeadFields): void {
  $setState($getRoot(), headState, head);
}

/** Replaces the editor's content (head and body) with `doc`. */
export function $docToRoot(doc: DocModel): void {
  const root = $getRoot();
  root.clear();
  $setHead(headOf(doc));
  if (doc.salutation) {
    const p = $createDocParagraphNode({ kind: 'salutation' });
    $appendRuns(p, doc.salutation);
    root.append(p);
  }
  for (const block of doc.blocks) root.append($blockNode(block));
  if (doc.closing) {
    const p = $createDocParagraphNode({ kind: 'closing' });
    $appendRuns(p, doc.closing);
    root.append(p);
  }
  if (root.getChildrenSize() === 0) root.append($createParagraphNode());
}

/** The blocks of the editor with the key of the node each came from (for numbers and copying). */
export interface ReadDoc {
  doc: DocModel;
  keys: NodeKey[];
}

/**
 * A block with the fields its node kept; one the user made (no fields of its own) belongs to the
 * part of the block before it.
 */
function withFields<B extends Block>(b: B, fields: Readonly<Record<string, unknown>> | null | undefined, part: number | undefined): B {
  if (fields) return { ...fields, ...b };
  return part === undefined ? b : { ...b, part };
}

function $paragraphBlock(node: ElementNode, meta: BlockMeta, part: number | undefined): Block | null {
  const first = node.getFirstChild();
  const lead = $isLeadNode(first) ? first : null;
  const leadRuns = lead ? $runsOf(lead.getChildren()) : [];
  const body = $runsOf(node.getChildren().filter((c) => c !== lead));
  // An emptied numbered item keeps its place and number (item-number.ts), as Word keeps an empty list item.
  if (!leadRuns.length && !meta.numbered && !body.some((r) => r.text.trim())) return null;
  const b: Block = { type: 'paragraph', runs: body };
  if (leadRuns.length) {
    const level = lead!.getLevel();
    b.lead = level ? { runs: leadRuns, level } : { runs: leadRuns };
  } else if (meta.numbered) b.lead = { runs: [], level: meta.numbered };
  return withFields(b, meta.fields, part);
}

/** The part the closing belongs to: the last of the head's parts (结尾), else that of the text before it. */
function closingPart(head: DocHeadFields | undefined, before: number | undefined): number | undefined {
  return head?.parts?.length ? head.parts.length - 1 : before;
}

/** The editor's content as a DocModel; `fallback` gives the head if the editor has none (empty). */
export function $readDoc(fallback?: DocHeadFields): ReadDoc {
  const blocks: Block[] = [];
  const keys: NodeKey[] = [];
  let salutation: Run[] | undefined;
  let closing: { runs: Run[]; at: number; key: NodeKey; part: number | undefined } | undefined;
  // A block the user made (no meta of its own) belongs to the part of the block before it.
  let part: number | undefined;
  const add = (b: Block, key: NodeKey) => {
    blocks.push(b);
    keys.push(key);
    if ('part' in b && b.part !== undefined) part = b.part;
  };
  for (const node of $getRoot().getChildren()) {
    if (!$isElementNode(node)) continue;
    if ($isHeadingNode(node)) {
      const runs = $runsOf(node.getChildren());
      if (!runs.some((r) => r.text.trim())) continue;
      const level = Number(node.getTag().slice(1)) as HeadingLevel;
      add(withFields<Block>({ type: 'heading', level, runs }, $headingMeta(node), part), node.getKey());
      continue;
    }
    const meta: BlockMeta = $isDocParagraphNode(node) ? node.getMeta() : {};
    if (meta.kind === 'salutation' || meta.kind === 'closing') {
      const runs = $runsOf(node.getChildren());
      if (runs.length && meta.kind === 'salutation') salutation = runs;
      else if (runs.length) closing = { runs, at: blocks.length, key: node.getKey(), part: closingPart($getHead() ?? fallback, part) };
      if (closing) part = closing.part;
      continue;
    }
    if (meta.kind === 'table' && meta.table) {
      add(JSON.parse(meta.table) as Block, node.getKey());
      continue;
    }
    if (meta.kind === 'labelled') {
      add({ ...(meta.fields ?? {}), type: 'labelled', runs: $runsOf(node.getChildren()) } as Block, node.getKey());
      continue;
    }
    if (!$isParagraphNode(node)) continue;
    const b = $paragraphBlock(node, meta, part);
    if (b) add(b, node.getKey());
  }
  // Paragraphs she wrote after the closing stay after it: the closing is then a paragraph of the
  // text like the others (the DocModel prints its closing last; session 23's screen test, 1).
  if (closing && closing.at < blocks.length) {
    blocks.splice(closing.at, 0, withFields<Block>({ type: 'paragraph', runs: closing.runs }, null, closing.part));
    keys.splice(closing.at, 0, closing.key);
    closing = undefined;
  }
  const head = $getHead() ?? fallback ?? NO_HEAD;
  const doc: DocModel = { ...head, blocks };
  if (salutation) doc.salutation = salutation;
  if (closing) doc.closing = closing.runs;
  return { doc, keys };
}

const NO_HEAD: DocHeadFields = { kind: 'speech', template: '', seed: 0, title: [] };

export function $rootToDoc(fallback?: DocHeadFields): DocModel {
  return $readDoc(fallback).doc;
}

/**
 * Sets the block at the cursor: a heading of `level`, or body text (0). In a paragraph that opens
 * with a lead, the lead takes the level (a run-in heading stays run-in); 正文 leaves it unnumbered.
 */
export function $setBlockLevel(node: LexicalNode | null, level: HeadingLevel | 0): void {
  const el = node ? ($isElementNode(node) && node.getParent()?.getKey() === 'root' ? node : node.getTopLevelElement()) : null;
  if (!el || !$isElementNode(el)) return;
  const first = el.getFirstChild();
  if ($isParagraphNode(el) && $isLeadNode(first)) {
    first.setLevel(level);
    return;
  }
  // A block the user re-levels stays in its part and role; fields of the other block type go.
  const fields = $isHeadingNode(el) ? $headingMeta(el) : $isDocParagraphNode(el) ? (el.getMeta().fields ?? null) : null;
  const kept: Record<string, unknown> = {};
  if (fields?.role !== undefined) kept.role = fields.role;
  if (fields?.part !== undefined) kept.part = fields.part;
  const next = level
    ? fields
      ? $createDocHeadingNode(level, kept)
      : $createHeadingNode(`h${level}` as HeadingTagType)
    : fields
      ? $createDocParagraphNode({ fields: kept })
      : $createParagraphNode();
  for (const child of el.getChildren()) {
    if ($isLeadNode(child)) next.append(...child.getChildren());
    else next.append(child);
  }
  el.replace(next);
  next.selectEnd();
}
