// Issue 11 (session 17, engineer pb): the parties of a 约谈 and the regulated, from the final readings r-s49 of session 16
// (s49-6 [5] [57] [58], s49-8 [35]). Every case on a fixture of its own with invented names, another domain and level.
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((c) => c.name === name)!.input);
const line = (text: string, title: string) => text.split('\n').find((l) => l.includes(`${title}。`)) ?? '';

describe('11 · session 17 pb: the regulated and those called in, each with its own part', () => {
  it('people the work regulates by their trade lead their own conduct under the overseer, never the lead it helps (s49-8 [35])', () => {
    for (const { where, text } of draftsOf(named('party-street-decorators-regulated-lead.json'), [1, 2, 3])) {
      const l = line(text, '规范装修作业');
      expect(l, where).toMatch(/辖区装修工匠/);
      expect(l, where).not.toMatch(/牵好头|牵头|商请|主动参与|密切协作|配合|协同/);
      expect(l, where).toMatch(/街道城建办要[^，。]*(监管|督促|把关|检查|指导)/);
    }
  });
});
