// Issue 11 (session 18, g11a): garbles where the material is spliced into a sentence (r-s53/s54/s55 final).
import { describe, expect, it } from 'vitest';
import { unsupportedClaims } from '../../core/draft/claims.ts';
import { selfSaid } from '../../core/draft/self.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { speakerOf } from '../../core/draft/speaker.ts';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((c) => c.name === name)!.input);

describe('11 · session 18: the speaker named in a list of posts is 「我」 with the whole post (s55-5 [11])', () => {
  it('「党委书记罗明川、镇长贺秋云分片包联」 said by 石岗镇党委书记 罗明川 is 「我和镇长贺秋云…」, never 「党委我」', () => {
    for (const { where, text } of draftsOf(named('g11a-flood-town-self-in-posts.json'), [1, 2, 3])) {
      expect(text, where).not.toMatch(/(党委|书记|罗明川)我|我、镇长/);
      expect(text, where).toContain('我和镇长贺秋云分片包联11个村');
    }
  });

  it('the post stands with or without its place; a longer list keeps its 、', () => {
    const input = named('g11a-flood-town-self-in-posts.json');
    const say = (t: string) => selfSaid(t, 'campaign.background[1]', input, speakerOf(input));
    expect(say('镇党委书记罗明川、镇长贺秋云带队检查')).toBe('我和镇长贺秋云带队检查');
    expect(say('石岗镇党委书记罗明川、镇长贺秋云带队检查')).toBe('我和镇长贺秋云带队检查');
    expect(say('党委书记罗明川、镇长贺秋云、副镇长唐宁带队检查')).toBe('我、镇长贺秋云、副镇长唐宁带队检查');
    expect(say('镇长贺秋云、党委书记罗明川带队检查')).toBe('镇长贺秋云、我带队检查');
  });
});

describe('11 · session 18: a count of none the detail says by denying it is not said again (s55-1 [18])', () => {
  it('「没有发生较大道路交通事故」 with the figure 较大道路交通事故 0起 reads without 「…0起」', () => {
    for (const { where, text } of draftsOf(named('g11a-roads-xiang-none-happened.json'), [1, 2, 3])) {
      expect(text, where).not.toMatch(/交通事故0起/);
      expect(text, where).toContain('查处面包车超员12起');
    }
  });
});

describe('11 · session 18: a target that opens with its own year takes no deadline glued before it (s53-7 [48])', () => {
  it('「2027年新建村级互助养老点30个」 due 2027-12-31 is said with its year once, never 「12月31日前2027年…」', () => {
    for (const { where, text } of draftsOf(named('g11a-elderly-county-year-target.json'), [1, 2, 3])) {
      expect(text, where).not.toMatch(/[日底]前2027年/);
      expect(text, where).toContain('2027年新建村级互助养老点30个');
    }
  });
});

describe('11 · session 18: an attendee line joining two trades with 和 is one group (s55-7 [62])', () => {
  it('「塔吊和施工升降机司机代表」 are the drivers of both machines, never a 「塔吊代表」', () => {
    for (const { where, text } of draftsOf(named('g11a-cranes-county-joined-trades.json'), [1, 2, 3])) {
      expect(text, where).not.toMatch(/塔吊代表|、塔吊[，。、]/);
      expect(text, where).toContain('塔吊和施工升降机司机代表');
    }
  });
});

describe('11 · session 18: deadlines that read wrong (s54-2 [63], s55-3 [50], s56-8 [44])', () => {
  const drafts = () => draftsOf(named('g11a-drains-district-stage-after.json'), [1, 2, 3]);
  it('a target due after the task\'s deadline comes after it: 「5月15日前落实到位，确保…8月底前…」, never 「…，5月15日前全部完成」', () => {
    for (const { where, text } of drafts()) {
      expect(text, where).not.toMatch(/80%以上，5月15日前/);
      expect(text, where).toMatch(/5月15日前[^。]{0,12}，[^。]{0,4}二标段8月底前完成管网铺设80%以上/);
    }
  });

  it('a task whose title names 监测点位 is no monitoring duty kept up to its date (「坚持到5月31日」)', () => {
    for (const { where, text } of drafts()) {
      expect(text, where).toMatch(/5月31日前/);
      expect(text, where).not.toMatch(/(坚持|抓)到5月31日|5月31日为止/);
    }
  });

  it('a deadline the title says as the day a rule starts (「5月起提高…」, 2027-05-01) is said as a start, never 「5月1日前完成」', () => {
    for (const { where, text } of drafts()) {
      expect(text, where).not.toMatch(/5月1日前/);
      expect(text, where).toMatch(/5月1日起/);
    }
  });
});

describe('11 · session 18: a stock line about monitoring stations needs monitoring in the material (s54-5 [37])', () => {
  it('a school bus task with 车载设施, 视频监控 and a 防滞留报警装置 grants no 「监测站点和预警设施」', () => {
    const input = named('g11a-schoolbus-town-no-stations.json');
    const { objects } = loadDraftLibrary().banks.topics;
    const ground = [input.campaign.name, input.campaign.goal ?? '', ...(input.campaign.background ?? []), input.campaign.tasks[0]!.title, input.campaign.tasks[0]!.detail ?? ''];
    expect(unsupportedClaims('监测站点和预警设施要定期检查，确保关键时刻用得上、不掉线。', ground, objects ?? [])).not.toEqual([]);
    expect(unsupportedClaims('监测站点和预警设施要定期检查。', ['汛前对全镇雨量站、水位站逐一检查，确保监测数据实时上传'], objects ?? [])).toEqual([]);
  });
});

describe('11 · session 18: examples after a detail about one of them (s56-1 [20])', () => {
  it('a detail that opens with one example\'s party (「鑫源餐饮冷库…」) is not said of the other (「比如…都存在这个问题」)', () => {
    for (const { where, text } of draftsOf(named('g11a-kitchens-district-detail-subject.json'), [1, 2, 3])) {
      expect(text, where).not.toMatch(/鑫源餐饮中央厨房、佳味坊配送中心，都存在这个问题/);
      // The one the detail does not name has the same kind of problem (session 26: never 「主要集中在…」, a distribution, s80-1 [20]).
      expect(text, where).toContain('佳味坊配送中心也存在这类问题');
    }
  });

  it('「近2个月」 is a time, no count of the two examples (「这2个分别是…」)', () => {
    for (const { where, text } of draftsOf(named('g11a-kitchens-district-detail-subject.json'), [1, 2, 3])) {
      expect(text, where).not.toMatch(/这2个分别是/);
      expect(text, where).toContain('鹭江味道团餐公司、金穗快餐配送部');
    }
  });
});
