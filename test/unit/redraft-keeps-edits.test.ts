// 换一种说法 on one part, or a 范文库 heading chosen, replaces that part (that heading) of the text the
// user has now and nothing else: her edits in the other parts stay (the outside tester's sentence in
// part 一 vanished when she took a new opening or closing). Fixture: ui-town-flood-edits.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block, DocModel } from '../../core/doc/model.ts';
import { runsText } from '../../core/doc/text.ts';
import { draft } from '../../core/draft/index.ts';
import { redraft } from '../../core/draft/redraft.ts';
import { validateInput } from '../../core/input/index.ts';
import type { WengaoInput } from '../../core/input/schema.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';

const library = loadDraftLibrary();
const raw = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'campaigns', 'ui-town-flood-edits.json'), 'utf8')) as unknown;
const parsed = validateInput(raw);
if (!parsed.ok) throw new Error('fixture invalid');
const input: WengaoInput = parsed.value;
const OWN = '各村（社区）要把汛前排查的每一处隐患拍照存档、逐处销号。';
let seeds = 100;
const newSeed = () => ++seeds;

const partOf = (doc: DocModel, part: number): Block[] => doc.blocks.filter((b) => 'part' in b && b.part === part);
const allText = (doc: DocModel) => doc.blocks.map((b) => ('runs' in b ? runsText(b.runs) : '')).join('\n') + runsText(doc.closing ?? []);

/** The draft with the user's sentence added to the first paragraph of `part` and a word changed in the title. */
function edited(doc: DocModel, part: number): DocModel {
  const i = doc.blocks.findIndex((b) => b.type === 'paragraph' && b.part === part);
  const blocks = doc.blocks.map((b, k) => (k === i && b.type === 'paragraph' ? { ...b, runs: [...b.runs, { text: OWN }] } : b));
  return { ...doc, blocks, title: [{ text: '在岚溪镇防汛工作部署会上的讲话（修改稿）' }] };
}

describe('a part reworded alone keeps the user’s edits elsewhere', () => {
  const base = draft(input, library, { seed: 7 });
  for (const part of [0, 4, 2]) {
    it(`part ${part}: only that part changes; the sentence typed in another part stays`, () => {
      const elsewhere = part === 1 ? 2 : 1;
      const mine = edited(base, elsewhere);
      const { doc } = redraft(mine, input, library, { part }, newSeed);
      expect(allText(doc)).toContain(OWN);
      expect(doc.title).toEqual(mine.title);
      for (const p of [0, 1, 2, 3, 4].filter((p) => p !== part)) expect(partOf(doc, p)).toEqual(partOf(mine, p));
      if (part !== 4) expect(doc.closing).toEqual(mine.closing);
      expect(doc.partSeeds![part]).not.toBe(mine.partSeeds![part]);
      // The same request twice (preview, then 采纳 with its seed) gives the same text.
      const again = redraft(mine, input, library, { part, options: { seed: doc.partSeeds![part] } }, newSeed);
      expect(again.doc).toEqual(doc);
    });
  }

  it('a 范文库 heading chosen changes that heading line only, the body edit under it stays', () => {
    const mine = edited(base, 1);
    const { doc } = redraft(mine, input, library, { options: { headings: { 1: '统一思想，切实增强做好X工作责任感' } } }, newSeed);
    const heading = partOf(doc, 1)[0]!;
    expect(heading.type === 'heading' && runsText(heading.runs)).toMatch(/^统一思想，切实增强做好/);
    expect(allText(doc)).toContain(OWN);
    expect(partOf(doc, 1).slice(1)).toEqual(partOf(mine, 1).slice(1));
    expect(doc.title).toEqual(mine.title);
  });
});
