// Issue 11 (session 26, g11a): the works' client by its line's label (「项目业主：…置业发展有限公司」) is told its owner's duty — schedule,
// money, the builders and the 监理 it hires — never thanked as a guest and asked for support (r-s80 s80-2 [42], W: the 建设单位 「感谢
// …参加今天的会议…多关心、多支持」).
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const housing = loadCampaigns().find((c) => c.name === 'g11a26-housing-city-works-owner.json')!.input;
const sentences = (text: string) => text.split(/[\n。！]/).filter(Boolean);

describe('11 · session 26: the owner of the works is held to its duty (s80-2 [42])', () => {
  it('told its owner\'s duty, never thanked', () => {
    for (const { where, text } of draftsOf(housing, [1, 2, 3])) {
      const said = sentences(text).filter((s) => s.includes('岚川市安居置业发展有限公司'));
      expect(said.length, where).toBe(1);
      expect(said[0], where).toMatch(/建设单位/);
      expect(said[0], where).toMatch(/首要责任|业主责任/);
      expect(said[0], where).not.toMatch(/感谢|支持|关心/);
    }
  });
});
