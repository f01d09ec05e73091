// Issue 11 (session 23, g11a): a unit asked to lead (a bank, a utility, a higher unit's branch) leads among equals: 「请…牵头」, never
// 「牵头抓总」, which is the whole command (s72-8 [51], s70-5 [45], E).
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const NAMES = ['delivery-county-deputy-developers.json', 'forest-town-head.json', 'g11c-roads-county-behind-urged.json'];

describe('11 · session 23: asked to lead, not to 抓总 (s72-8 [51])', () => {
  it('no unit asked to lead is asked to 「牵头抓总」', () => {
    for (const name of NAMES) {
      const input = structuredClone(campaigns.find((c) => c.name === name)!.input);
      for (const { where, text } of draftsOf(input, [1, 2, 3])) expect(text, `${name} ${where}`).not.toMatch(/请[^，。；]{2,30}牵头抓总/);
    }
  });
});
