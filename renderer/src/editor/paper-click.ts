// A click on the paper beside the text — its margin, the grey desk around a page in 页面视图 (either
// side of it too: session 23's screen test, shot 06), a page mark drawn over it — puts the caret
// back where it last was in the text, as Word keeps it in the document. The browser would move the focus off the editor instead, so that Ctrl+End scrolled
// the page and the keys typed after it went nowhere, or (once the editor took the focus back with
// no caret) to the top of the text (session 22's screen test, 3).
import type { LexicalEditor } from 'lexical';
import { $restoreCaret, type CaretKeeper } from './caret.ts';
import { registerRootDomListener } from './root-listener.ts';

/** Whether the page's selection rests on the editor's root element itself, in no line of it. */
export function caretOnRootElement(editor: LexicalEditor): boolean {
  const root = editor.getRootElement();
  const sel = root?.ownerDocument.getSelection();
  return !!root && !!sel && sel.rangeCount > 0 && (sel.anchorNode === root || sel.focusNode === root);
}

/**
 * The paper around the text (its margins, a page mark) or what holds it (the grey desk of 页面视图 and
 * the boxes between it and the paper) — not a line of its head, not a panel over it.
 */
function besideText(root: HTMLElement, wrap: HTMLElement, target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement) || root.contains(target) || !wrap.contains(target)) return false;
  const paper = root.closest('.paper');
  return target === paper || (paper !== null && target.contains(paper)) || target.classList.contains('page-mark');
}

export function registerPaperClick(editor: LexicalEditor, caret: CaretKeeper): () => void {
  return registerRootDomListener(editor, 'mousedown', (root) => root.closest<HTMLElement>('.paper-wrap'), (root, wrap) => (e) => {
    if (e.button !== 0 || !besideText(root, wrap, e.target)) return;
    e.preventDefault();
    editor.update(() => $restoreCaret(caret.last()), { discrete: true });
    editor.focus();
  });
}
