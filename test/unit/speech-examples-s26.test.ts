// Issue 11 (session 26, g11b): examples are not a distribution. After a detail that names one of a problem's examples, the draft
// said 「这类问题主要集中在A、B」 of the examples 「如A项目、B项目」 — a judgement the material never made (r-s80 s80-1 [20], W; s56-5
// [18], E: 「火车站东广场也存在同样问题」). And an example the detail names by most of its name (「渼水湾商住小区」 for 「渼水湾商住
// 小区项目」) is not named again (s72-10 [20], s57-5 [20], D: 「上一句已经点了这两个项目的名」).
import { describe, expect, it } from 'vitest';
import { loadCampaigns, draftsOf } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((x) => x.name === name)!.input);

describe('s26 g11b · examples stay examples', () => {
  const drafts = draftsOf(named('g11b26-canteens-street-examples.json'), [1, 2, 3]);

  it('沅桥街道: the examples the detail does not name have 「这类问题」 too; none is 「集中在」', () => {
    for (const { where, text } of drafts) {
      expect(text, where).not.toMatch(/集中在/);
      expect(text, where).toMatch(/冷藏温度超标。启明中学食堂、蓝湾幼儿园食堂也存在这类问题/);
    }
  });

  it('an example the detail names by most of its name (「晨光小学新校区」 for 「晨光小学新校区食堂」) is not named again', () => {
    for (const { where, text } of drafts) expect(text.match(/晨光小学新校区/g)?.length ?? 0, where).toBe(1);
  });
});
