// Issue 11 (session 19, g11a): a speaker the material types by post only (「区城市管理和综合执法局局长」「乡长」「县卫健委主任」,
// no name, no title) holds that post: his own bureau, its 股/科/办公室 and the units below his level are his own, told, never
// 商请'd, asked for support or thanked (r-s57/s58 final: s57-12 [32] [39], s58-11 [40] [49], s57-11 [32] [38]; hunt s56-6 [33]).
import { describe, expect, it } from 'vitest';
import { speakerOf, speakerTitle, unitRelation } from '../../core/draft/speaker.ts';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((c) => c.name === name)!.input);
/** What a speaker says only of a body that is not his: seeking it, asking it, working to it. */
const OUTSIDE_WORDS = /商请|争取支持|主动对接|主动沟通衔接|配合完成/;

describe('11 · session 19: a leader typed by post only is that post (s57-11 [32] [38])', () => {
  it('「镇长」 as the name is the town\'s principal: its villages and offices are his, told, never 商请\'d or asked', () => {
    const input = named('g11a-toilets-town-head-by-post.json');
    expect(speakerOf(input)).toMatchObject({ rank: 'principal', level: 'town' });
    for (const { where, text } of draftsOf(input, [1, 2, 3])) {
      const tasks = text.slice(text.indexOf('逐户销号整改'));
      expect(tasks, where).not.toMatch(OUTSIDE_WORDS);
      expect(tasks, where).not.toMatch(/请(各村|镇社会事务办|镇财政所|镇农业综合服务中心)/);
    }
  });

  it('a person called by a post (「王镇长」「陈主任」) and a name are no title', () => {
    for (const name of ['王镇长', '陈主任', '李书记', '周建平']) expect(speakerTitle({ name })).toBeUndefined();
    for (const name of ['乡长', '镇党委书记', '副县长', '区城市管理和综合执法局局长', '县卫健委主任']) expect(speakerTitle({ name })).toBe(name);
  });
});

describe('11 · session 19: a bureau head typed by post only speaks of his bureau and its parts as his own (s57-12, s58-11)', () => {
  it('「市交通运输局局长」: 「局运输管理科」 leads, told; the bureau is never asked; its 执法支队 (局属) is its own', () => {
    const input = named('g11a-buses-city-bureau-by-post.json');
    const speaker = speakerOf(input);
    expect(speaker).toMatchObject({ rank: 'department', ownUnit: '市交通运输局' });
    expect(unitRelation('市交通运输综合行政执法支队', speaker)).toBe('direct');
    for (const { where, text } of draftsOf(input, [1, 2, 3])) {
      expect(text, where).not.toMatch(OUTSIDE_WORDS);
      expect(text, where).not.toMatch(/请市交通运输(局|综合行政执法支队)/);
      expect(text, where).toContain('局运输管理科');
    }
  });

  it('a company named like a bureau\'s branch (「…道路运输有限公司」 beside the 交通运输局) is no branch of it', () => {
    const input = named('g11a-buses-city-bureau-by-post.json');
    input.meeting.speaker = { name: '罗志刚', title: '岚州市交通运输局局长' };
    const speaker = speakerOf(input);
    expect(unitRelation('岚州长运道路运输有限公司', speaker)).not.toBe('direct');
    expect(unitRelation('岚州市道路运输服务中心', speaker)).toBe('direct');
  });
});

describe('11 · session 19: a committee\'s head named short (「区发改委主任」) and its 科 named in full (s56-6 [33])', () => {
  it('「区发展和改革委员会重点项目科」 is 「委重点项目科」, his own, told; never 拟商请, never asked to support', () => {
    const input = named('g11a-projects-district-committee-by-post.json');
    expect(speakerOf(input)).toMatchObject({ rank: 'department', ownUnit: '区发改委' });
    for (const { where, text } of draftsOf(input, [1, 2, 3])) {
      expect(text, where).not.toMatch(OUTSIDE_WORDS);
      expect(text, where).not.toMatch(/区发展和改革委员会(重点项目科|投资科|办公室)/);
      expect(text, where).toContain('委重点项目科');
    }
  });
});

describe('11 · session 19: examples are never bound to a part the detail takes out with 「其中」 (s57-2 [25], s60-3 [17])', () => {
  it('「21个小区中有8个…，其中2个至今没有集中充电设施」 and two examples: never 「分别是」 the two without', () => {
    for (const { where, text } of draftsOf(named('g11a-ebikes-street-part-count.json'), [1, 2, 3])) {
      expect(text, where).not.toMatch(/集中充电设施(，分别是|。这2个分别)/);
      expect(text, where).toMatch(/飞线充电屡禁不止，(比如|例如|譬如)桂香苑小区、纺机二村。/);
    }
  });

  it('the problem\'s own count out of all stays the whole set: 「19个点位中有3个出现反弹，分别是…」', () => {
    for (const { where, text } of draftsOf(named('stalls-street-examples.json'), [1])) expect(text, where).toContain('中有3个出现反弹，分别是');
  });
});

describe('11 · session 19: who takes up a problem no task answers (hunt s60-7 [38], s60-1 [42], s60-5 [32])', () => {
  it('the same work set up apart by several bodies (「多头设置」) is answered by the task that merges it: no one handed it after the tasks', () => {
    for (const { where, text } of draftsOf(named('g11a-housing-town-deputy-short-merged.json'), [1, 2, 3])) expect(text, where).not.toMatch(/办证多头设置(和|，|。)[^。]*(不能放|抓紧解决|抓在手上|同样不能|一并抓好|确保件件)|办证多头设置和巡查力量不足/);
  });

  it('a shortage a 副镇长 does not settle: the short office proposes and it is settled above it, never 「一抓到底」「确保…有着落」 by it', () => {
    for (const { where, text } of draftsOf(named('g11a-housing-town-deputy-short-merged.json'), [1, 2, 3])) {
      const answer = text.slice(text.indexOf('前面提到的巡查力量不足') >= 0 ? text.indexOf('前面提到的巡查力量不足') : text.lastIndexOf('巡查力量不足'));
      expect(answer, where).toMatch(/镇村镇建设办[^。]*(提出[^。]*意见|报请|报批)/);
      expect(answer.split('。').slice(0, 3).join('。'), where).not.toMatch(/一抓到底|有着落|主动认领|对号入座/);
    }
  });

  it('money a bureau head\'s problem says has no source, for no unit of his: reported up, never 「我局要…推动解决」', () => {
    for (const { where, text } of draftsOf(named('g11a-forest-county-bureau-unfunded.json'), [1, 2, 3])) {
      expect(text, where).not.toMatch(/我局要[^。]*(这个问题|解决)/);
      expect(text, where).toMatch(/村级扑火队伍装备简陋[^。]*向上(反映|汇报)/);
    }
  });
});

describe('11 · session 19: a problem a task already acts on is not said again after the tasks (s57-8 [30] [31], s58-11 [50])', () => {
  it('a task whose detail restates the problem\'s (「灯杆锈蚀、线路裸露、灯具进水」), and one that 「补足」 what is short, answer them', () => {
    for (const { where, text } of draftsOf(named('g11a-lights-district-detail-restated.json'), [1, 2, 3])) {
      expect(text, where).not.toMatch(/前面[讲提]到的[^。]*(路灯设施老化|物业投入不足)/);
    }
  });
});
