// Issue 11 (session 25, g11c): the public the attendees mark as sitting in (「居民代表、业主委员会代表（列席）」) are thanked and asked to help,
// never told 「把自己该尽的责任尽到，会上讲到的要求要一条一条落实好」 because a body of theirs leads a task (r-s78 s78-1 [58], W).
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const renewal = loadCampaigns().find((c) => c.name === 'g11c25-renewal-district-platform-faulted.json')!.input;
const sentences = (text: string) => text.split(/[\n。！]/).filter(Boolean);

describe('11 · session 25: residents sitting in are asked, never ordered (s78-1 [58])', () => {
  it('the residents\' representatives are thanked and asked to help', () => {
    for (const { where, text } of draftsOf(renewal, [1, 2, 3])) {
      const said = sentences(text).filter((s) => s.includes('居民代表'));
      expect(said.length, where).toBeGreaterThan(0);
      for (const s of said) expect(s, where).not.toMatch(/该尽的责任|自身责任|一条一条落实|责任担起来/);
    }
  });
});
