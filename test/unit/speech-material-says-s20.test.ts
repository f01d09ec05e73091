// Issue 11 (session 20, g11a): statements the material does not make (r-s61/s62 final reading, W). Examples the clerk gives for a
// problem as a whole are never bound to a count the detail states unless the material places them in it.
import { describe, expect, it } from 'vitest';
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
      expect(text, where).toMatch(/(比如|例如|譬如)岩背村小学、乡中心幼儿园，都存在这个问题/);
    }
  });

  it('the whole set the count names (「还有3所小学…」 and three 小学) is still named plainly', () => {
    for (const { where, text } of draftsOf(input, [1])) expect(text, where).toContain('还有3所小学夜间没有安排值守人员，分别是竹溪村小学、云台村小学、桐木村小学');
  });
});
