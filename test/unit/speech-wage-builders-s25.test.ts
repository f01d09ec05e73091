// Issue 11 (session 25, after the final reading): at a campaign against wage arrears the builders in the room pay the wages —
// held to it, never thanked beside the banks nor asked 「请…牵头推进」「也请…给予支持」 (r-s80 s80-1 [34] [44], r-s79 s79-9 [58],
// r-s76 s76-1 [45], r-s78 s78-5 [50], W). core/draft/room-named.ts wageDutyBearer. Fixture me25-wages-county-builders-banks.json (芷汀县).
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const BUILDERS = ['芷汀兴业建设集团有限公司', '芷汀顺达建筑劳务有限公司'];

describe('s25 · builders at a wage-arrears meeting are duty-bearers', () => {
  it('at every seed: the builders are never thanked nor asked for support', () => {
    const input = structuredClone(loadCampaigns().find((c) => c.name === 'me25-wages-county-builders-banks.json')!.input);
    for (const { where, text } of draftsOf(input, [1, 2, 3, 4, 5, 6])) {
      const sentences = text.split(/[。！\n]/);
      const thanks = sentences.filter((s) => /感谢|谢意|谢谢/.test(s));
      for (const b of BUILDERS) {
        expect(thanks.filter((s) => s.includes(b)), `${where} · ${b}`).toEqual([]);
        expect(sentences.filter((s) => new RegExp(`请${b}(?:牵头|在职责|给予|积极|大力)`).test(s)), `${where} · ${b}`).toEqual([]);
      }
    }
  });
});
