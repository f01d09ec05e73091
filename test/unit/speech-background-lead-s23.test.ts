// Issue 11 (session 23, g11c): the material's background is said as a fact, without a lead that presumes or announces it.
// Editors of sessions 21–22 struck 「从基本情况看」「这里先把基本情况说一说」「大家都清楚」 before plain facts to the bare fact
// (s71-12 [8], s71-10 [9], s70-9 [9], s69-4 [9], s70-7 [9], s70-12 [10], E); a dated fact takes no lead at all
// (「大家知道，7月9日下午，…」). corpus situationLead / situationLeadTimed.
import { describe, expect, it } from 'vitest';
import { loadCampaigns, draftsOf } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((x) => x.name === name)!.input);
const sentenceOf = (text: string, part: string) => text.split(/(?<=[。！？])|\n/).find((s) => s.includes(part)) ?? '';
const STRUCK = /从基本情况看|基本情况说一说|大家都清楚/;

describe('s23 g11c · the background said as a fact', () => {
  it('a plain fact: no lead the editors struck', () => {
    // 澄湾市 (a city, 景区安全): 「全市有A级景区41家…」.
    const input = named('g11c23-scenic-city-plan-read.json');
    for (const { where, text } of draftsOf(input, [1, 2, 3, 4, 5, 6, 7, 8])) expect(sentenceOf(text, '全市有A级景区41家'), where).not.toMatch(STRUCK);
  });

  it('a dated fact: no lead before its date, never 大家知道', () => {
    // 汀垣区 (a district, 秋粮收购): 「9月20日起全区进入秋粮集中收购期…」.
    const input = named('g11c23-grain-district-dated-facts.json');
    for (const { where, text } of draftsOf(input, [1, 2, 3, 4, 5, 6, 7, 8])) {
      const s = sentenceOf(text, '9月20日起全区进入秋粮集中收购期');
      expect(s, where).not.toMatch(STRUCK);
      expect(s, where).not.toMatch(/大家(都)?知道/);
    }
  });
});
