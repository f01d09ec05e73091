// Issue 11 (session 14): who each named party is to the speaker. A higher level's guest marked 特邀 is thanked
// for coming to guide, whatever a bureau of the same field at the speaker's level does; a department head's own
// 所, 大队 and 股 (named short or with 各) are told like the rest of his bureau; teams stationed in the villages are
// the level's own front line; a company whose site a 现场会 visits is thanked for the site, not for attending;
// a utility in a mutual-aid agreement is a partner; appraisers and surveyors are told alike to work independently;
// a 检察院 beside a court is not handed 「监督指导」; a peer that leads is sought by a department head, never given a time.
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';
import { bareUnit, speakerOf, unitLevel, unitRelation } from '../../core/draft/speaker.ts';
import { branchName } from '../../core/draft/leads.ts';

const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((c) => c.name === name)!.input);
const sentences = (text: string) => text.split(/[\n。！]/).filter(Boolean);
const about = (text: string, word: string) => sentences(text).filter((s) => s.includes(word));

describe('11 · session 14: who each party is to the speaker', () => {
  it('a city bureau invited (「特邀：市民政局…副局长…」) is thanked for coming to guide, not left out or told 「有事及时沟通」 (s37-1 [52])', () => {
    expect(unitLevel('市民政局')).toBe('city');
    expect(unitLevel('市场监管所')).toBeUndefined();
    for (const { where, text } of draftsOf(named('rel-eldercare-county-city-guests.json'), [1, 2])) {
      const said = about(text, '市民政局');
      expect(said.length, where).toBeGreaterThan(0);
      for (const s of said) expect(s, where).toMatch(/指导/);
    }
  });

  it('a court and a procuratorate supporting a task are asked alike, never handed 「监督指导」; a 供电公司 with no power task is given no 「电力保障」 (s37-8 [44], s37-7 [71])', () => {
    for (const { where, text } of draftsOf(named('rel-eldercare-county-city-guests.json'), [1, 2])) {
      for (const s of about(text, '检察院')) expect(s, where).not.toMatch(/监督/);
      expect(text, where).not.toMatch(/电力保障/);
      expect(about(text, '供电公司').length, where).toBeGreaterThan(0);
    }
  });

  it('a 局长\'s own 所, 大队 and 股 are told plainly, 「各市场监管所」 is no 「各市」 (s40-4 [38])', () => {
    const input = named('rel-food-county-bureau-own-stations.json');
    const speaker = speakerOf(input);
    expect(bareUnit('各市场监管所')).toBe('各市场监管所');
    expect(unitRelation('各市场监管所', speaker)).toBe('direct');
    expect(unitRelation('县市场监管局执法稽查大队', speaker)).toBe('direct');
    for (const { where, text } of draftsOf(input, [1, 2])) {
      expect(text, where).not.toMatch(/请各市场监管所|请(局|县市场监管局)执法稽查大队/);
      expect(text, where).not.toMatch(/县市场监管局执法稽查大队/);
    }
  });

  it('a kind the problems find at fault (「部分食品经营单位主体责任不落实」) beside a lead does its part, never asked to support (s40-4 [38])', () => {
    for (const { where, text } of draftsOf(named('rel-food-county-bureau-own-stations.json'), [1, 2])) {
      for (const s of about(text, '校园周边食品经营单位').filter((x) => /牵头|负责/.test(x))) expect(s, where).not.toMatch(/食品经营单位[^，。]*支持|请[^，。]*食品经营单位/);
    }
  });

  it('a department head seeks a peer that leads and gives it no time (s36-8 [53])', () => {
    for (const name of ['rel-food-county-bureau-own-stations.json', 'rel-livestock-county-site-visit.json']) {
      for (const { where, text } of draftsOf(named(name), [1, 2])) {
        const said = about(text, '县财政局');
        expect(said.length, where).toBeGreaterThan(0);
        for (const s of said) {
          expect(s, where).not.toMatch(/由县财政局|县财政局要/);
          expect(s, where).not.toMatch(/一季度(抓紧)?完成/);
        }
      }
    }
  });

  it('teams stationed in the villages are the township\'s own: told with its units, thanked together, never sought or told 主体责任 (s38-8 [42] [57])', () => {
    for (const { where, text } of draftsOf(named('rel-xiang-stationed-teams.json'), [1, 2])) {
      for (const s of about(text, '驻村工作队')) expect(s, where).not.toMatch(/争取支持|主体责任|请[^，。]*驻村工作队/);
      expect(text, where).not.toMatch(/供电公司驻村工作队|县林业局的同志|县水利局、县林业局/);
      expect(text, where).toMatch(/各驻村工作队/);
    }
  });

  it('the company whose site a 现场会 visits is thanked for the site, not for attending, nor asked to support the work (s38-7 [31])', () => {
    for (const { where, text } of draftsOf(named('rel-livestock-county-site-visit.json'), [1, 2])) {
      const said = about(text, '丰禾牧业有限公司');
      expect(said.length, where).toBeGreaterThan(0);
      for (const s of said) {
        expect(s, where).not.toMatch(/参加|多关心|多支持|主体责任/);
        expect(s, where).toMatch(/现场/);
      }
    }
  });

  it('a utility bound by a mutual-aid agreement is asked for its part, not held with the contractors; three contractors a line labels alike are held alike (s39-4 [56] [69])', () => {
    for (const { where, text } of draftsOf(named('rel-livestock-county-site-visit.json'), [1, 2])) {
      for (const s of about(text, '县城乡供水集团有限公司')) expect(s, where).not.toMatch(/要按要求|照单|不折不扣|严格按要求|主体责任|合同/);
      const firms = ['绿壤环保科技有限公司', '岚川沃土生物科技有限公司', '岚川田丰农业服务有限公司'];
      const room = sentences(text).filter((s) => firms.some((f) => s.includes(f)) && !/牵头|负责/.test(s));
      for (const s of room) for (const f of firms) expect(s, where).toContain(f);
      for (const s of room) expect(s, where).not.toMatch(/感谢|主体责任/);
    }
  });

  it('appraisers and surveyors are told alike to work independently, none ordered, none asked to support (s38-1 [37])', () => {
    const firms = ['岚川正信资产评估事务所', '岚川衡平房地产评估有限公司', '岚川金图测绘有限公司'];
    for (const { where, text } of draftsOf(named('rel-livestock-county-site-visit.json'), [1, 2])) {
      const said = sentences(text).filter((s) => firms.some((f) => s.includes(f)));
      expect(said.length, where).toBeGreaterThan(0);
      for (const s of said) {
        for (const f of firms) expect(s, where).toContain(f);
        // A peer department asked in a clause of its own (「也请县自然资源局大力支持」, s62-12) is no word to them.
        const theirs = s.split('，').filter((c) => !/^也请/.test(c) || firms.some((f) => c.includes(f))).join('，');
        expect(theirs, where).not.toMatch(/照单|按要求抓紧|给予支持|主体责任/);
      }
    }
  });

  it('every gas company of the kind a task holds to its 主体责任 (「辖区各燃气经营企业」: a 液化石油气 company, a 液化气供应站) and the operators of the pipes the campaign renews are held alike, never thanked as supporters (s41-1 [53], s41-3 [45])', () => {
    const firms = ['汀州华润燃气有限公司沙洲营业所', '汀州新奥燃气发展有限公司', '汀州顺安液化石油气有限公司', '沙洲永兴液化气供应站'];
    for (const { where, text } of draftsOf(named('rel-gas-street-operators.json'), [1, 2])) {
      const room = sentences(text).filter((s) => firms.some((f) => s.includes(f)) && !/牵头|负责|具体/.test(s));
      expect(room.length, where).toBeGreaterThan(0);
      for (const s of room) {
        for (const f of firms) expect(s, where).toContain(f);
        expect(s, where).not.toMatch(/感谢|多关心|多支持|继续支持|银行/);
      }
      for (const s of sentences(text).filter((x) => firms.some((f) => x.includes(f)))) expect(s, where).not.toMatch(/请[^，。]*(燃气|液化)/);
      expect(text, where).not.toMatch(/客户经理的负责同志|客户经理的同志/);
    }
  });

  it('a party secretary directs his committee\'s departments and names the court and the procuratorate with the level\'s units; the commended are not asked to support (s41-8 [44] [58] [64] [67])', () => {
    const input = named('rel-drugs-county-secretary.json');
    expect(speakerOf(input).secretary).toBe(true);
    for (const { where, text } of draftsOf(input, [1, 2])) {
      expect(text, where).not.toMatch(/请县委宣传部|请县委政法委/);
      for (const s of about(text, '检察院')) expect(s, where).not.toMatch(/监督|指导|请[^，。]*检察院/);
      for (const s of about(text, '先进集体')) expect(s, where).not.toMatch(/多理解|多支持|讲给身边的人/);
    }
  });

  it('a builder that supports another builder\'s lead is held like it, never thanked; a utility beside a contractor\'s lead is asked, never told 「积极协助」 (s41-5 [32], s41-2 [37])', () => {
    const input = named('rel-gas-street-operators.json');
    input.meeting.attendees!.push('汀州安平管道工程有限公司、沙洲恒通建设有限公司项目经理', '国网汀州市沙洲供电公司负责人');
    input.campaign.tasks.push({ title: '抢抓庭院管道施工进度', detail: '施工单位增加焊工和挖机，雨季前完成主管铺设', lead: '汀州安平管道工程有限公司', support: ['沙洲恒通建设有限公司'], deadline: '2027年4月底前' });
    input.campaign.tasks.push({ title: '落实施工现场临时用电安全', detail: '施工现场临时用电一机一闸一漏保', lead: '各施工单位', support: ['国网汀州市沙洲供电公司'], deadline: '施工期间' });
    for (const { where, text } of draftsOf(input, [1, 2])) {
      for (const s of about(text, '沙洲恒通建设有限公司')) expect(s, where).not.toMatch(/感谢|多关心|继续支持/);
      for (const s of about(text, '国网汀州市沙洲供电公司').filter((x) => /各施工单位/.test(x))) expect(s, where).toMatch(/请[^，。]*国网汀州市沙洲供电公司/);
    }
  });

  it('two regulated companies leading together are overseen by the speaker\'s side, never supported; 「区住建局物业管理科」 is the 住房和城乡建设局\'s own 科', () => {
    const input = named('rel-gas-street-operators.json');
    input.campaign.tasks.push({ title: '两家液化气企业限期整改', detail: '送气人员全部实名登记，气瓶加贴追溯标签', lead: '汀州顺安液化石油气有限公司、沙洲永兴液化气供应站', support: ['街道安监站'], deadline: '2027年1月15日前' });
    for (const { where, text } of draftsOf(input, [1, 2])) {
      const said = sentences(text).filter((x) => x.includes('沙洲永兴液化气供应站') && x.includes('街道安监站'));
      expect(said.length, where).toBeGreaterThan(0);
      for (const s of said) expect(s, where).not.toMatch(/街道安监站[^，。]*(支持|配合|协作)/);
    }
    const speaker = speakerOf({ ...input, meeting: { ...input.meeting, speaker: { name: '钱文', title: '区住房和城乡建设局局长' } }, campaign: { ...input.campaign, region: '柳川区' } });
    expect(bareUnit('区住房和城乡建设局')).toBe('住房和城乡建设局');
    expect(unitRelation('区住建局物业管理科', speaker)).toBe('direct');
    expect(branchName('区住建局物业管理科', speaker)).toEqual([{ text: '局物业管理科' }]);
  });
});

