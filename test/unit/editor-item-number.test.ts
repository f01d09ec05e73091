// Numbers are the paragraph's, headless (renderer/src/editor/item-number.ts): a run-in item typed over
// from its start keeps its number, what she typed its lead; a number typed at the start of a heading
// or numbered lead equal to the one it shows is not kept as text (no 「二、二、」). Invented: 雁湾镇.
import { createHeadlessEditor } from '@lexical/headless';
import { $createRangeSelection, $getRoot, $getSelection, $isRangeSelection, $setSelection } from 'lexical';
import type { ElementNode, TextNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import type { DocModel } from '../../core/doc/model.ts';
import { $docToRoot, $rootToDoc, EDITOR_NODES } from '../../renderer/src/editor/convert.ts';
import { $numbering } from '../../renderer/src/editor/marks.ts';
import { registerEditorRules } from '../../renderer/src/editor/rules.ts';

const doc: DocModel = {
  kind: 'speech',
  template: 'speech-deploy',
  seed: 1,
  title: [{ text: '讲话' }],
  salutation: [{ text: '同志们：' }],
  blocks: [
    { type: 'heading', level: 1, runs: [{ text: '提高认识' }], part: 1 },
    { type: 'paragraph', runs: [{ text: '森林防火责任重大。' }], part: 1 },
    { type: 'heading', level: 1, runs: [{ text: '抓住关键' }], part: 2 },
    { type: 'paragraph', lead: { runs: [{ text: '落实护林巡山。' }], level: 2 }, runs: [{ text: '护林员分片包山，' }, { text: '镇林业站', src: 'campaign.tasks.0.lead' }, { text: '牵头。' }], part: 2 },
    { type: 'paragraph', lead: { runs: [{ text: '清理林下可燃物。' }], level: 2 }, runs: [{ text: '重点清理村庄周边。' }], part: 2 },
    { type: 'heading', level: 3, runs: [{ text: '隔离带' }], part: 2 },
  ],
};

function editor() {
  const e = createHeadlessEditor({ nodes: EDITOR_NODES, onError: (err) => { throw err; } });
  registerEditorRules(e);
  e.update(() => $docToRoot(doc), { discrete: true });
  return e;
}
type Ed = ReturnType<typeof editor>;

/** Selects block `i` (its index in the root) from its start to `to` characters before its end. */
function select(e: Ed, i: number, to = 0): void {
  e.update(() => {
    const el = $getRoot().getChildAtIndex(i) as ElementNode;
    const first = el.getFirstDescendant()!;
    const texts = el.getAllTextNodes();
    let left = to;
    let k = texts.length - 1;
    while (left > texts[k]!.getTextContentSize()) left -= texts[k--]!.getTextContentSize();
    const sel = $createRangeSelection();
    sel.anchor.set(first.getKey(), 0, 'text');
    sel.focus.set(texts[k]!.getKey(), texts[k]!.getTextContentSize() - left, 'text');
    $setSelection(sel);
  }, { discrete: true });
}

/** Types `text` one character at a time, as keys do. */
function type(e: Ed, text: string): void {
  for (const ch of text) {
    e.update(() => {
      const sel = $getSelection();
      if ($isRangeSelection(sel)) sel.insertText(ch);
    }, { discrete: true });
  }
}

const body = (e: Ed) => e.getEditorState().read(() => $rootToDoc().blocks);
const marks = (e: Ed) => e.getEditorState().read(() => $numbering().map((m) => m.text));

describe('a run-in item typed over from its start', () => {
  it('keeps its number; what she typed is its lead, the text after the first sentence its body', () => {
    const e = editor();
    select(e, 4);
    type(e, '加密巡山。节假日每天巡查一次。');
    const b = body(e);
    expect(b[3]).toMatchObject({ lead: { runs: [{ text: '加密巡山。' }], level: 2 }, runs: [{ text: '节假日每天巡查一次。' }] });
    expect(b[4]).toMatchObject({ lead: { runs: [{ text: '清理林下可燃物。' }], level: 2 } });
    expect(marks(e)).toEqual(['一、', '二、', '（一）', '（二）', '1.']);
  });

  it('typed over its lead and part of its body: the rest stays the body', () => {
    const e = editor();
    select(e, 4, '牵头。'.length);
    type(e, '严防死守。');
    const b = body(e);
    expect(b[3]).toMatchObject({ lead: { runs: [{ text: '严防死守。' }], level: 2 }, runs: [{ text: '牵头。' }] });
    expect(marks(e)).toEqual(['一、', '二、', '（一）', '（二）', '1.']);
  });

  it('a selection that starts inside the item is an ordinary edit', () => {
    const e = editor();
    e.update(() => {
      const t = ($getRoot().getChildAtIndex(4) as ElementNode).getLastDescendant() as TextNode;
      t.select(0, 2);
    }, { discrete: true });
    type(e, '甲');
    expect(body(e)[3]).toMatchObject({ lead: { runs: [{ text: '落实护林巡山。' }], level: 2 } });
  });
});

describe('a number typed where the same number is shown', () => {
  it('over a heading: 「二、」 is not kept as text', () => {
    const e = editor();
    select(e, 3);
    type(e, '二、突出重点');
    expect(body(e)[2]).toMatchObject({ type: 'heading', runs: [{ text: '突出重点' }] });
    expect(marks(e)).toEqual(['一、', '二、', '（一）', '（二）', '1.']);
  });

  it('at the start of a numbered lead: 「（二）」 is not kept; another number is hers', () => {
    const e = editor();
    e.update(() => void (($getRoot().getChildAtIndex(5) as ElementNode).getFirstDescendant() as TextNode).select(0, 0), { discrete: true });
    type(e, '（二）');
    expect(body(e)[4]).toMatchObject({ lead: { runs: [{ text: '清理林下可燃物。' }] } });
    type(e, '（五）');
    expect(body(e)[4]).toMatchObject({ lead: { runs: [{ text: '（五）清理林下可燃物。' }] } });
  });

  it('read as every reader of marks reads them (core readMark): a typed variant of the shown number, 「(二)」 or 「1．」, is not kept', () => {
    const e = editor();
    e.update(() => void (($getRoot().getChildAtIndex(5) as ElementNode).getFirstDescendant() as TextNode).select(0, 0), { discrete: true });
    type(e, '(二)');
    expect(body(e)[4]).toMatchObject({ lead: { runs: [{ text: '清理林下可燃物。' }] } });
    select(e, 6);
    type(e, '1．新修隔离带');
    expect(body(e)[5]).toMatchObject({ type: 'heading', runs: [{ text: '新修隔离带' }] });
  });

  it('a figure is no number: 「1.5公里」 at the start of the heading numbered 1. stays', () => {
    const e = editor();
    select(e, 6);
    type(e, '1.5公里隔离带');
    expect(body(e)[5]).toMatchObject({ type: 'heading', runs: [{ text: '1.5公里隔离带' }] });
    select(e, 6);
    type(e, '1.新修隔离带');
    expect(body(e)[5]).toMatchObject({ type: 'heading', runs: [{ text: '新修隔离带' }] });
  });
});

describe('a numbered item with no lead text (a long 「（一）……」 read in whole)', () => {
  const long: DocModel = { ...doc, blocks: [...doc.blocks.slice(0, 3), { type: 'paragraph', lead: { runs: [], level: 2 }, runs: [{ text: '护林员分片包山，节假日加密巡查，发现火情第一时间报告。' }], part: 2 }] };

  it('keeps its number through the editor, and when she types in it', () => {
    const e = createHeadlessEditor({ nodes: EDITOR_NODES, onError: (err) => { throw err; } });
    registerEditorRules(e);
    e.update(() => $docToRoot(long), { discrete: true });
    expect(body(e)[3]).toEqual(long.blocks[3]);
    expect(marks(e)).toEqual(['一、', '二、', '（一）']);
    e.update(() => void ($getRoot().getChildAtIndex(4) as ElementNode).selectEnd(), { discrete: true });
    type(e, '严防死守。');
    expect(body(e)[3]).toMatchObject({ lead: { runs: [], level: 2 }, runs: [{ text: '护林员分片包山，节假日加密巡查，发现火情第一时间报告。严防死守。' }] });
    expect(marks(e)).toEqual(['一、', '二、', '（一）']);
  });
});

describe('a whole item selected and deleted (session 23 leftover: Word keeps an empty numbered item)', () => {
  it('stays an empty item with its number; what she types next is its lead, at its level', () => {
    const e = editor();
    select(e, 4);
    e.update(() => {
      const sel = $getSelection();
      if ($isRangeSelection(sel)) sel.deleteCharacter(false);
    }, { discrete: true });
    expect(body(e)[3]).toMatchObject({ type: 'paragraph', lead: { runs: [], level: 2 }, runs: [] });
    expect(marks(e)).toEqual(['一、', '二、', '（一）', '（二）', '1.']);
    type(e, '严查野外用火。进山路口设卡。');
    expect(body(e)[3]).toMatchObject({ lead: { runs: [{ text: '严查野外用火。' }], level: 2 }, runs: [{ text: '进山路口设卡。' }] });
    expect(marks(e)).toEqual(['一、', '二、', '（一）', '（二）', '1.']);
  });
});
