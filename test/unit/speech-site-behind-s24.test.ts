// Issue 11 (session 24, g11a): at a 观摩会 the builder whose site the problems find behind (「纺机宿舍小区完成率41%，低于全区平均水平」, the
// visit naming the builder of that site) is held to its duty, never thanked for the site nor asked to keep setting the example (s75-7 [49],
// W). The others whose sites were seen are thanked as before.
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const visit = loadCampaigns().find((c) => c.name === 'g11a-oldestates-district-site-behind.json')!.input;
const sentences = (text: string) => text.split(/[\n。！]/).filter(Boolean);

describe('11 · session 24: a builder whose visited site is behind is never praised (s75-7 [49])', () => {
  it('景泰 (the site behind) is never thanked for the site nor held up; 宏宇 is', () => {
    for (const { where, text } of draftsOf(visit, [1, 2, 3])) {
      const room = sentences(text).filter((s) => !/观摩点/.test(s));
      for (const s of room.filter((x) => x.includes('岑江景泰建筑工程有限公司'))) expect(s, where).not.toMatch(/提供(了)?(观摩的)?现场|示范|标杆|做出样子|走在前面|感谢/);
      expect(room.some((s) => s.includes('岑江宏宇建设工程有限公司') && /现场/.test(s)), where).toBe(true);
    }
  });
});
