// Issue 11 (session 25, g11c): partners outside the speaker's command (banks, a peer's centre) that lead or support tasks are thanked and
// asked in the room, never ordered (s77-10 [40], W: a 区工信局局长 told three banks and the 区国资中心 「交给大家的任务，牵头的要抓好，
// 配合的要跟上」).
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const exporters = loadCampaigns().find((c) => c.name === 'g11c25-exporters-city-banks-asked.json')!.input;
const sentences = (text: string) => text.split(/[\n。！]/).filter(Boolean);

describe('11 · session 25: banks with tasks are asked, never ordered (s77-10 [40])', () => {
  it('the room sentence that thanks the banks never hands them orders', () => {
    for (const { where, text } of draftsOf(exporters, [1, 2, 3, 4, 5, 6])) {
      const said = sentences(text).filter((s) => s.includes('汶屿农商银行') && /感谢/.test(s));
      expect(said.length, where).toBeGreaterThan(0);
      for (const s of said) expect(s, where).not.toMatch(/的要抓好|的要跟上|交给大家的任务/);
    }
  });
});
