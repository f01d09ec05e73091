// Issue 11 (session 19, g11b): the parties of session 18's final reading (r-s57/s58) and hunt (r-s56) — who is responsible,
// who supports, who oversees.
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((c) => c.name === name)!.input);
const sentences = (text: string) => text.split(/[\n。！]/).filter(Boolean);
const about = (text: string, word: string) => sentences(text).filter((s) => s.includes(word));

describe('11 · session 19: a party the material holds is never a guest (s57-1 [48], s58-1 [38])', () => {
  it('a gas station its line labels with the companies the tasks hold (「供气企业：…供气站」) is held with them: never thanked or asked for support', () => {
    for (const { where, text } of draftsOf(named('g11b-heating-town-gas-supply-station.json'), [1, 2, 3])) {
      const said = about(text, '顺通天然气供气站');
      expect(said.length, where).toBeGreaterThan(0);
      // Its own clause (「…，也请柘塘镇顺通天然气供气站积极支持」), and no thanks in its sentence.
      for (const s of said) expect(s, where).not.toMatch(/感谢/);
      for (const c of said.flatMap((s) => s.split('，')).filter((c) => c.includes('顺通天然气供气站'))) expect(c, where).not.toMatch(/支持/);
      expect(said.some((s) => s.includes('兴能燃气有限公司柘塘营业所') && !/主体责任/.test(s)), where).toBe(true);
    }
  });

  it('the client of projects a fault clause names (「个别城市更新项目竣工资料未按规定时限移交」) answers for them: never thanked or asked 「继续支持配合」', () => {
    for (const { where, text } of draftsOf(named('g11b-renewal-district-project-clients.json'), [1, 2, 3])) {
      const said = about(text, '在建城市更新项目建设单位');
      expect(said.length, where).toBeGreaterThan(0);
      for (const s of said) expect(s, where).not.toMatch(/感谢|继续支持|支持配合/);
    }
  });

  it('those the level names answerable for a thing (「…隐患点监测责任人代表」) are its front line: told their duty, never asked as the public to 「多理解、多支持」', () => {
    for (const { where, text } of draftsOf(named('g11b-landslide-town-duty-holders.json'), [1, 2, 3])) {
      const said = about(text, '隐患点监测责任人代表');
      expect(said.length, where).toBeGreaterThan(0);
      for (const s of said) expect(s, where).not.toMatch(/理解|支持|身边的人|监督我们|提意见/);
    }
  });
});

describe('11 · session 19: property companies by their short name are companies (s60-2 [54])', () => {
  it('「瑞家物业」 under the label 「物业服务企业：」, faulted by a problem and supporting a peer\'s lead, is held with its peers: never thanked or asked 「继续支持」', () => {
    for (const { where, text } of draftsOf(named('g11b-sorting-town-property-short-names.json'), [1, 2, 3])) {
      const said = about(text, '瑞家物业项目经理');
      expect(said.length, where).toBeGreaterThan(0);
      for (const s of said) expect(s, where).not.toMatch(/感谢|继续支持|支持配合|给予支持|离不开大家/);
    }
  });
});

describe('11 · session 19: a unit listed under one label with a company is of its kind (s60-5 [34])', () => {
  it('「…冷链配送中心」 beside a 「…有限公司」 under 「冷链配送单位：」, faulted by their kind, is held with it: never thanked or asked 「继续给予支持」 in the room', () => {
    for (const { where, text } of draftsOf(named('g11b-coldchain-town-label-centre.json'), [1, 2, 3])) {
      const room = sentences(text).filter((s) => s.includes('石桥镇农产品冷链配送中心') && !s.includes('规范冷链食品进货查验') && !/具体实施|牵头|负责/.test(s));
      for (const s of room) expect(s, where).not.toMatch(/感谢|继续给予支持|离不开大家的配合/);
    }
  });
});

