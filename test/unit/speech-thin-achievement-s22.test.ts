// Issue 11 (session 22, g11b): an achievement typed as a bare name (「去年防溺水工作」, screen test of session 21) drafted
// 「前段工作中，去年防溺水工作。」 — a fragment. It reads as a sentence with a visible gap for what was done, never a made-up result.
import { describe, expect, it } from 'vitest';
import { draft } from '../../core/draft/index.ts';
import { toPlainText } from '../../core/doc/text.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { loadCampaigns, SPEECH_FRAMES } from '../helpers/campaigns.ts';

const library = loadDraftLibrary();
const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((x) => x.name === name)!.input);
/** The sentence that holds a text. */
const sentenceOf = (text: string, part: string) => text.split(/(?<=[。！？])|\n/).find((s) => s.includes(part)) ?? '';

describe('s22 g11b · a bare achievement asks for what was done', () => {
  // 枫坳乡 (a township, 森林防火): the one achievement is 「去年森林防火工作」, a name and nothing more.
  const input = named('g11b22-forestfire-xiang-thin-achievement.json');

  it('one bare achievement: a sentence with a gap, never the name alone', () => {
    for (const template of SPEECH_FRAMES) {
      for (const seed of [1, 2, 3]) {
        const text = toPlainText(draft(input, library, { template, seed }));
        const s = sentenceOf(text, '去年森林防火工作');
        expect(s, `${template} · ${seed}`).toMatch(/去年森林防火工作[^。]*【待补充：[^】]+】/);
      }
    }
  });

  it('several bare achievements, listed: each with its gap', () => {
    const two = structuredClone(input);
    two.campaign.achievements = [{ title: '去年森林防火工作' }, { title: '护林员队伍' }];
    for (const seed of [1, 2, 3]) {
      const text = toPlainText(draft(two, library, { template: 'speech-report', seed }));
      for (const t of ['去年森林防火工作', '护林员队伍']) expect(text.slice(text.indexOf(t), text.indexOf(t) + 40), `${t} · ${seed}`).toMatch(/【待补充：/);
    }
  });

  it('an achievement that says something keeps no gap', () => {
    const said = structuredClone(input);
    said.campaign.achievements = [{ title: '去年全乡未发生森林火灾' }];
    const text = toPlainText(draft(said, library, { seed: 1 }));
    expect(sentenceOf(text, '去年全乡未发生森林火灾')).not.toMatch(/待补充/);
  });
});
