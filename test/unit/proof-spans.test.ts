// 校对 in the editor, headless: the paragraphs the proofreader gets from the editor, and a finding's
// span selected and replaced (采纳) in place — inside one text node, across a lead and the body, in a
// heading, in a 【待补充】 gap — with headings, leads and paragraph kinds kept.
import { createHeadlessEditor } from '@lexical/headless';
import { $isHeadingNode } from '@lexical/rich-text';
import { $getRoot, $getSelection, $isElementNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import type { DocModel } from '../../core/doc/model.ts';
import { $docToRoot, $rootToDoc, EDITOR_NODES } from '../../renderer/src/editor/convert.ts';
import { $isLeadNode } from '../../renderer/src/editor/nodes.ts';
import { registerEditorRules } from '../../renderer/src/editor/rules.ts';
import { $isGapNode } from '../../renderer/src/editor/text-nodes.ts';
import { $proofParagraphs, $replaceSpan, $selectSpan } from '../../renderer/src/editor/proof-spans.ts';

const doc: DocModel = {
  kind: 'speech',
  template: 'speech-deploy',
  seed: 1,
  title: [{ text: '讲话' }],
  salutation: [{ text: '同志们：' }],
  blocks: [
    { type: 'paragraph', runs: [{ text: '希望大家再接再励，奋勇争先。' }], part: 0 },
    { type: 'heading', level: 1, runs: [{ text: '统一思想思想' }], part: 1 },
    { type: 'paragraph', lead: { runs: [{ text: '坚持常态化推进。' }], level: 2 }, runs: [{ text: '各乡镇要【待补充：具体措施】落实。' }], part: 1 },
    { type: 'table', header: ['任务', '单位'], rows: [[[{ text: '清运' }], [{ text: '城管局' }]]] },
  ],
};

function editor() {
  const e = createHeadlessEditor({
    nodes: EDITOR_NODES,
    onError: (err) => {
      throw err;
    },
  });
  registerEditorRules(e);
  e.update(() => $docToRoot(doc), { discrete: true });
  return e;
}

type Editor = ReturnType<typeof editor>;
const paras = (e: Editor) => e.getEditorState().read($proofParagraphs);
const replace = (e: Editor, ...args: Parameters<typeof $replaceSpan>) => {
  let ok = false;
  e.update(() => void (ok = $replaceSpan(...args)), { discrete: true });
  return ok;
};

describe('the editor as the proofreader sees it', () => {
  it('gives one text per top-level block, headings marked, a table as an empty paragraph', () => {
    const p = paras(editor());
    expect(p.texts).toEqual(['同志们：', '希望大家再接再励，奋勇争先。', '统一思想思想', '坚持常态化推进。各乡镇要【待补充：具体措施】落实。', '']);
    expect(p.headings).toEqual([false, false, true, false, false]);
    expect(new Set(p.keys).size).toBe(5);
  });

  it('selects a span, also one that crosses from the lead into the body', () => {
    const e = editor();
    e.update(() => void $selectSpan(1, 4, 4), { discrete: true });
    expect(e.getEditorState().read(() => $getSelection()?.getTextContent())).toBe('再接再励');
    e.update(() => void $selectSpan(3, 6, 5), { discrete: true });
    expect(e.getEditorState().read(() => $getSelection()?.getTextContent())).toBe('进。各乡镇');
  });

  it('采纳 replaces the span in place, keeping the paragraph, and refuses a changed paragraph', () => {
    const e = editor();
    const before = paras(e).texts[1]!;
    expect(replace(e, 1, 4, 4, '再接再厉', before)).toBe(true);
    expect(paras(e).texts[1]).toBe('希望大家再接再厉，奋勇争先。');
    // The finding was made on the old text: nothing is changed.
    expect(replace(e, 1, 4, 4, '再接再厉', before)).toBe(false);
    expect(paras(e).texts[1]).toBe('希望大家再接再厉，奋勇争先。');
    const back = e.getEditorState().read(() => $rootToDoc());
    expect(back.blocks[0]).toMatchObject({ type: 'paragraph', runs: [{ text: '希望大家再接再厉，奋勇争先。' }], part: 0 });
  });

  it('keeps a heading a heading, and a lead a lead, when text in them is replaced', () => {
    const e = editor();
    expect(replace(e, 2, 4, 2, '')).toBe(true);
    expect(replace(e, 3, 2, 3, '常态')).toBe(true);
    e.getEditorState().read(() => {
      const h = $getRoot().getChildAtIndex(2);
      expect($isHeadingNode(h) && h.getTag()).toBe('h1');
      expect(h?.getTextContent()).toBe('统一思想');
      const p = $getRoot().getChildAtIndex(3);
      const lead = $isElementNode(p) ? p.getFirstChild() : null;
      expect($isLeadNode(lead) && lead.getLevel()).toBe(2);
      expect(lead?.getTextContent()).toBe('坚持常态推进。');
    });
    const back = e.getEditorState().read(() => $rootToDoc());
    expect(back.blocks[1]).toMatchObject({ type: 'heading', level: 1, runs: [{ text: '统一思想' }] });
    expect(back.blocks[2]).toMatchObject({ lead: { runs: [{ text: '坚持常态推进。' }], level: 2 }, runs: [{ text: '各乡镇要【待补充：具体措施】落实。' }] });
  });

  it('a replacement across the lead and the body edits both; a filled gap becomes plain text', () => {
    const e = editor();
    expect(replace(e, 3, 6, 5, '进。各县')).toBe(true);
    expect(paras(e).texts[3]).toBe('坚持常态化推进。各县要【待补充：具体措施】落实。');
    const gapAt = paras(e).texts[3]!.indexOf('【');
    expect(replace(e, 3, gapAt, '【待补充：具体措施】'.length, '分片包干')).toBe(true);
    expect(paras(e).texts[3]).toBe('坚持常态化推进。各县要分片包干落实。');
    e.getEditorState().read(() => {
      const p = $getRoot().getChildAtIndex(3);
      const children = $isElementNode(p) ? p.getChildren() : [];
      expect(children.some((c) => $isGapNode(c))).toBe(false);
      expect($isLeadNode(children[0])).toBe(true);
    });
  });
});
