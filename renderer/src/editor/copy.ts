// Copying out of the editor keeps the structure: the clipboard gets the selected lines with their
// numbers (一、（一）1.（1）, as numbered on screen and in the export), as plain text and as HTML for
// WPS and Word; copying everything (Ctrl+A, Ctrl+C) brings the title and head lines too. Pasting
// back into the editor uses Lexical's own format, so the numbers are not pasted twice.
import { $isHeadingNode } from '@lexical/rich-text';
import { $getLexicalContent, copyToClipboard } from '@lexical/clipboard';
import type { LexicalClipboardData } from '@lexical/clipboard';
import { $createRangeSelection, $getRoot, $getSelection, $isElementNode, $isRangeSelection, COMMAND_PRIORITY_HIGH, COPY_COMMAND, CUT_COMMAND, mergeRegister } from 'lexical';
import type { ElementNode, LexicalEditor, LexicalNode, PointType, RangeSelection } from 'lexical';
import { numberBlocks } from '../../../core/doc/numbering.ts';
import { headLines } from '../../../core/doc/text.ts';
import { linesHtml, linesText } from './clipboard-text.ts';
import type { CopyLine } from './clipboard-text.ts';
import { $readDoc } from './convert.ts';
import { $isDocParagraphNode, $isLeadNode } from './nodes.ts';

/** Where a selection point is: its top-level block, and the offset in that block's text. */
function $locate(point: PointType): { block: ElementNode; offset: number } | null {
  const root = $getRoot();
  const node = point.getNode();
  if (node === root || node.is(root)) {
    const children = root.getChildren().filter($isElementNode);
    const block = children[Math.min(point.offset, children.length - 1)];
    if (!block) return null;
    return { block, offset: point.offset >= children.length ? block.getTextContentSize() : 0 };
  }
  const block = node.getTopLevelElement();
  if (!block || !$isElementNode(block)) return null;
  // The text node the point is in, or (an element point) the first text after it.
  let target: LexicalNode | null = node;
  let after = false;
  if (point.type === 'element' && $isElementNode(node)) {
    const child = node.getChildAtIndex(point.offset);
    target = child ? ($isElementNode(child) ? child.getFirstDescendant() : child) : node.getLastDescendant();
    after = !child;
  }
  let at = 0;
  for (const t of block.getAllTextNodes()) {
    if (target && t.is(target)) return { block, offset: point.type === 'text' ? at + point.offset : after ? at + t.getTextContentSize() : at };
    at += t.getTextContentSize();
  }
  return { block, offset: after ? at : 0 };
}

/** One selected block as a clipboard line: its text from `from` to `to`, numbered if copied from its start. */
function $line(node: ElementNode, mark: string | undefined, from: number, to: number): CopyLine | null {
  const full = node.getTextContent();
  const slice = full.slice(from, to);
  const whole = from === 0 ? mark : undefined;
  if ($isHeadingNode(node)) return { kind: 'heading', level: Number(node.getTag().slice(1)), ...(whole ? { mark: whole } : {}), text: slice };
  const meta = $isDocParagraphNode(node) ? node.getMeta() : {};
  if (meta.kind === 'salutation' || meta.kind === 'closing') return { kind: meta.kind, text: slice };
  const fields = meta.fields ?? {};
  if (meta.kind === 'labelled') return { kind: 'labelled', text: (from === 0 && typeof fields.label === 'string' ? `${fields.label}：` : '') + slice };
  const first = node.getFirstChild();
  const leadLength = $isLeadNode(first) ? first.getTextContentSize() : 0;
  const line: CopyLine = { kind: 'paragraph', text: slice, ...(fields.indent === false ? { indent: false } : {}), ...(whole ? { mark: whole } : {}) };
  if ($isLeadNode(first) && from < leadLength) {
    line.lead = full.slice(from, Math.min(to, leadLength));
    line.text = to > leadLength ? full.slice(leadLength, to) : '';
    if (first.getLevel()) line.level = first.getLevel();
  }
  return slice || line.mark ? line : null;
}

