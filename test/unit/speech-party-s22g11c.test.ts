// Issue 11 (session 22, g11c): who is thanked, asked and set to oversee — the speaker's own people help a party's lead, never
// oversee it (hunt r-s66: s66-3 [33]).
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((c) => c.name === name)!.input);
const clauses = (text: string) => text.split(/[\n，；。！]/).filter(Boolean);
/** A clause that sets its subject to oversee another. */
const OVERSEES = /督促|督导|指导|监管|把关|督查|检查/;

describe('11 · session 22: the speaker\'s own people help a party\'s lead, never oversee it (s66-3 [33])', () => {
  const pipes = named('g11c-waterpipes-xiang-hands-help.json');

  it('包村干部 beside a contractor\'s lead are asked to help; the 水利站 beside them oversees', () => {
    for (const { where, text } of draftsOf(pipes, [1, 2, 3])) {
      const said = clauses(text).filter((c) => c.includes('包村干部'));
      expect(said.length, where).toBeGreaterThan(0);
      for (const c of said) expect(c, where).not.toMatch(OVERSEES);
      expect(clauses(text).some((c) => c.startsWith('乡水利站要') && OVERSEES.test(c)), where).toBe(true);
    }
  });

  it('own people alone beside the lead (网格员, a 驻村工作队) leave the oversight to the speaker\'s side', () => {
    for (const support of [['各村网格员'], ['驻村工作队'], ['各村包村干部', '各村']]) {
      const input = structuredClone(pipes);
      input.campaign.tasks[0]!.support = support;
      for (const { where, text } of draftsOf(input, [1, 2])) {
        for (const who of support.filter((s) => s !== '各村')) {
          for (const c of clauses(text).filter((x) => x.includes(who))) expect(c, `${where} ${who}`).not.toMatch(OVERSEES);
        }
      }
    }
  });
});

describe('11 · session 22: the level\'s own appointees are told their duty, never invited to oversee (s67-8 [43])', () => {
  const liaisons = named('g11c-liaisons-district-own-staff.json');
  /** What the room asks of the public or of outside parties. */
  const ASKED = /多提意见|多加监督|监督我们|支持配合|多理解|多支持|身边的人|感谢/;
  const saidOf = (text: string) => text.split(/[\n。！]/).filter((s) => s.includes('联络员代表'));

  it('联络员 the material says the district provides, faults and regulates are told, never asked as the public', () => {
    for (const { where, text } of draftsOf(liaisons, [1, 2, 3, 4])) {
      const said = saidOf(text);
      expect(said.length, where).toBeGreaterThan(0);
      for (const s of said) expect(s, where).not.toMatch(ASKED);
    }
  });

  it('any one of the material\'s signs is enough: provided (明确), faulted by a problem, or the work of a task', () => {
    const provided = structuredClone(liaisons);
    provided.campaign.problems = provided.campaign.problems.slice(1);
    provided.campaign.tasks = provided.campaign.tasks.slice(0, 1);
    const faulted = structuredClone(liaisons);
    faulted.campaign.achievements = [];
    faulted.campaign.tasks = faulted.campaign.tasks.slice(0, 1);
    const worked = structuredClone(liaisons);
    worked.campaign.achievements = [];
    worked.campaign.problems = worked.campaign.problems.slice(1);
    for (const input of [provided, faulted, worked]) {
      for (const { where, text } of draftsOf(input, [1, 2])) for (const s of saidOf(text)) expect(s, where).not.toMatch(ASKED);
    }
  });
});

