// Issue 11 (session 20, g11b): parties the material faults or whose conduct the work regulates are held to their duty — never
// thanked, never asked to 理解支持 (r-s61/s62 final: s61-7 [49], s62-4 [41], s62-7 [45]).
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((c) => c.name === name)!.input);
const sentences = (text: string) => text.split(/[\n。！]/).filter(Boolean);
const about = (text: string, word: string) => sentences(text).filter((s) => s.includes(word));
/** Thanks, or a plea for support or understanding, said to a party. */
const THANKED = /感谢|理解|继续支持|支持配合|给予支持|多支持|多关心|离不开大家/;

describe('11 · session 20: a party held to its duty is never thanked or asked for support', () => {
  const food = named('g11b-food-town-workers-outlets.json');

  it('workers a line gathers under one kind (「厨师、面点师、配菜工等食品从业人员代表」) are one group, held to the rules (s61-7 [49])', () => {
    for (const { where, text } of draftsOf(food, [1, 2, 3])) {
      expect(text, where).not.toMatch(/面点师代表/);
      const said = about(text, '面点师');
      expect(said.some((s) => s.includes('厨师、面点师、配菜工等食品从业人员代表')), where).toBe(true);
      for (const s of said) expect(s, where).not.toMatch(THANKED);
    }
  });

  it('people a fault clause names as its subject (「个别帮厨人员未经晨检即上岗」) are held: never the public asked to 「多理解、多支持」 (s61-7 [49])', () => {
    for (const { where, text } of draftsOf(food, [1, 2, 3])) {
      const said = about(text, '帮厨人员代表');
      expect(said.length, where).toBeGreaterThan(0);
      for (const s of said) expect(s, where).not.toMatch(THANKED);
      for (const s of said) expect(s, where).not.toMatch(/身边的人|监督我们|提意见/);
    }
  });

  it('a kind of company whose outlets a problem faults (「部分超市门店临期食品未及时下架」) is held: never thanked (s62-7 [45])', () => {
    for (const { where, text } of draftsOf(food, [1, 2, 3])) {
      const said = about(text, '辖区连锁超市企业');
      expect(said.length, where).toBeGreaterThan(0);
      for (const s of said) expect(s, where).not.toMatch(THANKED);
      for (const c of said.flatMap((s) => s.split('，')).filter((c) => c.includes('辖区连锁超市企业'))) expect(c, where).not.toMatch(/支持/);
    }
  });

  it('companies one line lists, no task naming them, are held alike: the one a problem does not name is held with its peer (s62-4 [41])', () => {
    for (const { where, text } of draftsOf(food, [1, 2, 3])) {
      const said = about(text, '瑞禾粮油贸易有限公司');
      expect(said.length, where).toBeGreaterThan(0);
      for (const s of said) expect(s, where).not.toMatch(THANKED);
      expect(said.some((s) => s.includes('鑫穗食品有限公司')), where).toBe(true);
    }
  });
});

describe('11 · session 20: peer departments are never put under a department head\'s own office (s62-12 [59], [47])', () => {
  it('beside the bureau\'s 科 or 办公室 as lead, a peer in the room is asked for support and one not in the room is sought: never told to 「配合」 it', () => {
    const clauses = (text: string) => text.split(/[\n。；，]/);
    for (const { where, text } of draftsOf(named('g11b-relief-district-branch-peers.json'), [1, 2, 3])) {
      for (const peer of ['区人力资源和社会保障局', '区医疗保障局', '区财政局', '区委编办']) {
        const said = sentences(text).filter((c) => c.includes(peer) && !c.includes('列入预算'));
        expect(said.length, `${where} ${peer}`).toBeGreaterThan(0);
        for (const c of said) expect(c, where).toMatch(/支持|争取|商请/);
        for (const c of clauses(text).filter((x) => x.includes(peer))) expect(c, where).not.toMatch(/(?<!支持)配合$/);
      }
      // The absent ones are sought by the speaker's side, not asked as if in the room.
      for (const c of clauses(text).filter((x) => x.includes('区委编办'))) expect(c, where).not.toMatch(/^(也)?请/);
    }
  });
});

describe('11 · session 20: hunt r-s63 — the regulated beside a task, and companies of equal standing (s63-5 [39], s63-6 [38] [41] [48])', () => {
  const riders = () => draftsOf(named('g11b-riders-district-equal-firms.json'), [1, 2, 3]);

  it('people a task regulates, listed as its support (「外卖骑手」), are told to comply: never asked to support it, never its overseers', () => {
    for (const { where, text } of riders()) {
      const task = text.split('\n').find((l) => l.startsWith('（二）骑手规范骑行')) ?? '';
      const theirs = task.split(/[，。]/).filter((c) => c.includes('外卖骑手'));
      expect(theirs.length, where).toBeGreaterThan(0);
      for (const c of theirs) expect(c, where).not.toMatch(/支持|督促|指导|把关|监管/);
    }
  });

  it('companies one line lists that support the same task are held alike: none asked 「给予支持配合」 or thanked beside the others told to comply', () => {
    for (const { where, text } of riders()) {
      const said = about(text, '快马跑腿服务有限公司');
      expect(said.length, where).toBeGreaterThan(0);
      for (const s of said) expect(s, where).not.toMatch(THANKED);
      for (const s of said) expect(s, where).toContain('鹭迅即时配送有限公司');
    }
  });
});

describe('11 · session 20: at a campaign that serves companies, the companies are served, never ordered (s61-10 [70])', () => {
  it('companies a 企业帮扶 meeting invites, one named in a problem only as one it befalls (「…缺技术工人60余人」), are offered help: never told 主体责任 or handed the meeting\'s demands', () => {
    for (const { where, text } of draftsOf(named('g11b-firms-town-served.json'), [1, 2, 3])) {
      const said = about(text, '苕水绿谷生态农业有限公司');
      expect(said.length, where).toBeGreaterThan(0);
      for (const s of said) {
        expect(s, where).toContain('苕水鑫锐机械制造有限公司');
        expect(s, where).not.toMatch(/主体责任|落实到位|落实好|抓好落实|要求/);
        expect(s, where).toMatch(/困难|难题|意见|监督|堵点|评判/);
      }
    }
  });
});

describe('11 · session 20: a company the task has put things right is never the government\'s lead voice (s61-12 [37])', () => {
  it('the property company a task gives a deadline (「物业公司限期清理…」), though the lead field names it, does the work under the speaker\'s side: never asked to 「牵头」', () => {
    for (const { where, text } of draftsOf(named('g11b-charging-town-property-lead.json'), [1, 2, 3])) {
      const task = text.split('\n').find((l) => l.startsWith('（一）整治楼道违规充电')) ?? '';
      expect(task, where).toContain('芙源县锦岚物业服务有限公司');
      expect(task, where).not.toMatch(/请芙源县锦岚物业服务有限公司|锦岚物业服务有限公司(牵头|要牵好头|要切实履行牵头)/);
      expect(task, where).toMatch(/督促|监管|把关/);
    }
  });
});

describe('11 · session 20: a 总结表彰会 thanks those who did the work, not only those commended (s61-9, s62-11 Overall)', () => {
  it('after the congratulation the opening thanks everyone who worked for it', () => {
    for (const { where, text } of draftsOf(named('g11b-rivers-county-commend-thanks.json'), [1, 2, 3])) {
      const opening = text.split('\n').find((l) => l.includes('祝贺！')) ?? '';
      expect(opening, where).not.toBe('');
      const after = opening.slice(opening.search(/祝贺！/));
      expect(after, where).toMatch(/感谢|谢意|辛苦了/);
    }
  });
});
