// Issue 11 (session 25, g11c): a body named after the city whose place the material writes with 市 elsewhere (「澧川市水利局…」 beside
// 「澧川水文水资源勘测中心桑溪分中心」) is the city's, stationed in the county: asked by the 副县长, never told 「配合」「要密切配合」 as one
// of the county's own units (r-s78 s78-6 [40], W: 「…汐阳特种设备检验检测中心青岚站要密切配合」).
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const floods = loadCampaigns().find((c) => c.name === 'g11c25-floods-county-city-station.json')!.input;
const sentences = (text: string) => text.split(/[\n。！]/).filter(Boolean);

describe('11 · session 25: the city\'s station in the county is asked (s78-6 [40])', () => {
  it('the station that supports a task is asked, never told to 配合', () => {
    for (const { where, text } of draftsOf(floods, [1, 2, 3])) {
      const said = sentences(text).filter((s) => s.includes('澧川水文水资源勘测中心桑溪分中心') && /县水利局/.test(s));
      expect(said.length, where).toBeGreaterThan(0);
      for (const s of said) {
        expect(s, where).toMatch(/请澧川水文水资源勘测中心桑溪分中心/);
        expect(s, where).not.toMatch(/桑溪分中心(要|按职责|配合|协同)/);
      }
    }
  });
});
