// Issue 11 (session 23, g11b): the clerk's own numbering typed at the head of a title is not read beside the speech's
// numbering. r-s70 s70-8 [31], r-s71 s71-11 [24] 「（一）第一项：…」, r-s72 s72-2 [37] 「（一）任务一：…」, s72-6 [30]
// 「（一）（一）…」 (E: 重复编号，念出来很别扭). Session 22's label rule (labels.ts) took background items only.
import { describe, expect, it } from 'vitest';
import { draft } from '../../core/draft/index.ts';
import { toPlainText } from '../../core/doc/text.ts';
import { titleUnlabelled } from '../../core/draft/labels.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { loadCampaigns, SPEECH_FRAMES } from '../helpers/campaigns.ts';

const library = loadDraftLibrary();
const input = loadCampaigns().find((x) => x.name === 'g11b23-forest-county-title-labels.json')!.input;

describe('s23 g11b · a title is read without the numbering the clerk typed at its head', () => {
  // 蒿坪县 (a county, 森林防灭火 推进会): 「任务一：」「（二）」「第三项：」 before task titles, 「问题一：」「成绩一：」 before others.
  it('no typed label is read, in any frame or ledger; an ordinal list in a title stays', () => {
    for (const template of [...SPEECH_FRAMES, 'ledger']) {
      for (const seed of [1, 2, 3]) {
        const text = toPlainText(draft(input, library, { template, seed }));
        const where = `${template} · ${seed}`;
        expect(text, where).not.toMatch(/任务一：|问题一：|成绩一：|第三项：|（[一二三]）（/);
        expect(text, where).toContain('严管野外火源');
        expect(text, where).toContain('修复一、二号瞭望塔监控');
      }
    }
  });

  it('an item heard before the speech is read without its label of what was taught (r-s72 s72-5 [8], E)', () => {
    const trained = structuredClone(input);
    trained.meeting.name = '蒿坪县森林防灭火业务培训会';
    trained.meeting.type = '培训会';
    trained.meeting.precedingItems = ['培训内容一：县林业局防火办负责同志讲解野外用火审批流程', '培训内容二：县消防救援大队教官讲解风力灭火机操作要领'];
    for (const template of SPEECH_FRAMES) {
      const text = toPlainText(draft(trained, library, { template, seed: 1 }));
      expect(text, template).not.toMatch(/培训内容[一二]：/);
      expect(text, template).toContain('县林业局防火办负责同志讲解野外用火审批流程');
    }
  });

  it('the labels: brackets, 一、, 1., ①, 任务/问题 with a number, 第…项 — once or twice; not a list of ordinals, not the whole title', () => {
    expect(titleUnlabelled('（一）任务一：二标段倒排工期追赶进度')).toBe('二标段倒排工期追赶进度');
    expect(titleUnlabelled('（一）（一）三标段限期追赶进度')).toBe('三标段限期追赶进度');
    expect(titleUnlabelled('第一项：滞后街道限期追赶')).toBe('滞后街道限期追赶');
    expect(titleUnlabelled('2.加快管线迁改')).toBe('加快管线迁改');
    expect(titleUnlabelled('二、三标段倒排工期赶进度')).toBe('二、三标段倒排工期赶进度');
    expect(titleUnlabelled('3.2万亩高标准农田建设')).toBe('3.2万亩高标准农田建设');
    expect(titleUnlabelled('任务一')).toBe('任务一');
  });
});
