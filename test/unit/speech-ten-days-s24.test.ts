// Issue 11 (session 24): a deadline typed as ten days of a month (「3月上旬」) is kept as typed and said as the completion
// it is — never a span of work to begin (s74-11 [48] W: 「2027年3月上旬集中开展」 for a 政考 due then), never 「…前」, never
// 「上旬内」 (s25: r-s76 s76-2 [38], s76-4 [35], s76-9 [41], E: ten days are no span to be within).
import { describe, expect, it } from 'vitest';
import { loadCampaigns, draftsOf } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((x) => x.name === name)!.input);

describe('s24 · ten days of a month are a completion', () => {
  it('every 上旬/中旬/下旬 deadline is said as typed and followed by its completion, in every frame and seed', () => {
    const input = named('g11b24-enrolment-district-ten-days.json');
    const terms = input.campaign.tasks.map((t) => t.deadline!).filter((d) => /[上中下]旬$/.test(d));
    expect(terms.length).toBe(3);
    for (const { where, text } of draftsOf(input, [1, 2, 3, 4, 5, 6])) {
      for (const d of terms) {
        const at = text.indexOf(d);
        expect(at, `${where}: ${d}`).toBeGreaterThanOrEqual(0);
        expect(text.slice(at + d.length, at + d.length + 6), `${where}: ${d}`).toMatch(/^要?(全部|抓紧)?完成/);
      }
      expect(text, where).not.toMatch(/旬(要)?集中(开展|力量)/);
      expect(text, where).not.toMatch(/[上中下]旬内/);
    }
  });
});
