// Issue 11 (session 23, g11b): a deadline's period is named by the work it is. 「整治期间」 typed under a renovation, a repair or
// a 专项行动 was read as typed (r-s72 s72-2 [42] → 「施工期间全程落实」, s72-6 [38], s72-3 [46] → 「专项行动期间持续抓好」,
// r-s22-check: 「整治期间」 of a 水毁修复 job, E).
import { describe, expect, it } from 'vitest';
import { draft } from '../../core/draft/index.ts';
import { toPlainText } from '../../core/doc/text.ts';
import { fittedDeadline } from '../../core/draft/period-words.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { loadCampaigns, SPEECH_FRAMES } from '../helpers/campaigns.ts';

const library = loadDraftLibrary();
const input = loadCampaigns().find((x) => x.name === 'g11b23-roads-xiang-period-words.json')!.input;

describe('s23 g11b · a period is named by the work it is', () => {
  // 石鼓乡 (a township, 农村公路提质改造 推进会): the 文明施工 task due 「整治期间」.
  it('on a works job 「整治期间」 is said 「施工期间」, in every frame and the ledger', () => {
    for (const template of [...SPEECH_FRAMES, 'ledger']) {
      for (const seed of [1, 2, 3]) {
        const text = toPlainText(draft(input, library, { template, seed }));
        expect(text, `${template} · ${seed}`).not.toContain('整治期间');
        expect(text, `${template} · ${seed}`).toContain('施工期间');
      }
    }
  });

  it('整治 where the campaign or the task says it; a 专项行动\'s period; as typed where nothing fits better', () => {
    const task = input.campaign.tasks[1]!;
    const as = (name: string, title = task.title) => fittedDeadline({ ...input, meeting: { ...input.meeting, name }, campaign: { ...input.campaign, name, shortName: undefined } }, { ...task, title });
    expect(as('农村公路提质改造工程')).toBe('施工期间');
    expect(as('农村公路沿线环境专项整治')).toBe('整治期间');
    expect(as('农村公路提质改造工程', '整治沿线乱堆乱放')).toBe('整治期间');
    expect(as('根治欠薪冬季专项行动')).toBe('专项行动期间');
    expect(as('冬春森林防灭火工作')).toBe('整治期间');
  });
});
