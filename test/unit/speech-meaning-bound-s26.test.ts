// Issue 11 (session 26, g11b): a problem is attached to a task only where the task's words answer it. A task that does the kind of
// act a problem lacks (a patrol for what 「反弹」, a drill for a skill short) answers it only where it names the problem's thing:
// 「河道非法采砂仍有反弹」 hung under a patrol of 山塘 (r-s81 s81-3 [32], W), 「监测员履职能力不足」 under the 抢险队伍's drill
// (r-s79 s79-1 [61], W) — each read as the problem handed to a unit that has nothing to do with it.
import { describe, expect, it } from 'vitest';
import { loadCampaigns, draftsOf } from '../helpers/campaigns.ts';
import { answering } from '../../core/draft/measures.ts';

const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((x) => x.name === name)!.input);

describe('s26 g11b · a problem answered by meaning only where the task names its thing', () => {
  const input = named('g11b26-forest-town-meaning-bound.json');

  it('青嶂镇: 「林区违规用火时有反弹」 is not said under the power-line patrol, nor said to be solved by any task', () => {
    for (const { where, text } of draftsOf(input, [1, 2, 3])) {
      const patrol = /（三）加强输电线路巡查。[^（]*/.exec(text)?.[0] ?? '';
      expect(patrol, where).not.toMatch(/违规用火/);
    }
    expect(answering(input)[1]?.sure ?? false).toBe(false);
  });

  it('a patrol that names the thing still answers it (the same problem beside a patrol of 林区 fire use)', () => {
    const own = named('g11b26-forest-town-meaning-bound.json');
    own.campaign.tasks[2] = { title: '加强林区用火巡查', detail: '清明前后各村护林员每日巡查林区用火，发现违规用火立即制止', lead: '镇林业站', support: ['各村'], deadline: '4月10日前' };
    expect(answering(own)[1]?.task).toBe(2);
  });
});
