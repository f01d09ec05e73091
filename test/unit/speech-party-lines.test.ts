// Issue 11 (session 16, plan docs/notes/session-15-next-parties.md P1/P2/P3): parties of one attendees line, or under one
// label, are told alike; held parties the speaker has no authority over are asked, never ordered or told 主体责任.
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((c) => c.name === name)!.input);
const sentences = (text: string) => text.split(/[\n。！]/).filter(Boolean);
const about = (text: string, word: string) => sentences(text).filter((s) => s.includes(word));
const room = (text: string) => sentences(text).filter((s) => /在座|参加|今天也来了|表示感谢|感谢/.test(s));

describe('11 · session 16: a line\'s companies with tasks are thanked together or not at all (P1a, s47-6 [54])', () => {
  it('the company leading a task is thanked with the companies of its line that support it, none asked to 「支持配合」 what it leads', () => {
    for (const { where, text } of draftsOf(named('pa-postal-town-line-lead.json'), [1, 2, 3])) {
      const thanked = room(text).filter((s) => s.includes('云驿快递有限公司'));
      expect(thanked.length, where).toBe(1);
      expect(thanked[0], where).toMatch(/泊阳县邮政分公司/);
      expect(thanked[0], where).not.toMatch(/支持配合|多关心/);
      expect(about(text, '泊阳县邮政分公司').filter((s) => /感谢|在座|参加/.test(s)).length, where).toBe(1);
    }
  });
});

describe('11 · session 16: held parties the speaker has no say over are asked, never ordered or told 主体责任 (P1c, P3, s46-5 [58] [67])', () => {
  const town = () => draftsOf(named('pa-sanitation-town-cobuilders.json'), [1, 2, 3]);

  it('the parties of one 共建单位 label are asked the task\'s act in one clause, whatever their level', () => {
    for (const { where, text } of town()) {
      const task = about(text, '砚山县电信分公司').find((s) => /创卫办/.test(s)) ?? '';
      expect(task, where).toMatch(/请砚山县中医院、砚山县电信分公司、青苔邮政支局/);
      expect(task, where).not.toMatch(/要(严格|按要求|不折不扣|照单)|执行到位|给予(指导)?支持/);
    }
  });

  it('neither they nor the property companies that only support a task are told their 主体责任; the label\'s parties are thanked together', () => {
    for (const { where, text } of town()) {
      for (const s of [...about(text, '物业项目经理'), ...about(text, '电信分公司')]) expect(s, where).not.toMatch(/主体责任/);
      const thanked = room(text).filter((s) => s.includes('砚山县电信分公司'));
      expect(thanked.length, where).toBe(1);
      expect(thanked[0], where).toMatch(/砚山县中医院/);
      expect(thanked[0], where).toMatch(/青苔邮政支局/);
    }
  });
});

describe('11 · session 16: a utility is no contractor for a 考核 said of others (P2, s46-5 [49])', () => {
  it('the water office with a part in a task is asked, never told 「执行到位」 or its 主体责任', () => {
    for (const { where, text } of draftsOf(named('pa-renewal-street-water-office.json'), [1, 2, 3])) {
      const said = about(text, '石榴供水营业所');
      expect(said.length, where).toBeGreaterThan(0);
      for (const s of said) expect(s, where).not.toMatch(/执行到位|主体责任|要按要求|照单落实|不得拖延/);
      expect(said.some((s) => /请临湘区自来水公司石榴供水营业所/.test(s)), where).toBe(true);
    }
  });
});

describe('11 · session 16: providers under one label alike; testers short of hands asked for the act (P1b, s46-8 [42] [54])', () => {
  const bridges = () => draftsOf(named('pa-bridges-county-testers.json'), [1, 2, 3]);

  it('a level-named 设计院 listed with a testing company under 「…机构：」 is asked with it, never told 「配合」 as the county\'s own', () => {
    for (const { where, text } of bridges()) {
      const task = text.split('\n').find((l) => l.includes('完成剩余桥梁检测。')) ?? '';
      expect(task, where).toMatch(/请衡远路桥检测有限公司、砚溪县公路勘察设计院/);
      expect(task, where).not.toMatch(/设计院(配合|协同|要)/);
    }
  });

  it('where the material says only that testers are too few, nobody is told to answer for conclusions or to be impartial', () => {
    for (const { where, text } of bridges()) {
      for (const s of [...about(text, '衡远路桥'), ...about(text, '勘察设计院')]) expect(s, where).not.toMatch(/结论|客观公正|独立公正|严格把关|叫停/);
    }
  });

  it('a company leading a task on a line of its own is thanked with the companies thanked for their support (s48-1 [73])', () => {
    for (const { where, text } of bridges()) {
      const thanked = room(text).filter((s) => s.includes('县联通公司'));
      expect(thanked.length, where).toBe(1);
      expect(thanked[0], where).toMatch(/县移动公司/);
    }
  });
});

