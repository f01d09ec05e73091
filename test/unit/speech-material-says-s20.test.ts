// Issue 11 (session 20, g11a): statements the material does not make (r-s61/s62 final reading, W). Examples the clerk gives for a
// problem as a whole are never bound to a count the detail states unless the material places them in it.
import { describe, expect, it } from 'vitest';
import { goalReached } from '../../core/draft/goal-met.ts';
import { speakerOf, unitRelation } from '../../core/draft/speaker.ts';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((c) => c.name === name)!.input);

describe('11 · session 20: examples are never bound to a count the material does not place them in (s61-1 [23], s61-5 [18], s62-2 [20])', () => {
  const input = named('g11a-schoolcars-township-examples-apart.json');

  it('cases saying other things than the count (「2辆未按期年检」 and 「…超员1人」「…未取得…资格」): examples, never 「这2辆分别是」', () => {
    for (const { where, text } of draftsOf(input, [1, 2, 3])) {
      expect(text, where).not.toMatch(/2辆(分别|，分别)|这2辆/);
      expect(text, where).toMatch(/(比如|例如|譬如)，梨花坪小学接送车超员1人；石板桥小学接送车驾驶员未取得校车驾驶资格/);
    }
  });

  it('names of another kind than the count names (「2处楼梯间应急照明」 and two schools): never 「这2处分别是」', () => {
    for (const { where, text } of draftsOf(input, [1, 2, 3])) {
      expect(text, where).not.toMatch(/这2处|2处[^。]*分别是/);
      expect(text, where).toMatch(/校舍消防设施缺损，(比如|例如|譬如)岩背村小学、乡中心幼儿园。/);
    }
  });

  it('the whole set the count names (「还有3所小学…」 and three 小学) is still named plainly', () => {
    for (const { where, text } of draftsOf(input, [1])) expect(text, where).toContain('还有3所小学夜间没有安排值守人员，分别是竹溪村小学、云台村小学、桐木村小学');
  });
});

describe('11 · session 20: a speech with no speaker, only a level, speaks as the level, never as one of its units (s61-8 [25], s62-11 [38])', () => {
  const input = named('g11a-irrigation-town-no-speaker.json');

  it('「×××」 with no title is the level\'s leadership, not a department with no unit of its own', () => {
    expect(speakerOf(input)).toMatchObject({ level: 'town', rank: 'deputy' });
    expect(speakerOf(input).ownUnit).toBeUndefined();
  });

  it('the press is asked by a level\'s leader, its own 融媒体中心 too (s53-7 [6]: the reporters thanked)', () => {
    const speaker = speakerOf(input);
    for (const unit of ['镇融媒体中心', '柳塘日报社']) expect(unitRelation(unit, speaker), unit).toBe('partner');
  });

  it('the town\'s villages and offices are told, never 商请\'d, asked for support or answered as a peer', () => {
    for (const { where, text } of draftsOf(input, [1, 2, 3])) {
      expect(text, where).not.toMatch(/商请|争取支持|请各村|也请镇|我们要主动|我们将认真对照/);
      expect(text, where).toMatch(/各村(负责|牵头)/);
    }
  });
});

describe('11 · session 20: a deadline belongs to the act it is attached to (s61-2 [30])', () => {
  it('a duty put in place by a date (「每所小学安排1名夜间值守人员」, 3月1日) is done by then, never kept up until then', () => {
    for (const { where, text } of draftsOf(named('g11a-schoolcars-township-examples-apart.json'), [1, 2, 3])) {
      const said = text.slice(text.indexOf('每所小学安排1名夜间值守人员'));
      expect(said.split('。').slice(0, 2).join('。'), where).not.toMatch(/(直到|坚持到|抓到)3月1日|3月1日(为止|前要一直|前都要坚持|前每一天|前要天天|前要始终|前要坚持到底)/);
      expect(said.split('。').slice(0, 2).join('。'), where).toMatch(/3月1日前[^。]*(完成|到位)/);
    }
  });

  it('a duty whose detail says its own rounds (「每天12时至18时在岸边值守」) is still kept up until its date', () => {
    for (const { where, text } of draftsOf(named('drowning-town-summer.json'), [1])) expect(text, where).toMatch(/8月31日前(要一直坚持|都要坚持下去|每一天都不能放松|要天天抓|要始终坚持|要坚持到底)/);
  });
});

describe('11 · session 20: a goal the achievements show reached is no next step\'s target (hunt s63-8 [35])', () => {
  it('「考核进入全县前五，准确率85%以上」 beside 「上升到第四名」「87.5%」: never set again as the target or pledged; kept and taken further', () => {
    for (const { where, text } of draftsOf(named('g11a-sorting-town-goal-reached.json'), [1, 2, 3])) {
      expect(text, where).not.toContain('全镇垃圾分类考核进入全县前五');
      expect(text, where).toMatch(/巩固|保持好|争先/);
    }
  });

  it('a goal of its own time, one to keep, or one not yet met is still the target', () => {
    const achievements = [{ title: '排名前移', detail: '全县垃圾分类考核中由第九名上升到第四名' }, { title: '准确率提高', figures: [{ label: '分类投放准确率', value: '87.5', unit: '%' }] }];
    expect(goalReached('全镇垃圾分类考核进入全县前五，分类投放准确率85%以上', achievements)).toBe(true);
    expect(goalReached('2027年全镇垃圾分类考核进入全县前五', achievements)).toBe(false);
    expect(goalReached('分类投放准确率保持在85%以上', achievements)).toBe(false);
    expect(goalReached('全镇垃圾分类考核进入全县前三，分类投放准确率85%以上', achievements)).toBe(false);
    expect(goalReached('分类投放准确率90%以上', achievements)).toBe(false);
    expect(goalReached('分类投放准确率85%以上，不发生垃圾围村', achievements)).toBe(false);
  });
});

describe('11 · session 20: a thin campaign narrower than its field is not padded with the field at large (s62-1 [10] [11] [32])', () => {
  it('an 有限空间 动员会 with no achievements and no problems never speaks of 安全生产 at large, nor of approvals to speed up', () => {
    for (const { where, text } of draftsOf(named('g11a-confined-street-thin-mobilize.json'), [1, 2, 3])) {
      expect(text, where).not.toContain('安全生产');
      expect(text, where).not.toMatch(/审批要提速|并联审批|网上办理/);
    }
  });
});
