// The preview's count of the user's own edits that a replacement takes away (versions.ownEdits), on
// a real store: the outside tester edited two paragraphs, reworded a third alone, undid it, and then
// 「恢复第 1 版」 said 「1 段」 while both edits went. The count is the paragraphs actually replaced —
// for the whole draft, one part and one paragraph alike. Fixture: ui17-street-sewer-restore.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocModel, ParagraphBlock } from '../../core/doc/model.ts';
import { engineTexts, replacedOwnEdits, scopeTexts } from '../../core/revision/own-edits.ts';
import { useApi } from '../helpers/api.ts';

const { call } = useApi('wengao-own-edits-');
const raw = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'campaigns', 'ui17-street-sewer-restore.json'), 'utf8')) as unknown;
const MINE = ['截至目前，二期管网已开挖两段。', '各社区要把居民意见逐条登记、限时回复。'];

/** Index of the `n`th engine paragraph of `part`. */
function paragraphOf(doc: DocModel, part: number, n = 0): number {
  const found = doc.blocks.flatMap((b, i) => (b.type === 'paragraph' && b.part === part && b.role !== undefined ? [i] : []));
  return found[n]!;
}

/** `doc` with `text` added at the end of block `index`. */
function typed(doc: DocModel, index: number, text: string): DocModel {
  return { ...doc, blocks: doc.blocks.map((b, i) => (i === index && b.type === 'paragraph' ? { ...b, runs: [...b.runs, { text }] } : b)) };
}

async function twoEdits() {
  const { documentId, doc } = await call('documents.create', { input: raw, options: { seed: 11 } });
  const first = paragraphOf(doc as DocModel, 1);
  const second = paragraphOf(doc as DocModel, 2);
  const edited = typed(typed(doc as DocModel, first, MINE[0]!), second, MINE[1]!);
  await call('versions.save', { documentId, doc: edited, kind: 'autosave' });
  return { documentId, v1: doc as DocModel, edited, first, second };
}

describe('the user’s edits a replacement takes away', () => {
  it('恢复第 1 版 after a paragraph was reworded and undone counts both edited paragraphs', async () => {
    const { documentId, v1, edited, first, second } = await twoEdits();
    // 换一种说法 on a third paragraph alone: the old text is kept, the new one stored (kind generated).
    const third = paragraphOf(edited, 2, 1);
    expect(third).not.toBe(second);
    await call('versions.save', { documentId, doc: edited, kind: 'saved', label: '替换前的原文（换一种说法）' });
    const reworded = (await call('documents.redraft', { documentId, paragraph: third })).doc as DocModel;
    expect(JSON.stringify(reworded)).toContain(MINE[0]);
    // Ctrl+Z: the old wording comes back and is autosaved.
    await call('versions.save', { documentId, doc: edited, kind: 'autosave' });
    const { paragraphs } = await call('versions.ownEdits', { documentId, doc: edited, next: v1 });
    expect(paragraphs).toBe(2);
    // After 采纳 both are gone, as counted.
    const restored = (await call('versions.restore', { documentId, version: 1 })).doc as DocModel;
    for (const m of MINE) expect(JSON.stringify(restored)).not.toContain(m);
    // The reworded text holds both edits and one new engine paragraph: restoring it from the edited text replaces none of hers.
    expect((await call('versions.ownEdits', { documentId, doc: edited, next: reworded })).paragraphs).toBe(0);
    expect(first).toBeGreaterThan(0);
  });

  it('a part reworded keeps her edit in it; one paragraph counts itself when she changed it', async () => {
    const { documentId, edited, first, second } = await twoEdits();
    // A part reworded keeps her edit in it as it is (core/draft/keep-own.ts): it replaces none of hers.
    const partTwo = await call('documents.redraft', { documentId, part: 2, preview: true });
    expect(partTwo.kept).toBe(1);
    expect((await call('versions.ownEdits', { documentId, doc: edited, next: partTwo.doc, part: 2 })).paragraphs).toBe(0);
    const one = (await call('documents.redraft', { documentId, paragraph: first, preview: true })).doc as DocModel;
    expect((await call('versions.ownEdits', { documentId, doc: edited, next: one, paragraph: first })).paragraphs).toBe(1);
    const untouched = paragraphOf(edited, 2, 1);
    const other = (await call('documents.redraft', { documentId, paragraph: untouched, preview: true })).doc as DocModel;
    expect((await call('versions.ownEdits', { documentId, doc: edited, next: other, paragraph: untouched })).paragraphs).toBe(0);
    expect(second).not.toBe(untouched);
  });

  it('a heading renumbered by a heading she added above it is not her edit; the added heading is', () => {
    const doc: DocModel = {
      kind: 'speech',
      template: 't',
      seed: 1,
      length: 0,
      title: [{ text: '题' }],
      blocks: [
        { type: 'heading', level: 1, runs: [{ text: '统一思想' }], part: 1 },
        { type: 'paragraph', runs: [{ text: '正文一。' }], part: 1, role: 'task' } as ParagraphBlock,
      ],
    } as unknown as DocModel;
    const mine: DocModel = { ...doc, blocks: [{ type: 'heading', level: 1, runs: [{ text: '新加的标题' }], part: 1 }, ...doc.blocks] };
    const engine = engineTexts([{ kind: 'generated', doc }]);
    expect(scopeTexts(mine)).toContain('统一思想');
    expect(replacedOwnEdits(mine, doc, {}, engine)).toBe(1);
    expect(replacedOwnEdits(doc, mine, {}, engine)).toBe(0);
  });
});
