// Issue 11 (session 26, g11b): speed is never urged where the material faults haste. At an accident 约谈 whose material listed
// 建设单位压缩工期 as a problem and 「不得压缩合理工期」 as a task, the field's 「这些都是实打实的任务，既要把进度抓上去」 followed
// the findings (r-s79 s79-4 [12], W; again in the blind re-read r-s80-after): the faults are to be corrected first.
import { describe, expect, it } from 'vitest';
import { loadCampaigns, draftsOf } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((x) => x.name === name)!.input);
const URGES_SPEED = /进度抓上去|抓进度|加快进度|赶进度|抢进度|抢时间|抢工期|加班加点|倒排工期|只争朝夕|快马加鞭|提速|赶上来|加快追赶/;

describe('s26 g11b · no speed urged where haste is faulted', () => {
  it('at a 约谈 (嵩岭县, a farmland works whose builder 压缩工期): no line urges speed, and the incident is followed by its lesson', () => {
    for (const { where, text } of draftsOf(named('g11b26-farmland-county-summons-haste.json'), [1, 2, 3, 4])) {
      expect(text, where).not.toMatch(URGES_SPEED);
      // The sentence after the background (a collapse, two hurt) draws its lesson, not the field's 形势 line.
      const after = /重大隐患2项。([^。]*。)/.exec(text)?.[1] ?? '';
      expect(after, where).toMatch(/教训/);
    }
  });

  it('at a 约谈 whose background counts the findings of an inspection, they are to be corrected; a background of neither takes no such line', () => {
    const input = named('g11b26-farmland-county-summons-haste.json');
    input.campaign.background = ['4月12日县农业农村局、县应急管理局专项检查，共发现问题17项，其中重大隐患2项'];
    for (const { where, text } of draftsOf(input, [1, 2, 3])) expect(/重大隐患2项。([^。]*。)/.exec(text)?.[1] ?? '', where).toMatch(/整改/);
    input.campaign.background = ['今年全县高标准农田建设任务1.2万亩，涉及7个乡镇，施工期与春播期重叠，安全风险较大'];
    for (const { where, text } of draftsOf(input, [1, 2, 3])) expect(text, where).not.toMatch(/教训表明|教训十分深刻|教训极其深刻|教训摆在这里|每一个问题都要查清原因|问题出在哪里/);
  });

  it('at a town 推进会 whose material faults 抢工 and forbids 压缩合理工期 (蔺川镇, 雨污分流): no line urges speed', () => {
    for (const { where, text } of draftsOf(named('g11b26-sewers-town-push-haste.json'), [1, 2, 3, 4, 5, 6])) expect(text, where).not.toMatch(URGES_SPEED);
  });

  it('where nothing faults haste, the field may still ask for progress (the same town material without its 抢工 and 压缩合理工期)', () => {
    const input = named('g11b26-sewers-town-push-haste.json');
    input.campaign.problems[0] = { title: '个别标段进度滞后', detail: '二标段受征地影响，管网铺设比计划滞后1.2公里' };
    input.campaign.tasks[0]!.detail = '各标段按专项方案组织施工，支护验收合格后方可下管';
    const texts = draftsOf(input, [1, 2, 3, 4, 5, 6]).map((d) => d.text).join('\n');
    expect(texts).toMatch(URGES_SPEED);
  });
});
