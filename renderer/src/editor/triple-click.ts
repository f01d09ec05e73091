// A triple click selects the paragraph it is in — not the paragraph break after it, which the browser
// takes along (its selection ends at the start of the next paragraph): typing then replaced the text
// and joined the next paragraph to it (session 21's screen test, defect 10). Word keeps the paragraph
// mark; so does this: the selection is cut back to the clicked paragraph's own text.
import type { LexicalEditor } from 'lexical';
import { registerRootDomListener } from './root-listener.ts';

/** The top-level block of the editor (a paragraph or heading element) a DOM node is in. */
function blockOf(root: HTMLElement, node: Node | null): Element | null {
  let el: Element | null = node instanceof Element ? node : (node?.parentElement ?? null);
  while (el && el.parentElement !== root) el = el.parentElement;
  return el;
}

/** The clicked paragraph's own text, when a triple click took the break after it too. */
function tripleClicked(root: HTMLElement, e: MouseEvent): void {
  if (e.detail !== 3) return;
  const sel = window.getSelection();
  if (!sel?.anchorNode) return;
  const block = blockOf(root, sel.anchorNode);
  if (!block || block === blockOf(root, sel.focusNode)) return;
  const range = document.createRange();
  range.selectNodeContents(block);
  sel.removeAllRanges();
  sel.addRange(range);
}

export function registerTripleClick(editor: LexicalEditor): () => void {
  return registerRootDomListener(editor, 'click', (root) => root, (root) => (e) => tripleClicked(root, e));
}
