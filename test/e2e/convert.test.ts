// The editor's DocModel ⇄ Lexical conversion, in a headless editor: lossless on every generated
// draft (every example, frame and seed: runs with their sources, blocks with role and part), numbers
// never text, gaps split out, leads kept, a fact the user edits turned into plain text.
import { createHeadlessEditor } from '@lexical/headless';
import { $createRangeSelection, $getRoot, $isElementNode, $isTextNode, $setSelection } from 'lexical';
import type { TextNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import type { DocModel } from '../../core/doc/model.ts';
import { toPlainText } from '../../core/doc/text.ts';
import { draft } from '../../core/draft/index.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { $docToRoot, $rootToDoc, $setBlockLevel, EDITOR_NODES } from '../../renderer/src/editor/convert.ts';
import { $isLeadNode } from '../../renderer/src/editor/nodes.ts';
import { registerEditorRules } from '../../renderer/src/editor/rules.ts';
import { $isFactNode, $isGapNode } from '../../renderer/src/editor/text-nodes.ts';
import { loadExamples } from '../helpers/examples.ts';

const doc: DocModel = {
  kind: 'speech',
  template: 'speech-deploy',
  seed: 1,
  title: [{ text: '在全县创卫推进会上的讲话' }],
  salutation: [{ text: '同志们：' }],
  blocks: [
    { type: 'paragraph', runs: [{ text: '今天召开会议。' }], role: 'opening', part: 0 },
    { type: 'heading', level: 1, runs: [{ text: '统一思想' }], part: 1, role: 'significance' },
    {
      type: 'paragraph',
      lead: { runs: [{ text: '坚持常态化推进', src: 'campaign.tasks[0].title' }, { text: '。' }], level: 2 },
      runs: [{ text: '由' }, { text: '县住建局', src: 'campaign.tasks[0].lead' }, { text: '牵头，各乡镇要【待补充：具体措施】落实。' }],
      part: 1,
    },
    { type: 'heading', level: 1, runs: [{ text: '抓好落实' }], part: 2 },
    { type: 'paragraph', seq: 'cn', runs: [{ text: '成立领导小组。' }], part: 2 },
    { type: 'labelled', style: 'attendance', label: '出席', runs: [{ text: '张三', src: 'meeting.attendees[0]' }] },
  ],
  closing: [{ text: '同志们，让我们共同努力！' }],
};

function editor() {
  const e = createHeadlessEditor({ nodes: EDITOR_NODES, onError: (err) => { throw err; } });
  registerEditorRules(e);
  return e;
}

function roundTrip(d: DocModel): DocModel {
  const e = editor();
  e.update(() => $docToRoot(d), { discrete: true });
  return e.getEditorState().read(() => $rootToDoc());
}

/** Runs a change on the n-th text node of the editor's whole text. */
function onText(e: ReturnType<typeof editor>, match: string, change: (t: TextNode) => void) {
  e.update(
    () => {
      const t = $getRoot().getAllTextNodes().find((n) => n.getTextContent() === match);
      if (!t) throw new Error(`no text node “${match}”`);
      change(t);
    },
    { discrete: true },
  );
}

describe('editor conversion', () => {
  it('is the identity on a hand-made draft', () => {
    expect(roundTrip(doc)).toEqual(doc);
  });

  describe('is the identity on every generated draft (every example, frame and seed)', () => {
    const library = loadDraftLibrary();
    const cases = loadExamples().flatMap((ex) =>
      [...library.templates.values()]
        .filter((t) => t.kind === ex.input.kind || t.kind === 'record' || t.kind === 'ledger')
        .flatMap((t) => Array.from({ length: 8 }, (_, i) => ({ name: ex.name, input: ex.input, template: t.id, seed: i + 1 }))),
    );
    it.each(cases)('$name · $template · seed $seed', ({ input, template, seed }) => {
      let generated: DocModel;
      try {
        generated = draft(input, library, { template, seed });
      } catch {
        return; // a frame that does not fit this material is refused by the engine, not our concern here
      }
      const back = roundTrip(generated);
      expect(back).toEqual(generated);
    });
  });

  it('keeps numbers out of the text and highlights gaps', () => {
    const e = editor();
    e.update(() => $docToRoot(doc), { discrete: true });
    e.getEditorState().read(() => {
      const text = $getRoot().getTextContent();
      expect(text).not.toContain('一、');
      const gaps = $getRoot().getAllTextNodes().filter((n) => $isGapNode(n));
      expect(gaps.map((g) => g.getTextContent())).toEqual(['【待补充：具体措施】']);
      const facts = $getRoot().getAllTextNodes().filter((n) => $isFactNode(n));
      expect(facts.map((f) => f.getTextContent())).toEqual(['坚持常态化推进', '县住建局', '张三']);
    });
  });

  it('turns an edited fact into plain text, keeps the others', () => {
    const e = editor();
    e.update(() => $docToRoot(doc), { discrete: true });
    onText(e, '县住建局', (t) => t.setTextContent('县城管局'));
    const back = e.getEditorState().read(() => $rootToDoc());
    expect(back.blocks[2]).toMatchObject({ runs: [{ text: '由县城管局牵头，各乡镇要【待补充：具体措施】落实。' }] });
    expect(back.blocks[2]).toMatchObject({ lead: { runs: [{ text: '坚持常态化推进', src: 'campaign.tasks[0].title' }, { text: '。' }] } });
  });

  it('types beside a fact without changing it', () => {
    const e = editor();
    e.update(() => $docToRoot(doc), { discrete: true });
    onText(e, '县住建局', (t) => {
      const sel = $createRangeSelection();
      sel.anchor.set(t.getKey(), t.getTextContentSize(), 'text');
      sel.focus.set(t.getKey(), t.getTextContentSize(), 'text');
      $setSelection(sel);
      sel.insertText('会同县财政局');
    });
    const back = e.getEditorState().read(() => $rootToDoc());
    expect(back.blocks[2]).toMatchObject({ runs: [{ text: '由' }, { text: '县住建局', src: 'campaign.tasks[0].lead' }, { text: '会同县财政局牵头，各乡镇要【待补充：具体措施】落实。' }] });
  });

  it('turns typed gaps into gap nodes and changes block levels', () => {
    const e = editor();
    e.update(() => $docToRoot(doc), { discrete: true });
    onText(e, '今天召开会议。', (t) => t.setTextContent('今天召开会议【待补充：人数】。'));
    e.update(() => $setBlockLevel($getRoot().getChildAtIndex(1)!, 1), { discrete: true });
    const back = e.getEditorState().read(() => $rootToDoc());
    expect(back.blocks[0]).toMatchObject({ type: 'heading', level: 1, part: 0, role: 'opening' });
    e.getEditorState().read(() => {
      expect($getRoot().getAllTextNodes().filter((n) => $isGapNode(n)).length).toBe(2);
    });
  });

  it('gives a lead paragraph’s level to its lead, and 正文 leaves the lead unnumbered', () => {
    const e = editor();
    e.update(() => $docToRoot(doc), { discrete: true });
    e.update(() => $setBlockLevel($getRoot().getChildAtIndex(3)!, 3), { discrete: true });
    expect(e.getEditorState().read(() => $rootToDoc()).blocks[2]).toMatchObject({ type: 'paragraph', lead: { level: 3 } });
    e.update(() => $setBlockLevel($getRoot().getChildAtIndex(3)!, 0), { discrete: true });
    const lead = e.getEditorState().read(() => $rootToDoc()).blocks[2];
    expect(lead).toMatchObject({ type: 'paragraph', lead: { runs: [{ text: '坚持常态化推进' }, { text: '。' }] } });
    expect(lead?.type === 'paragraph' && lead.lead?.level).toBeUndefined();
  });

  it('Enter inside a lead leaves one numbered lead, at the start of its paragraph', () => {
    const e = editor();
    e.update(() => $docToRoot(doc), { discrete: true });
    onText(e, '坚持常态化推进', (t) => {
      const sel = $createRangeSelection();
      sel.anchor.set(t.getKey(), 2, 'text');
      sel.focus.set(t.getKey(), 2, 'text');
      $setSelection(sel);
      sel.insertParagraph();
    });
    const back = e.getEditorState().read(() => $rootToDoc());
    const leads = back.blocks.filter((b) => b.type === 'paragraph' && b.lead?.level);
    expect(leads.length).toBe(1);
    // Lexical splits after the inline lead: the lead stays whole, the body becomes the next paragraph.
    expect(toPlainText(back)).toContain('（一）坚持常态化推进。\n由');
    e.getEditorState().read(() => {
      for (const p of $getRoot().getChildren()) {
        if (!$isElementNode(p)) continue;
        p.getChildren().forEach((c, i) => {
          if ($isLeadNode(c)) expect(i).toBe(0);
        });
      }
    });
  });

  it('flattens text only, never numbers', () => {
    const e = editor();
    e.update(() => $docToRoot(doc), { discrete: true });
    e.getEditorState().read(() => {
      for (const t of $getRoot().getAllTextNodes()) expect($isTextNode(t)).toBe(true);
    });
  });
});
