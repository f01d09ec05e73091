// Issue 11 (session 18, g11b): the parties of last session's final reading (r-s53/s54/s55) — who takes up a problem, who is held.
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((c) => c.name === name)!.input);
const sentences = (text: string) => text.split(/[\n。！]/).filter(Boolean);
const about = (text: string, word: string) => sentences(text).filter((s) => s.includes(word));
/** What a problem's follow-up asks of those named for it (speech.yaml uncoveredBody, uncoveredStopNamed). */
const FOLLOW_UP = /对号入座|主动认领|跟踪推进|拿出解决|明确责任|一抓到底|抓紧解决/;

describe('11 · session 18: who takes up a problem no task answers (s53-1 [67], s55-7 [55])', () => {
  it('the office units push their work onto (「一推了之，推给热线办」) is never handed the problem; shirking is answered by the 督办问责 task', () => {
    for (const { where, text } of draftsOf(named('g11b-hotline-district-handed-to.json'), [1, 2, 3])) {
      for (const s of about(text, '区热线办')) expect(s, where).not.toMatch(FOLLOW_UP);
      const oversight = text.split('\n').find((p) => p.includes('从严督办问责'));
      expect(oversight, where).toBeDefined();
      expect(oversight, where).toContain('挂名不办事');
    }
  });

  it('works named after the town they stand in (「青禾镇红岩砖厂」) are parties the work holds: never handed problems to follow up, never a lead', () => {
    for (const { where, text } of draftsOf(named('g11b-kilns-county-town-named-works.json'), [1, 2, 3])) {
      const said = about(text, '红岩砖厂');
      expect(said.length, where).toBeGreaterThan(0);
      for (const s of said) expect(s, where).not.toMatch(FOLLOW_UP);
      for (const s of said) expect(s, where).not.toMatch(/牵好头|牵头抓总|由青禾镇红岩砖厂牵头/);
    }
  });
});

describe('11 · session 18: the place and the co-workers beside a party that leads (s53-4 [36], s53-5 [36])', () => {
  it('the street where a company called in does its own 整改 answers for the place, never supports the company', () => {
    for (const { where, text } of draftsOf(named('g11b-dust-district-summons-street.json'), [1, 2, 3])) {
      const task = text.split('\n').find((p) => p.includes('滨河安置房项目停工整改'));
      expect(task, where).toBeDefined();
      const street = /滨河街道要([^，。]*)/.exec(task!);
      expect(street, where).not.toBeNull();
      expect(street![1], where).toMatch(/属地|守土/);
      expect(task, where).not.toMatch(/滨河街道要[^。]*(支持|对接|衔接|协作)/);
    }
  });

  it('testers beside a tester that leads the same work are named once, as its co-workers: neither told to answer for conclusions nor asked to support', () => {
    for (const { where, text } of draftsOf(named('g11b-bridges-county-testers-colead.json'), [1, 2, 3])) {
      const task = text.split('\n').find((p) => p.includes('开展老旧桥梁技术状况检测'));
      expect(task, where).toBeDefined();
      expect(task!.split('衡川市交通工程试验检测中心').length - 1, where).toBe(1);
      expect(task, where).not.toMatch(/结论负责|结果负责|支持/);
      expect(task, where).toContain('岑阳恒远测绘有限公司');
    }
  });
});

describe('11 · session 18: a bureau\'s own institutions and the companies a campaign serves (s54-3 [6], s54-8 [63])', () => {
  it('at his own system\'s meeting whose units are 「局属各单位」, a bureau head takes up his own brigade\'s report and tells his institutions, never asks them', () => {
    for (const { where, text } of draftsOf(named('g11b-culture-district-own-institutions.json'), [1, 2, 3])) {
      const report = sentences(text).find((s) => s.includes('通报了一季度文旅场所安全检查情况'));
      expect(report, where).toBeDefined();
      expect(report, where).not.toMatch(/我们将|涉及我们/);
      for (const unit of ['区文物保护中心', '区文化市场综合执法大队', '区旅游集散服务中心']) {
        for (const s of about(text, unit)) expect(s, where).not.toMatch(new RegExp(`请${unit}|也请[^，。]*${unit}`));
      }
    }
  });

  it('the entrepreneurs invited to a 招商/营商环境 meeting are guests it works for, never told their 主体责任', () => {
    for (const { where, text } of draftsOf(named('g11b-investment-town-invited-entrepreneurs.json'), [1, 2, 3])) {
      for (const s of about(text, '企业家代表')) expect(s, where).not.toMatch(/主体责任|落实到位|抓好落实|落实好/);
      expect(text, where).not.toContain('企业家代表的同志');
    }
  });
});
