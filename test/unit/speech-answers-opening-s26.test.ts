// Issue 11 (session 26, g11b): a task that answers a problem in other words than its title names it in its own first sentence —
// 「针对…的问题，…」 — not in a stock sentence after it. Readers of s12–s14 asked for the tie (全民清洁日 for 「干部干、群众看」:
// speech-tasked-room, speech-claims-s14 keep it); the sentence that said it (「前面讲到的…，要通过这项工作着力破解」) was struck or
// rewritten in 51 of 66 readings s13–s25 (「机械回指」「写稿人的连接语」「任务本身已经说明了」). A task with no detail keeps the sentence.
import { describe, expect, it } from 'vitest';
import { loadCampaigns, draftsOf } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((x) => x.name === name)!.input);
const STOCK = /要通过这项工作|一并解决|要在这项工作中|着力破解|这项工作要抓细抓实|就是要解决好/;

describe('s26 g11b · the problem a task answers opens the task', () => {
  it('蔺川镇: 「规范施工组织」 opens 「针对…个别标段赶工期…，」 and says no stock sentence of it', () => {
    for (const { where, text } of draftsOf(named('g11b26-sewers-town-push-haste.json'), [1, 2, 3])) {
      const task = /（一）规范施工组织。[^\n]*/.exec(text)?.[0] ?? '';
      expect(task, where).toMatch(/^（一）规范施工组织。针对[^，。]*个别标段赶工期[^，。]*，/);
      expect(task, where).not.toMatch(STOCK);
    }
  });

  it('「…问题突出」 opens as 「针对…的问题」, not 「…问题突出的问题」', () => {
    for (const { where, text } of draftsOf(named('ebike-street-training.json'), [1, 2, 3])) expect(text, where).not.toMatch(/问题突出的问题|问题突出这个问题/);
  });
});
