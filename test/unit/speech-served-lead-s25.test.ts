// Issue 11 (session 25, g11a): at a campaign that serves companies, an enterprise it serves is served whether or not it leads a task of
// its own — never listed with the banks, the insurers and the utilities as one of the campaign's helpers (r-s78 s78-10 [48], W: a served
// enterprise that leads the 本地配套 task thanked with the banks for 「惠企帮扶离不开大家」; the 「；保险机构：」 label read out).
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const business = loadCampaigns().find((c) => c.name === 'g11a25-business-county-served-lead.json')!.input;
const sentences = (text: string) => text.split(/[\n。！]/).filter(Boolean);
/** The sentences after the last task's heading: the room and the close. */
const room = (text: string) => sentences(text).slice(sentences(text).findIndex((s) => s.includes('推广信用贷款')) + 2);

describe('11 · session 25: a served enterprise that leads a task is no helper (r-s78 s78-10 [48])', () => {
  it('speaks to the leading enterprise with the other enterprises, the insurer with the banks', () => {
    for (const { where, text } of draftsOf(business, [1, 2, 3])) {
      const said = room(text);
      expect(text, where).not.toMatch(/机构[：:]/);
      const firms = said.filter((s) => s.includes('柘川华兴纺织有限公司'));
      expect(firms.length, where).toBe(1);
      expect(firms[0], where).toContain('柘川恒远机械有限公司');
      expect(firms[0], where).not.toMatch(/银行|财险/);
      expect(said.some((s) => s.includes('柘川农商银行') && s.includes('中国平安财险柘川支公司')), where).toBe(true);
    }
  });
});
