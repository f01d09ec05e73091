// Issue 11 (session 23, g11a): at a 培训会 every lecturer its line names (「授课专家：…」) is thanked for teaching — a company's
// expert too — never thanked as a supporter and asked for 「多关心、多支持」 (s70-6 [52], W).
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const farm = structuredClone(campaigns.find((c) => c.name === 'g11a-farm-machines-town-lecturers.json')!.input);
const sentences = (text: string) => text.split(/[\n。！]/).filter(Boolean);
const FIRM = '蔺江丰沃农业机械有限公司';

describe('11 · session 23: a lecturer\'s company is thanked for teaching (s70-6 [52])', () => {
  it('the company whose expert taught is thanked for the teaching, never asked for support', () => {
    for (const { where, text } of draftsOf(farm, [1, 2, 3])) {
      const said = sentences(text).filter((s) => s.includes(FIRM) && !/^刚才/.test(s));
      expect(said.some((s) => /授课|讲解|讲课|培训/.test(s) && /感谢/.test(s)), where).toBe(true);
      for (const s of said) expect(s, where).not.toMatch(/多关心|多支持|继续给予支持|支持配合|负责同志/);
    }
  });

  it('a line labelled 「主讲嘉宾：」 is read the same way', () => {
    const label = structuredClone(farm);
    label.meeting.attendees![3] = label.meeting.attendees![3]!.replace('授课专家：', '主讲嘉宾：');
    for (const { where, text } of draftsOf(label, [1])) {
      for (const s of sentences(text).filter((x) => x.includes(FIRM) && !/^刚才/.test(x))) expect(s, where).not.toMatch(/多关心|多支持|继续给予支持/);
    }
  });
});

describe('11 · session 23: a held company that also taught is thanked and held (s72-5 [50])', () => {
  it('the company is thanked for teaching and held to its part with its peers', () => {
    const held = structuredClone(farm);
    held.meeting.attendees = [...held.meeting.attendees!, '农机维修企业：蔺江丰沃农业机械有限公司、蔺江金犁农机服务有限公司负责人'];
    held.campaign.problems.push({ title: '维修质量把关不严', detail: '蔺江丰沃农业机械有限公司、蔺江金犁农机服务有限公司维修的5台拖拉机制动不合格' });
    for (const { where, text } of draftsOf(held, [1, 2, 3])) {
      const said = sentences(text).filter((s) => s.includes(FIRM) && !/^刚才/.test(s));
      expect(said.some((s) => /授课|讲解|讲课/.test(s)), where).toBe(true);
      expect(said.some((s) => s.includes('蔺江金犁农机服务有限公司') && !/授课|讲解|讲课/.test(s)), where).toBe(true);
    }
  });
});
