// Issue 11 (session 8, 11b): a department head's own units, the units below a lead, and parties outside
// government, from the s11 and s12 readings and the s13 hunt. Readers marked wrong: a 县农业农村局局长
// asking 「县渔政执法大队」, his own brigade, for 「支持配合」 in the room as if it were another body's,
// and 「我们要主动对接各沿江村（社区），争取协同配合」 for a task the townships lead (over their heads);
// 「由各校外培训机构牵头负责，区消防救援大队协同配合」 (the regulator cast as the regulated party's
// helper). They edited a 县长's 「…、国网…供电公司、县农商银行配合」 to 「也请…支持」, and missed the
// 护渔员 in the room.
import { describe, expect, it } from 'vitest';
import type { SpeechInput } from '../../core/input/schema.ts';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((c) => c.name === name)!.input);
const SEEDS = [1, 2, 3];
const drafts = (input: SpeechInput) => draftsOf(input, SEEDS);
const lines = (text: string) => text.split('\n').filter(Boolean);
/** The paragraph before the closing (the closing opens 「同志们」). */
const room = (text: string) => lines(text)[lines(text).findLastIndex((l) => l.startsWith('同志们，')) - 1] ?? '';
const taskLine = (text: string, title: string) => lines(text).find((l) => l.includes(title)) ?? '';

describe('11b · a department head’s own units and the units below a lead', () => {
  const input = named('epizootic-county-bureau-own.json');

  it('the bureau’s own brigade, named without the bureau, leads as the bureau’s own: never 「请」ed to lead, never asked for support in the room', () => {
    for (const { where, text } of drafts(input)) {
      expect(taskLine(text, '严格畜禽调运监管'), where).not.toMatch(/请县农业综合行政执法大队/);
      expect(taskLine(text, '开展秋季集中免疫'), where).not.toMatch(/请县动物疫病预防控制中心|对接各乡镇畜牧兽医站/);
      // Its officers in the room are the front line, called on; the brigade is never asked for support.
      expect(room(text), where).not.toMatch(/(执法大队|疫病预防控制中心)[^。]*(支持|配合|感谢)/);
    }
  });

  it('villages that support the townships’ task are the townships’ to carry it to, not the bureau’s to seek', () => {
    for (const { where, text } of drafts(input)) {
      const task = taskLine(text, '压实乡镇属地防控责任');
      expect(task, where).not.toMatch(/(对接|商请|沟通衔接)[^。]*各村|争取[^。]*配合/);
      expect(task, where).toMatch(/各乡镇要[^。]*各村（社区）/);
    }
  });

  it('towns in the room that lead tasks are not asked again for support; the front line in the room is called on', () => {
    for (const { where, text } of drafts(input)) {
      expect(room(text), where).not.toMatch(/柳溪镇|白沙乡|高桥镇/);
      expect(room(text), where).toContain('防疫员');
    }
  });
});

describe('11b · parties outside government are asked, regulators regulate, those called in are spoken to once', () => {
  it('a 县长 asks the power company and the bank for support; he does not assign them 配合', () => {
    const input = named('epizootic-county-bureau-own.json');
    input.meeting.speaker = { name: '汪建国', title: '县委副书记、县长' };
    input.campaign.tasks[4] = { ...input.campaign.tasks[4]!, lead: '县农业农村局' };
    for (const { where, text } of drafts(input)) {
      const task = taskLine(text, '做好防疫宣传');
      expect(task, where).toMatch(/请国网青岚县供电公司、县农商银行/);
      expect(task, where).not.toMatch(/县农商银行(协同|做好|按职责)?配合/);
    }
  });

  it('a government body beside a company’s lead is asked to guide and inspect, never to 配合 the company', () => {
    const input = named('epizootic-county-bureau-own.json');
    input.campaign.tasks[3] = { title: '落实养殖企业防疫主体责任', detail: '规模养殖企业建立免疫档案，落实消毒和无害化处理', lead: '各规模养殖企业', support: ['县市场监管局'], deadline: '2026-12-31' };
    for (const { where, text } of drafts(input)) {
      const task = taskLine(text, '落实养殖企业防疫主体责任');
      expect(task, where).not.toMatch(/县市场监管局(协同|做好|积极)?(配合|协助)/);
      expect(task, where).toMatch(/请县市场监管局[^。]*(指导|检查)/);
    }
  });

  it('companies called in at a 约谈会 are spoken to as such, and not then asked as guests to 支持、配合', () => {
    const input = named('epizootic-county-bureau-own.json');
    input.meeting.name = '全县畜禽调运违规问题警示约谈会';
    input.meeting.type = '约谈会';
    input.meeting.attendees = [...(input.meeting.attendees ?? []), '宏发养殖有限公司、兴旺牧业有限公司主要负责人（被约谈）'];
    for (const { where, text } of drafts(input)) {
      const said = room(text);
      expect(said.split('宏发养殖有限公司').length - 1, where).toBe(1);
      expect(said, where).not.toMatch(/支持、主动配合|积极支持/);
    }
  });

  // s14 mid reading (a 区医保局局长's 警示约谈会): 「请被约谈的5家定点医药机构牵头组织，我局做好配合」,
  // 「请区卫生健康委、区纪委监委密切配合」 and 定点零售药店 invited to 「主动监督」, all read wrong.
  it('a party called in that leads a task does it under the bureau’s supervision: not 「请」ed to lead, not 配合ed by the bureau', () => {
    const input = named('epizootic-county-bureau-own.json');
    input.campaign.tasks[3] = { title: '被约谈养殖场户限期整改', detail: '逐项列出问题清单和整改措施，书面报告整改情况', lead: '被约谈的3家养殖场户', support: ['县农业农村局'], deadline: '2026-10-15' };
    for (const { where, text } of drafts(input)) {
      const task = taskLine(text, '被约谈养殖场户限期整改');
      expect(task, where).not.toMatch(/请被约谈|我局[^。，]{0,4}配合/);
      expect(task, where).toMatch(/我局要/);
    }
  });

  it('a discipline body among the supports is asked to oversee, never to 配合 or 支持', () => {
    const input = named('epizootic-county-bureau-own.json');
    input.campaign.tasks[1] = { ...input.campaign.tasks[1]!, support: ['县公安局', '县纪委监委派驻第五纪检监察组'] };
    for (const { where, text } of drafts(input)) {
      const task = taskLine(text, '严格畜禽调运监管');
      expect(task, where).toMatch(/纪检监察组[^。，]{0,4}(加强)?监督|(监督|跟进)[^。]*纪检监察组|请县纪委监委派驻第五纪检监察组[^。，]*监督/);
      expect(task, where).not.toMatch(/纪检监察组[^。，]{0,6}(配合|支持)/);
    }
  });

  it('those the campaign’s problems are about are asked to comply, never invited to supervise (by what the material says of them, not by their trade)', () => {
    const input = named('epizootic-county-bureau-own.json');
    input.meeting.attendees = [...(input.meeting.attendees ?? []), '定点屠宰场负责人代表'];
    input.campaign.problems.push({ title: '部分屠宰场检疫把关不严', detail: '有的屠宰场对无检疫证明的生猪照收照宰' });
    for (const { where, text } of drafts(input)) {
      const said = room(text).split('。').filter((s) => s.includes('屠宰场'));
      expect(said.length, where).toBeGreaterThan(0);
      expect(said.join('。'), where).not.toMatch(/监督|提意见/);
    }
  });
});

