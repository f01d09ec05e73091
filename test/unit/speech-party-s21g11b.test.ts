// Issue 11 (session 21, g11b): a department speaking to its own system holds the firms and practitioners of the trades it regulates —
// told and trained, never thanked as supporters (r-s64/s65 final: s64-6 [44] [45], s65-5 [48]).
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';
import { ledUnitsOf } from '../../core/draft/title-units.ts';

const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((c) => c.name === name)!.input);
const sentences = (text: string) => text.split(/[\n。！]/).filter(Boolean);
const about = (text: string, word: string) => sentences(text).filter((s) => s.includes(word));
/** Thanks, or a plea for support or understanding, said to a party. */
const THANKED = /感谢|理解|继续支持|支持配合|给予支持|多支持|多关心|离不开大家|多帮助/;
const FIRMS = ['鹭屿湾景区运营管理有限公司', '翠微岭旅游开发有限公司', '泖阳假日国际旅行社有限公司'];

describe('11 · session 21: the trade a department regulates is held at its own meeting (s64-6 [44], s65-5 [48])', () => {
  const tourism = named('g11b-tourism-district-own-trade.json');

  it('the companies of its trade in the room, faulted by no problem and given no task, are held to their responsibility, never thanked', () => {
    for (const { where, text } of draftsOf(tourism, [1, 2, 3])) {
      for (const firm of FIRMS) {
        const said = about(text, firm);
        expect(said.length, `${where} ${firm}`).toBeGreaterThan(0);
        for (const s of said) expect(s, where).not.toMatch(THANKED);
        expect(said.some((s) => /责任|要求/.test(s)), `${where} ${firm}`).toBe(true);
      }
    }
  });

  it('a level\'s leader at a meeting the campaign names as the trade\'s safety work (organised by a 领导小组) holds them alike', () => {
    const level = structuredClone(tourism);
    level.meeting.speaker = { name: '甘振邦', title: '副区长' };
    level.meeting.organizer = '泖阳区旅游安全工作领导小组';
    delete level.meeting.host;
    for (const { where, text } of draftsOf(level, [1, 2])) {
      for (const firm of FIRMS) for (const s of about(text, firm)) expect(s, where).not.toMatch(THANKED);
    }
  });

  it('a kind of the trade\'s businesses (「各旅行社」) is in the room and does its task as the held party: never 「请…牵头」', () => {
    for (const { where, text } of draftsOf(tourism, [1, 2, 3])) {
      const said = about(text, '各旅行社');
      expect(said.some((s) => !s.includes('规范旅游包车') && !/^同志们|希望全区文化和旅游系统/.test(s)), where).toBe(true);
      for (const s of said) expect(s, where).not.toMatch(/请各旅行社|商请各旅行社/);
    }
  });

  it('practitioners a line lists by their vehicles before one noun (「全区景区观光车、游船驾驶员和船员」) are the regulated drivers, never the public', () => {
    for (const { where, text } of draftsOf(tourism, [1, 2, 3])) {
      const said = about(text, '游船驾驶员和船员');
      expect(said.length, where).toBeGreaterThan(0);
      for (const s of said) expect(s, where).not.toMatch(/多理解|多支持|身边的人|监督我们/);
    }
  });

  it('the department\'s own enforcement brigade (文化市场综合行政执法大队) is never asked with 「请」 by its 局长', () => {
    for (const { where, text } of draftsOf(tourism, [1, 2, 3])) expect(text, where).not.toMatch(/请区文化市场综合行政执法大队/);
  });

  it('a utility invited to the same meeting stays a partner, thanked', () => {
    for (const { where, text } of draftsOf(tourism, [1, 2])) {
      const said = about(text, '泖阳区供电公司');
      expect(said.length, where).toBeGreaterThan(0);
      expect(said.some((s) => /感谢|支持/.test(s)), where).toBe(true);
    }
  });
});

