// Issue 11 (session 13): thin material makes an honest short speech, says every fact as fully as it is
// given, and the 篇幅 advice names the items that lack something (a target, a figure), not a count.
import { describe, expect, it } from 'vitest';
import { draft } from '../../core/draft/index.ts';
import { toPlainText } from '../../core/doc/text.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { loadCampaigns, SPEECH_FRAMES } from '../helpers/campaigns.ts';

const library = loadDraftLibrary();
const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((x) => x.name === name)!.input);

describe('s13 · thin material', () => {
  it('the advice names the tasks without a target and the achievement without a figure', () => {
    const input = named('relapse-xiang-thin.json');
    const advice = draft(input, library, { template: 'speech-deploy', seed: 1 }).length!.short!.advice.join('\n');
    expect(advice).toMatch(/「开展集中排查」[^\n]*没有写明要达到的目标/);
    expect(advice).toMatch(/「落实帮扶措施」[^\n]*没有数据/);
  });

  it('a task given a target is no longer named for one', () => {
    const input = named('relapse-xiang-thin.json');
    for (const t of input.campaign.tasks) t.measure = '全部完成';
    const advice = draft(input, library, { template: 'speech-deploy', seed: 1 }).length?.short?.advice.join('\n') ?? '';
    expect(advice).not.toContain('没有写明要达到的目标');
  });

  it('every detail and deadline of the thin material is said, in every frame and seed', () => {
    const input = named('relapse-xiang-thin.json');
    for (const template of SPEECH_FRAMES) {
      for (const seed of [1, 2, 3]) {
        const text = toPlainText(draft(input, library, { template, seed })).replace(/\s/g, '');
        const where = `${template} · ${seed}`;
        for (const t of input.campaign.tasks) {
          for (const clause of (t.detail ?? '').split(/[，。；]/).filter((x) => x.length >= 4)) expect(text, `${where}: ${clause}`).toContain(clause.slice(-6));
          if (t.deadline && t.deadline !== '长期坚持') expect(text, `${where}: ${t.deadline}`).toContain(t.deadline);
        }
        for (const p of input.campaign.problems) expect(text, where).toContain(p.detail!.split('，')[0]!);
        expect(text, where).not.toMatch(/收成|农业生产/);
      }
    }
  });

  it('fewer achievements than problems: the report heads part one with no judgement of success', () => {
    for (const c of campaigns.filter((x) => x.input.campaign.achievements.length && x.input.campaign.problems.length > x.input.campaign.achievements.length)) {
      for (const seed of [1, 2, 3]) {
        const heading = /\n一、([^\n]*)/.exec(toPlainText(draft(c.input, library, { template: 'speech-report', seed })))?.[1] ?? '';
        expect(heading, `${c.name} · ${seed}`).not.toMatch(/良好态势|明显进展|明显成效|总体进展顺利|坚实步伐|阶段性成效|初步成效/);
      }
    }
  });
});
