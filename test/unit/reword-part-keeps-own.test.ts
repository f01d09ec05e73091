// 换一种说法 of a whole part leaves the paragraphs the user wrote or changed in it as they are (the
// outside tester's defect 2, session 18: her added sentences in 成绩（一） and （三） were struck out and
// the generated text put back, with nothing else reworded in those paragraphs). On a real store:
// she adds a sentence to two paragraphs of a part and a paragraph of her own; the part's new wording
// keeps all three word for word, where they stood, and rewords the rest; the API says how many it
// kept, and the preview's count of edits replaced is 0. Fixture: ui18-town-forest-fire.json (栎川镇).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block, DocModel } from '../../core/doc/model.ts';
import { blockText } from '../../core/doc/text.ts';
import { keepOwnBlocks } from '../../core/draft/keep-own.ts';
import { useApi } from '../helpers/api.ts';

const { call } = useApi('wengao-part-own-');
const raw = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'campaigns', 'ui18-town-forest-fire.json'), 'utf8')) as unknown;
const ADDED = '其中镇机关干部编入巡查队的有31名。';
const MINE_TOO = '对重点林区实行包片巡护，谁的片区谁负责。';
const NEW_PARAGRAPH = '这里我再补充一点：清明前后是火险最高的时段，各村要提前排好值守表。';

const texts = (doc: DocModel, part: number) => doc.blocks.filter((b) => 'part' in b && b.part === part).map((b) => blockText(b, ''));

/** `doc` with `text` added at the end of the `n`th paragraph of `part` the engine wrote; and a paragraph of hers after it. */
function edit(doc: DocModel, part: number, edits: { n: number; text: string }[], added?: string): DocModel {
  const engine = doc.blocks.flatMap((b, i) => (b.type === 'paragraph' && b.part === part ? [i] : []));
  const at = new Map(edits.map((e) => [engine[e.n]!, e.text]));
  const blocks: Block[] = [];
  doc.blocks.forEach((b, i) => {
    const text = at.get(i);
    blocks.push(text && b.type === 'paragraph' ? { ...b, runs: [...b.runs, { text }] } : b);
    if (added && i === engine[0]) blocks.push({ type: 'paragraph', runs: [{ text: added }], part });
  });
  return { ...doc, blocks };
}

describe('换一种说法 of a part keeps her own paragraphs', () => {
  it('her two edited paragraphs and the one she added stay word for word; the rest is reworded', async () => {
    const { documentId, doc } = await call('documents.create', { input: raw, options: { seed: 5 } });
    const first = doc as DocModel;
    // Part 2 (the tasks) has two task paragraphs: she adds to both, and writes one of her own.
    const mine = edit(first, 2, [{ n: 1, text: ADDED }, { n: 2, text: MINE_TOO }], NEW_PARAGRAPH);
    await call('versions.save', { documentId, doc: mine, kind: 'autosave' });
    const before = texts(mine, 2);
    const ownBefore = before.filter((t) => !texts(first, 2).includes(t));
    expect(ownBefore).toHaveLength(3);

    let changed = false;
    for (let tries = 0; tries < 4 && !changed; tries++) {
      const res = await call('documents.redraft', { documentId, part: 2, preview: true });
      const next = res.doc as DocModel;
      const after = texts(next, 2);
      // Every paragraph of hers is there word for word, in the order she had them.
      expect(after.filter((t) => ownBefore.includes(t))).toEqual(ownBefore);
      expect(res.kept).toBe(3);
      expect((await call('versions.ownEdits', { documentId, doc: mine, next, part: 2 })).paragraphs).toBe(0);
      // Her own paragraph stays after the paragraph it followed.
      expect(after.indexOf(NEW_PARAGRAPH)).toBe(before.indexOf(NEW_PARAGRAPH));
      // The other parts are untouched.
      for (const p of [0, 1, 4]) expect(texts(next, p)).toEqual(texts(mine, p));
      changed = after.some((t, i) => t !== before[i]);
    }
    // And something of the engine's own text was reworded (a new wording, not a no-op).
    expect(changed).toBe(true);

    // 采纳 stores the same text; her paragraphs are in the stored version.
    const stored = (await call('documents.redraft', { documentId, part: 2 })).doc as DocModel;
    for (const t of ownBefore) expect(texts(stored, 2)).toContain(t);
  });

  it('a part she did not touch is reworded whole and says it kept nothing', async () => {
    const { documentId, doc } = await call('documents.create', { input: raw, options: { seed: 5 } });
    const mine = edit(doc as DocModel, 2, [{ n: 1, text: MINE_TOO }]);
    await call('versions.save', { documentId, doc: mine, kind: 'autosave' });
    const res = await call('documents.redraft', { documentId, part: 1, preview: true });
    expect(res.kept).toBeUndefined();
    expect(texts(res.doc as DocModel, 2)).toEqual(texts(mine, 2));
  });
});

describe('keepOwnBlocks', () => {
  const p = (text: string, role?: 'task', src?: string): Block => ({ type: 'paragraph', runs: [{ text, ...(src ? { src } : {}) }], part: 2, ...(role ? { role } : {}) }) as Block;
  const own = (t: string) => t.includes('她');

  it('an edited paragraph replaces the new paragraph stating the same item, wherever the new wording put it', () => {
    const old = [p('引言。', 'task'), p('任务一，她加的。', 'task', 'campaign.tasks[0].title'), p('任务二。', 'task', 'campaign.tasks[1].title')];
    const fresh = [p('新引言。', 'task'), p('新任务二。', 'task', 'campaign.tasks[1].title'), p('新任务一。', 'task', 'campaign.tasks[0].title')];
    const { blocks, kept } = keepOwnBlocks(old, fresh, own);
    expect(blocks.map((b) => blockText(b, ''))).toEqual(['新引言。', '新任务二。', '任务一，她加的。']);
    expect(kept).toBe(1);
  });

  it('a paragraph of hers with no counterpart follows the paragraph it followed; first, it stays first', () => {
    const old = [p('她写的开头。'), p('引言。', 'task'), p('任务一。', 'task', 'campaign.tasks[0].title'), p('她补的一段。')];
    const fresh = [p('新引言。', 'task'), p('新任务一。', 'task', 'campaign.tasks[0].title')];
    expect(keepOwnBlocks(old, fresh, own).blocks.map((b) => blockText(b, ''))).toEqual(['她写的开头。', '新引言。', '新任务一。', '她补的一段。']);
  });

  it('nothing of hers: the new wording as it is', () => {
    const fresh = [p('新引言。', 'task')];
    expect(keepOwnBlocks([p('引言。', 'task')], fresh, own)).toEqual({ blocks: fresh, kept: 0 });
  });
});
