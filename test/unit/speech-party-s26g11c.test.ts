// Issue 11 (session 26, g11c): who leads by the task's own words — people by their post do the duty at their own post (r-s79
// s79-6 [37]); a utility the material neither faults nor tasks is not told its 主体责任 (r-s80 s80-2 [46]).
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((c) => c.name === name)!.input);
const sentences = (text: string) => text.split(/[\n。！]/).filter(Boolean);

describe('11 · session 26: people by their post lead a task at their own post, never sought or reported to (s79-6 [37])', () => {
  const stats = named('g11c26-statistics-district-post-leads.json');
  const LEAD = '区直各单位专职统计员';

  it('the 统计员 are told to do it, the bureau coordinates and checks, the peer bureau is asked for support', () => {
    for (const { where, text } of draftsOf(stats, [1, 2, 3, 4])) {
      const said = sentences(text).filter((s) => s.includes(LEAD) && s.includes('区数据资源管理局'));
      expect(said.length, where).toBe(1);
      const s = said[0]!;
      expect(s, where).not.toMatch(/商请|请区直各单位|牵头|汇报|配合完成/);
      expect(s, where).toMatch(/我局要[^，]*(统筹|督促|指导)/);
      expect(s, where).toMatch(/也请区数据资源管理局/);
    }
  });

  it('not in the room they are not sought as a peer either (「商请…牵头」「主动汇报衔接」)', () => {
    const input = structuredClone(stats);
    input.meeting.attendees = input.meeting.attendees!.filter((l) => !l.includes('统计员'));
    for (const { where, text } of draftsOf(input, [1, 2, 3])) {
      const said = sentences(text).filter((s) => s.includes(LEAD) && s.includes('区数据资源管理局'));
      expect(said.length, where).toBe(1);
      expect(said[0], where).not.toMatch(/商请|牵头|汇报|争取支持/);
    }
  });

  it('the level\'s own cadre by its level\'s name (「区统计专干」) is no post of people: told as before (s62-9 [27], K)', () => {
    const input = structuredClone(stats);
    input.campaign.tasks[0]!.lead = '区统计专干';
    for (const { where, text } of draftsOf(input, [1, 2, 3])) {
      const said = sentences(text).filter((s) => s.includes('区统计专干') && s.includes('区数据资源管理局'));
      expect(said.length, where).toBe(1);
      expect(said[0], where).not.toMatch(/立足岗位|自己的岗位|统筹/);
    }
  });

  it('a list of posts and a building\'s 楼栋长 are people by their post too', () => {
    for (const lead of ['区直各单位统计员、统计联络员', '各小区楼栋长']) {
      const input = structuredClone(stats);
      input.campaign.tasks[0]!.lead = lead;
      for (const { where, text } of draftsOf(input, [1, 2])) {
        const said = sentences(text).filter((s) => s.includes(lead) && s.includes('区数据资源管理局'));
        expect(said.length, `${where} ${lead}`).toBe(1);
        expect(said[0], `${where} ${lead}`).not.toMatch(/商请|请区直|请各小区|牵头|汇报/);
      }
    }
  });
});

describe('11 · session 26: a utility with no fault and no task is not told its 主体责任 (s80-2 [46])', () => {
  const sewage = named('g11c26-sewage-town-utility-city-name.json');
  const GAS = '汀阳华润燃气有限公司岭下营业所';

  it('the gas company that opens with the faulted builder\'s city is thanked with the water company, never held', () => {
    for (const { where, text } of draftsOf(sewage, [1, 2, 3, 4])) {
      const said = sentences(text).filter((s) => s.includes(GAS));
      expect(said.length, where).toBeGreaterThan(0);
      for (const s of said) expect(s, where).not.toMatch(/主体责任|不等不靠|后腿/);
      // The builder a problem faults is still pressed.
      expect(sentences(text).some((s) => s.includes('汀阳建工有限公司') && /进度|后腿|滞后|追回/.test(s) && !s.includes(GAS)), where).toBe(true);
    }
  });
});

