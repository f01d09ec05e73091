// The editor's DocModel ⇄ Lexical conversion, in a headless editor: blocks survive the round trip,
// numbers are never text, gaps are split out, leads stay leads.
import { createHeadlessEditor } from '@lexical/headless';
import { $getRoot, $isElementNode, $isTextNode, TextNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import type { DocModel } from '../../core/doc/model.ts';
import { toPlainText } from '../../core/doc/text.ts';
import { $docToRoot, $rootToDoc, $setBlockLevel, EDITOR_NODES } from '../../renderer/src/editor/convert.ts';
import { $gapTransform, $isGapNode } from '../../renderer/src/editor/nodes.ts';

const doc: DocModel = {
  kind: 'speech',
  template: 'speech-deploy',
  seed: 1,
  title: [{ text: '在全县创卫推进会上的讲话' }],
  salutation: [{ text: '同志们：' }],
  blocks: [
    { type: 'paragraph', runs: [{ text: '今天召开会议。' }], role: 'opening', part: 0 },
    { type: 'heading', level: 1, runs: [{ text: '统一思想' }], part: 1 },
    { type: 'paragraph', lead: { runs: [{ text: '坚持常态化推进。' }], level: 2 }, runs: [{ text: '各乡镇要【待补充：具体措施】落实。' }], part: 1 },
    { type: 'heading', level: 1, runs: [{ text: '抓好落实' }], part: 2 },
    { type: 'paragraph', seq: 'cn', runs: [{ text: '成立领导小组。' }], part: 2 },
    { type: 'labelled', style: 'attendance', label: '出席', runs: [{ text: '张三' }] },
  ],
  closing: [{ text: '同志们，让我们共同努力！' }],
};

function editor() {
  const e = createHeadlessEditor({ nodes: EDITOR_NODES, onError: (err) => { throw err; } });
  e.registerNodeTransform(TextNode, $gapTransform);
  return e;
}

describe('editor conversion', () => {
  it('round-trips a DocModel', () => {
    const e = editor();
    e.update(() => $docToRoot(doc), { discrete: true });
    const back = e.getEditorState().read(() => $rootToDoc(doc));
    expect(toPlainText(back)).toBe(toPlainText(doc));
    expect(back.blocks[2]).toMatchObject({ type: 'paragraph', lead: { level: 2 } });
    expect(back.blocks[4]).toMatchObject({ seq: 'cn' });
    expect(back.blocks[5]).toMatchObject({ type: 'labelled', label: '出席' });
    expect(back.closing?.[0]?.text).toBe('同志们，让我们共同努力！');
  });

  it('keeps numbers out of the text and highlights gaps', () => {
    const e = editor();
    e.update(() => $docToRoot(doc), { discrete: true });
    e.getEditorState().read(() => {
      const text = $getRoot().getTextContent();
      expect(text).not.toContain('一、');
      const gaps = $getRoot().getAllTextNodes().filter((n) => $isGapNode(n));
      expect(gaps.map((g) => g.getTextContent())).toEqual(['【待补充：具体措施】']);
    });
  });

  it('turns typed gaps into gap nodes and changes block levels', () => {
    const e = editor();
    e.update(() => $docToRoot(doc), { discrete: true });
    e.update(
      () => {
        const p = $getRoot().getChildAtIndex(1);
        const t = $isElementNode(p) ? p.getFirstDescendant() : null;
        if ($isTextNode(t)) t.setTextContent('今天召开会议【待补充：人数】。');
      },
      { discrete: true },
    );
    e.update(
      () => {
        const p = $getRoot().getChildAtIndex(1)!;
        $setBlockLevel(p, 1);
      },
      { discrete: true },
    );
    const back = e.getEditorState().read(() => $rootToDoc(doc));
    expect(back.blocks[0]).toMatchObject({ type: 'heading', level: 1 });
    e.getEditorState().read(() => {
      expect($getRoot().getAllTextNodes().filter((n) => $isGapNode(n)).length).toBe(2);
    });
  });
});
