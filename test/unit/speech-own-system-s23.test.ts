// Issue 11 (session 23, g11a): the institutions the speaker's own department runs (a 卫健局's hospital and 疾控中心, a 宣传部's 融媒体
// 中心) are the speaker's own system, whatever their names share with it: never thanked as guests come 「应邀」 (s70-10 [6], W).
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';
import { openingOf } from '../helpers/room-drafts.ts';

const campaigns = loadCampaigns();
const health = structuredClone(campaigns.find((c) => c.name === 'g11a-health-district-own-system.json')!.input);
const sentences = (text: string) => text.split(/[\n。！]/).filter(Boolean);

describe('11 · session 23: the speaker\'s own system is no guest (s70-10 [6])', () => {
  it('a department head thanks none of the institutions the department runs, and still thanks the higher level\'s experts', () => {
    for (const { where, text } of draftsOf(health, [1, 2, 3])) {
      for (const unit of ['区人民医院', '区疾病预防控制中心']) {
        for (const s of sentences(text).filter((x) => x.includes(unit))) expect(s, `${where} ${unit}`).not.toMatch(/感谢|应邀|专程|恳请/);
      }
      expect(openingOf(text), where).toContain('茗州市传染病医院');
    }
  });

  it('a leader whose post is the department (「区委常委、宣传部部长」) thanks none of its institutions either', () => {
    const lead = structuredClone(health);
    lead.meeting.speaker = { name: '骆青禾', title: '区委常委、宣传部部长' };
    lead.meeting.organizer = '中共汀湾区委宣传部';
    lead.meeting.attendees = ['区文明委成员单位分管负责人', '特邀：区融媒体中心，茗州日报社汀湾记者站'];
    for (const { where, text } of draftsOf(lead, [1, 2, 3])) {
      for (const s of sentences(text).filter((x) => x.includes('区融媒体中心'))) expect(s, where).not.toMatch(/感谢|应邀|专程|恳请/);
      expect(sentences(text).some((s) => s.includes('茗州日报社汀湾记者站') && /感谢|欢迎/.test(s)), where).toBe(true);
    }
  });
});

describe('11 · session 23: the department\'s own institutions are directed in their tasks (s72-10 [64]; s64-3, s66-4, s71-4 …, E)', () => {
  it('a 住建局局长 never asks his own 质量安全监督站 with 「请」, nor has it 「配合完成」', () => {
    const works = structuredClone(campaigns.find((c) => c.name === 'g11a-school-works-county-supervisor.json')!.input);
    works.meeting.speaker = { name: '闵书衡', title: '县住房和城乡建设局局长' };
    works.meeting.organizer = '澄溪县住房和城乡建设局';
    works.campaign.tasks.push({ title: '开展在建校舍安全巡查', detail: '对7所学校工地逐一巡查', lead: '县建设工程质量安全监督站', support: ['县应急管理局'], deadline: '12月15日前' });
    for (const { where, text } of draftsOf(works, [1, 2, 3])) {
      const said = sentences(text).filter((s) => s.includes('县建设工程质量安全监督站'));
      expect(said.length, where).toBeGreaterThan(0);
      for (const s of said) {
        expect(s, where).not.toMatch(/请县建设工程质量安全监督站/);
        expect(s, where).not.toMatch(/配合完成/);
      }
    }
  });
});
