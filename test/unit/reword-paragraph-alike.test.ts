// 换一种说法 for one paragraph offers a wording that reads differently, or says there is none (the s18
// screen tester's defect 6: for a task paragraph it offered 「删除 2 字」 — 「牵头协调推进」 → 「牵头推进」 — and
// the same again when she asked again). Fixture: test/fixtures/campaigns/tidy18-reeds-town-thin.json (芦湾镇).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParagraphBlock } from '../../core/doc/model.ts';
import { runsText } from '../../core/doc/text.ts';
import { draft } from '../../core/draft/index.ts';
import { redraft } from '../../core/draft/redraft.ts';
import { readsAlike } from '../../core/draft/splice-paragraph.ts';
import { validateInput } from '../../core/input/index.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { CAMPAIGNS_DIR } from '../helpers/campaigns.ts';

const paragraph = (text: string): ParagraphBlock => ({ type: 'paragraph', runs: [{ text }], part: 3, role: 'task' });
let seeds = 700;
const newSeed = (not?: number) => (++seeds === not ? ++seeds : seeds);

describe('a wording that reads as the old one', () => {
  it('is a word or two changed, not a sentence', () => {
    expect(readsAlike(paragraph('由县农商行牵头协调推进，也请各村配合。'), paragraph('由县农商行牵头推进，也请各村配合。'))).toBe(true);
    expect(readsAlike(paragraph('这项工作5月底前完成。'), paragraph('这项工作5月底前完成。'))).toBe(true);
    expect(readsAlike(paragraph('由县农商行牵头协调推进，也请各村配合。'), paragraph('请县农商行抓好统筹，各村要主动配合，形成工作合力。'))).toBe(false);
  });

  it('none but such: 换一种说法 says there is no other wording, rather than offer one', () => {
    const v = validateInput(JSON.parse(readFileSync(join(CAMPAIGNS_DIR, 'tidy18-reeds-town-thin.json'), 'utf8')));
    if (!v.ok || v.value.kind !== 'speech') throw new Error('fixture invalid');
    // Four tasks: a material of two (thin, s24) has no part three of closing measures, the paragraph this test reads.
    const [a, b] = v.value.campaign.tasks;
    v.value.campaign.tasks.push({ ...a!, title: '河岸垃圾清运', detail: '沿河各村清运河岸垃圾' }, { ...b!, title: '排污口排查', detail: '对沿河排污口逐一排查' });
    const doc = draft(v.value, loadDraftLibrary(), { seed: 11 });
    const index = doc.blocks.findIndex((b) => b.type === 'paragraph' && runsText(b.runs).startsWith('各牵头单位要对牵头事项负总责'));
    expect(index).toBeGreaterThan(0);
    expect(() => redraft(doc, v.value, loadDraftLibrary(), { paragraph: index }, newSeed)).toThrow(/这一段没有别的说法可换/);
  });
});
