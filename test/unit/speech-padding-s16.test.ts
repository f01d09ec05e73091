// Issue 11 (session 16, fw): spoken padding an editor deletes or rewrites (hunt r-s48).
// - Tails of the 「刚才…」 sentence that judge what was heard as 「情况」 (a plan, a pledge, a forecast is none):
//   「情况都摆在了桌面上」「大家要对照查找差距」「大家都听得很清楚」; 「我们都知道，」; 「具体人头」; the achievements'
//   lead 「简要回顾一下」「归纳起来主要是」「总的看主要有这样几个方面」 (s48-1 [7] [17], s48-6 [5] [7] [10], s48-7 [14], s48-8 [7] [12] [15]).
// - 「比如X就存在这个问题」 (s48-7 [25], s48-8 [28]); a case after 「比如，」 with the other case a sentence of its own (s48-8 [29]).
// - The field's 形势 line (「面对这样的情况…」「这些都要求我们…」) after a background of plain facts (s48-2 [14], s48-6 [14], s48-8 [14]).
// - A street that gave a 交流发言 holds many places: one of them is still an example (s48-7 [22] [25]).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../main/services/library-files.ts';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((x) => x.name === name)!.input);
const PADDING = /情况都摆在了桌面上|大家都听得很清楚|对照查找差距|我们都知道|具体人头|归纳起来主要是|总的看主要有这样|简要回顾一下|就存在这个问题|具体安排讲|为把各项任务落到实处|下面讲的问题同样要正视/;

describe('s16 · spoken padding', () => {
  it('no bank line says it', () => {
    const bank = readFileSync(join(PACKAGE_ROOT, 'corpus', 'speech.yaml'), 'utf8').split('\n').filter((l) => !l.trim().startsWith('#'));
    expect(bank.filter((l) => PADDING.test(l))).toEqual([]);
  });

  it('no draft says it, nor the field\'s 形势 line after plain facts; a place in a street that spoke is named', () => {
    for (const { where, text } of draftsOf(named('fw16-eldercare-district-push.json'), [1, 2, 3])) {
      expect(text, where).not.toMatch(PADDING);
      expect(text, where).not.toMatch(/面对这样的|这些都要求我们|这些情况要求我们|这些情况表明/);
      expect(text, where).toContain('桐林街道松柏社区');
      // The two cases in one list after the connective, the sentence first as the material gives it.
      expect(text, where).toMatch(/(比如|例如|譬如)，青石社区日间照料中心建成后闲置8个月，未配备护理人员；江岸街道两处助餐点房租纠纷/);
    }
  });
});

describe('s16 · figures folded where the detail says their thing, not stitched after it', () => {
  it('a listed thing, a thing its place opens, the same act reworded, a word between', () => {
    for (const { where, text } of draftsOf(named('fw16-drought-xiang-figures.json'), [1, 2])) {
      expect(text, where).toContain('调拨了抽水机42台、输水管6.5千米、柴油');
      expect(text, where).toContain('各村组建了抗旱服务队11支');
      expect(text, where).toContain('新换老化水泵23台');
      expect(text, where).toContain('排查各类缺水隐患57处');
      expect(text, where).not.toMatch(/村级抗旱服务队11支|更换老化水泵|，排查缺水隐患/);
    }
  });
});

describe('s16 · a task that takes on staff answers a shortage of people', () => {
  it('「通过公益性岗位补充农技员」 answers 「…值班力量不足」: no paragraph after the tasks says it again (s48-5 [56] [57])', () => {
    const input = named('fw16-pesticide-county-training.json');
    input.campaign.problems.push({ title: '乡镇农技站夜间值班力量不足', detail: '部分乡镇农技员与农户比例超过1:3000，病虫害发生时夜间值守主要依靠村干部' });
    input.campaign.tasks.push({ title: '加强病虫害发生期值守', detail: '通过公益性岗位补充农技员，落实夜间值班和站长带班制度', lead: '各乡镇农业综合服务中心', support: ['局人事股'], deadline: '长期坚持' });
    for (const { where, text } of draftsOf(input, [1, 2, 3])) expect(text, where).not.toMatch(/(前面(讲到|提到)的|专门讲一下前面提到的)乡镇农技站夜间值班力量不足/);
  });
});
