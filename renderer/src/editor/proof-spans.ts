// 校对 in the editor: the text the proofreader sees, and a finding's span (paragraph, offset, length)
// mapped back onto the editor — to select it, to replace it (采纳), and to underline it.
//
// A "paragraph" is one top-level block of the editor (heading, paragraph, salutation, closing …), its
// text the concatenation of its text nodes (a numbered lead included): the same string the finding's
// offsets count in. Table blocks are shown read-only and are proofread as empty paragraphs, so that
// indices still line up. No DOM here (tested headless under Node); the underlines are built from the
// DOM in proof-ranges.ts.
import { $isHeadingNode } from '@lexical/rich-text';
import { $createRangeSelection, $createTextNode, $getRoot, $isElementNode, $isTextNode, $setSelection } from 'lexical';
import type { ElementNode, TextNode } from 'lexical';
import { $isDocParagraphNode } from './nodes.ts';
import { $isGapNode, GAP_RE } from './text-nodes.ts';

export interface ProofParagraphs {
  texts: string[];
  headings: boolean[];
  /** The Lexical key of each paragraph, to find its DOM element. */
  keys: string[];
}

/** The editor's paragraphs as the proofreader gets them. Call inside read/update. */
export function $proofParagraphs(): ProofParagraphs {
  const out: ProofParagraphs = { texts: [], headings: [], keys: [] };
  for (const node of $getRoot().getChildren()) {
    const table = $isDocParagraphNode(node) && node.getMeta().kind === 'table';
    out.texts.push(table ? '' : node.getTextContent());
    out.headings.push($isHeadingNode(node));
    out.keys.push(node.getKey());
  }
  return out;
}

interface Piece {
  node: TextNode;
  start: number;
  end: number;
}

/** The text nodes of a paragraph with their offsets in its text. */
function $pieces(el: ElementNode): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  const walk = (parent: ElementNode) => {
    for (const child of parent.getChildren()) {
      if ($isTextNode(child)) {
        const n = child.getTextContentSize();
        pieces.push({ node: child, start: at, end: at + n });
        at += n;
      } else if ($isElementNode(child)) walk(child);
      else at += child.getTextContentSize();
    }
  };
  walk(el);
  return pieces;
}

function $paragraph(para: number): ElementNode | null {
  const node = $getRoot().getChildAtIndex(para);
  return $isElementNode(node) ? node : null;
}

/** Selects text[offset, offset+length) of paragraph `para`. False when it is no longer there. */
export function $selectSpan(para: number, offset: number, length: number): boolean {
  const el = $paragraph(para);
  if (!el) return false;
  const pieces = $pieces(el);
  const end = offset + length;
  const a = pieces.find((p) => offset >= p.start && offset < p.end) ?? pieces.find((p) => offset === p.end);
  const b = pieces.find((p) => end > p.start && end <= p.end) ?? a;
  if (!a || !b) return false;
  const sel = $createRangeSelection();
  sel.anchor.set(a.node.getKey(), offset - a.start, 'text');
  sel.focus.set(b.node.getKey(), end - b.start, 'text');
  $setSelection(sel);
  return true;
}

/**
 * Replaces text[offset, offset+length) of paragraph `para` with `text`, editing the text nodes in
 * place (headings and leads keep their node types; a 【待补充】 gap that no longer is one becomes
 * plain text). Returns false, changing nothing, when the paragraph's text is no longer
 * `paragraphText` (the text the finding was made on).
 */
export function $replaceSpan(para: number, offset: number, length: number, text: string, paragraphText?: string): boolean {
  const el = $paragraph(para);
  if (!el) return false;
  if (paragraphText !== undefined && el.getTextContent() !== paragraphText) return false;
  const end = offset + length;
  const pieces = $pieces(el);
  const touched = pieces.filter((p) => (length === 0 ? offset >= p.start && offset <= p.end : p.start < end && p.end > offset));
  const first = touched[0];
  if (!first) return false;
  // The first text node takes the replacement; the rest of the span is cut from the following ones.
  const cut = Math.min(end, first.end) - offset;
  first.node.spliceText(offset - first.start, cut, text, false);
  for (const p of touched.slice(1)) {
    const n = Math.min(end, p.end) - p.start;
    if (n >= p.end - p.start) p.node.remove();
    else p.node.spliceText(0, n, '', false);
  }
  if (first.node.isAttached() && first.node.getTextContentSize() === 0 && el.getChildrenSize() > 1) first.node.remove();
  // A gap filled in or cut into is text again (the gap transform only watches plain text nodes).
  for (const p of touched) {
    if (!p.node.isAttached() || !$isGapNode(p.node)) continue;
    const t = p.node.getTextContent();
    if (GAP_RE.exec(t)?.[0] === t) continue;
    const plain = $createTextNode(t);
    plain.setFormat(p.node.getFormat());
    p.node.replace(plain);
    if (p === first) first.node = plain;
  }
  // The caret after the replacement.
  if (first.node.isAttached()) {
    const at = offset - first.start + text.length;
    first.node.select(at, at);
  }
  return true;
}
