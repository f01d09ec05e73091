// Where the page view's printed pages end: every paragraph of the paper measured on the screen's
// 28.95 pt grid, kept with the next or whole as the .docx keeps it (core/doc/keep.ts), and broken
// into pages as Word breaks them (core/doc/page-breaks.ts) — a 会议记录's last 决定 goes over with
// 「散会。」 and the signatures on screen as in the printout (session 23's screen test, 4).
import type { LexicalEditor, NodeKey } from 'lexical';
import { keepRules } from '../../../core/doc/keep.ts';
import type { Keep } from '../../../core/doc/keep.ts';
import { numberBlocks } from '../../../core/doc/numbering.ts';
import { pageStarts } from '../../../core/doc/page-breaks.ts';
import type { LineBlock } from '../../../core/doc/page-breaks.ts';
import { runsText } from '../../../core/doc/text.ts';
import { $readDoc } from './convert.ts';

/** The keep rules of the editor's paragraphs, by the element each is drawn in. */
function keepsByElement(editor: LexicalEditor): Map<Element, Keep> {
  const out = new Map<Element, Keep>();
  const { doc, keys } = editor.getEditorState().read(() => $readDoc());
  const keeps = keepRules(doc.blocks, numberBlocks(doc.blocks).marks, doc.closing ? runsText(doc.closing) : undefined);
  keys.forEach((key: NodeKey, i) => {
    const el = editor.getElementByKey(key);
    if (el) out.set(el, keeps[i]!);
  });
  return out;
}

/** The paper's pieces in order: the head and foot whole, the editor's paragraphs one by one. */
function pieces(paper: HTMLElement, root: HTMLElement | null): Element[] {
  const out: Element[] = [];
  for (const child of paper.children) {
    if (child.classList.contains('page-mark')) continue;
    if (root && child.contains(root)) out.push(...root.children);
    else out.push(child);
  }
  return out;
}

/** The page ends, in pixels from the paper's top (where the marks are drawn). */
export function pageEnds(paper: HTMLElement, editor: LexicalEditor | null): number[] {
  const style = getComputedStyle(paper);
  const pitch = parseFloat(style.lineHeight);
  const padding = parseFloat(style.paddingTop);
  const box = paper.getBoundingClientRect();
  if (!(pitch > 0) || !(paper.offsetHeight > 0)) return [];
  // The paper may be zoomed to fit beside the 批注 (CommentsMargin): boxes are measured zoomed, marks drawn in its own pixels.
  const zoom = box.height / paper.offsetHeight;
  const line = pitch * zoom;
  const top = box.top + (paper.clientTop + padding) * zoom;
  const keeps = editor ? keepsByElement(editor) : new Map<Element, Keep>();
  const blocks: LineBlock[] = [];
  for (const el of pieces(paper, editor?.getRootElement() ?? null)) {
    const box = el.getBoundingClientRect();
    if (box.height <= 0) continue;
    const keep = keeps.get(el);
    blocks.push({
      start: Math.max(0, Math.round((box.top - top) / line)),
      lines: Math.max(1, Math.round(box.height / line)),
      keepNext: keep?.keepNext ?? false,
      keepLines: keep?.keepLines ?? false,
      blank: keep?.blankBefore ? 1 : 0,
    });
  }
  return pageStarts(blocks).map((at) => padding + at * pitch);
}
