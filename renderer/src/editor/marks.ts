// Heading numbers on screen, from the document model: the editor's content is read as a DocModel
// (convert.ts) and numbered by core's numberBlocks — the function the outline and the export use —
// so the screen shows exactly what prints, after every edit, undo and redo. Each mark is written
// into a data-mark attribute of the numbered element (heading, numbered lead, list item), which
// CSS shows before it; it is never text, so typing, copying from the DOM and 校对 offsets ignore it.
import { $isHeadingNode } from '@lexical/rich-text';
import { $getNodeByKey, $isParagraphNode } from 'lexical';
import type { LexicalEditor, NodeKey } from 'lexical';
import { numberBlocks } from '../../../core/doc/numbering.ts';
import { $readDoc } from './convert.ts';
import { $isLeadNode } from './nodes.ts';

export interface Mark {
  text: string;
  /** The level skips one (a 1. right under 一、): shown, and flagged. */
  skipped: boolean;
  /** The top-level block numbered, and the node that shows the mark (the block, or its lead). */
  block: NodeKey;
  target: NodeKey;
}

/** Every mark of the editor's content, in order. */
export function $numbering(): Mark[] {
  const { doc, keys } = $readDoc();
  const { marks, skipped } = numberBlocks(doc.blocks);
  const out: Mark[] = [];
  doc.blocks.forEach((_, i) => {
    const text = marks[i];
    if (!text) return;
    const block = keys[i]!;
    const node = $getNodeByKey(block);
    const first = $isParagraphNode(node) ? node.getFirstChild() : null;
    const target = $isLeadNode(first) && first.getLevel() ? first.getKey() : block;
    out.push({ text, skipped: skipped.includes(i), block, target });
  });
  return out;
}

/** The mark of every numbered element, by the key of the node that shows it. */
export function $blockMarks(): Map<NodeKey, Mark> {
  return new Map($numbering().map((m) => [m.target, m]));
}

interface Attributed {
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  classList: { toggle(name: string, on: boolean): void };
}

/**
 * Keeps data-mark on the editor's elements. Recomputed when the structure may have changed (a block
 * added, removed, re-levelled or emptied; undo and redo; a load), not on every keystroke in a line.
 */
export function registerMarks(editor: LexicalEditor): () => void {
  let shown = new Map<NodeKey, Mark>();
  const apply = (next: Map<NodeKey, Mark>) => {
    for (const key of shown.keys()) {
      if (next.has(key)) continue;
      const el = editor.getElementByKey(key) as Attributed | null;
      el?.removeAttribute('data-mark');
      el?.classList.toggle('skipped', false);
    }
    for (const [key, mark] of next) {
      const el = editor.getElementByKey(key) as Attributed | null;
      if (!el) continue;
      if (el.getAttribute('data-mark') !== mark.text) el.setAttribute('data-mark', mark.text);
      el.classList.toggle('skipped', mark.skipped);
    }
    shown = next;
  };
  apply(editor.getEditorState().read($blockMarks));
  return editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, editorState, prevEditorState, tags }) => {
    editorState.read(() => {
      const structural =
        [...dirtyElements.values()].some(Boolean) ||
        tags.has('historic') ||
        (dirtyElements.size === 0 && dirtyLeaves.size === 0 && editorState !== prevEditorState) ||
        // Text typed into a heading that held only spaces makes it count.
        [...dirtyLeaves].some((key) => $isHeadingNode($getNodeByKey(key)?.getTopLevelElement()));
      if (structural) apply($blockMarks());
    });
  });
}
