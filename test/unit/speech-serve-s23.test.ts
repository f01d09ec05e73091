// Issue 11 (session 23, g11a): beside a company's lead (a builder behind time) the village or town where it works serves the work —
// coordinates, clears the way — and never 「全力支持」s nor 「紧密协作」s with a company the speaker's side oversees (s72-2 [35],
// s72-6 [32], s64-7 [34], E).
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const reservoir = structuredClone(campaigns.find((c) => c.name === 'g11a-reservoir-town-design-parties.json')!.input);
const sentences = (text: string) => text.split(/[\n。！]/).filter(Boolean);

describe('11 · session 23: the place beside a company\'s lead serves its work (s72-6 [32])', () => {
  it('the village beside the builder that leads is told to coordinate, never to support or work in step with it', () => {
    for (const { where, text } of draftsOf(reservoir, [1, 2, 3])) {
      const task = sentences(text).find((s) => s.includes('岚江通衢建设工程有限公司') && s.includes('石湾村'));
      expect(task, where).toBeDefined();
      expect(task, where).not.toMatch(/石湾村要[^，；]*(全力支持|紧密协作|同步推进|主动对接|积极支持|抓好衔接)/);
      expect(task, where).toMatch(/石湾村要[^，；]*协调/);
    }
  });
});

describe('11 · session 23: the contractor the problems put behind is pressed by name (r-s22-check, s72-2 [56], s71-5 [46], s70-9 [56])', () => {
  const pressed = (input: typeof reservoir) => {
    for (const { where, text } of draftsOf(input, [1, 2, 3])) {
      const room = sentences(text).filter((s) => s.includes('岚江通衢建设工程有限公司') && !/由岚江通衢|岚江通衢建设工程有限公司承建/.test(s));
      expect(room.length, where).toBeGreaterThan(0);
      for (const s of room) {
        expect(s, where).not.toMatch(/希望|关心|支持/);
        expect(s, where).toMatch(/进度/);
        expect(s, where).not.toContain('桦岭县恒固水利建设有限公司');
      }
    }
  };
  it('the builder behind is pressed apart from the builder that is not', () => pressed(reservoir));
  it('so is one a clause names before the clause that measures it (「…由…承建，完成投资仅38%」)', () => {
    const split = structuredClone(reservoir);
    split.campaign.problems[1]!.detail = '石湾水库由岚江通衢建设工程有限公司承建，完成投资仅38%';
    pressed(split);
  });
});
