// Issue 11 (session 14, room): how the speaker greets and thanks the guests. A guest a clerk typed with post and
// name (「市水利局党组成员、副局长 严志国」「谢文斌（县农业农村局副局长）」「…股长彭海（特邀）」) is said as a speaker
// says it — unit, then name and post (「市水利局严志国副局长」), never 「…副局长 严志国的同志」 nor 「你们」 to one
// person; a higher level's official and every invited guest are thanked at the OPENING, highest first (level, then
// post), all of them (s41-1 [52], s41-2 [48], s41-5 [31], s41-6 [60], s41-8 [66], s37-1 [52]); 「专程…指导」 only
// for 特邀 or higher guests, no 「指导」 for a peer, 「列席」 for one sitting in.
import { describe, expect, it } from 'vitest';
import { attendeePieces } from '../../core/draft/attendees.ts';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((c) => c.name === name)!.input);
const lines = (text: string) => text.split('\n').filter(Boolean);
const opening = (text: string) => lines(text)[lines(text).indexOf('同志们：') + 1] ?? '';
const room = (text: string) => {
  const l = lines(text);
  const r = l[l.findLastIndex((x) => x.startsWith('同志们，')) - 1] ?? '';
  // No room paragraph: the line before the closing is the last task's.
  return /^（[一二三四五六七八九十]+）/.test(r) ? '' : r;
};
const persons = (entry: string) => attendeePieces(entry).map((p) => [p.name, ...(p.persons ?? []).map((q) => `${q.name}${q.post}`)].join('|'));

describe('11 · the guests greeted at the opening, by name and post', () => {
  it('a person typed after a unit, with or without a space, or before it in brackets, is read as unit, name and post', () => {
    expect(persons('市疾控中心环境卫生所所长 蒋安宁（特邀）')).toEqual(['市疾控中心环境卫生所|蒋安宁所长']);
    expect(persons('县农业农村局农机股股长彭海（特邀）')).toEqual(['县农业农村局农机股|彭海股长']);
    expect(persons('谢文斌（县农业农村局副局长）')).toEqual(['县农业农村局|谢文斌副局长']);
    expect(persons('特邀：市水利局党组成员、副局长 严志国，省水利厅农村水利处副处长 胡晓岚')).toEqual(['市水利局|严志国副局长', '省水利厅农村水利处|胡晓岚副处长']);
    expect(persons('区城管局市容科科长周磊、科员钱悦')).toEqual(['区城管局市容科|周磊科长']);
    expect(persons('市应急管理局副局长 龚建等同志')).toEqual(['市应急管理局|龚建副局长']);
    expect(persons('县应急管理局、县市场监管局分管负责同志')).toEqual(['县应急管理局', '县市场监管局']);
  });

  it('higher officials are thanked at the opening, province before city, by unit then name and post; never at the end, never 「的同志」 after a name', () => {
    for (const { where, text } of draftsOf(named('room-county-water-officials.json'), [1, 2, 3])) {
      const o = opening(text);
      expect(o, where).toMatch(/省水利厅农村水利处胡晓岚副处长[、和]市水利局严志国副局长[、和]市疾控中心环境卫生所蒋安宁所长/);
      expect(o, where).toMatch(/专程/);
      expect(o, where).toMatch(/我代表县政府/);
      expect(text, where).not.toMatch(/(副处长|副局长|所长)\s|[\u4e00-\u9fa5]{2,3}(长|主任)的同志|党组成员和/);
      expect(room(text), where).not.toMatch(/胡晓岚|严志国|蒋安宁|你们/);
    }
  });

  it('a guest typed name first and one typed post-then-name are both thanked at the opening, the higher post first, the second of one unit by its part', () => {
    for (const { where, text } of draftsOf(named('room-town-machinery-name-first.json'), [1, 2, 3])) {
      const o = opening(text);
      expect(o, where).toMatch(/县农业农村局谢文斌副局长[、和](县农业农村局)?农机股彭海股长/);
      expect(o, where).toMatch(/我代表镇党委、镇政府/);
      expect(room(text), where).not.toMatch(/农机股|谢文斌/);
    }
  });

  it('every invited department is named at the opening, grouped, with no claim of 「指导」 for peers', () => {
    for (const { where, text } of draftsOf(named('room-department-wages-invited-peers.json'), [1, 2, 3])) {
      const thanks = opening(text).split(/[。！]/).find((s) => /感谢/.test(s)) ?? '';
      for (const unit of ['县总工会法律服务部', '县司法局法律援助中心', '县法院民一庭', '县公安局经侦大队']) expect(thanks, `${where} ${unit}`).toContain(unit);
      expect(thanks, where).not.toMatch(/指导/);
      expect(room(text), where).not.toMatch(/总工会|法律援助|民一庭|经侦/);
    }
  });

  it('a higher official sitting in (列席) is thanked for attending, not for coming 专程 to guide; a section chief’s clerk is no guest of his own', () => {
    for (const { where, text } of draftsOf(named('room-street-observer-higher.json'), [1, 2, 3])) {
      const o = opening(text);
      expect(o, where).toMatch(/区住建局邵明华副局长列席/);
      expect(o, where).toMatch(/区城管局市容科周磊科长/);
      expect(o.split(/[。！]/).find((s) => s.includes('邵明华')), where).not.toMatch(/专程|指导/);
      expect(text, where).not.toMatch(/钱悦|科员/);
      expect(o.indexOf('邵明华'), where).toBeLessThan(o.indexOf('周磊'));
    }
  });
});

