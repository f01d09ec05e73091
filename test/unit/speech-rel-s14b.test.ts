// Issue 11 (session 14, mid reading r-s42): who is held, who is thanked, who carries which part. A kind the problems
// find failing (「9个建设单位未按月足额拨付」) is held, never thanked for its 「关心和支持」; a company the level owns with a
// task is not lumped in the room with outside contractors; contractors of one works are alike, a company's 项目部 is the
// company; hired front-line staff are given their own duty, not the meeting's every demand; a village that has just
// spoken as a model is not the bad example.
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((c) => c.name === name)!.input);
const sentences = (text: string) => text.split(/[\n。！]/).filter(Boolean);
const about = (text: string, word: string) => sentences(text).filter((s) => s.includes(word));

describe('11 · session 14 (r-s42): parts by what the material says of each party', () => {
  it('a kind of 「…单位」 the problems find failing is held, never thanked; the level\'s own company with a task is not held again beside contractors (s42-1 [53] [55])', () => {
    for (const { where, text } of draftsOf(named('rel-works-county-clients.json'), [1, 2])) {
      for (const s of about(text, '在建政府投资项目建设单位')) expect(s, where).not.toMatch(/感谢|关心和支持|多参与|多支持/);
      expect(about(text, '在建政府投资项目建设单位').length, where).toBeGreaterThan(0);
      for (const s of about(text, '县城投公司').filter((x) => /澄江实业|岚峰路桥|主体责任|希望/.test(x))) expect(s, where).not.toMatch(/县城投公司/);
      expect(text, where).not.toMatch(/从自身做起/);
    }
  });

  it('two builders of one works, one named with its 项目部, are spoken to alike (s42-6)', () => {
    for (const { where, text } of draftsOf(named('rel-works-county-clients.json'), [1, 2])) {
      for (const s of about(text, '澄江实业集团有限公司').filter((x) => !/牵头|负责(?!同志)/.test(x))) expect(s, where).not.toMatch(/感谢|多帮助|多关心|多支持/);
      // One line of site managers: the two companies spoken to in one sentence, the 项目部 as its company.
      expect(about(text, '澄江实业集团有限公司').some((s) => s.includes('岚峰路桥工程有限公司')), where).toBe(true);
      expect(text, where).not.toMatch(/项目部(的负责同志|的同志|和|、)/);
    }
  });

  it('hired front-line staff get their own duty, never the meeting\'s every demand (s42-2 [61])', () => {
    for (const { where, text } of draftsOf(named('rel-xiang-stationed-teams.json'), [1, 2, 3, 4, 5, 6])) {
      expect(text, where).not.toMatch(/要靠[^。]*在一线一项一项落到地上|今天讲的每一项要求都要落实在岗位上/);
    }
  });

  it('a party that has just given the 典型发言 is not the bad example; the other example is used (s42-8 [28])', () => {
    for (const { where, text } of draftsOf(named('rel-works-county-clients.json'), [1, 2])) {
      expect(text, where).not.toMatch(/宏远建设有限公司城北安置房项目/);
      expect(text, where).toMatch(/枫岭村文化广场项目/);
    }
  });
});
