// Issue 11 (session 23, g11b): a count typed over its whole with a slash is said as a speaker says it. r-s72 s72-2 [16]
// 「完成雨污分流改造41栋/总86栋」, s72-6 [11] 「全县累计完成1920亩/总任务6000亩，完成率32%」, s72-9 [15] 「化解信访积案27件/总31件」
// (E: the slash read as typed); zeros (r-s71 s71-3 [25] 「处罚0起」, hunt s69-1 [28] 「配备为0」, E: 表格语言). The rate is said only
// where the material gives it; no figure is computed.
import { describe, expect, it } from 'vitest';
import { draft } from '../../core/draft/index.ts';
import { toPlainText } from '../../core/doc/text.ts';
import { spokenSlashes, spokenZeros } from '../../core/draft/slashes.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { loadCampaigns, SPEECH_FRAMES } from '../helpers/campaigns.ts';

const library = loadDraftLibrary();
const input = loadCampaigns().find((x) => x.name === 'g11b23-sewer-city-slashes.json')!.input;

describe('s23 g11b · a count over its whole is said, not slashed; a zero is said, not typed', () => {
  // 潆州市 (a city bureau, 雨污分流改造 调度会): 「38.6公里/总任务52公里，完成率74.2%」「126栋/总240栋」「11.2公里/20.5公里」.
  it('no slash is read; the rate the material gives goes with its whole; none is made up', () => {
    for (const template of [...SPEECH_FRAMES, 'ledger']) {
      for (const seed of [1, 2, 3]) {
        const text = toPlainText(draft(input, library, { template, seed }));
        const where = `${template} · ${seed}`;
        expect(text, where).not.toMatch(/\d\/[总\d]/);
        if (template === 'ledger') continue;
        expect(text, where).toContain('38.6公里、占总任务52公里的74.2%');
        expect(text, where).toContain('20.5公里中已完成11.2公里');
        // A figure typed with its whole in its unit or its value (「座/总530座」「86户/150户」), said within its list (s24: no brackets).
        expect(text, where).toContain('530座中的412座');
        expect(text, where).toContain('150户中的86户');
        // Zeros said as a speaker says them (「按期回复0件」「配备为0」).
        expect(text, where).toContain('按期回复一件也没有');
        expect(text, where).toContain('夜间值守配备为零');
        // 126 of 240 is 52.5 %: the material does not say it, so neither does the speech.
        expect(text, where).not.toContain('52.5');
      }
    }
  });

  it('zeros: after what they count, before it, 为0 — not in a number or in quotes', () => {
    expect(spokenZeros('今冬以来违规用火6起，违规用火处罚0起')).toBe('今冬以来违规用火6起，违规用火处罚一起也没有');
    expect(spokenZeros('有3家企业监控室0人在岗，至今0个建成')).toBe('有3家企业监控室无人在岗，至今没有一个建成');
    expect(spokenZeros('主动退回金额为0元，挡水板配备为0')).toBe('主动退回金额为零，挡水板配备为零');
    expect(spokenZeros('对受理纠纷0件的3个社区调委会调整人员')).toBe('对受理纠纷为零的3个社区调委会调整人员');
    expect(spokenZeros('企业自查上报驾驶员违法行为0起，但交警查处187起')).toBe('企业自查上报驾驶员违法行为一起也没有，但交警查处187起');
    expect(spokenZeros('完成10起，0.5万元，自查报告“问题为0”')).toBe('完成10起，0.5万元，自查报告“问题为0”');
  });

  it('the forms: with a rate after it, over a named or a bare whole, of one unit only', () => {
    expect(spokenSlashes('全县累计完成1920亩/总任务6000亩，完成率32%，完成投资680万元')).toBe('全县累计完成1920亩、占总任务6000亩的32%，完成投资680万元');
    expect(spokenSlashes('完成雨污分流改造41栋/总86栋、燃气管道更新1180户')).toBe('完成雨污分流改造86栋中的41栋、燃气管道更新1180户');
    expect(spokenSlashes('一标段完成1100亩/2200亩')).toBe('一标段2200亩中已完成1100亩');
    expect(spokenSlashes('每天巡查2次/每村')).toBe('每天巡查2次/每村');
    expect(spokenSlashes('完成12户/总30人')).toBe('完成12户/总30人');
  });
});
