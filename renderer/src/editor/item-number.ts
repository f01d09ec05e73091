// A number is the paragraph's, as Word keeps a list number: never text she can type over or double.
// (1) A run-in item 「（一）落实网格巡查。…」 whose text she selected from its start and typed over
// keeps its number: what she typed becomes the item's lead, at its level (the lead was removed with
// the text it held, the item lost its number and the next item became （一）: session 22's leftover).
// (2) A number typed at the start of a heading or numbered lead that equals the number it is shown
// with (「二、」 over the heading numbered 二、) is not kept as text: 「二、二、」 never shows.
import { $getNodeByKey, $getSelection, $isElementNode, $isParagraphNode, $isRangeSelection, $isTextNode } from 'lexical';
import type { EditorState, ElementNode, LexicalNode, PointType, TextNode } from 'lexical';
import { readMark } from '../../../core/doc/grammar.ts';
import type { TypedMark } from '../../../core/doc/grammar.ts';
import type { HeadingLevel } from '../../../core/doc/model.ts';
import { $numbering } from './marks.ts';
import { $createLeadNode, $isDocParagraphNode, $isLeadNode } from './nodes.ts';

/** The text of `el` after `point` (a point inside it). */
function $textAfter(el: ElementNode, point: PointType): string {
  const node = point.getNode();
  if ($isTextNode(node)) {
    let out = node.getTextContent().slice(point.offset);
    for (let n: LexicalNode | null = node; n && n !== el; n = n.getParent()) {
      for (let s = n.getNextSibling(); s; s = s.getNextSibling()) out += s.getTextContent();
    }
    return out;
  }
  return $isElementNode(node) ? node.getChildren().slice(point.offset).map((c) => c.getTextContent()).join('') : '';
}

/** At the very start of `lead`: its first text at 0, or the lead or paragraph itself at 0. */
function $atLeadStart(point: PointType, lead: ElementNode): boolean {
  if (point.offset !== 0) return false;
  const node = point.getNode();
  return node === lead || node === lead.getParent() || node === lead.getFirstDescendant();
}

/**
 * In the state before the edit: the level of the numbered lead paragraph `key` opened with and the
 * text left after the selection, when the selection ran from the lead's start to a point in that
 * paragraph (her text typed over the item's lead). Null otherwise.
 */
function overTypedLead(prev: EditorState, key: string): { level: HeadingLevel; tail: string } | null {
  return prev.read(() => {
    const el = $getNodeByKey(key);
    const sel = $getSelection();
    if (!$isElementNode(el) || !$isRangeSelection(sel) || sel.isCollapsed()) return null;
    const lead = el.getFirstChild();
    if (!$isLeadNode(lead) || !lead.getLevel()) return null;
    const [start, end] = sel.isBackward() ? [sel.focus, sel.anchor] : [sel.anchor, sel.focus];
    if (!$atLeadStart(start, lead) || end.getNode().getTopLevelElement() !== el) return null;
    return { level: lead.getLevel() as HeadingLevel, tail: $textAfter(el, end) };
  });
}

/** The first `n` characters of a text node, split off; the caret at the cut stays at their end. */
function $cut(node: TextNode, n: number): TextNode {
  if (n >= node.getTextContentSize()) return node;
  const [head, tail] = node.splitText(n);
  // The split may put the caret at the start of the tail; she typed the head.
  const sel = $getSelection();
  if (head && tail && $isRangeSelection(sel) && sel.isCollapsed() && sel.anchor.key === tail.getKey() && sel.anchor.offset === 0) head.select();
  return head ?? node;
}

/** The first `n` characters of `el`'s inline content, moved into a new lead of `level`. */
function $wrapLead(el: ElementNode, n: number, level: HeadingLevel): void {
  const lead = $createLeadNode(level);
  let left = n;
  for (const child of el.getChildren()) {
    if (left <= 0) break;
    const size = child.getTextContentSize();
    if (size > left && $isTextNode(child)) {
      lead.append($cut(child, left));
      left = 0;
    } else {
      lead.append(child);
      left -= size;
    }
  }
  el.splice(0, 0, [lead]);
}

/** How a finished lead ends: 「落实网格巡查。」「张明（镇长）：」. */
const LEAD_END = /[。！？：；.!?:;]$/;

/**
 * A text node this edit made (not in the state before it) that holds the selection: the caret after
 * a typed key, or the placeholder an input method's composition starts on (selected, to be replaced).
 */
