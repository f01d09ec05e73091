// Issue 11 (session 22, g11b): a lag is a fact. 「工程进度滞后，影响的是群众的期盼。必须找准原因，拿出赶工的具体办法。」 after the
// problems of a street's 老旧小区改造 推进会 whose material said nothing of lateness was marked invented (outside screen test s22
// (4)): the line is gated on the material saying a lag (corpus/topics.yaml claims).
import { describe, expect, it } from 'vitest';
import { draft } from '../../core/draft/index.ts';
import { toPlainText } from '../../core/doc/text.ts';
import { unsupportedClaims } from '../../core/draft/claims.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { loadCampaigns, SPEECH_FRAMES } from '../helpers/campaigns.ts';

const library = loadDraftLibrary();
const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((x) => x.name === name)!.input);
/** The outside tester's material in our own words: nothing of lateness. */
const CAMPAIGN = {"name": "老旧小区改造", "region": "榴园街道", "units": "各社区、街道各科室", "goal": "年底前完成7个小区改造任务", "achievements": [{"title": "管网改造基本完成", "detail": "梧桐巷小区雨污分流管网全部铺设完毕，农机站宿舍完成七成"}], "problems": [{"title": "文明施工不到位", "detail": "部分工地围挡不全，渣土乱堆，影响居民出行", "examples": ["农机站宿舍4号楼前渣土堆放一周未清运", "供销社家属院夜间10点后仍在切割钢管"]}], "tasks": [{"title": "抓紧屋面防水施工", "detail": "赶在降温前完成屋面防水和外墙保温，确保质量", "lead": "街道城建办", "support": ["施工单位", "监理单位"], "deadline": "12月25日前", "measure": "23栋楼屋面全部完成"}], "background": ["4个小区建成于上世纪80年代，管网老化、屋面渗漏问题突出", "今年列入市级改造计划，总投资2130万元"]};
const LAG = '工程进度滞后，影响的是群众的期盼。必须找准原因，拿出赶工的具体办法。';

describe('s22 g11b · no lag said where the material gives none', () => {
  // 榴园街道 (a street, g11b22-gas-street-carried's meeting) turned to 老旧小区改造: one problem, 文明施工不到位; the tasks are on time.
  const input = named('g11b22-gas-street-carried.json');
  input.meeting.name = '榴园街道老旧小区改造工作推进会';
  input.meeting.type = '推进会';
  input.meeting.precedingItems = ['施工单位汇报了施工进度', '居民代表作了发言'];
  input.campaign = CAMPAIGN;
  input.options = { ...input.options, durationMinutes: 15 };
  const material = JSON.stringify(input.campaign);

  it('the lag line needs a lag in the material', () => {
    const claims = library.banks.topics.claims;
    expect(unsupportedClaims(LAG, [material], claims).length).toBeGreaterThan(0);
    expect(unsupportedClaims(LAG, [`${material} 农机站宿舍改造进度滞后`], claims)).toEqual([]);
    // A conditional or a caution states nothing: 「对进度滞后的要及时提醒」 is open.
    expect(unsupportedClaims('对进度滞后的要及时提醒，对问题突出的要盯住不放。', [material], claims)).toEqual([]);
  });

  it('no draft of the street\'s says it', () => {
    for (const template of SPEECH_FRAMES) {
      for (const seed of [1, 2, 3]) expect(toPlainText(draft(input, library, { template, seed })), `${template} · ${seed}`).not.toContain('赶工的具体办法');
    }
  });
});
