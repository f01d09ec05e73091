// Issue 11 (session 16, engineer pb): the parties in the room of the final reading r-s46/r-s47 of session 15
// (docs/notes/session-15-next-parties.md P4–P8): who each is to the speaker and what each may be told. Every case on a
// fixture of its own with invented names, another domain and level than the reading's.
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';
import { brandOf } from '../../core/draft/providers.ts';
import { speakerOf, unitRelation } from '../../core/draft/speaker.ts';

const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((c) => c.name === name)!.input);
const sentences = (text: string) => text.split(/[\n。！]/).filter(Boolean);
const about = (text: string, word: string) => sentences(text).filter((s) => s.includes(word));
const line = (text: string, title: string) => text.split('\n').find((l) => l.includes(`${title}。`)) ?? '';

describe('11 · session 16 pb: providers, appointees, the regulated, the summoned', () => {
  it('a service centre with a brand of its own beside a company is a provider, not the level\'s institution (s47-5 [35])', () => {
    expect(brandOf('江屿县康宁居家养老服务中心', '')).toBe('康宁');
    for (const own of ['江屿县社会福利中心', '江屿县融媒体中心', '江屿县养老服务指导中心', '江屿县城关镇居家养老服务中心']) expect(brandOf(own, ''), own).toBeUndefined();
    const input = named('party-county-brand-training-providers.json');
    expect(unitRelation('青岚县启航职业技能培训中心', speakerOf(input))).toBe('partner');
  });

  it('providers of one service are held alike: neither thanked as a guest, the lead not asked as a peer (s47-5 [35] [29])', () => {
    for (const { where, text } of draftsOf(named('party-county-brand-training-providers.json'), [1, 2, 3])) {
      for (const firm of ['启航职业技能培训中心', '博远教育咨询有限公司']) {
        const said = about(text, firm);
        expect(said.length, `${where} ${firm}`).toBeGreaterThan(1);
        for (const s of said) expect(s, where).not.toMatch(/感谢|支持配合|给予支持|关心/);
      }
      expect(line(text, '规范培训签到和课时管理'), where).not.toMatch(/请青岚县启航/);
    }
  });

  it('at a 约谈 those called in are the doers of their own 整改, town and company alike; the lead follows it up (s47-4 [34])', () => {
    for (const { where, text } of draftsOf(named('party-district-summons-own-remedy.json'), [1, 2, 3])) {
      const l = line(text, '被约谈单位限期整改');
      expect(l, where).toMatch(/桐湾街道、榆关区恒燃燃气有限公司[^。]*(整改|责任)|整改的责任主体是桐湾街道/);
      expect(l, where).toMatch(/区安委办要/);
      expect(l, where).not.toMatch(/配合|抓紧落实|执行到位/);
    }
  });

  it('the level\'s own appointees are told their duty, never thanked as a company, whatever their post\'s modifier (s47-6 [55])', () => {
    const officers = named('party-county-appointed-project-officers.json');
    // The same appointees with 企业 in their post's name: still people, still the level's.
    const firmWord = JSON.parse(JSON.stringify(officers).replaceAll('项目服务专员', '企业服务专员')) as typeof officers;
    for (const input of [officers, firmWord]) {
      for (const { where, text } of draftsOf(input, [1, 2, 3])) {
        const said = about(text, '服务专员代表');
        expect(said.length, where).toBe(1);
        expect(said[0], where).toMatch(/希望/);
        expect(said[0], where).not.toMatch(/感谢|关心|支持|提意见|负责同志|主体责任/);
      }
    }
  });

  it('people the campaign regulates are never made the owners of a problem no task answers (s46-6 [34])', () => {
    for (const { where, text } of draftsOf(named('party-xiang-selfbuilt-craftsmen.json'), [1, 2, 3])) {
      for (const s of about(text, '建筑工匠')) expect(s, where).not.toMatch(/工匠要(对号入座|一项一项|跟踪|主动认领|拿出|明确)/);
    }
  });

  it('examples after a detail that names one of them are where the problem lies, never said to share that one\'s fact (s46-7 [27])', () => {
    for (const { where, text } of draftsOf(named('party-county-mines-examples-in-detail.json'), [1, 2, 3])) {
      expect(text, where).not.toMatch(/青杠坪、白岩沟[，,]?(都|就)存在这个问题/);
      // The ones the detail does not name have the same kind of problem (session 26: never 「主要集中在…」, a distribution, s80-1 [20]).
      expect(text, where).toMatch(/青杠坪、白岩沟也存在这类问题/);
      // One the detail names short after its sibling (「鑫磊采石场东矿、西矿」) is named already (s46-4 [23], D).
      expect(text, where).not.toMatch(/(比如|例如|譬如)[^。]*鑫磊采石场西矿/);
    }
  });

  it('a season named of a year gone by (「去年汛后…」) is not the meeting\'s: no 「汛期虽然过去」 at a May 部署会 (s48-1 [13] [14])', () => {
    for (const { where, text } of draftsOf(named('party-town-flood-past-season.json'), [1, 2, 3])) expect(text, where).not.toMatch(/汛期虽然过去|明年汛期|越是汛后/);
  });

  it('a festival typed as the closing\'s occasion, counted or not (「第115个国际护士节」), is greeted in a sentence of its own (s48-5 [64])', () => {
    for (const { where, text } of draftsOf(named('party-district-nurses-day-occasion.json'), [1, 2, 3])) {
      expect(text, where).not.toMatch(/[，,]第115个国际护士节！/);
      expect(text, where).toMatch(/第115个国际护士节[^。！]*(到|来临)[^。！]*[，,][^。！]*祝/);
    }
  });

  it('a problem is tied to the task that does what it lacks to its own things, not to one doing it to something else (s48-1 [45])', () => {
    for (const { where, text } of draftsOf(named('party-town-forestfire-worn-tools.json'), [1, 2, 3])) expect(line(text, '修复林区防火通道'), where).not.toMatch(/扑火机具老化/);
  });

  it('oversight done by turns is kept up to its deadline, never 「…前完成」 (s45-6 [56], s46-5 [61])', () => {
    for (const { where, text } of draftsOf(named('party-county-toilets-ongoing-oversight.json'), [1, 2, 3])) {
      for (const title of ['严格督查通报', '实行周调度']) expect(line(text, title), where).not.toMatch(/完成/);
      expect(line(text, '分类推进问题户厕整改'), where).toMatch(/11月底前/);
      // A bare rate after its date takes its verb (s48-8 [51], E); a round of work within a stretch is done by its end (s48-8 [42], E).
      expect(line(text, '分类推进问题户厕整改'), where).not.toMatch(/前问题户厕整改到位率95%/);
      expect(line(text, '开展改厕户入户回访'), where).not.toMatch(/坚持|断档|不能松/);
      // A half-year is a term to work within, never 「下半年前」 (s47-6 [34], E).
      expect(text, where).not.toMatch(/[上下]半年前/);
    }
  });

  it('at a 约谈 a summoned firm named like a station is told its part, not asked; the bureau\'s own brigade listed with its 科 is told, not asked (word s15)', () => {
    for (const { where, text } of draftsOf(named('party-district-summons-station-own-brigade.json'), [1, 2, 3])) {
      expect(line(text, '规范卸油作业'), where).not.toMatch(/请梧川区兴旺加油站/);
      expect(line(text, '组织整改复查'), where).not.toMatch(/请执法监察大队/);
    }
  });

  it('a higher unit\'s section chief is thanked and asked plainly, never 「百忙之中」「恳请」 (s47-1 [6], s45-7 [6])', () => {
    for (const { where, text } of draftsOf(named('party-district-city-section-chief-guide.json'), [1, 2, 3])) {
      const said = about(text, '汤卫华');
      expect(said.length, where).toBeGreaterThan(0);
      for (const s of said) expect(s, where).not.toMatch(/恳请|百忙之中/);
    }
  });

  it('residents the meeting invited are thanked and asked to carry the word, never handed the meeting\'s demands like cadres (s45-2 [53])', () => {
    for (const { where, text } of draftsOf(named('party-street-invited-residents.json'), [1, 2, 3])) {
      const said = about(text, '居民代表');
      expect(said.length, where).toBeGreaterThan(0);
      expect(said.some((s) => /感谢|谢谢/.test(s)), where).toBe(true);
      for (const s of said) expect(s, where).not.toMatch(/会议的要求带回去|要求带回去/);
    }
  });
});
