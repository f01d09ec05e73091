// Issue 11 (session 15, the final reading r-s43/r-s44 of session 14): who each named party is to the speaker, and what
// each may be told. Peers of one kind are spoken to alike (three elevator companies on one line, one of them a brand's
// 服务中心, s43-3 [61]); a company's department is the company its task names (s43-3 [59] [60]); a builder the problems
// name is held, never asked as a higher unit for support (s43-5 [60]); a tester is asked for its technical part, never
// handed a power to stop work (s44-3 [31]); at a 约谈 a company not called in is warned, given no fault and no deadline
// (s43-4 [56]), and the findings against those called in are put right in their task, not left 「也要抓在手上」 (s42-4
// [48]); the closing charges those who lead the tasks (s44-5 [53]).
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((c) => c.name === name)!.input);
const sentences = (text: string) => text.split(/[\n。！]/).filter(Boolean);
const about = (text: string, word: string) => sentences(text).filter((s) => s.includes(word));
const line = (text: string, title: string) => text.split('\n').find((l) => l.includes(`${title}。`)) ?? '';
const charging = () => draftsOf(named('rel-charging-street-parties.json'), [1, 2, 3]);
const summons = () => draftsOf(named('rel-property-summons-findings.json'), [1, 2, 3]);

describe('11 · session 15: parties by what they are and what the material says of them', () => {
  it('three companies on one line leading a task together are spoken to together in the room, none told 「分内的事」 (s43-3 [61])', () => {
    for (const { where, text } of charging()) {
      expect(about(text, '华驰新能源滨江服务中心').some((s) => s.includes('岳川星充科技有限公司') && /在座|希望/.test(s)), where).toBe(true);
      expect(text, where).not.toMatch(/分内/);
    }
  });

  it('a company\'s department in the room is the company its task names: spoken to with the other utilities (s43-3 [59] [60])', () => {
    for (const { where, text } of charging()) expect(about(text, '岳川新奥燃气公司客户服务部').some((s) => s.includes('滨江供电所')), where).toBe(true);
  });

  it('a province\'s builder the problems name is held with its peer, never asked for support (s43-5 [60])', () => {
    for (const { where, text } of charging()) {
      expect(line(text, '加快充电棚主体施工'), where).toMatch(/省安装工程第三有限公司、中建八局岳川项目部/);
      expect(text, where).not.toMatch(/请[^。，]*省安装工程第三有限公司/);
    }
  });

  it('a testing company is asked for its technical part, never to stop or accept work (s44-3 [31])', () => {
    for (const { where, text } of charging()) {
      const l = line(text, '开展充电棚消防检测');
      expect(l, where).toMatch(/请岳川恒检工程检测有限公司/);
      for (const s of about(text, '岳川恒检')) expect(s, where).not.toMatch(/叫停|验收/);
    }
  });

  it('at a 约谈 a company not called in is warned by the example, given no fault and no deadline (s43-4 [56])', () => {
    for (const { where, text } of summons()) {
      const said = about(text, '鹭川安居物业服务有限公司');
      expect(said.length, where).toBeGreaterThan(0);
      for (const s of said) expect(s, where).not.toMatch(/12月10日|整改到位|整改销号|改到位/);
    }
  });

  it('the findings against those called in are their task\'s matter, not left over after the tasks (s42-4 [48])', () => {
    for (const { where, text } of summons()) {
      expect(text, where).not.toMatch(/前面(讲|提)到的消防车道划作收费车位[^。]*(也要|抓紧解决|抓在手上)/);
    }
  });

  it('the closing charges those who lead the tasks, not only those who help (s44-5 [53])', () => {
    for (const { where, text } of summons()) expect(text.trim().split('\n').at(-1), where).toMatch(/各物业服务企业/);
  });

  // The hunt reading r-s45 (main e67d96b).
  const sand = () => draftsOf(named('rel-sand-town-tribunal.json'), [1, 2, 3]);
  it('a guest named by a post and no name is said by the post, never 「…庭长的同志」 (s45-7 [6])', () => {
    for (const { where, text } of sand()) {
      expect(text, where).toContain('县人民法院石滩法庭庭长');
      expect(text, where).not.toMatch(/庭长的同志/);
    }
  });

  it('a court\'s tribunal supporting a township\'s task is asked, never told to 配合 (s45-7, as s41-8 [58])', () => {
    for (const { where, text } of sand()) {
      const l = line(text, '建立涉砂案件联合执法机制');
      expect(l, where).toMatch(/请石滩法庭/);
      expect(l, where).not.toMatch(/石滩法庭配合|石滩法庭要/);
    }
  });

  it('departments not working together are joined in the task that sets up their mechanism, not handed to one of them (s45-6 [58])', () => {
    for (const { where, text } of sand()) {
      expect(line(text, '建立涉砂案件联合执法机制'), where).toMatch(/部门联动不够紧密/);
      expect(text, where).not.toMatch(/部门联动不够紧密[^。]*(也要|抓紧解决)/);
    }
  });

  it('a higher unit\'s officer named after his post, beside a section of his (「区住建局副局长罗成、村镇建设股股长」), is thanked by name (s45-2 [5])', () => {
    for (const { where, text } of charging()) expect(text.split('\n').slice(0, 6).join(''), where).toMatch(/区住建局罗成副局长/);
  });
});
