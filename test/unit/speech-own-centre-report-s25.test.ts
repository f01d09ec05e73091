// Issue 11 (session 25, after the final reading): a bureau head who has just heard an institution his bureau runs (branches.ts,
// by its field: a 交通运输局's 道路运输服务中心) takes it up as his own, never answers it 「我们将结合职责认真研究」 — a subordinate's
// answer to a superior (r-s80 s80-4 [6], W). Fixture g11c-transport-district-bureau-short.json (涟阳区) given such a report.
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

describe('s25 · a bureau head hears his own 中心 as his own', () => {
  it('at every seed', () => {
    const input = structuredClone(loadCampaigns().find((c) => c.name === 'g11c-transport-district-bureau-short.json')!.input);
    input.meeting.precedingItems = ['区道路运输服务中心通报了上半年全区“两客一危”车辆动态监控情况'];
    // No organizer typed (as in s80-4): not known as his own meeting, so the report's remark decides alone.
    delete input.meeting.organizer;
    for (const { where, text } of draftsOf(input, [1, 2, 3, 4, 5, 6])) {
      const remark = /刚才，区道路运输服务中心[^。]*。/.exec(text)?.[0] ?? '';
      expect(remark, where).not.toBe('');
      expect(remark, where).not.toMatch(/我们将|涉及我们/);
    }
  });
});