describe('11 · session 21: the units a leader\'s title heads are his own, never a party he asks (s64-11 [35])', () => {
  it('a 区委常委 who heads the 宣传部 and the 文明办 never asks 「请区委宣传部…」 or 「请区文明办…」; both stay in their tasks as his own', () => {
    for (const { where, text } of draftsOf(named('g11b-civility-district-own-committee.json'), [1, 2, 3])) {
      expect(text, where).not.toMatch(/请区委宣传部|请区文明办|商请区委宣传部|也请区委宣传部|也请区文明办/);
      expect(text, where).toMatch(/我部/);
    }
  });

  it('every kind of unit a post heads (委, 部, 办, 局, 中心, 领导小组办公室) is read from the title; the level\'s own leadership is none', () => {
    expect(ledUnitsOf(['县委常委', '政法委书记'])).toEqual(['政法委']);
    expect(ledUnitsOf(['副县长', '县创文领导小组办公室主任'])).toEqual(['县创文领导小组办公室']);
    expect(ledUnitsOf(['副区长', '区融媒体中心主任'])).toEqual(['区融媒体中心']);
    expect(ledUnitsOf(['区委常委', '统战部部长', '区民宗局局长'])).toEqual(['统战部', '区民宗局']);
    expect(ledUnitsOf(['县委副书记', '县长'])).toEqual([]);
    expect(ledUnitsOf(['镇党委书记'])).toEqual([]);
    expect(ledUnitsOf(['街道党工委书记', '办事处主任'])).toEqual([]);
  });
});

describe('11 · session 21: every unit under a guest label is thanked, in the material\'s order (s65-1 [6])', () => {
  it('「特邀：区人武部、武警汭川中队、国网…供电公司、中国电信…分公司、区气象局」: all five, in that order, the 人武部 first', () => {
    const order = ['区人武部', '武警汭川中队', '国网汭川区供电公司', '中国电信汭川分公司', '区气象局'];
    for (const { where, text } of draftsOf(named('g11b-forestfire-district-invited-order.json'), [1, 2, 3])) {
      const thanks = sentences(text).find((s) => s.includes('武警汭川中队') && /感谢/.test(s));
      expect(thanks, where).toBeDefined();
      const at = order.map((u) => thanks!.indexOf(u));
      expect(at.every((k) => k >= 0), `${where} ${thanks}`).toBe(true);
      expect([...at].sort((a, b) => a - b), `${where} ${thanks}`).toEqual(at);
    }
  });
});

describe('11 · session 21: the closing never hands the meeting\'s tasks to one of several parties (s65-2 [47])', () => {
  it('at a 约谈 whose units share one noun (「全县各学校食堂承包、校外供餐、食材配送单位」) the closing calls on all of them, never the last alone', () => {
    for (const { where, text } of draftsOf(named('g11b-schoolmeals-county-summons-units.json'), [1, 2, 3])) {
      const close = text.trim().split('\n').at(-1)!;
      expect(close, where).not.toMatch(/(^|[。！，])食材配送单位/);
      if (close.includes('食材配送单位')) expect(close, where).toMatch(/学校食堂承包、校外供餐、食材配送单位/);
    }
  });
});

describe('11 · session 21: at a campaign serving companies, utilities are partners and our own appointees are told (s65-7 [61], s66-6 [35])', () => {
  const firms = named('g11b-firms-town-appointees-utility.json');

  it('the level\'s own appointees (「镇级“企业包联干部”代表」) are told their duty: never thanked, never asked to bring their problems', () => {
    for (const { where, text } of draftsOf(firms, [1, 2, 3])) {
      const said = about(text, '企业包联干部”');
      expect(said.length, where).toBeGreaterThan(0);
      for (const s of said) expect(s, where).not.toMatch(/感谢|难题|堵点|提出来|向我们反映|多支持/);
    }
  });

  it('a water utility (「…水务有限公司」) is never counted among the companies served: it is asked to support with the gas company', () => {
    for (const { where, text } of draftsOf(firms, [1, 2, 3])) {
      const said = about(text, '栖湄清源水务有限公司');
      expect(said.length, where).toBeGreaterThan(0);
      for (const s of said) expect(s, where).not.toMatch(/15家企业|难题|堵点|提出来/);
    }
  });
});
