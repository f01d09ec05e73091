// Issue 11 (session 17, pw): the parties of last session's final reading (r-s49/s50/s51) — who is thanked, held, asked.
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((c) => c.name === name)!.input);
const sentences = (text: string) => text.split(/[\n。！]/).filter(Boolean);
const about = (text: string, word: string) => sentences(text).filter((s) => s.includes(word));
/** Each draft of `file` (seeds 1–3) and its sentences naming `party` (those `keep` keeps), at least one a draft. */
function saidOf(file: string, party: string, keep: (s: string) => boolean = () => true): { where: string; text: string; said: string[] }[] {
  return draftsOf(named(file), [1, 2, 3]).map(({ where, text }) => {
    const said = about(text, party).filter(keep);
    expect(said.length, where).toBeGreaterThan(0);
    return { where, text, said };
  });
}

describe('11 · session 17: a party the material names at fault or checks is no guest (s51-5 [49], s51-7 [48])', () => {
  it('a company whose whole name a problem says is at fault (「白鹭湾游船3号船…整改意见至今尚未完成」) is held, never thanked or asked to support', () => {
    for (const { where, said } of saidOf('pw17-ferry-town-named-fault.json', '白鹭湾游船有限公司')) {
      for (const s of said) expect(s, where).not.toMatch(/感谢|支持|多关心|多帮助/);
    }
  });

  it('a kind of companies named by their trades that a task checks by those trades is held, never thanked for coming', () => {
    for (const { where, said } of saidOf('pw17-prepaid-district-trades-checked.json', '美容美发、健身类企业')) {
      for (const s of said) expect(s, where).not.toMatch(/感谢|支持|多关心|多帮助/);
    }
  });
});

describe('11 · session 17: supports the task\'s detail names as its doers are asked the act, not to support (s51-8 [40] [46] [53])', () => {
  it('the utilities of 「各杆线产权单位…完成迁移」 and a company the detail names as doing its part are asked to do it, never to support it, in their task or in the room', () => {
    for (const { where, text } of draftsOf(named('pw17-farmland-town-line-owners.json'), [1, 2, 3])) {
      const utilities = about(text, '柏树供电所');
      expect(utilities.length, where).toBeGreaterThan(0);
      for (const s of utilities) expect(s, where).not.toMatch(/支持|多关心/);
      for (const s of about(text, '柏树农业发展有限公司')) expect(s, where).not.toMatch(/支持|多关心/);
    }
  });
});

describe('11 · session 17: a company its line marks as called in is held in every task (s49-6 [38])', () => {
  it('the client called in (「（项目法人，被约谈）」) answers for the works beside its builder\'s lead, never asked for 「支持」', () => {
    for (const { where, said } of saidOf('pw17-reservoir-county-summons-client.json', '泾源县水务投资有限公司')) {
      for (const s of said) expect(s, where).not.toMatch(/支持|感谢|配合[，。]/);
    }
  });
});

describe('11 · session 17: 主体责任 only for those the material makes owners or leads of the work (s49-7 [33], s51-2 [66])', () => {
  it('at a supply the campaign assures (供暖保障), a utility that only supports is asked and thanked; the one that leads stays held', () => {
    for (const { where, text, said } of saidOf('pw17-heating-district-supplier-supports.json', '云岭北城热力有限公司')) {
      for (const s of said) expect(s, where).toMatch(/请|感谢/);
      for (const s of said) expect(s, where).not.toMatch(/主体责任|不打折扣|照单|严格按要求/);
      for (const s of about(text, '云岭城发热力有限公司')) expect(s, where).not.toMatch(/感谢|支持配合/);
    }
  });

  it('a company named by the things works are done on (「…管网有限公司」) is no contractor for 「雨污管网施工」: asked, never held to its 主体责任', () => {
    for (const { where, said } of saidOf('pw17-alleys-county-network-company.json', '青屏水务集团管网有限公司')) {
      for (const s of said) expect(s, where).toMatch(/请|感谢/);
      for (const s of said) expect(s, where).not.toMatch(/主体责任|不折不扣|照单|严格按要求/);
    }
  });
});