/** The selection as clipboard lines, with the head lines when everything is selected. */
export function $selectionLines(sel: RangeSelection): CopyLine[] {
  const [start, end] = sel.isBackward() ? [sel.focus, sel.anchor] : [sel.anchor, sel.focus];
  const a = $locate(start);
  const b = $locate(end);
  if (!a || !b) return [];
  const { doc, keys } = $readDoc();
  const { marks } = numberBlocks(doc.blocks);
  const markOf = new Map(keys.map((k, i) => [k, marks[i] || undefined]));
  const blocks = $getRoot().getChildren().filter($isElementNode);
  const i0 = blocks.findIndex((n) => n.is(a.block));
  const i1 = blocks.findIndex((n) => n.is(b.block));
  const lines: CopyLine[] = [];
  for (let i = i0; i >= 0 && i <= i1; i++) {
    const node = blocks[i]!;
    const from = i === i0 ? a.offset : 0;
    const to = i === i1 ? b.offset : node.getTextContentSize();
    const line = $line(node, markOf.get(node.getKey()), from, to);
    if (line) lines.push(line);
  }
  const everything = i0 === 0 && a.offset === 0 && i1 === blocks.length - 1 && b.offset === blocks[i1]!.getTextContentSize();
  if (!everything) return lines;
  const [title, ...rest] = headLines(doc);
  return [{ kind: 'title', text: title ?? '' }, ...rest.map((text): CopyLine => ({ kind: 'head', text })), ...lines];
}

function $copy(editor: LexicalEditor, event: ClipboardEvent | KeyboardEvent | null): boolean {
  const sel = $getSelection();
  if (!$isRangeSelection(sel) || sel.isCollapsed()) return false;
  const lines = $selectionLines(sel);
  if (!lines.length) return false;
  const lexical = $getLexicalContent(editor, sel);
  const data: LexicalClipboardData = { 'text/plain': linesText(lines), 'text/html': linesHtml(lines) };
  if (lexical) data['application/x-lexical-editor'] = lexical;
  void copyToClipboard(editor, event instanceof ClipboardEvent ? event : null, data);
  return true;
}

export function registerCopy(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerCommand(COPY_COMMAND, (event) => $copy(editor, event), COMMAND_PRIORITY_HIGH),
    editor.registerCommand(
      CUT_COMMAND,
      (event) => {
        if (!$copy(editor, event)) return false;
        const sel = $getSelection();
        if ($isRangeSelection(sel)) sel.removeText();
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    ),
  );
}


/**
 * Puts `data` on the clipboard through a copy event, as Ctrl+C does. navigator.clipboard.write would
 * do it too, but Chromium sanitises the HTML by parsing it in the page, and every inline style of
 * the 公文 fonts then counts as a violation of the page's style-src 'self' (one console error each).
 * beforecopy is cancelled so that the copy command runs without a selection. False if no copy event came.
 */
function copyThroughEvent(data: Record<string, string>): boolean {
  let done = false;
  const before = (e: Event) => e.preventDefault();
  const copy = (e: ClipboardEvent) => {
    if (!e.clipboardData) return;
    for (const [type, value] of Object.entries(data)) e.clipboardData.setData(type, value);
    e.preventDefault();
    // The editor's own copy handler would put the selection there instead.
    e.stopImmediatePropagation();
    done = true;
  };
  window.addEventListener('beforecopy', before, true);
  window.addEventListener('copy', copy, true);
  try {
    document.execCommand('copy');
  } finally {
    window.removeEventListener('beforecopy', before, true);
    window.removeEventListener('copy', copy, true);
  }
  return done;
}

/** 复制全文: the whole draft, title and numbers included, as Ctrl+A then Ctrl+C would copy it. */
export async function copyAll(editor: LexicalEditor): Promise<void> {
  const lines = editor.getEditorState().read(() => {
    const sel = $createRangeSelection();
    const root = $getRoot();
    sel.anchor.set(root.getKey(), 0, 'element');
    sel.focus.set(root.getKey(), root.getChildrenSize(), 'element');
    return $selectionLines(sel);
  });
  const data = { 'text/html': linesHtml(lines), 'text/plain': linesText(lines) };
  if (copyThroughEvent(data)) return;
  const item = Object.fromEntries(Object.entries(data).map(([type, value]) => [type, new Blob([value], { type })]));
  await navigator.clipboard.write([new ClipboardItem(item)]);
}
