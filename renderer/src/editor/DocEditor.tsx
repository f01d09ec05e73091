// The Lexical editor for the body of a DocModel. `doc` + `loadKey` replace the content (open,
// redraft, restore); every user edit calls onEdit (autosave) — loads are tagged and ignored.
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { $getNodeByKey, $isParagraphNode, TextNode } from 'lexical';
import type { LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import type { DocModel } from '../../../core/doc/model.ts';
import { $docToRoot, EDITOR_NODES } from './convert.ts';
import { $gapTransform, $isLeadNode } from './nodes.ts';

const LOAD_TAG = 'wengao-load';

function Bridge({ doc, loadKey, onReady, onEdit }: { doc: DocModel; loadKey: number; onReady(editor: LexicalEditor): void; onEdit(): void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    onReady(editor);
    const offGap = editor.registerNodeTransform(TextNode, $gapTransform);
    const offUpdate = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags }) => {
      if (tags.has(LOAD_TAG) || (dirtyElements.size === 0 && dirtyLeaves.size === 0)) return;
      onEdit();
    });
    // A paragraph that opens with a numbered lead is counted like a heading of that level (styles.css).
    const offLeads = editor.registerUpdateListener(({ dirtyElements, editorState }) => {
      editorState.read(() => {
        for (const key of dirtyElements.keys()) {
          const node = $getNodeByKey(key);
          if (!$isParagraphNode(node)) continue;
          const first = node.getFirstChild();
          const level = $isLeadNode(first) ? first.getLevel() : 0;
          const dom = editor.getElementByKey(key);
          if (!dom) continue;
          for (let l = 1; l <= 4; l++) dom.classList.toggle(`has-lead-l${l}`, l === level);
        }
      });
    });
    return () => {
      offGap();
      offUpdate();
      offLeads();
    };
  }, [editor, onReady, onEdit]);
  useEffect(() => {
    editor.update(() => $docToRoot(doc), { tag: [LOAD_TAG, 'history-merge'] });
    // Only a new load (loadKey) replaces the content, never a re-render.
  }, [editor, loadKey]);
  return null;
}

export function DocEditor(props: { doc: DocModel; loadKey: number; onReady(editor: LexicalEditor): void; onEdit(): void }) {
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
      <RichTextPlugin
        contentEditable={<ContentEditable className="editable" aria-label="正文" spellCheck={false} />}
        ErrorBoundary={LexicalErrorBoundary}
      />
      <HistoryPlugin />
      <Bridge {...props} />
    </LexicalComposer>
  );
}
