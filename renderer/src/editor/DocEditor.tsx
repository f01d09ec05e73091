// The Lexical editor for a DocModel. A new `load` (its key changes) replaces the content: opening a
// document is not undoable; a replacement the user accepted (another wording, a restored version) is
// one undoable step, so Ctrl+Z brings the old text back. Every user edit — undo and redo included —
// calls onEdit (autosave); loads are tagged and ignored.
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { $getRoot, $isElementNode } from 'lexical';
import type { LexicalEditor, NodeKey } from 'lexical';
import { useEffect } from 'react';
import type { DocModel } from '../../../core/doc/model.ts';
import { registerCaret } from './caret.ts';
import { $docToRoot, EDITOR_NODES } from './convert.ts';
import { registerCopy } from './copy.ts';
import { registerMarks } from './marks.ts';
import { caretOnRootElement, registerPaperClick } from './paper-click.ts';
import { registerPaste } from './paste.ts';
import { registerEditorRules } from './rules.ts';
import { registerTripleClick } from './triple-click.ts';

/** The tag of the update that loads a document (opened, or a replacement shown): no edit of the user's. */
export const LOAD_TAG = 'wengao-load';

/** What the editor shows: a document, and whether replacing the current text with it can be undone. */
export interface Load {
  doc: DocModel;
  key: number;
  undoable: boolean;
}

interface Props {
  load: Load;
  onReady(editor: LexicalEditor): void;
  onEdit(): void;
}

function Bridge({ load, onReady, onEdit }: Props) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    onReady(editor);
    const offRules = registerEditorRules(editor);
    const offMarks = registerMarks(editor);
    const offCopy = registerCopy(editor);
    const offPaste = registerPaste(editor);
    const offTriple = registerTripleClick(editor);
    const caret = registerCaret(editor, () => caretOnRootElement(editor));
    const offPaper = registerPaperClick(editor, caret);
    const offEdit = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags }) => {
      if (tags.has(LOAD_TAG) || (dirtyElements.size === 0 && dirtyLeaves.size === 0 && !tags.has('historic'))) return;
      onEdit();
    });
    return () => {
      offRules();
      offMarks();
      offCopy();
      offPaste();
      offTriple();
      caret.off();
      offPaper();
      offEdit();
    };
  }, [editor, onReady, onEdit]);
  useEffect(() => {
    // An opened document merges into the empty start (nothing to undo); a replacement is its own step.
    let changed: NodeKey | null = null;
    const update = () => {
      const was = load.undoable ? $getRoot().getChildren().map((n) => n.getTextContent()) : null;
      $docToRoot(load.doc);
      if (was) changed = $caretAtFirstChange(was);
    };
    // A replacement keeps the page where it changed, the caret at its start (session 24's screen test, c:
    // after 采纳 of 换一种说法 the page went back to the top and the new wording had to be looked for).
    const onUpdate = () => changed && editor.getElementByKey(changed)?.scrollIntoView({ block: 'center' });
    editor.update(update, { tag: [LOAD_TAG, load.undoable ? 'history-push' : 'history-merge'], onUpdate });
    // Only a new load (its key) replaces the content, never a re-render.
  }, [editor, load.key]);
  return null;
}

/** The first top-level block whose text is not `was`'s at its place: the caret at its start, its key. */
function $caretAtFirstChange(was: readonly string[]): NodeKey | null {
  const blocks = $getRoot().getChildren();
  const at = blocks.findIndex((n, k) => n.getTextContent() !== was[k]);
  const block = blocks[at];
  if (!$isElementNode(block)) return null;
  block.selectStart();
  return block.getKey();
}

export function DocEditor(props: Props) {
  const config = {
    namespace: 'wengao',
    nodes: EDITOR_NODES,
    theme: { paragraph: 'p', heading: { h1: 'h1', h2: 'h2', h3: 'h3', h4: 'h4' }, text: { bold: 'bold' } },
    onError: (e: Error) => {
      throw e;
    },
  };
  return (
    <LexicalComposer initialConfig={config}>
      <RichTextPlugin contentEditable={<ContentEditable className="editable" aria-label="正文" spellCheck={false} />} ErrorBoundary={LexicalErrorBoundary} />
      <HistoryPlugin />
      <Bridge {...props} />
    </LexicalComposer>
  );
}