describe('11 · session 16: held companies of one label in one sentence; a company a problem\'s example names is held, never thanked (s48-7 [55] [56], s48-5 [59])', () => {
  const buses = () => draftsOf(named('pa-buses-district-label-peers.json'), [1, 2, 3]);

  it('the label\'s companies, the one that leads and those that support it, are spoken to in one sentence', () => {
    for (const { where, text } of buses()) {
      const said = room(text).concat(sentences(text).filter((s) => /希望|来说/.test(s))).filter((s) => s.includes('澄川区恒运公交有限公司') && !/（/.test(s));
      expect(said.some((s) => s.includes('澄川区通衢客运有限公司') && s.includes('澄川区畅行出租汽车有限公司')), where).toBe(true);
      expect(sentences(text).filter((s) => s.includes('澄川区通衢客运有限公司') && /希望|来说|在座/.test(s)).length, where).toBe(1);
    }
  });

  it('the company an example of a problem names is neither thanked nor asked for support', () => {
    for (const { where, text } of buses()) {
      // A peer department asked in a clause of its own (「也请区公安分局交警大队大力支持」, s62-12) is no word to it.
      for (const s of about(text, '澄川区鹭岭汽车租赁有限公司')) expect(s.split('，').filter((c) => !/^也请/.test(c) || c.includes('鹭岭')).join('，'), where).not.toMatch(/感谢|大力支持|给予支持|支持配合/);
    }
  });
});

describe('11 · session 16: at a 约谈 those sitting in are warned alike, each one called in is told, peers are not charged (s48-3 [51] [53] [57])', () => {
  const lifts = () => draftsOf(named('pa-lifts-county-summons-sitting.json'), [1, 2, 3]);
  const closingOf = (text: string) => text.split('\n').filter((l) => l.startsWith('同志们')).at(-1) ?? '';

  it('a long label is no name: never read out; every company under it warned in one sentence, none given another\'s deadline', () => {
    for (const { where, text } of lifts()) {
      expect(text, where).not.toMatch(/主要负责人（列席）|（列席）：/);
      const warned = about(text, '柘原县云驰电梯有限公司').filter((s) => /列席|教训|引以为戒|自查/.test(s));
      expect(warned.length, where).toBe(1);
      expect(warned[0], where).toMatch(/柘原县华梯电梯服务有限公司/);
      expect(warned[0], where).not.toMatch(/3月15日|整改到位|销号/);
    }
  });

  it('the company called in that gave no pledge is told to put things right beside the one that did', () => {
    for (const { where, text } of lifts()) expect(about(text, '柘原县安梯机电维保有限公司').some((s) => /约谈|整改/.test(s) && !/信息平台|信息化/.test(s)), where).toBe(true);
  });

  it('a department head\'s closing charges the kind called to account, never his peers and the township', () => {
    for (const { where, text } of lifts()) expect(closingOf(text), where).not.toMatch(/县直有关部门|城关镇/);
  });
});

describe('11 · session 16: a courier\'s 服务部 under a 「…企业负责人：」 label is one of the label\'s companies (s48-6 [20] [39])', () => {
  const input = () => {
    const i = named('pa-postal-town-line-lead.json');
    i.meeting.attendees = [...i.meeting.attendees!.slice(0, 3), '寄递企业负责人：泊阳县邮政分公司、云驿快递枣岭服务部、丰捷物流有限公司'];
    i.campaign.tasks[0]!.support = ['云驿快递枣岭服务部', '丰捷物流有限公司'];
    return i;
  };

  it('it is asked and thanked with the companies of its label, never ordered as the town\'s own', () => {
    for (const { where, text } of draftsOf(input(), [1, 2, 3])) {
      const task = text.split('\n').find((l) => l.includes('实现村级寄递站点全覆盖。')) ?? '';
      expect(task, where).toMatch(/请云驿快递枣岭服务部/);
      const thanked = room(text).filter((s) => s.includes('丰捷物流有限公司'));
      expect(thanked.length, where).toBe(1);
      expect(thanked[0], where).toMatch(/云驿快递枣岭服务部/);
    }
  });
});
