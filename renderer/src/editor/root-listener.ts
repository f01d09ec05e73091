// A DOM listener that follows the editor's root element: attached to the element `host` finds from the root (the root
// itself, or the paper around it), moved when the root changes, removed when the returned function is called.
import type { LexicalEditor } from 'lexical';

export function registerRootDomListener<K extends keyof HTMLElementEventMap>(
  editor: LexicalEditor,
  type: K,
  host: (root: HTMLElement) => HTMLElement | null,
  listenerFor: (root: HTMLElement, host: HTMLElement) => (e: HTMLElementEventMap[K]) => void,
): () => void {
  let attached: { host: HTMLElement; listener: (e: HTMLElementEventMap[K]) => void } | null = null;
  const detach = () => {
    if (attached) attached.host.removeEventListener(type, attached.listener);
    attached = null;
  };
  const off = editor.registerRootListener((root) => {
    detach();
    const at = root ? host(root) : null;
    if (!root || !at) return;
    const listener = listenerFor(root, at);
    at.addEventListener(type, listener);
    attached = { host: at, listener };
  });
  return () => {
    off();
    detach();
  };
}
