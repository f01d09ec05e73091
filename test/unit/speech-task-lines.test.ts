// Issue 11 (session 11, word): the task lines' own wording and the answer to a problem no task
// answers. Readers of s20–s24 struck deadlines said as a form (「时限要求是…」「…的时间节点按时落实」),
// targets said as a form (「工作目标是…」「确保实现…的目标」), a term said as if it were an end
// (「春节前后完成」「看守不少于72小时完成」), a monthly mechanism built 「每月15日前」, and problems
// a task only touched by one word that then got no answer at all.
import { describe, expect, it } from 'vitest';
import { draft } from '../../core/draft/index.ts';
import { deadlineKind, deadlinePlace } from '../../core/draft/items.ts';
import { answering } from '../../core/draft/measures.ts';
import { achievementBody } from '../../core/draft/figures.ts';
import { runsText, toPlainText } from '../../core/doc/text.ts';
import type { SpeechInput } from '../../core/input/schema.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { loadCampaigns, SPEECH_FRAMES } from '../helpers/campaigns.ts';

const library = loadDraftLibrary();
const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((c) => c.name === name)!.input);
const SEEDS = [1, 2, 3];
const texts = (input: SpeechInput) => SPEECH_FRAMES.flatMap((template) => SEEDS.map((seed) => toPlainText(draft(input, library, { template, seed }))));

describe('word · a deadline said where it belongs', () => {
  it('keeps a recurring time out of a detail that has a frequency of its own (月度/按月) or opens on a time', () => {
    expect(deadlinePlace({ deadline: '每月15日前', detail: '与民政、公安部门建立死亡信息月度比对机制' })).toBe('assignment');
    expect(deadlinePlace({ deadline: '每月', detail: '对供热企业按月考核室温达标' })).toBe('assignment');
    expect(deadlinePlace({ deadline: '每个上学日上下学时段', detail: '上下学高峰时段在学校门口设立护学岗' })).toBe('assignment');
    // Control: a detail with no time of its own takes the recurring time in front.
    expect(deadlinePlace({ deadline: '每月10日前', detail: '对投诉集中的老旧小区逐户抽测室温' })).toBe('front');
  });

  it('reads 「…前后」 as a stretch, a requirement of its own as an act, a year before a step as part of the time', () => {
    expect(deadlineKind('春节前后')).toBe('span');
    expect(deadlineKind('看守不少于72小时')).toBe('act');
    expect(['step', 'act']).toContain(deadlineKind('2027年6月底前投入运营'));
  });

  it('reads ten days as the time the work is done in, a start as kept from then on, a response time as such (s25 hunt)', () => {
    expect(deadlineKind('12月下旬')).toBe('window');
    expect(deadlineKind('7月1日起')).toBe('from');
    expect(deadlineKind('接到指令后2小时内')).toBe('within');
    const input = named('heating-district-deadlines.json');
    input.campaign.tasks[0] = { ...input.campaign.tasks[0]!, deadline: '12月下旬' };
    input.campaign.tasks[1] = { ...input.campaign.tasks[1]!, deadline: '接到报修后2小时内' };
    for (const text of texts(input)) {
      expect(text).not.toMatch(/12月下旬前|最迟接到|2小时内要始终坚持/);
      expect(text).toMatch(/12月下旬/);
    }
  });

  it('says the words labels share once (「代缴保费6930人、资金693万元」), never a label in 人次 before 万人次', () => {
    const a = { title: '待遇发放平稳', detail: '按月足额发放基础养老金', figures: [{ label: '养老金发放人次', value: '31.2', unit: '万人次' }, { label: '养老金发放金额', value: '5860', unit: '万元' }] };
    expect(runsText(achievementBody(a, 'x'))).toBe('按月足额发放基础养老金，养老金发放31.2万人次、金额5860万元');
  });

  it('says a term around a day, a requirement and a dated act without 「完成」 hung on them, in every frame and seed', () => {
    const input = named('heating-district-deadlines.json');
    input.campaign.tasks[0] = { ...input.campaign.tasks[0]!, deadline: '春节前后' };
    input.campaign.tasks[1] = { ...input.campaign.tasks[1]!, deadline: '值守不少于72小时' };
    input.campaign.tasks[2] = { ...input.campaign.tasks[2]!, deadline: '2028年3月底前投入运行' };
    for (const text of texts(input)) {
      expect(text).not.toMatch(/整个春节前后|春节前后(抓紧|全部)?完成|不少于72小时(抓紧|全部)?完成|投入运行(抓紧|全部)?完成/);
      expect(text).toMatch(/值守不少于72小时/);
      expect(text).toMatch(/2028年3月底前投入运行/);
    }
  });

  it('says no target as a form (「确保实现…」「工作目标是」「目标是」) in any campaign, frame or seed', () => {
    for (const c of campaigns) {
      for (const text of texts(c.input)) expect(text, c.name).not.toMatch(/确保实现|工作目标是|，目标是/);
    }
    // It drafts every campaign fixture in every frame and seed: past the default 60 s on a loaded machine.
  }, 240_000);
});

describe('word · a problem a task only touches is answered after the tasks', () => {
  it('does not count one shared word as an answer (「诉求回应慢」 beside a task of 小区管网施工)', () => {
    const input = named('drains-street-principal-lastyear.json');
    const k = input.campaign.problems.findIndex((p) => p.title.includes('诉求回应慢'));
    expect(answering(input)[k]).toBeUndefined();
    // Answered after the tasks or to those in the room it concerns, never left unsaid.
    for (const text of texts(input)) expect(text).toMatch(/前面(讲|提)到的[^。]*诉求回应慢[^。]*[。，][^。]*(研究|牵头|报告|认领|负责|重视|转变|解决)/);
  });

  it('keeps a task that names the thing and does what it lacks as its answer (「部分小区进度滞后」 and 倒排工期加快施工进度)', () => {
    const input = named('renovation-street-promotion.json');
    const k = input.campaign.problems.findIndex((p) => p.title.includes('进度滞后'));
    expect(answering(input)[k]).toBeDefined();
    for (const text of texts(input)) expect(text).not.toMatch(/前面(讲|提)到的[^。]*进度滞后[^。]*(牵头|研究)/);
  });
});