describe('11 · a higher level’s unit is not the speaker’s own of the same name', () => {
  it('「市民政局」 is the city’s bureau, not the county’s 县民政局 a task names: its deputy director is thanked, first (s37-1 [52])', () => {
    const input = named('room-county-water-officials.json');
    input.meeting.attendees!.splice(3, 0, '特邀：市民政局党组成员、副局长 邱文涛，市救助管理站站长 单晓');
    input.campaign.tasks.push({ title: '保障困难群众用水', detail: '对分散供养特困人员逐户送水上门', lead: '县民政局', support: ['各乡镇'], deadline: '2027-02-28' });
    for (const { where, text } of draftsOf(input, [1, 2])) {
      const o = opening(text);
      expect(o, where).toMatch(/市民政局邱文涛副局长/);
      expect(o, where).toMatch(/市救助管理站单晓站长/);
      expect(o.indexOf('邱文涛'), where).toBeLessThan(o.indexOf('蒋安宁'));
    }
  });
});

describe('11 · more rooms as clerks type them (session 14)', () => {
  it('a name after a unit with no post is 「…同志」; a party 委员 before an office is the unit; a section after its unit’s official is that unit’s', () => {
    expect(persons('市卫健委疾控处 程晓燕（特邀）')).toEqual(['市卫健委疾控处|程晓燕同志']);
    expect(persons('市应急管理局党委委员、副局长 韦志成，危化处处长 柯宇（特邀）')).toEqual(['市应急管理局|韦志成副局长', '市应急管理局危化处|柯宇处长']);
    expect(persons('市水利局副局长严志国、农水处处长柯宇')).toEqual(['市水利局|严志国副局长', '市水利局农水处|柯宇处长']);
  });

  it('a district’s higher officials: the bureau’s deputy head before its section chief and another unit’s deputy; a deputy department head thanks 「在此」', () => {
    for (const { where, text } of draftsOf(named('room-district-commend-higher.json'), [1, 2])) {
      const o = opening(text);
      expect(o, where).toMatch(/市应急管理局韦志成副局长、危化处柯宇处长和市消防救援支队郭平副支队长/);
      expect(o, where).not.toMatch(/党委委员/);
      expect(o, where).not.toMatch(/我代表区政府/);
    }
    for (const { where, text } of draftsOf(named('room-department-deputy-training-nopost.json'), [1, 2])) {
      const o = opening(text);
      expect(o, where).toMatch(/市卫健委疾控处程晓燕同志/);
      expect(o, where).not.toMatch(/我代表/);
      expect(o, where).toMatch(/区教育局体卫艺股和区市场监管局食品安全科的同志/);
    }
    for (const { where, text } of draftsOf(named('room-xiang-housing-sent-group.json'), [1, 2])) {
      expect(opening(text), where).toMatch(/市住建局驻县督导组冉光明组长/);
      expect(text, where).not.toMatch(/等同志|冉光明组长的同志/);
    }
  });
});

describe('11 · mid reading r-s42 (session 14)', () => {
  it('a named official is thanked before a unit named only; an invited lecturer is thanked by name and post for teaching, never 「…副科长的同志」', () => {
    const input = named('room-town-machinery-name-first.json');
    input.meeting.attendees!.unshift('市农业农村局农机监理站（列席）');
    for (const { where, text } of draftsOf(input, [1, 2])) {
      const o = opening(text);
      expect(o.indexOf('谢文斌'), where).toBeLessThan(o.indexOf('农机监理站'));
      expect(o, where).not.toMatch(/也列席了今天的会议，我代表/);
    }
    const training = named('room-department-deputy-training-nopost.json');
    training.meeting.attendees![1] = '市疾控中心传染病防制科副科长 邵蕾（特邀授课）';
    training.meeting.precedingItems = ['市疾控中心传染病防制科副科长邵蕾讲解了聚集性疫情的报告和处置流程'];
    for (const { where, text } of draftsOf(training, [1, 2, 3])) {
      expect(text, where).toMatch(/市疾控中心传染病防制科邵蕾副科长(刚才|为|给|所作)/);
      expect(text, where).not.toMatch(/邵蕾副科长的(同志|老师)|邵蕾副科长专程到会指导/);
    }
  });

  it('one person holding offices in two units is named once with both (s42-2 [58])', () => {
    expect(attendeePieces('特邀：市防指办副主任、市应急管理局副局长 聂远航')[0]!.persons![0]!.titles).toBe('市防指办副主任、市应急管理局副局长');
    const input = named('room-county-water-officials.json');
    input.meeting.attendees![3] = '特邀：市河长办副主任、市水利局副局长 聂远航';
    for (const { where, text } of draftsOf(input, [1, 2])) {
      expect(opening(text), where).toMatch(/市河长办副主任、市水利局副局长聂远航同志/);
      expect(text, where).not.toMatch(/市河长办的同志/);
    }
  });
});
