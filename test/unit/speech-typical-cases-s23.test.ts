// Issue 11 (session 23, g11c): the examples of a problem whose detail runs to several clauses do not read the problem's
// title again after them. 「比如A、B，都存在卸油作业不规范的问题」 right after 「一是卸油作业不规范」 was struck as 「复述小标题的
// 尾巴」 nine times in sessions 21–22 (s70-6 [22], s70-1 [38], s70-2 [23], s69-4 [18], s71-3 [23], s68-5 [17], s68-11 [23],
// s68-2 [25], E); the editors wrote 「A、B的情况比较典型」. core/draft/cases.ts sharedByNames.
import { describe, expect, it } from 'vitest';
import { loadCampaigns, draftsOf } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((x) => x.name === name)!.input);
const sentences = (text: string) => text.split(/(?<=[。！？])|\n/);

describe('s23 g11c · the examples of a problem stand as its typical cases', () => {
  // 柘溪街道 (a street, 农贸市场秩序): 「市场外围占道经营管控不到位」, a detail of three clauses, two markets as examples.
  const input = named('g11c23-markets-street-typical-cases.json');

  it('the title is said once; the names follow as typical cases', () => {
    for (const { where, text } of draftsOf(input, [1, 2, 3, 4])) {
      expect(text.split('占道经营管控不到位').length - 1, where).toBe(1);
      const s = sentences(text).find((x) => x.includes('桥西农贸市场')) ?? '';
      expect(s, where).toContain('青枫农贸市场、桥西农贸市场的情况比较典型');
      expect(s, where).not.toMatch(/都存在|这个问题/);
    }
  });
});
