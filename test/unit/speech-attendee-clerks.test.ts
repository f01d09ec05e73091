// Issue 11 (session 13): attendee lines as clerks really type them — posts and names inside units
// (「县应急管理局局长吴启明、副局长邹宁」), roles typed twice (「…股的同志」 → 「…股的同志的同志」, 「负责人的同志」,
// 「代表的同志」), notes in brackets (「（施工单位）」「（列席）」), labels (「特邀：」), several parties of one kind
// (「各施工单位、监理单位项目负责人」), 「及」「和」 joins of two units, the villages' secretaries and heads
// together. Six fixtures `attendees-*.json` typed as an office would.
import { describe, expect, it } from 'vitest';
import { attendeePieces, roleOnce } from '../../core/draft/attendees.ts';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((c) => c.name === name)!.input);
const room = (text: string) => {
  const lines = text.split('\n').filter(Boolean);
  return lines[lines.findLastIndex((l) => l.startsWith('同志们，')) - 1] ?? '';
};
const pieces = (entry: string) => attendeePieces(entry).map((p) => p.name);
const opening = (text: string) => {
  const lines = text.split('\n').filter(Boolean);
  return lines[lines.indexOf('同志们：') + 1] ?? '';
};

describe('11 · attendee lines as clerks type them', () => {
  it('a role typed twice is said once', () => {
    expect(roleOnce('县民政局社会事务股的同志')).toBe('县民政局社会事务股同志');
    expect(roleOnce('县供电公司负责人的同志')).toBe('县供电公司负责人');
    expect(roleOnce('居民代表的同志')).toBe('居民代表');
    expect(pieces('县民政局社会事务股的同志')).toEqual(['县民政局社会事务股']);
    expect(pieces('县农商银行城关支行行长')).toEqual(['县农商银行城关支行']);
  });

  it('posts and names inside a unit, notes, joins and kinds are read as the units they name', () => {
    expect(pieces('县应急管理局局长吴启明、副局长邹宁')).toEqual(['县应急管理局']);
    expect(pieces('县公安局交警大队大队长陈立')).toEqual(['县公安局交警大队']);
    expect(pieces('国网棠川县供电公司总经理周岩')).toEqual(['国网棠川县供电公司']);
    expect(pieces('嘉禾建工集团有限公司（施工单位）项目经理')).toEqual(['嘉禾建工集团有限公司']);
    expect(pieces('县交通运输局及县公路中心负责同志')).toEqual(['县交通运输局', '县公路中心']);
    expect(pieces('县住房和城乡建设局负责同志')).toEqual(['县住房和城乡建设局']);
    expect(pieces('各施工单位、监理单位项目负责人')).toEqual(['各施工单位', '各监理单位']);
    expect(pieces('各社区书记、主任')).toEqual(['各社区']);
    expect(pieces('各村党支部书记和村委会主任')).toEqual(['各村']);
  });

  it('no role is said twice in any draft of any campaign', () => {
    for (const c of campaigns) {
      for (const { where, text } of draftsOf(c.input, [1])) {
        expect(text.match(/(同志|负责人|代表|人员|[局所站队科股]长|行长|主任|经理)的(负责)?同志/)?.[0], `${c.name} ${where}`).toBeUndefined();
      }
    }
  });

  it('the deputy named after the chief is no party of his own; the villages’ heads are called on', () => {
    for (const { where, text } of draftsOf(named('attendees-town-flood-clerk.json'), [1, 2])) {
      // Both named by name and post at the opening, the deputy as one of the 局 (session 14, greeting.ts).
      expect(opening(text), where).toContain('县应急管理局吴启明局长、邹宁副局长');
      expect(room(text), where).not.toMatch(/副局长|吴启明|邹宁/);
      expect(room(text), where).toMatch(/各村书记|村书记/);
    }
  });

  it('a guest the line marks 「特邀：」 is thanked though a county bureau with no task is not', () => {
    for (const { where, text } of draftsOf(named('attendees-county-forest-invited.json'), [1, 2])) {
      expect(opening(text), where).toContain('市林业局防火科');
      expect(text, where).not.toContain('科长');
    }
  });

  it('the 监理 kind and the named 监理 company are told their duty once, together; brackets stay out of the speech', () => {
    for (const { where, text } of draftsOf(named('attendees-district-builders-kinds.json'), [1, 2, 3])) {
      const r = room(text);
      expect(r, where).not.toMatch(/（(施工|监理)单位）/);
      expect(r.match(/监理/g)?.length ?? 0, where).toBeLessThanOrEqual(3);
      expect(r, where).toMatch(/各监理单位[和、]正衡工程监理有限公司|正衡工程监理有限公司[和、]各监理单位/);
      expect(r, where).toMatch(/各施工单位/);
      const sentences = r.split('。').filter(Boolean);
      expect(new Set(sentences).size, where).toBe(sentences.length);
    }
  });

  it('the communities’ secretaries and heads are called on; roles typed twice are thanked once', () => {
    for (const { where, text } of draftsOf(named('attendees-street-roles-twice.json'), [1, 2])) {
      expect(room(text), where).toContain('各社区书记');
      expect(opening(text), where).toContain('区民政局社会事务科');
    }
  });

  it('at a 约谈 a bank named with its chief’s post, with no part in the material, is neither named by post nor asked for support', () => {
    for (const { where, text } of draftsOf(named('attendees-county-summons-labels.json'), [1, 2])) {
      expect(text, where).not.toContain('行长');
      expect(room(text), where).not.toMatch(/农商银行[^。]*(支持|关心)/);
    }
  });

  it('trainers named with post and name are thanked by unit; deputies and members each titled are welcomed to supervise, as persons (s36-2, s36-4)', () => {
    for (const { where, text } of draftsOf(named('attendees-county-training-trainers.json'), [1, 2])) {
      const r = room(text);
      expect(r, where).toMatch(/县消防救援大队和县气象局的同志/);
      expect(r, where).not.toMatch(/(蒋立成|潘悦|彭志远|黎春燕)的同志/);
      expect(r, where).toContain('县人大代表黎春燕、县政协委员彭志远');
      expect(r, where).not.toMatch(/感谢[^。]*彭志远/);
    }
  });

  it('at a 警示约谈会 every line marked 被约谈 is called in; companies sitting in (列席) are warned, never told to put right what nobody found (s36-3)', () => {
    const input = named('attendees-county-summons-labels.json');
    input.meeting.name = '澄溪县涉气企业环境违法问题警示约谈会';
    input.meeting.attendees = [
      '县生态环境局局长、副局长',
      '恒晟建材有限公司董事长、总经理、安全负责人（被约谈）',
      '锦泰化工有限公司总经理、分管环保副总经理（被约谈）',
      '鼎盛陶瓷有限公司、华润砖业有限公司负责人（列席）',
      '县工信局、县市场监管局分管负责同志',
    ];
    input.meeting.precedingItems = ['县生态环境局通报了两家企业环境违法问题查处情况', '两家被约谈企业主要负责人作了表态发言'];
    for (const { where, text } of draftsOf(input, [1, 2, 3])) {
      const opening = text.split('\n').filter(Boolean)[4] ?? '';
      expect(opening, where).toMatch(/恒晟建材有限公司[和、]锦泰化工有限公司/);
      expect(opening, where).not.toMatch(/董事长|总经理/);
      const observers = room(text).split('。').filter((x) => /鼎盛陶瓷|华润砖业/.test(x));
      expect(observers.length, where).toBe(1);
      expect(observers[0], where).toMatch(/自查|引以为戒|教训|以此为鉴|对照/);
      expect(observers[0], where).not.toMatch(/整改到位|改到位|立即整改/);
    }
  });

  it('s40 mid reading: a chief and an inspector named after their unit are the unit, thanked when invited; a count of companies names each once; officers’ names after posts are cut', () => {
    const flood = named('attendees-town-flood-clerk.json');
    flood.meeting.attendees![0] = '县消防救援大队大队长蒋涛、防火监督员林可（特邀）';
    flood.campaign.tasks[0]!.support = ['镇水利站', '县消防救援大队'];
    for (const { where, text } of draftsOf(flood, [1, 2])) {
      // The chief by name and post at the opening (session 14: 「陈锋大队长」 is how a speaker says it); the inspector is of his unit.
      expect(opening(text), where).toContain('县消防救援大队蒋涛大队长');
      expect(text, where).not.toMatch(/林可|监督员/);
    }
    const street = named('attendees-street-roles-twice.json');
    street.meeting.attendees![3] = '瑞丰物业、安居物业、恒泰物业三家物业公司总经理及在梧桐项目经理';
    street.campaign.tasks[2]!.support = ['瑞丰物业', '安居物业', '恒泰物业'];
    for (const { where, text } of draftsOf(street, [1, 2])) {
      expect(room(text), where).toMatch(/瑞丰物业、安居物业和恒泰物业/);
      expect(room(text), where).not.toMatch(/总经理|项目经理|三家/);
    }
    const summons = named('attendees-county-summons-labels.json');
    summons.meeting.attendees![1] = '恒晟建材有限公司法定代表人杜汉青、安全负责人（被约谈）';
    summons.meeting.attendees!.splice(2, 0, '锦泰化工有限公司经理邵云（被约谈）');
    summons.meeting.precedingItems = ['县生态环境局通报了两家企业环境违法问题查处情况'];
    for (const { where, text } of draftsOf(summons, [1, 2])) {
      const opening = text.split('\n').filter(Boolean)[4] ?? '';
      expect(opening, where).toMatch(/恒晟建材有限公司和锦泰化工有限公司/);
      expect(opening, where).not.toMatch(/杜汉青|邵云|法定代表人/);
    }
  });

  it('s40 mid reading: three builders on a project line (「…在X项目负责人」), state builders named like bureaus among them, supporting the works’ safety: all held alike, none thanked', () => {
    const input = named('roads-county-two-builders.json');
    input.meeting.attendees![2] = '中建八局、中交二局、鸿运建设集团有限公司在岚桥项目负责人';
    input.campaign.tasks.push({ title: '抓好冬季施工安全', detail: '落实防滑防冻措施，足额支付农民工工资', lead: '县交通运输局', support: ['中建八局', '中交二局', '鸿运建设集团有限公司'], deadline: '2027-02-28' });
    input.campaign.tasks[1]!.support = ['沿线各乡镇'];
    input.campaign.tasks[0]!.support = [];
    for (const { where, text } of draftsOf(input, [1, 2])) {
      const r = room(text);
      for (const firm of ['中建八局', '中交二局', '鸿运建设集团有限公司']) expect(r, `${where} ${firm}`).toContain(firm);
      expect(r, where).not.toMatch(/在岚桥项目/);
      expect(r.split('。').filter((x) => /中建八局|中交二局|鸿运建设/.test(x) && /感谢|支持/.test(x)), where).toEqual([]);
    }
  });

  it('s37/s38 final reading: a group’s leader or members are the group (no 「…的同志」 after a name or 全体成员), a group naming no level is our own team, a party post before an office is the unit, 法定代表人 is one post, only the summoned trade is warned', () => {
    expect(pieces('县委组织部驻乡帮扶工作组组长韦立群')).toEqual(['县委组织部驻乡帮扶工作组']);
    expect(pieces('县农业农村局党组成员、副局长蓝秀梅')).toEqual(['县农业农村局']);
    expect(pieces('入户工作组全体成员')).toEqual(['入户工作组']);
    const flood = named('attendees-town-flood-clerk.json');
    flood.meeting.attendees!.push('镇防汛巡查工作组全体成员', '县农业农村局党组成员、副局长蓝秀梅');
    for (const { where, text } of draftsOf(flood, [1, 2])) {
      const r = room(text);
      expect(r, where).not.toMatch(/全体成员|巡查工作组[^。]*指导|党组/);
      expect(r, where).not.toMatch(/(同志|成员|[\u4e00-\u9fa5]{2,3}长)的同志/);
    }
    const summons = named('attendees-county-summons-labels.json');
    summons.meeting.name = '澄溪县涉气企业环境违法问题警示约谈会';
    summons.meeting.attendees!.push('中国平安财产保险澄溪支公司负责人（列席）', '鼎盛陶瓷有限公司负责人（列席）');
    summons.meeting.precedingItems = ['恒晟建材有限公司法定代表人作了检讨和整改表态发言'];
    for (const { where, text } of draftsOf(summons, [1, 2, 3])) {
      expect(text, where).not.toMatch(/平安财产保险[^。]*(自查|教训|以此为鉴|引以为戒)/);
      expect(room(text), where).not.toMatch(/法定(?!代表人)|法定代表人作了/);
    }
  });
});
