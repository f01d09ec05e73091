// Issue 11 (session 24, g11a): people by their trade whom the material's rules bind (「送气工必须持证上岗，不得…」) are regulated: asked to
// keep the rules, never the public invited to watch over the work or spread the word (s74-4 [50], W: 押运员代表 「对我们的工作多提意见、
// 多加监督」 where the task said 「驾驶员、押运员不得在城区和桥头停车过夜」).
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const gas = loadCampaigns().find((c) => c.name === 'g11a-gas-town-bound-workers.json')!.input;
const sentences = (text: string) => text.split(/[\n。！]/).filter(Boolean);

describe('11 · session 24: workers the rules bind are held to them (s74-4 [50])', () => {
  it('the 送气工代表 are asked to keep the rules, never to supervise, advise or spread the word', () => {
    for (const { where, text } of draftsOf(gas, [1, 2, 3])) {
      const said = sentences(text).filter((s) => s.includes('送气工代表'));
      expect(said.length, where).toBeGreaterThan(0);
      for (const s of said) expect(s, where).not.toMatch(/监督|提意见|宣传员|讲给身边|感谢/);
      expect(said.some((s) => /遵守|执行|落实|落下去/.test(s)), where).toBe(true);
    }
  });

  it('people the rules do not bind stay the public (no rule names them)', () => {
    const other = structuredClone(gas);
    other.campaign.tasks[0]!.detail = '入户送气时同步检查软管和阀门';
    const texts = draftsOf(other, [1]).map((d) => d.text).join('\n');
    expect(sentences(texts).filter((s) => s.includes('送气工代表')).some((s) => /宣传员|讲给身边|理解|支持|监督/.test(s))).toBe(true);
  });
});
