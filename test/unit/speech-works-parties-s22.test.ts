// Issue 11 (session 22, g11a): the design and survey firms of a works job are parties of it (参建单位), told their own duty —
// never guests thanked or come to 「指导」, never a level above the speaker, never bearers of the builder's 主体责任 (r-s67/s68 final:
// s67-3 [41], s67-6 [59], s68-3 [6], W).
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';
import { openingOf } from '../helpers/room-drafts.ts';

const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((c) => c.name === name)!.input);
const sentences = (text: string) => text.split(/[\n。！]/).filter(Boolean);
const about = (text: string, word: string) => sentences(text).filter((s) => s.includes(word));
/** Thanks, or a plea for support, or the builder's responsibility, or guidance asked of them. */
const WRONG = /感谢|多支持|多关心|离不开大家|多帮助|多给予支持|主体责任|指导/;
/** What a design or survey party answers for. */
const DUTY = /设计质量|设计交底|勘察设计|技术服务|现场服务/;
const INSTITUTE = '岚江市水利勘测设计研究院';
const FIRM = '岚江瑞禾勘察设计有限公司';

describe('11 · session 22: design and survey firms are parties of the works (s67-3 [41], s67-6 [59], s68-3 [6])', () => {
  const reservoir = named('g11a-reservoir-town-design-parties.json');

  it('a city-named design institute that leads a task is no higher unit: not thanked at the opening, not 「配合」ed by the town', () => {
    for (const { where, text } of draftsOf(reservoir, [1, 2, 3])) {
      expect(openingOf(text), where).not.toContain(INSTITUTE);
      for (const s of about(text, INSTITUTE)) {
        expect(s, where).not.toMatch(WRONG);
        expect(s, where).not.toMatch(new RegExp(`(配合|恳请|请)${INSTITUTE}`));
      }
    }
  });

  it('each design or survey party in the room is told its own duty, never thanked nor given 主体责任', () => {
    for (const { where, text } of draftsOf(reservoir, [1, 2, 3])) {
      for (const party of [INSTITUTE, FIRM]) {
        const told = about(text, party).filter((s) => DUTY.test(s));
        expect(told.length, `${where} ${party}`).toBeGreaterThan(0);
        for (const s of about(text, party)) expect(s, `${where} ${party}`).not.toMatch(WRONG);
      }
    }
  });

  it('a design firm with no task of its own is held all the same', () => {
    const untasked = structuredClone(reservoir);
    untasked.campaign.tasks[0]!.support = ['茶坪村'];
    for (const { where, text } of draftsOf(untasked, [1, 2, 3])) {
      expect(about(text, FIRM).some((s) => DUTY.test(s)), where).toBe(true);
      for (const s of about(text, FIRM)) expect(s, where).not.toMatch(WRONG);
    }
  });

  it('the design units of a line of the works\' roles (「各参建单位设计、施工、监理单位」 one by one) are told their duty, not thanked', () => {
    const roles = structuredClone(reservoir);
    roles.meeting.attendees = [...roles.meeting.attendees!.slice(0, 3), '各在建项目勘察单位、设计单位、施工单位、监理单位项目负责人和技术负责人', ...roles.meeting.attendees!.slice(4)];
    roles.campaign.tasks[0]!.support = ['茶坪村'];
    for (const { where, text } of draftsOf(roles, [1, 2, 3])) {
      const said = about(text, '设计单位').filter((s) => !/^同志们/.test(s));
      expect(said.some((s) => DUTY.test(s)), where).toBe(true);
      for (const s of said) expect(s, where).not.toMatch(WRONG);
    }
  });

  it('off a works job a design institute asked for its technical help stays a partner (no duty of the works said to it)', () => {
    const survey = structuredClone(reservoir);
    survey.meeting.name = '桦岭镇农村自建房安全隐患排查部署会';
    survey.meeting.type = '部署会';
    survey.meeting.attendees = ['镇党委、镇政府班子成员', '县住建局村镇建设股股长', '岚江市建筑设计研究院技术人员', '各村党支部书记'];
    survey.campaign.name = '农村自建房安全隐患排查';
    survey.campaign.shortName = '自建房排查';
    survey.campaign.units = '各村、镇直有关单位';
    survey.campaign.goal = '12月底前完成全镇自建房安全隐患排查';
    survey.campaign.achievements = [];
    survey.campaign.problems = [{ title: '部分房屋结构安全情况不明', detail: '全镇有43栋三层以上自建房未经结构安全鉴定' }];
    survey.campaign.tasks = [{ title: '开展结构安全初判', detail: '对三层以上自建房逐栋初判', lead: '镇村镇建设办', support: ['岚江市建筑设计研究院'], deadline: '12月20日前' }];
    for (const { where, text } of draftsOf(survey, [1, 2])) for (const s of about(text, '岚江市建筑设计研究院')) expect(s, where).not.toMatch(DUTY);
  });
});
