// Issue 11 (session 26, g11a): a 事业单位 of the speaker's own level named by its field (「区水利事业发展中心」) is one of ours even beside
// a builder in a task: told its part, never taken for a provider with a brand, thanked as a guest or asked 「请…支持」 (r-s79 s79-8 [50],
// W: 「感谢县公路事业发展中心参加今天的会议…请继续支持配合」).
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const dikes = loadCampaigns().find((c) => c.name === 'g11a26-dikes-district-own-centre.json')!.input;
const sentences = (text: string) => text.split(/[\n。！]/).filter(Boolean);

describe('11 · session 26: the level\'s own 事业发展中心 is no guest (s79-8 [50])', () => {
  it('never thanked nor asked for support', () => {
    for (const { where, text } of draftsOf(dikes, [1, 2, 3])) {
      const said = sentences(text).filter((s) => s.includes('区水利事业发展中心'));
      expect(said.length, where).toBeGreaterThan(0);
      for (const s of said) expect(s, where).not.toMatch(/感谢|请区水利事业发展中心|支持配合|大力支持|积极支持/);
    }
  });
});