describe('11 · session 19: a company that only supports is a partner (s58-2 [45])', () => {
  it('a contract with market parties (「与全县14家种植合作社签订…订单收购合同」) binds no company to the speaker\'s side: asked, never told its 主体责任', () => {
    for (const { where, text } of draftsOf(named('g11b-produce-county-market-contract.json'), [1, 2, 3])) {
      const said = about(text, '禾丰食品有限公司');
      expect(said.length, where).toBeGreaterThan(0);
      for (const s of said) expect(s, where).not.toMatch(/主体责任|照单落实|不打折扣|按要求抓紧落实|不等不靠/);
    }
  });

  it('at a 约谈 that marks whom it calls in, a company whose department sits in (「…有限公司培训部主管」) and leads a task of its own is a partner: never warned nor told its 主体责任 (s58-12 [40])', () => {
    for (const { where, text } of draftsOf(named('g11b-tutoring-county-summons-trainer-dept.json'), [1, 2, 3])) {
      const said = about(text, '安泰消防技术服务有限公司');
      expect(said.length, where).toBeGreaterThan(0);
      for (const s of said) expect(s, where).not.toMatch(/自查|对照检查|对照查|教训|提个醒|主体责任|引以为戒/);
    }
  });
});

describe('11 · session 19: the violator at a 约谈 is overseen, never a lead its regulator helps (s58-4 [33] [36])', () => {
  it('an institution named like the level\'s own (「桂溪街道康宁颐养服务中心」) on a line marked 「（被约谈）」 does its own 整改 under the office that oversees it', () => {
    for (const { where, text } of draftsOf(named('g11b-eldercare-street-summons-centre.json'), [1, 2, 3])) {
      for (const title of ['清理疏散通道，补足夜间值班力量', '护理员持证上岗']) {
        const task = text.split('\n').find((p) => p.includes(title));
        expect(task, where).toBeDefined();
        expect(task, where).not.toMatch(/牵好头|牵头|抓到底|请桂溪街道/);
        expect(task, where).not.toMatch(/街道社会事务办要[^，。]*(参与|配合|协作|支持)/);
      }
    }
  });
});

describe('11 · session 19: bodies that oversee are asked, never handed work (s56-4 [43])', () => {
  it('a bureau head whose material makes the 派驻纪检监察组 the lead carries the work as his bureau\'s and asks the group to oversee it', () => {
    for (const { where, text } of draftsOf(named('g11b-clinics-district-oversight-lead.json'), [1, 2, 3])) {
      const task = text.split('\n').find((p) => p.includes('严查收受红包回扣问题'));
      expect(task, where).toBeDefined();
      expect(task, where).toMatch(/请区纪委监委驻区卫生健康局纪检监察组[^，。]*监督/);
      expect(task, where).not.toMatch(/由区纪委监委驻区卫生健康局纪检监察组|纪检监察组(牵头|负责)/);
    }
  });
});

describe('11 · session 19: a power station is a partner of the place, asked after the higher units (s60-6 [41])', () => {
  it('a station named after the town (「青檀镇光伏电站」) that only supports, invited: thanked, asked in its task after the 检察院, never told to do its part', () => {
    for (const { where, text } of draftsOf(named('g11b-forestfire-town-invited-power-station.json'), [1, 2, 3])) {
      const task = text.split('\n').find((p) => p.includes('清理电力设施周边可燃物'));
      expect(task, where).toBeDefined();
      expect(task, where).toMatch(/检察部[^。]*请青檀镇光伏电站/);
      expect(task, where).not.toMatch(/青檀镇光伏电站(要|按职责|做好|协同|配合|积极配合)/);
    }
  });
});

describe('11 · session 19: heads of the level\'s schools are its front line (s55-6 [51])', () => {
  it('「全镇各小学、幼儿园校（园）长」 is one group, spoken to whole as the front line, never cut nor invited to supervise', () => {
    for (const { where, text } of draftsOf(named('g11b-drowning-town-school-heads.json'), [1, 2, 3])) {
      const said = about(text, '幼儿园校（园）长');
      expect(said.length, where).toBeGreaterThan(0);
      for (const s of said) expect(s, where).toContain('全镇各小学、幼儿园校（园）长');
      for (const s of said) expect(s, where).not.toMatch(/监督|提意见|理解|感谢/);
    }
  });
});

