// Issue 11 (session 22, g11a): people a task lists as its lead (drivers, boat owners, crews) are told to comply, the body that manages
// them organises — never 「由…驾驶员牵头，各施工单位配合」 (s67-3 [33], W); a duty that names a role goes to the party of that role,
// never to the people listed after it (s68-4 [54], W: 「希望监理单位项目负责人和专职安全员严格履行监理职责」).
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((c) => c.name === name)!.input);
const sentences = (text: string) => text.split(/[\n。！]/).filter(Boolean);
const about = (text: string, word: string) => sentences(text).filter((s) => s.includes(word));
/** People said to lead, or bodies said to help them. */
const LEADS = /(船主|船员|驾驶员|机手)[^，；]{0,4}牵头|牵头[^，；]{0,6}(船主|船员|驾驶员|机手)/;

describe('11 · session 22: people lead no task; a role\'s duty goes to the party of that role (s67-3 [33], s68-4 [54])', () => {
  const fishing = named('g11a-fishing-xiang-boat-owners.json');
  const reservoir = named('g11a-reservoir-town-design-parties.json');

  it('boat owners and crews that a task lists as its lead are never said to 「牵头」, nor asked in the room to 「多理解、多支持」', () => {
    for (const { where, text } of draftsOf(fishing, [1, 2, 3])) {
      expect(text, where).not.toMatch(LEADS);
      for (const s of [...about(text, '船主'), ...about(text, '船员')]) expect(s, where).not.toMatch(/多理解|多支持|身边的人|监督我们/);
    }
  });

  it('drivers that lead beside the builders that employ them comply, the builders manage them (by name)', () => {
    const drivers = structuredClone(reservoir);
    drivers.meeting.attendees = [...drivers.meeting.attendees!, '土方运输车辆驾驶员代表'];
    drivers.campaign.tasks = [...drivers.campaign.tasks, { title: '运输车辆规范行驶', detail: '按核定路线和时段行驶，不超载、不遗撒', lead: '土方运输车辆驾驶员', support: ['桦岭县恒固水利建设有限公司', '岚江通衢建设工程有限公司'], deadline: '长期坚持' }];
    for (const { where, text } of draftsOf(drivers, [1, 2, 3])) {
      expect(text, where).not.toMatch(LEADS);
      const task = sentences(text).find((s) => s.includes('土方运输车辆驾驶员要') || s.includes('对土方运输车辆驾驶员'));
      expect(task, where).toBeDefined();
      expect(task, where).toMatch(/恒固水利建设有限公司[^，]*(管理|督促)|管理[^，]*土方运输车辆驾驶员/);
      expect(task, where).not.toMatch(/配合/);
    }
  });

  it('the 监理\'s duty is said to the 监理 units, never to the safety officers listed after a line of units', () => {
    const officers = structuredClone(reservoir);
    officers.meeting.attendees = [...officers.meeting.attendees!.slice(0, 4), '全镇在建水利工程各施工单位、监理单位项目负责人和专职安全员', ...officers.meeting.attendees!.slice(6)];
    for (const { where, text } of draftsOf(officers, [1, 2, 3])) {
      const duty = sentences(text).filter((x) => /监理职责|旁站|监理要|监理是|监理这道关/.test(x));
      expect(duty.some((s) => /监理单位/.test(s)), where).toBe(true);
      for (const s of duty) expect(s, where).not.toMatch(/安全员/);
    }
  });

  it('parents that a task lists as its lead are the public: reminded by the villages, never 「牵头」 nor 「教育管理」ed (s69-8 [31])', () => {
    const parents = structuredClone(fishing);
    parents.meeting.attendees = [...parents.meeting.attendees!, '渔民家庭家长代表'];
    parents.campaign.tasks = [...parents.campaign.tasks, { title: '看护好未成年子女', detail: '不让孩子随船出湖、不让孩子在码头玩耍', lead: '渔民家庭家长', support: ['各沿湖村'], deadline: '长期坚持' }];
    for (const { where, text } of draftsOf(parents, [1, 2, 3])) {
      const said = sentences(text).filter((s) => s.includes('渔民家庭家长') && /各沿湖村/.test(s));
      expect(said.length, where).toBeGreaterThan(0);
      for (const s of said) expect(s, where).not.toMatch(/牵头|教育管理|配合|协作/);
    }
  });

  it('a line of a project\'s builder and 监理 joined by 和 gives each its own duty, never 监理职责 to the builder (s69-1 [65])', () => {
    const joined = structuredClone(reservoir);
    joined.meeting.attendees = [...joined.meeting.attendees!.slice(0, 4), '石湾、茶坪水库除险加固项目施工单位和监理单位项目负责人', ...joined.meeting.attendees!.slice(6)];
    for (const { where, text } of draftsOf(joined, [1, 2, 3])) {
      const clauses = text.split(/[\n。！；：]/).filter((c) => /监理职责|旁站|监理这道关|监理要/.test(c));
      expect(clauses.length, where).toBeGreaterThan(0);
      for (const c of clauses) expect(c, where).not.toMatch(/施工单位/);
    }
  });

  it('at a 约谈 the companies marked 「（被约谈）」 before their officers\' posts are called in by name; the design firms beside them are told their own duty, no 整改 (s69-4 [50])', () => {
    const summons = structuredClone(reservoir);
    summons.meeting.name = '桦岭镇小型水库除险加固工程安全生产约谈会';
    summons.meeting.type = '警示约谈会';
    summons.meeting.attendees = [...summons.meeting.attendees!.slice(0, 4), '桦岭县恒固水利建设有限公司、岚江通衢建设工程有限公司（被约谈）法定代表人、项目经理', ...summons.meeting.attendees!.slice(5)];
    for (const { where, text } of draftsOf(summons, [1, 2, 3])) {
      expect(sentences(text).some((s) => /约谈|整改/.test(s) && s.includes('桦岭县恒固水利建设有限公司') && s.includes('岚江通衢建设工程有限公司')), where).toBe(true);
      for (const s of [...about(text, '岚江市水利勘测设计研究院'), ...about(text, '岚江瑞禾勘察设计有限公司')]) expect(s, where).not.toMatch(/整改|销号/);
    }
  });

  it('a company its line names the works\' 监理 by its post (「…咨询有限公司总监理工程师」) checks the builder in the task, never 「配合」s it (s69-4 [34])', () => {
    const post = JSON.parse(JSON.stringify(reservoir).replaceAll('岚江澄明工程监理有限公司', '岚江澄明工程咨询有限公司')) as typeof reservoir;
    for (const { where, text } of draftsOf(post, [1, 2, 3])) {
      const task = sentences(text).find((s) => s.includes('岚江通衢建设工程有限公司') && s.includes('岚江澄明工程咨询有限公司'));
      expect(task, where).toBeDefined();
      expect(task!.slice(task!.indexOf('岚江澄明工程咨询有限公司')), where).toMatch(/把关|旁站|监理/);
      expect(task!.slice(task!.indexOf('岚江澄明工程咨询有限公司')), where).not.toMatch(/^[^，]*(配合|支持)/);
    }
  });
});
