// 换一种说法 for the one paragraph the cursor is in (tester's item 7, session 14): only that
// paragraph changes — every other block (the user's edits in them included), the title, the
// salutation and the closing stay; the new wording keeps the paragraph's facts; the same seed gives
// the same text (preview, then 采纳); a paragraph the user added herself, or a heading, is refused.
// Fixture: test/fixtures/campaigns/ui-village-flood-paragraph.json (棠湾乡).
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
const parsed = validateInput(JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'campaigns', 'ui-village-flood-paragraph.json'), 'utf8')) as unknown);
if (!parsed.ok) throw new Error('fixture invalid');
const input: WengaoInput = parsed.value;
const OWN = '各村要把转移名单张贴到村委会公示栏。';
const ADDED = '这是我自己加的一段话，提醒大家注意汛期值班纪律。';
let seeds = 500;
const newSeed = (not?: number) => (++seeds === not ? ++seeds : seeds);

const textOf = (b: Block | undefined) => (b && 'runs' in b ? (b.type === 'paragraph' ? runsText(b.lead?.runs) : '') + runsText(b.runs) : '');
const paragraphs = (doc: DocModel, part: number) => doc.blocks.flatMap((b, i) => (b.type === 'paragraph' && b.part === part && b.role ? [i] : []));

/** The draft with the user's sentence at the end of the first paragraph of part 1, and a paragraph of her own after it. */
function edited(doc: DocModel): DocModel {
  const at = paragraphs(doc, 1)[0]!;
  const blocks = doc.blocks.flatMap((b, k): Block[] => (k === at && b.type === 'paragraph' ? [{ ...b, runs: [...b.runs, { text: OWN }] }, { type: 'paragraph', runs: [{ text: ADDED }], part: 1 }] : [b]));
  return { ...doc, blocks };
}

describe('换一种说法 for one paragraph', () => {
  const mine = edited(draft(input, library, { seed: 11 }));
  // Part 一's paragraphs after the one she edited, and every paragraph of part 二 (run-in leads included).
  const cases = [...paragraphs(mine, 1).slice(1).map((index) => [1, index] as const), ...paragraphs(mine, 2).map((index) => [2, index] as const)];
  it('has cases', () => expect(cases.length).toBeGreaterThanOrEqual(5));

  it.each(cases)('part %i, block %i: only that paragraph changes, its facts stay, the same seed gives the same text', (part, index) => {
    const { doc, label } = redraft(mine, input, library, { paragraph: index }, newSeed);
    expect(doc.blocks).toHaveLength(mine.blocks.length);
    doc.blocks.forEach((b, i) => {
      if (i !== index) expect(b, `block ${i}`).toEqual(mine.blocks[i]);
    });
    expect(textOf(doc.blocks[index])).not.toBe(textOf(mine.blocks[index]));
    expect(doc.blocks[index]).toMatchObject({ type: 'paragraph', part, role: (mine.blocks[index] as { role: string }).role });
    for (const key of ['title', 'salutation', 'closing', 'dateLine', 'speakerLine'] as const) expect(doc[key], key).toEqual(mine[key]);
    // The units, places and deadlines of the material the paragraph named are named again.
    const facts = ['乡水利站', '乡自然资源所', '乡应急办', '乡武装部', '汛期前', '5月15日前', '杏坑村', '苇塘村', '205', '1.7'];
    for (const f of facts.filter((f) => textOf(mine.blocks[index]).includes(f))) expect(textOf(doc.blocks[index]), f).toContain(f);
    expect(label).toMatch(/^换一种说法：第[一二]部分第\d+段$/);
    const again = redraft(mine, input, library, { paragraph: index, options: { seed: doc.partSeeds![part] } }, newSeed);
    expect(again.doc).toEqual(doc);
  });

  it('keeps the user’s own sentence in the paragraph next to it, and refuses her own paragraph and a heading', () => {
    const first = paragraphs(mine, 1)[0]!;
    expect(textOf(mine.blocks[first])).toContain(OWN);
    const next = paragraphs(mine, 1)[1] ?? paragraphs(mine, 2)[0]!;
    const { doc } = redraft(mine, input, library, { paragraph: next }, newSeed);
    expect(textOf(doc.blocks[first])).toContain(OWN);
    expect(textOf(doc.blocks[first + 1])).toBe(ADDED);
    expect(() => redraft(mine, input, library, { paragraph: first + 1 }, newSeed)).toThrow(/您自己添加的文字/);
    const heading = mine.blocks.findIndex((b) => b.type === 'heading');
    expect(() => redraft(mine, input, library, { paragraph: heading }, newSeed)).toThrow(/请把光标放在正文的一个段落中/);
  });
});
