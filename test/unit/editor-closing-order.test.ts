// A paragraph she writes after a speech's closing stays after it in what is saved and exported (session
// 23's screen test, 1: on screen it was last; saved, reopened and in Word it stood above the closing,
// because the DocModel prints its closing after all blocks). Headless; invented: 雁湾镇.
import { createHeadlessEditor } from '@lexical/headless';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import type { DocModel } from '../../core/doc/model.ts';
import { docLines } from '../../core/doc/text.ts';
import { $docToRoot, $rootToDoc, EDITOR_NODES } from '../../renderer/src/editor/convert.ts';

const doc: DocModel = {
  kind: 'speech',
  template: 'speech-deploy',
  seed: 1,
  title: [{ text: '讲话' }],
  parts: ['开场', '一', '结尾'],
  salutation: [{ text: '同志们：' }],
  blocks: [
    { type: 'heading', level: 1, runs: [{ text: '压实责任' }], part: 1 },
    { type: 'paragraph', runs: [{ text: '护林员要分片包山。' }], part: 1 },
  ],
  closing: [{ text: '同志们，目标定下来了，就要一抓到底！' }],
};

function editor() {
  const e = createHeadlessEditor({ nodes: EDITOR_NODES, onError: (err) => { throw err; } });
  e.update(() => $docToRoot(doc), { discrete: true });
  return e;
}

const screen = (e: ReturnType<typeof editor>) => e.getEditorState().read(() => $getRoot().getChildren().map((n) => n.getTextContent()));

describe('the closing and what she wrote after it', () => {
  it('untouched: the closing is the DocModel’s closing', () => {
    const e = editor();
    expect(e.getEditorState().read(() => $rootToDoc())).toEqual(doc);
  });

  it('a paragraph after the closing is saved after it, in the closing’s part', () => {
    const e = editor();
    e.update(() => $getRoot().append($createParagraphNode().append($createTextNode('附：各村转移安置点名单会后印发。'))), { discrete: true });
    const saved = e.getEditorState().read(() => $rootToDoc());
    expect(saved.closing).toBeUndefined();
    expect(saved.blocks.slice(-2)).toEqual([
      { type: 'paragraph', runs: [{ text: '同志们，目标定下来了，就要一抓到底！' }], part: 2 },
      { type: 'paragraph', runs: [{ text: '附：各村转移安置点名单会后印发。' }], part: 2 },
    ]);
    // What is saved reads in the order she sees.
    expect(docLines(saved).slice(-2)).toEqual(screen(e).slice(-2));
    // And opened again, it stays so.
    const again = editor();
    again.update(() => $docToRoot(saved), { discrete: true });
    expect(screen(again)).toEqual(screen(e));
  });
});