describe('11 · session 22: a party the problems measure as behind is urged, never thanked (hunt s66-5 [39])', () => {
  const roads = named('g11c-roads-county-behind-urged.json');
  const THANKS = /感谢|谢谢|离不开大家|继续支持|继续给予支持|多关心|多支持/;
  const sentences = (text: string) => text.split(/[\n。！]/).filter(Boolean);
  const BUILDERS = ['岷州市交通投资建设集团', '岷川县安顺路桥工程有限公司', '岷州恒达市政建设有限公司'];

  it('the utility whose 杆线迁移 a problem puts at 35 % and that leads the task taking it up is urged in the room, not thanked', () => {
    for (const { where, text } of draftsOf(roads, [1, 2, 3])) {
      const room = sentences(text).filter((s) => s.includes('国网岷川县供电公司') && !/牵头|^（/.test(s));
      expect(room.length, where).toBeGreaterThan(0);
      for (const s of room) expect(s, where).not.toMatch(THANKS);
    }
  });

  it('the three contractors a problem measures side by side are spoken to alike: none thanked, none singled out', () => {
    for (const { where, text } of draftsOf(roads, [1, 2, 3])) {
      const room = sentences(text).filter((s) => BUILDERS.some((b) => s.includes(b)) && !/牵头|^（|完成率/.test(s));
      expect(room.some((s) => BUILDERS.every((b) => s.includes(b))), where).toBe(true);
      for (const s of room) expect(s, where).not.toMatch(THANKS);
    }
  });

  it('the partners the problems do not name stay thanked', () => {
    for (const { where, text } of draftsOf(roads, [1, 2])) {
      expect(sentences(text).some((s) => s.includes('中国移动岷川分公司') && /感谢|离不开|支持/.test(s) && !s.includes('国网岷川县供电公司')), where).toBe(true);
    }
  });
});

describe('11 · session 22: families of those who serve are thanked and asked to stand behind their own, never tasked (s67-7 [42])', () => {
  const police = named('g11c-police-county-kin-thanked.json');
  const TASKED = /要求带回去|多提意见|多加监督|主动监督|支持配合好|多宣传|带头/;

  it('民警家属 are thanked and asked to encourage their kin', () => {
    for (const { where, text } of draftsOf(police, [1, 2, 3, 4])) {
      const said = text.split(/[\n。！]/).filter((s) => s.includes('民警家属代表'));
      expect(said.length, where).toBeGreaterThan(0);
      for (const s of said) expect(s, where).not.toMatch(TASKED);
      expect(said.some((s) => /感谢/.test(s) && /亲人|家人|子女/.test(s)), where).toBe(true);
    }
  });

  it('the bureau\'s own officers in the room (一线民警辅警代表) are its front line, never invited to 「多提意见、多加监督」', () => {
    for (const { where, text } of draftsOf(police, [1, 2, 3])) {
      for (const s of text.split(/[\n。！]/).filter((x) => x.includes('民警辅警代表'))) expect(s, where).not.toMatch(/监督|多提意见|多理解|支持配合|带回去/);
    }
  });

  it('people the line names as models (优秀…代表) are asked to lead by example, never to 「监督」 (s69-7 [52])', () => {
    const models = structuredClone(police);
    models.meeting.attendees = [...models.meeting.attendees!, '优秀平安志愿者代表'];
    for (const { where, text } of draftsOf(models, [1, 2, 3])) {
      const said = text.split(/[\n。！]/).filter((x) => x.includes('优秀平安志愿者代表'));
      expect(said.length, where).toBeGreaterThan(0);
      for (const s of said) expect(s, where).not.toMatch(/监督|多提意见|要求带回去/);
    }
  });

  it('parents at a school\'s work keep the public\'s part (readers kept it: s58-4 [42])', () => {
    const school = structuredClone(police);
    school.meeting.attendees = ['各派出所所长、各大队大队长', '学生家长代表'];
    for (const { where, text } of draftsOf(school, [1, 2])) {
      for (const s of text.split(/[\n。！]/).filter((x) => x.includes('学生家长代表'))) expect(s, where).not.toMatch(/亲人|子女/);
    }
  });
});

describe('11 · session 22: the closing calls on the parties the room holds or the tasks bind (s67-4 [44])', () => {
  const muck = named('g11c-muck-district-close-present.json');
  const closing = (text: string) => text.trim().split('\n').at(-1)!;

  it('at a 约谈 with no township in the room or the tasks, the close calls the companies called in and the district\'s departments', () => {
    for (const { where, text } of draftsOf(muck, [1, 2, 3])) {
      const last = closing(text);
      expect(last, where).not.toMatch(/各镇|街道|乡镇/);
      expect(last, where).toMatch(/被约谈企业/);
    }
  });

  it('at a meeting that calls nobody in, the departments the tasks bind; with the towns in the room, the level\'s own words stay', () => {
    const plain = structuredClone(muck);
    plain.meeting.name = '沅溪区渣土运输安全整治调度会';
    plain.meeting.type = '调度会';
    plain.meeting.attendees = ['区城管局局长、区交警大队大队长、区住建局副局长'];
    plain.meeting.precedingItems = ['区城管局通报了2月以来渣土车违规运输情况'];
    plain.campaign.tasks[0]!.lead = '区城管局';
    for (const { where, text } of draftsOf(plain, [1, 2])) expect(closing(text), where).not.toMatch(/各镇|街道|乡镇|被约谈/);
    const towns = structuredClone(plain);
    towns.meeting.attendees = [...towns.meeting.attendees!, '各镇（街道）分管负责同志'];
    for (const { where, text } of draftsOf(towns, [1, 2])) expect(closing(text), where).not.toMatch(/被约谈/);
  });
});