function $justTyped(node: LexicalNode | null, prev: EditorState): node is TextNode {
  const sel = $getSelection();
  if (!$isTextNode(node) || !$isRangeSelection(sel) || sel.anchor.key !== node.getKey() || sel.focus.key !== node.getKey()) return false;
  return prev.read(() => $getNodeByKey(node.getKey())) === null;
}

/**
 * A lead still being written (no sentence end yet) takes the text typed at its end; Lexical puts
 * text typed at the end of an inline element after it, which is the body once the lead is finished.
 */
function $typedAtLeadEnd(lead: ElementNode, prev: EditorState): void {
  const next = lead.getNextSibling();
  const sel = $getSelection();
  if (LEAD_END.test(lead.getTextContent()) || !$justTyped(next, prev) || !$isRangeSelection(sel)) return;
  // What she typed ends at the caret; text merged after it is the body it was typed before.
  lead.append($cut(next, Math.max(sel.anchor.offset, sel.focus.offset)));
}

/**
 * Text typed at the very start of a lead (Lexical puts it before the inline element) goes into the
 * lead: the paragraph still opens with it, and keeps its number. True when it did.
 */
export function $typedAtLeadStart(lead: ElementNode, prev: EditorState): boolean {
  const before = lead.getPreviousSibling();
  if (!before || before.getPreviousSibling() || !$justTyped(before, prev)) return false;
  lead.splice(0, 0, [before]);
  return true;
}

/**
 * The first text typed into an emptied numbered item (BlockMeta.numbered) is its lead again, at its
 * level: the item goes on as one typed over (the first sentence the lead). True when it was.
 */
function $typedIntoNumbered(el: ElementNode, prev: EditorState): boolean {
  const first = el.getFirstChild();
  if (!$isDocParagraphNode(el) || !el.getMeta().numbered || el.getChildrenSize() !== 1 || !$justTyped(first, prev)) return false;
  const { numbered, ...meta } = el.getMeta();
  el.setMeta(meta);
  $wrapLead(el, first.getTextContentSize(), numbered!);
  return true;
}

/**
 * (1): a paragraph that lost its numbered lead to text typed over it gets it back, holding that text;
 * one whose whole text was selected and deleted stays an empty item with its number (as Word keeps an
 * empty list item), and what she types into it next is its lead.
 */
export function $keepItemNumber(el: ElementNode, prev: EditorState): void {
  const first = el.getFirstChild();
  if ($isLeadNode(first)) return $typedAtLeadEnd(first, prev);
  if ($typedIntoNumbered(el, prev)) return;
  const was = overTypedLead(prev, el.getKey());
  if (!was) return;
  const text = el.getTextContent();
  const typed = was.tail && text.endsWith(was.tail) ? text.length - was.tail.length : text.length;
  if (typed > 0) $wrapLead(el, typed, was.level);
  else if (!text && $isDocParagraphNode(el) && el.getMeta().numbered !== was.level) el.setMeta({ ...el.getMeta(), numbered: was.level });
}

/**
 * A number as typed at the start of `text`, read as every reader of marks reads them (core's readMark:
 * 一、 （一） 1. （1） and their typed variants) — a 1. only once something follows it (1.5 is a figure).
 */
function typedNumber(text: string): TypedMark | undefined {
  const mark = readMark(text);
  return mark && (mark.level !== 3 || text.length > mark.text.length) ? mark : undefined;
}

/** (2): a number typed at the start of a heading or numbered lead, equal to the one it shows, is dropped. */
export function $dropTypedNumber(text: TextNode): void {
  const typed = typedNumber(text.getTextContent());
  if (!typed) return;
  const holder = text.getParent();
  const block = text.getTopLevelElement();
  if (!holder || !block) return;
  // Only a heading or a numbered item's lead shows a mark: a body paragraph that starts like a number (typed at every key) is
  // left before the document's numbering is read (a review after session 23: that read ran on every such keystroke).
  const numbered = $isLeadNode(holder) ? (holder.getLevel() ? holder : null) : holder === block && !$isParagraphNode(block) ? block : null;
  if (!numbered || numbered.getFirstDescendant() !== text) return;
  const mark = $numbering().find((m) => m.target === numbered.getKey());
  const shown = mark && readMark(mark.text);
  if (!shown || shown.level !== typed.level || shown.value !== typed.value) return;
  const sel = $getSelection();
  const moved = $isRangeSelection(sel) ? [sel.anchor, sel.focus].filter((p) => p.key === text.getKey()) : [];
  const offsets = moved.map((p) => Math.max(0, p.offset - typed.text.length));
  text.spliceText(0, typed.text.length, '', false);
  moved.forEach((p, i) => p.set(p.key, offsets[i]!, 'text'));
}
