// Issue 11 (session 23, g11a): in a room where the material names a wrong, the kind of company whose own trade the problems name as the
// wrong done (「非法采砂」 → 采砂企业) is held to its part, never thanked for its 「关心和支持」; the people the material says were
// wronged (「损害沿河村民耕地」) are assured their rights, never asked to 「多理解、多支持」 nor to supervise (s71-10 [50] [52], W).
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const river = structuredClone(campaigns.find((c) => c.name === 'g11a-river-town-wronged.json')!.input);
const sentences = (text: string) => text.split(/[\n。！]/).filter(Boolean);
const about = (text: string, word: string) => sentences(text).filter((s) => s.includes(word));

describe('11 · session 23: the party at fault is told, the wronged are assured (s71-10 [50] [52])', () => {
  it('a kind of company whose trade a problem names as the wrong done is never thanked nor asked for support', () => {
    for (const { where, text } of draftsOf(river, [1, 2, 3])) {
      const said = about(text, '采砂企业');
      expect(said.length, where).toBeGreaterThan(0);
      for (const s of said) expect(s, where).not.toMatch(/感谢|关心|多支持|支持配合/);
    }
  });

  it('the people the material says were wronged are assured, never asked to understand, support or supervise', () => {
    for (const { where, text } of draftsOf(river, [1, 2, 3])) {
      const said = about(text, '村民代表');
      expect(said.length, where).toBeGreaterThan(0);
      for (const s of said) {
        expect(s, where).not.toMatch(/多理解|多支持|监督|带回去|积极支持/);
        expect(s, where).toMatch(/权益/);
      }
    }
  });

  it('people the material says came asking for their pay (「…农民工聚集讨薪」) are assured too', () => {
    const pay = structuredClone(river);
    pay.meeting.attendees = [...pay.meeting.attendees!.slice(0, 3), '护岸工程农民工代表'];
    pay.campaign.problems[1]!.detail = '护岸工程施工队发生农民工到镇政府聚集讨薪，涉及18人';
    for (const { where, text } of draftsOf(pay, [1, 2, 3])) {
      const said = about(text, '农民工代表');
      expect(said.length, where).toBeGreaterThan(0);
      for (const s of said) expect(s, where).toMatch(/权益/);
    }
  });

  it('people who only think themselves wronged (「居民认为…侵害自身利益」) keep the public\'s part', () => {
    const view = structuredClone(river);
    view.campaign.problems[1]!.detail = '乱采乱挖造成河岸坍塌3处，部分沿河村民认为修复方案侵害自身利益';
    for (const { where, text } of draftsOf(view, [1])) {
      for (const s of about(text, '村民代表')) expect(s, where).not.toMatch(/合法权益/);
    }
  });
});
