// Issue 11 (session 24, final reading r-s77 s77-5 [52], W): at a 调度会 the towns behind, whose own task was due 2026-10-31, were
// told 「同样要在11月15日前把进度追上来」 — the countdown's node from the goal, because a task's date typed as a date (not 「10月底前」)
// was not read as a day. The units behind catch up by their own task's day, a date said as 「9月30日」; where their task sets a
// time that is no day (「9月下旬」) they are given no other day. Fixture coord24-gas-pipes-street-dispatch.json: 榆湾街道 (a street),
// 燃气管道更新改造, two communities behind, the goal's node 10月20日 (invented names).
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((c) => c.name === name)!.input);
const catchUp = (text: string) => text.split(/(?<=[。！])/u).filter((s) => s.includes('杏林社区') && /赶上来|追上来|补回来|补上来|赶上/u.test(s));

describe('s24 · the units behind at a 调度会 catch up by their own task\'s day, never the countdown\'s node', () => {
  it('a task dated 2026-09-30: 「…9月30日前…」, never the goal\'s 10月20日', () => {
    const input = named('coord24-gas-pipes-street-dispatch.json');
    for (const { where, text } of draftsOf(input, [1, 2, 3, 4, 5, 6])) {
      const said = catchUp(text);
      expect(said.length, where).toBeGreaterThan(0);
      for (const s of said) {
        expect(s, where).toContain('9月30日');
        expect(s, where).not.toContain('10月20日');
      }
    }
  });

  it('a task whose time is no day (「9月下旬」): no day of another source is put on them', () => {
    const input = named('coord24-gas-pipes-street-dispatch.json');
    input.campaign.tasks[0]!.deadline = '9月下旬';
    for (const { where, text } of draftsOf(input, [1, 2, 3])) {
      for (const s of catchUp(text)) expect(s, where).not.toContain('10月20日');
    }
  });
});
