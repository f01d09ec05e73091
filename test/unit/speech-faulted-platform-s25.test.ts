// Issue 11 (session 25, g11c): a level's own investment company (城投, 交投, 城发) whose part a problem faults (「部分街道、平台公司工程款结算
// 滞后」) is held to its part in its task, never asked 「也请…大力支持」 (s76-1 [37], W: 县城投公司、县交投公司 at a 欠薪 调度会).
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const renewal = loadCampaigns().find((c) => c.name === 'g11c25-renewal-district-platform-faulted.json')!.input;
const sentences = (text: string) => text.split(/[\n。！]/).filter(Boolean);

describe('11 · session 25: a faulted platform company is held, never asked for support (s76-1 [37])', () => {
  it('the 区城发集团 is told to do its part in the task', () => {
    for (const { where, text } of draftsOf(renewal, [1, 2, 3])) {
      const said = sentences(text).filter((s) => s.includes('区城发集团有限公司'));
      expect(said.length, where).toBeGreaterThan(0);
      for (const s of said) expect(s, where).not.toMatch(/请区城发集团|支持|感谢/);
    }
  });

  it('without the fault it is asked as before', () => {
    const other = structuredClone(renewal);
    other.campaign.problems[0]!.detail = '部分街道工程款结算滞后，个别项目进度款拨付不足40%，施工企业垫资压力大';
    const texts = draftsOf(other, [1]).map((d) => d.text).join('\n');
    expect(sentences(texts).filter((s) => s.includes('区城发集团有限公司')).some((s) => /请区城发集团有限公司/.test(s))).toBe(true);
  });

  it('a fault clause that names it by name holds it too (r-s78 s78-10 [32])', () => {
    const other = structuredClone(renewal);
    other.campaign.problems[0]!.detail = '区城发集团有限公司负责的项目拖欠工程款1860万元，施工企业垫资压力大';
    for (const { where, text } of draftsOf(other, [1, 2])) {
      for (const s of sentences(text).filter((x) => x.includes('区城发集团有限公司') && !x.includes('拖欠'))) expect(s, where).not.toMatch(/请区城发集团|支持|感谢/);
    }
  });
});

