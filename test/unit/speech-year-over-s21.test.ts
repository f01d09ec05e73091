// Issue 11, session 21 (coordinator): at a year's summing up (a 总结表彰会 at the year's turn) the year the work's name
// carries is over, so the slots that look ahead name the work without it. The final reading s67-7 (W ×4): a 2026-12-28
// 总结表彰会 on 「2026年征兵工作」 said 「对下一步2026年征兵工作提出要求」「确保2026年征兵工作目标如期实现」.
import { describe, expect, it } from 'vitest';
import { draft } from '../../core/draft/index.ts';
import type { SpeechInput } from '../../core/input/schema.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { loadCampaigns, SPEECH_FRAMES } from '../helpers/campaigns.ts';

const library = loadDraftLibrary();
const base = loadCampaigns().find((c) => c.name === 'alleys-street-director.json')!.input as SpeechInput;

/** The fixture's material moved to a township's year of 防返贫 monitoring, summed up at `date`. */
function summedUp(date: string, type: string): SpeechInput {
  return {
    ...base,
    meeting: { ...base.meeting, name: '青枫镇2026年防返贫动态监测帮扶工作总结表彰会', type, date },
    campaign: { ...base.campaign, name: '2026年防返贫动态监测帮扶工作', shortName: undefined },
  } as SpeechInput;
}

const text = (input: SpeechInput, template: string, seed: number) =>
  draft(input, library, { template, seed }).blocks.flatMap((b) => ('runs' in b ? [b.runs.map((r) => r.text).join('')] : [])).join('\n');

describe('s21 · a year summed up is not the next step', () => {
  it('a 总结表彰会 on 2026-12-26 never names 2026 for what comes next', () => {
    for (const template of SPEECH_FRAMES) for (const seed of [1, 2, 3]) {
      const t = text(summedUp('2026-12-26', '总结表彰会'), template, seed);
      expect(t, `${template} seed ${seed}`).not.toMatch(/(下一步|做好|确保|抓好|推进)2026年防返贫/u);
    }
  });
  it('a 部署会 in March keeps the year the work is named by', () => {
    const said = SPEECH_FRAMES.flatMap((template) => [1, 2, 3].map((seed) => text(summedUp('2026-03-10', '部署会'), template, seed)));
    expect(said.some((t) => /(做好|确保|抓好)2026年防返贫动态监测帮扶工作/u.test(t))).toBe(true);
  });
});
