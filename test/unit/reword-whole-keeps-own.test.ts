// 换一种说法 of the whole text rewords only what the engine wrote (a new user lost her edits to it:
// the product's brief, session 19). On a real store: she adds a sentence to a paragraph of part 一
// and one of part 二, writes a paragraph of her own in part 二, and changes the salutation and the
// closing; the new wording of 全文 keeps all five word for word, where they stood, rewords the rest,
// says how many it kept, and the preview's count of edits replaced is 0. Fixture:
// ui19-xiang-straw-burning.json (蒿坪乡).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block, DocModel } from '../../core/doc/model.ts';
import { blockText, runsText } from '../../core/doc/text.ts';
import { replaceWhole } from '../../core/draft/splice.ts';
import { useApi } from '../helpers/api.ts';

const { call } = useApi('wengao-whole-own-');
const raw = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'campaigns', 'ui19-xiang-straw-burning.json'), 'utf8')) as unknown;
const IN_PART_1 = '乡里已经把补助标准印发到户。';
const IN_PART_2 = '每个村至少配一台巡查电动车。';
const HER_PARAGRAPH = '我再强调一句：谁的田块起了火，先问网格长的责任。';
const SALUTATION = '同志们、各位村书记：';
const CLOSING = '秋收时间紧，大家辛苦了，散会后马上回村部署。';

const texts = (doc: DocModel, part: number) => doc.blocks.filter((b) => 'part' in b && b.part === part).map((b) => blockText(b, ''));
const all = (doc: DocModel) => doc.blocks.map((b) => blockText(b, ''));

/** Her edits: a sentence at the end of the first paragraph of role `role` in parts 1 and 2, a paragraph of hers after part 2's first one, salutation, closing. */
function edit(doc: DocModel): DocModel {
  const firstOf = (part: number, role: string) => doc.blocks.findIndex((b) => b.type === 'paragraph' && b.part === part && b.role === role);
  const at = new Map([
    [firstOf(1, 'achievement'), IN_PART_1],
    [firstOf(2, 'task') + 1, IN_PART_2],
  ]);
  const blocks: Block[] = [];
  doc.blocks.forEach((b, i) => {
    const text = at.get(i);
    blocks.push(text && b.type === 'paragraph' ? { ...b, runs: [...b.runs, { text }] } : b);
    if (i === firstOf(2, 'task')) blocks.push({ type: 'paragraph', runs: [{ text: HER_PARAGRAPH }], part: 2 });
  });
  return { ...doc, blocks, salutation: [{ text: SALUTATION }], closing: [{ text: CLOSING }] };
}

describe('换一种说法 of 全文 keeps her own paragraphs', () => {
  it('her edited paragraphs, her own paragraph, salutation and closing stay word for word; the rest is reworded', async () => {
    const { documentId, doc } = await call('documents.create', { input: raw, options: { seed: 7 } });
    const first = doc as DocModel;
    const mine = edit(first);
    await call('versions.save', { documentId, doc: mine, kind: 'autosave' });
    const own = all(mine).filter((t) => !all(first).includes(t));
    expect(own).toHaveLength(3);

    const res = await call('documents.redraft', { documentId, options: { seed: 8 }, preview: true });
    const next = res.doc as DocModel;
    expect(res.label).toBe('换一种说法：全文');
    expect(res.kept).toBe(5);
    // Every paragraph of hers is there word for word, in her order, in the part it was in.
    expect(all(next).filter((t) => own.includes(t))).toEqual(own);
    expect(texts(next, 1).filter((t) => own.includes(t))).toHaveLength(1);
    expect(texts(next, 2).indexOf(HER_PARAGRAPH)).toBe(texts(mine, 2).indexOf(HER_PARAGRAPH));
    expect(runsText(next.salutation ?? [])).toBe(SALUTATION);
    expect(runsText(next.closing ?? [])).toBe(CLOSING);
    expect((await call('versions.ownEdits', { documentId, doc: mine, next })).paragraphs).toBe(0);
    // The engine's own text was reworded: not a no-op.
    expect(all(next).filter((t) => !own.includes(t))).not.toEqual(all(mine).filter((t) => !own.includes(t)));

    // 采纳 stores the same text.
    const stored = await call('documents.redraft', { documentId, options: { seed: 8 } });
    expect(all(stored.doc as DocModel)).toEqual(all(next));
    expect(stored.kept).toBe(5);
  });

  it('a text she never touched is reworded whole and says it kept nothing', async () => {
    const { documentId } = await call('documents.create', { input: raw, options: { seed: 7 } });
    const res = await call('documents.redraft', { documentId, options: { seed: 8 }, preview: true });
    expect(res.kept).toBeUndefined();
  });

  it('another frame or changed material still drafts anew (nothing is kept or counted as kept)', async () => {
    const { documentId, doc } = await call('documents.create', { input: raw, options: { seed: 7 } });
    await call('versions.save', { documentId, doc: edit(doc as DocModel), kind: 'autosave' });
    const res = await call('documents.redraft', { documentId, input: raw, preview: true });
    expect(res.label).toBe('按修改后的材料重新生成');
    expect(res.kept).toBeUndefined();
  });
});

describe('replaceWhole', () => {
  const own = (t: string) => t.includes('她');
  // The engine's paragraphs have a role; one she adds in the editor has none (renderer/src/editor/convert.ts).
  const p = (text: string, part?: number): Block => ({ type: 'paragraph', runs: [{ text }], ...(part !== undefined ? { part } : {}), ...(own(text) ? {} : { role: 'remark' }) }) as Block;
  const base = { kind: 'minutes', title: [{ text: '纪要' }] } as unknown as DocModel;

  it('blocks without parts (minutes) are one group; hers stay after the one they followed', () => {
    const previous = { ...base, blocks: [p('旧头。'), p('她加的。'), p('旧尾。')] };
    const fresh = { ...base, blocks: [p('新头。'), p('新尾。')] };
    const { doc, kept } = replaceWhole(previous, fresh, own);
    expect(doc.blocks.map((b) => blockText(b, ''))).toEqual(['新头。', '她加的。', '新尾。']);
    expect(kept).toBe(1);
  });

  it('a part the new wording lacks keeps her paragraph among the parts in order', () => {
    const previous = { ...base, blocks: [p('一。', 1), p('她的三。', 3), p('四。', 4)] };
    const fresh = { ...base, blocks: [p('新一。', 1), p('新四。', 4)] };
    expect(replaceWhole(previous, fresh, own).doc.blocks.map((b) => blockText(b, ''))).toEqual(['新一。', '她的三。', '新四。']);
  });
});
