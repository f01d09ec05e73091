// Issue 11 (session 24, g11a): a works party the problems fault by its trade (「部分桥位勘测精度不够」 of the 勘测院) is held to its part in
// the room, never thanked for coming nor asked to 「继续支持配合」 (s73-12 [55], W: the survey institute the problems fault thanked).
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const bridge = loadCampaigns().find((c) => c.name === 'g11a-bridge-city-faulted-surveyor.json')!.input;
const sentences = (text: string) => text.split(/[\n。！]/).filter(Boolean);

describe('11 · session 24: a party the problems fault is never thanked (s73-12 [55])', () => {
  it('the 勘测院 is held to its part, never thanked', () => {
    for (const { where, text } of draftsOf(bridge, [1, 2, 3])) {
      const said = sentences(text).filter((s) => s.includes('澜城工程勘测院') && !/^（/.test(s));
      expect(said.length, where).toBeGreaterThan(0);
      for (const s of said) expect(s, where).not.toMatch(/感谢|谢谢|支持配合|应邀/);
    }
  });

  it('a survey institute the problems do not fault may still be thanked as the room\'s supporter', () => {
    const clean = structuredClone(bridge);
    clean.campaign.problems = clean.campaign.problems.filter((p) => !p.detail?.includes('勘测'));
    const texts = draftsOf(clean, [1, 2, 3]).map((d) => d.text);
    expect(texts.some((t) => sentences(t).some((s) => s.includes('澜城工程勘测院') && /感谢/.test(s)))).toBe(true);
  });
});