describe('11 · session 22: at a 约谈 a pledge is held to, never approved (hunt s69-4 [6])', () => {
  const canteens = named('g11c-canteens-town-pledge-held.json');

  it('the opening after those called in pledged never judges it 「讲得都很清楚」 nor calls the room to carry it out', () => {
    for (const { where, text } of draftsOf(canteens, [1, 2, 3, 4])) {
      const opening = text.split('\n').find((p) => p.includes('刚才'));
      expect(opening, where).toBeDefined();
      expect(opening!, where).not.toMatch(/讲得|很清楚|很实在|很好|抓好落实|认真研究/);
      expect(opening!, where).toMatch(/表态|兑现|行动|结果|说到/);
    }
  });
});

describe('11 · session 22: higher officials named on one line are thanked all or none (hunt s69-1 [6])', () => {
  const fire = named('g11c-fire-xiang-higher-mates.json');

  it('the 林业站站长 stationed here and leading a task is thanked with the 副局长 of his line', () => {
    for (const { where, text } of draftsOf(fire, [1, 2, 3])) {
      const thanks = text.split(/[\n。！]/).filter((s) => s.includes('闵志诚') && /感谢|谢意/.test(s));
      expect(thanks.length, where).toBeGreaterThan(0);
      expect(thanks.some((s) => s.includes('卓远')), where).toBe(true);
    }
  });
});

describe('11 · session 22: a bureau head\'s own sections by the bureau\'s short name are told, never asked (hunt s69-3 [35] [49])', () => {
  const transport = named('g11c-transport-district-bureau-short.json');

  it('「区局安全监督科」「区局运输管理科」 are never asked with 请 by the 局长', () => {
    for (const { where, text } of draftsOf(transport, [1, 2, 3])) {
      expect(text, where).toContain('区局安全监督科');
      expect(text, where).not.toMatch(/请区局|商请区局|请[^。；]{0,20}、区局/);
    }
  });
});

describe('11 · session 22: a unit the tasks name short is judged by its full name in the room (hunt s69-2 [28])', () => {
  const river = named('g11c-river-street-short-higher.json');

  it('the district bureaus\' 站 at a street are asked, never listed to 配合 with the communities nor told to 牵头抓总', () => {
    for (const { where, text } of draftsOf(river, [1, 2, 3])) {
      const said = text.split(/[\n。！]/).filter((s) => /石滩(生态环境监测|水务)站/.test(s) && !/^（/.test(s));
      expect(said.length, where).toBeGreaterThan(0);
      for (const s of said) expect(s, where).toMatch(/请[^，。；]{0,6}石滩/);
    }
  });
});

describe('11 · session 22: aides by their post that lead a task are guided by the speaker\'s body beside them, never 「配合」ed (hunt s69-3 [46])', () => {
  const sorting = named('g11c-sorting-district-aides-guided.json');

  it('the bureau\'s 环境卫生管理所 beside the 督导员 oversees them; the 督导员 are never asked to 「牵头」', () => {
    for (const { where, text } of draftsOf(sorting, [1, 2, 3])) {
      const said = text.split(/[\n。！]/).filter((s) => s.includes('各小区垃圾分类督导员') && s.includes('环境卫生管理所'));
      expect(said.length, where).toBeGreaterThan(0);
      for (const s of said) {
        expect(s, where).not.toMatch(/请各小区|环境卫生管理所(要|积极|做好)?(配合|协同)/);
        expect(s, where).toMatch(/督|指导|把关|检查/);
      }
    }
  });
});