describe('11 · session 26: companies of one trade each answer for their own, the faulted put their own right (s78-3 [34])', () => {
  const property = named('g11c26-property-district-peer-firms.json');
  const FIRMS = ['滢川澜庭物业服务有限公司', '滢川锦程物业管理有限公司', '滢川安居物业服务有限公司'];

  it('no company 「牵头」「具体实施」 the others\' work nor 「配合」s another; the two faulted put theirs right; the section checks', () => {
    for (const { where, text } of draftsOf(property, [1, 2, 3, 4])) {
      // The task's sentence, not the room's (which names all three too).
      const said = sentences(text).filter((s) => FIRMS.every((f) => s.includes(f)) && s.includes('6月底前'));
      expect(said.length, where).toBe(1);
      const s = said[0]!;
      expect(s, where).not.toMatch(/牵头|具体实施|具体承担|配合/);
      expect(s, where).toMatch(/锦程物业管理有限公司要[^。]*(整改|改到位|问题)[^。]*安居/);
      expect(s, where).toMatch(/安居物业服务有限公司也要/);
      expect(s, where).toMatch(/局房产管理科要/);
    }
  });

  it('one company at fault is told to put its own right, never 「各自」 said of one (r-s81 s81-2 [36])', () => {
    const input = structuredClone(property);
    input.campaign.problems[0]!.detail = '滢川澜庭物业服务有限公司管理的小区消防通道停车堵塞问题突出，上月抽查的12个小区中有7个不畅通';
    for (const { where, text } of draftsOf(input, [1, 2, 3, 4, 5, 6])) {
      const said = sentences(text).filter((s) => FIRMS.every((f) => s.includes(f)) && s.includes('6月底前'));
      expect(said.length, where).toBe(1);
      const own = said[0]!.slice(0, said[0]!.indexOf('滢川锦程'));
      expect(own, where).toMatch(/^滢川澜庭物业服务有限公司要/);
      expect(own, where).not.toMatch(/各自|各负其责|各司其职|分别/);
    }
  });

  it('where the task speaks of none of them as each\'s own and no problem faults two of them, the lead leads as before', () => {
    const input = structuredClone(property);
    input.campaign.problems = input.campaign.problems.filter((p) => !p.detail?.includes('滢川锦程'));
    input.campaign.tasks[0]!.detail = '对占用消防通道的车辆统一清理，设置禁停标识';
    for (const { where, text } of draftsOf(input, [1, 2])) {
      const said = sentences(text).filter((s) => FIRMS.every((f) => s.includes(f)));
      for (const s of said) expect(s, where).not.toMatch(/各负其责|各自|对号入座/);
    }
  });
});

describe('11 · session 26: a school or hospital in the ground the task applies to does it for its own, never asked to support (s78-11 [22])', () => {
  const health = named('g11c26-health-xiang-private-clinic.json');
  const CLINIC = '沄江市仁和医院石窠分院';

  it('the privately run 分院 named after the city is told to do it alongside the 卫生院, never 「请…支持/帮助/协调」', () => {
    for (const { where, text } of draftsOf(health, [1, 2, 3, 4])) {
      const said = sentences(text).filter((s) => s.includes(CLINIC) && s.includes('乡卫生院'));
      expect(said.length, where).toBe(1);
      expect(said[0], where).not.toMatch(/请沄江|支持和帮助|帮助协调|给予支持|大力支持/);
      expect(said[0], where).toMatch(/仁和医院石窠分院(要|也要)/);
    }
  });

  it('a city hospital the task puts its work on (「每家医疗机构」) is asked to do it alongside, never 「给予支持和帮助」 (r-s81 s81-11 [28])', () => {
    const input = structuredClone(health);
    input.meeting.attendees = input.meeting.attendees!.map((l) => l.replace('（民营）', ''));
    input.campaign.tasks[0]!.detail = '辖区每家医疗机构分村分批组织65岁以上老年人体检，对行动不便的老人上门体检';
    for (const { where, text } of draftsOf(input, [1, 2, 3])) {
      const said = sentences(text).filter((s) => s.includes(CLINIC) && s.includes('乡卫生院'));
      expect(said.length, where).toBe(1);
      expect(said[0], where).toMatch(/也请沄江市仁和医院石窠分院[^，]*同步/);
      expect(said[0], where).not.toMatch(/支持和帮助|帮助协调|大力支持/);
    }
  });

  it('a city hospital not marked private beside the task stays a higher unit asked for support', () => {
    const input = structuredClone(health);
    input.meeting.attendees = input.meeting.attendees!.map((l) => l.replace('（民营）', ''));
    for (const { where, text } of draftsOf(input, [1, 2])) {
      const said = sentences(text).filter((s) => s.includes(CLINIC) && s.includes('乡卫生院'));
      expect(said.length, where).toBe(1);
      expect(said[0], where).toMatch(/请沄江/);
    }
  });
});

describe('11 · session 26: traffic police beside a builder\'s lead organise the traffic, never oversee its progress (r-s81 s81-6 [32])', () => {
  const pipes = named('g11c26-gaspipe-county-traffic-police.json');

  it('the 交警大队 is given the traffic round the works; nobody hands it 「盯住进度、督促」', () => {
    for (const { where, text } of draftsOf(pipes, [1, 2, 3, 4])) {
      const said = sentences(text).filter((s) => s.includes('澄岭宏基市政工程有限公司') && s.includes('交警大队'));
      expect(said.length, where).toBe(1);
      const police = said[0]!.slice(said[0]!.indexOf('县公安局交警大队'));
      expect(police.split('，').slice(0, 2).join('，'), where).toMatch(/交通/);
      expect(police.split('，')[0], where).not.toMatch(/进度|督促|把关|监管/);
    }
  });
});

describe('11 · session 26: the commission its head\'s title heads as two posts is his own, never asked (r-s81 s81-7 [40])', () => {
  const conduct = named('g11c26-conduct-district-own-commission.json');

  it('the 区纪委书记、区监委主任 never says 「请区纪委监委」 of his own 纪委监委', () => {
    for (const { where, text } of draftsOf(conduct, [1, 2, 3, 4])) {
      expect(text, where).not.toMatch(/请区纪委监委|商请区纪委监委/);
      expect(sentences(text).some((s) => /优亲厚友/.test(s) || /区人力资源和社会保障局/.test(s)), where).toBe(true);
    }
  });
});
