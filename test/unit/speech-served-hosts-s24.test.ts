// Issue 11 (session 24, g11a): at a visit a campaign that serves companies makes (营商环境, 助企 观摩会), the companies whose sites were seen
// are thanked for the site and served — never told to 「当好标杆」 or to improve their own management; and the level's own 联络员/专员 by
// their post (企业 in the name is no company) never host a site (s72-8 [52], W).
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const visit = loadCampaigns().find((c) => c.name === 'g11a-helpfirms-county-site-visit.json')!.input;
const sentences = (text: string) => text.split(/[\n。！]/).filter(Boolean);

describe('11 · session 24: served companies that host a visit are thanked, not ordered (s72-8 [52])', () => {
  const drafts = draftsOf(visit, [1, 2, 3, 4, 5, 6]);

  it('the host companies are thanked for the site and never told to set the standard or manage better', () => {
    for (const { where, text } of drafts) {
      const said = sentences(text).filter((s) => s.includes('桐岭鑫禾农产品加工有限公司') && !/^（/.test(s) && !/观摩了/.test(s));
      expect(said.some((s) => /感谢/.test(s)), where).toBe(true);
      for (const s of said) expect(s, where).not.toMatch(/标杆|管理水平|安全管理|示范|走在前面|做出样子/);
    }
  });

  it('the 企业联络员 are told their service, never thanked for a site', () => {
    for (const { where, text } of drafts) {
      for (const s of sentences(text).filter((x) => x.includes('企业联络员代表'))) expect(s, where).not.toMatch(/提供(了)?现场|观摩/);
    }
  });
});
