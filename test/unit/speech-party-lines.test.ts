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
