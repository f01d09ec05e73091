// Issue 11 (session 26, g11a): a party outside the speaker's line that the problems fault — here by the short name they call it
// (「规划设计院编制的…方案…被退回」 of 「岚州市水利规划设计研究院」) — is told to put its own part right in the task it supports,
// never asked for help or support (r-s79 s79-4 [45], W: the 勘察院 whose report the problems fault 「也请…给予大力支持」).
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const water = loadCampaigns().find((c) => c.name === 'g11a26-water-county-faulted-designer.json')!.input;
const sentences = (text: string) => text.split(/[\n。！]/).filter(Boolean);
const DESIGNER = '岚州市水利规划设计研究院';

describe('11 · session 26: a faulted party in a task it supports (s79-4 [45])', () => {
  it('the faulted institute is told to put its part right, never asked', () => {
    for (const { where, text } of draftsOf(water, [1, 2, 3])) {
      const said = sentences(text).filter((s) => s.includes(DESIGNER));
      expect(said.length, where).toBeGreaterThan(0);
      for (const s of said) {
        expect(s, where).not.toMatch(new RegExp(`请${DESIGNER}|支持|帮助|感谢`));
        expect(s, where).toMatch(new RegExp(`${DESIGNER}要[^，]*问题`));
      }
    }
  });

  it('the same institute the problems do not fault is asked as before', () => {
    const clean = structuredClone(water);
    clean.campaign.problems[0]!.detail = '12个村管网方案中有5个因水源论证不足被退回修改';
    const texts = draftsOf(clean, [1]).map((d) => d.text).join('\n');
    expect(sentences(texts).some((s) => s.includes(DESIGNER) && /请/.test(s))).toBe(true);
  });
});
