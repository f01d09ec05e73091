// Where typing goes, headless (renderer/src/editor/caret.ts): Ctrl+End / Ctrl+Home are the editor's
// own (Shift extends from where the selection started), and a caret lost — no selection, or one on
// the root element — is put back where it last was, collapsed, or at the end of the text when that
// place is gone; never at the root's start (session 22's screen test, 3). Invented: 雁湾镇.
import { createHeadlessEditor } from '@lexical/headless';
import { $createRangeSelection, $getRoot, $getSelection, $isRangeSelection, $setSelection, $createTextNode } from 'lexical';
import type { ElementNode, TextNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import type { DocModel } from '../../core/doc/model.ts';
import { $docToRoot, EDITOR_NODES } from '../../renderer/src/editor/convert.ts';
import { $caretLost, $caretNow, $restoreCaret, $selectEdge, edgeKey } from '../../renderer/src/editor/caret.ts';

const doc: DocModel = {
  kind: 'speech',
  template: 'speech-deploy',
  seed: 1,
  title: [{ text: '讲话' }],
  salutation: [{ text: '同志们：' }],
  blocks: [
    { type: 'paragraph', runs: [{ text: '护林员要分片包山。' }], part: 0 },
    { type: 'heading', level: 1, runs: [{ text: '压实责任' }], part: 1 },
    { type: 'paragraph', runs: [{ text: '镇林业站要备足扑火工具。' }], part: 1 },
  ],
};

function editor() {
  const e = createHeadlessEditor({ nodes: EDITOR_NODES, onError: (err) => { throw err; } });
  e.update(() => $docToRoot(doc), { discrete: true });
  return e;
}

/** Types `text` where the selection is; the top-level blocks' texts after it. */
function typeAt(e: ReturnType<typeof editor>, text: string): string[] {
  e.update(() => {
    const sel = $getSelection();
    if ($isRangeSelection(sel)) sel.insertText(text);
  }, { discrete: true });
  return e.getEditorState().read(() => $getRoot().getChildren().map((n) => n.getTextContent()));
}

describe('Ctrl+End / Ctrl+Home', () => {
  it('reads the keys as Word has them', () => {
    const k = { ctrlKey: true, metaKey: false, altKey: false, shiftKey: false };
    expect(edgeKey({ ...k, key: 'End' })).toEqual({ end: true, extend: false });
    expect(edgeKey({ ...k, key: 'Home', shiftKey: true })).toEqual({ end: false, extend: true });
    expect(edgeKey({ ...k, key: 'End', ctrlKey: false })).toBeNull();
    expect(edgeKey({ ...k, key: 'a' })).toBeNull();
  });

  it('goes to the end of the last paragraph and the start of the first', () => {
    const e = editor();
    e.update(() => $getRoot().getChildAtIndex(1)!.selectStart(), { discrete: true });
    e.update(() => $selectEdge(true, false), { discrete: true });
    expect(typeAt(e, '甲').at(-1)).toBe('镇林业站要备足扑火工具。甲');
    e.update(() => $selectEdge(false, false), { discrete: true });
    expect(typeAt(e, '乙')[0]).toBe('乙同志们：');
  });

  it('with Shift, selects from where the caret was to the end', () => {
    const e = editor();
    e.update(() => void (($getRoot().getLastChild() as ElementNode).getFirstDescendant() as TextNode).select(2, 2), { discrete: true });
    e.update(() => $selectEdge(true, true), { discrete: true });
    expect(typeAt(e, '止').at(-1)).toBe('镇林止');
  });
});

describe('a lost caret', () => {
  it('is no selection, or a point on the root element', () => {
    const e = editor();
    e.update(() => $setSelection(null), { discrete: true });
    expect(e.getEditorState().read($caretLost)).toBe(true);
    e.update(() => {
      const sel = $createRangeSelection();
      sel.anchor.set('root', 0, 'element');
      sel.focus.set('root', 0, 'element');
      $setSelection(sel);
    }, { discrete: true });
    expect(e.getEditorState().read($caretLost)).toBe(true);
    expect(e.getEditorState().read($caretNow)).toBeNull();
  });

  it('goes back where it last was, collapsed (a key never replaces what was selected before)', () => {
    const e = editor();
    e.update(() => {
      const t = ($getRoot().getChildAtIndex(1) as ElementNode).getFirstDescendant()!;
      const sel = $createRangeSelection();
      sel.anchor.set(t.getKey(), 0, 'text');
      sel.focus.set(t.getKey(), 3, 'text');
      $setSelection(sel);
    }, { discrete: true });
    const last = e.getEditorState().read($caretNow);
    e.update(() => $setSelection(null), { discrete: true });
    e.update(() => $restoreCaret(last), { discrete: true });
    expect(typeAt(e, '丙')[1]).toBe('护林员丙要分片包山。');
  });

  it('goes to the end of the text when that place is gone, never to its start', () => {
    const e = editor();
    e.update(() => $getRoot().getChildAtIndex(1)!.selectEnd(), { discrete: true });
    const last = e.getEditorState().read($caretNow);
    e.update(() => {
      const p = $getRoot().getChildAtIndex(1) as ElementNode;
      p.clear();
      p.append($createTextNode('护林员要分片包山，节假日加密巡查。'));
      $setSelection(null);
    }, { discrete: true });
    e.update(() => $restoreCaret(last), { discrete: true });
    expect(typeAt(e, '丁').at(-1)).toBe('镇林业站要备足扑火工具。丁');
    e.update(() => $restoreCaret(null), { discrete: true });
    expect(typeAt(e, '戊')[0]).toBe('同志们：');
  });
});