describe('11 · session 17: a speaker named by post alone speaks for the unit the post names (s52-5 [35] [38] [44] [48])', () => {
  it('「…卫生健康委员会分管领导」 with no title: the committee is the speaker\'s own, never 商请\'d or asked to support; its charges are told', () => {
    for (const { where, text } of draftsOf(named('pw17-flu-county-speaker-by-post.json'), [1, 2, 3])) {
      expect(text, where).not.toMatch(/商请|请柘江县卫生健康委员会|柘江县卫生健康委员会[^，。]{0,4}(给予|积极)?支持/);
      expect(text, where).not.toMatch(/请各乡镇卫生院/);
    }
  });
});

describe('11 · session 17: what a party may be asked (s50-4 [44])', () => {
  it('a department head\'s branches short of people are not told to 「认领」 their own staffing: the bureau takes it up, apart from what they are named for', () => {
    for (const { where, text } of draftsOf(named('pw17-forestfire-county-stations-short.json'), [1, 2, 3])) {
      const paragraph = text.split('\n').find((p) => p.includes('前面') && p.includes('基层护林力量不足')) ?? '';
      expect(paragraph, where).not.toBe('');
      const [before, after] = [paragraph.slice(0, paragraph.indexOf('基层护林力量不足')), paragraph.slice(paragraph.indexOf('基层护林力量不足'))];
      expect(after, where).toMatch(/我局/);
      expect(after, where).not.toMatch(/林业站|认领|对号入座/);
      expect(before, where).toMatch(/各林业站/);
    }
  });
});

describe('11 · session 17: those who watch the work and those the meeting honours are not handed its demands (s50-5 [53], s51-6 [53], s52-5 [53])', () => {
  it('a 社会监督员 and a 监督小组\'s members are welcomed and asked to watch, a named one called 同志, never 「多理解、多支持」 or 「带回去」', () => {
    for (const { where, text, said } of saidOf('pw17-sorting-street-watchers.json', '监督小组成员代表', (s) => !/^刚才/.test(s))) {
      for (const s of said) expect(s, where).toMatch(/监督/);
      for (const s of said) expect(s, where).not.toMatch(/多理解|多支持|带回去|讲给身边|带头作用/);
      for (const s of about(text, '许秋云')) expect(s, where).toMatch(/许秋云同志/);
    }
  });

  it('families an item before the speech honours are thanked and honoured, never asked for 意见 or to carry the meeting\'s demands', () => {
    for (const { where, said } of saidOf('pw17-bravery-district-honoured-families.json', '家属代表', (s) => !/送上慰问金/.test(s))) {
      for (const s of said) expect(s, where).toMatch(/敬意|致敬|感谢/);
      for (const s of said) expect(s, where).not.toMatch(/意见|带回去|带动|带头作用|多支持/);
    }
  });
});

describe('11 · session 17: a company given no task is not asked to support the task before its sentence (s50-8 [52])', () => {
  it('a telecom company with no task is thanked like the companies beside it, never told 「支持配合好这项工作」', () => {
    for (const { where, said } of saidOf('pw17-villages-town-untasked-telecom.json', '中国电信洪源分公司')) {
      for (const s of said) expect(s, where).not.toMatch(/这项工作|通信保障/);
      for (const s of said) expect(s, where).toMatch(/感谢|参加/);
    }
  });
});

describe('11 · session 17: stock lines the editor struck (s50-7 D)', () => {
  it('「典型案例」 of a 警示教育 are warnings, no models: no 「身边典型」「好榜样」「以点带面」 after them (s50-7 [42] [43])', () => {
    for (const { where, text } of draftsOf(named('pw17-antidrug-district-warning-cases.json'), [1, 2, 3])) expect(text, where).not.toMatch(/身边典型|好榜样|以点带面/);
  });
});

describe('11 · session 17: a field\'s stock line that names another subject (s50-7 [47] D)', () => {
  it('a township\'s 乱占耕地 enforcement is not told 「抓好农业农村工作，必须把服务送到一线」', () => {
    for (const { where, text } of draftsOf(named('pw17-farmhouse-town-enforcement-mobilize.json'), [1, 2, 3])) expect(text, where).not.toMatch(/服务送到一线|抓好农业农村工作/);
  });
});
