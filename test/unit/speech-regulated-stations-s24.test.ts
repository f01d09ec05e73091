// Issue 11 (session 24, g11a): a department speaking to its own system directs its own 所/站/中心 and holds the businesses it
// regulates to their own responsibility — never asks them 「商请…牵头」 as peers, nor has its own station 「汇报衔接」 or 「配合」 them
// (s73-8 [32], W: a 交通运输局局长 「商请各客运站牵头，县运输管理所要主动汇报衔接」). The businesses are known by the trade the
// department regulates (trades.ts), here by their premises (「…混凝土搅拌站」), not by a list of this input's names.
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const concrete = loadCampaigns().find((c) => c.name === 'g11a-concrete-district-regulated-stations.json')!.input;
const sentences = (text: string) => text.split(/[\n。！]/).filter(Boolean);
const STATIONS = ['各混凝土搅拌站', '青崖混凝土搅拌站', '石湾混凝土搅拌站', '北郊混凝土搅拌站'];

describe('11 · session 24: the businesses a department regulates are held, its own station directs (s73-8 [32])', () => {
  const drafts = draftsOf(concrete, [1, 2, 3]);

  it('no regulated station is asked to lead (商请/请…牵头) or told the lead\'s own duty (履行牵头责任)', () => {
    for (const { where, text } of drafts) {
      for (const s of sentences(text).filter((x) => STATIONS.some((u) => x.includes(u)))) {
        expect(s, where).not.toMatch(/商请|请[^，。]{0,12}搅拌站|履行牵头责任|争取支持/);
      }
    }
  });

  it('the bureau\'s own 质量安全监督站 oversees the stations\' task, never reports to them or 配合s them', () => {
    for (const { where, text } of drafts) {
      const task = sentences(text).find((s) => s.includes('各混凝土搅拌站') && s.includes('区建设工程质量安全监督站'));
      expect(task, where).toBeDefined();
      expect(task!, where).not.toMatch(/汇报|衔接|配合|请区建设工程/);
      expect(task!.indexOf('各混凝土搅拌站'), where).toBeGreaterThanOrEqual(0);
    }
  });

  it('the stations in the room are told their 主体责任, never thanked', () => {
    for (const { where, text } of drafts) {
      const room = sentences(text).filter((s) => s.includes('青崖混凝土搅拌站') && !/^（/.test(s));
      expect(room.some((s) => /主体责任|落实|落到|抓紧抓实/.test(s)), where).toBe(true);
      for (const s of room) expect(s, where).not.toMatch(/感谢|支持和帮助|多关心/);
    }
  });

  it('a company on the stations\' attendees line whose name does not say its trade is one of them, never thanked (r-s75 s75-8 [46])', () => {
    for (const { where, text } of drafts) {
      const said = sentences(text).filter((s) => s.includes('磐石建材有限公司'));
      expect(said.length, where).toBeGreaterThan(0);
      for (const s of said) expect(s, where).not.toMatch(/感谢|多关心|多支持|建议/);
    }
  });
});
