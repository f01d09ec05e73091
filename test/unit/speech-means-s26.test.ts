// Issue 11 (session 26, g11b): a deadline belongs to what it closes. A task's target that is a level of means (people, crews or
// machines kept on the job: 「现场作业人员不少于40人」) was read as reached by the task's deadline — 「7月15日前现场作业人员不少于40人」,
// six weeks' grace to add people, the roof's own completion unsaid (r-s79 s79-2 [35], r-s81 s81-2 [36], W). The means are kept
// from now; the deadline goes with the task's completion. A target that is a result (「完成秸秆离田20万亩」) keeps its date in front.
import { describe, expect, it } from 'vitest';
import { loadCampaigns, draftsOf } from '../helpers/campaigns.ts';
import { meansKept } from '../../core/draft/means.ts';

const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((x) => x.name === name)!.input);

describe('s26 g11b · a level of means is kept from now, not reached by the deadline', () => {
  it('芮江县 秋粮机收: 「每天投入作业机械不少于600台」 before the deadline, never after it; the result target keeps its date', () => {
    for (const { where, text } of draftsOf(named('g11b26-harvest-county-dispatch-means.json'), [1, 2, 3])) {
      expect(text, where).not.toMatch(/10月20日前每天投入/);
      expect(text, where).toMatch(/不少于600台，[^。]{0,6}10月20日前完成/);
      expect(text, where).toMatch(/10月31日前完成秸秆离田20万亩/);
    }
  });

  it('what is a level of means and what is a result', () => {
    expect(meansKept('现场作业人员不少于40人')).toBe(true);
    expect(meansKept('每天投入作业机械不少于600台')).toBe(true);
    expect(meansKept('每村配备巡查员不少于2名')).toBe(false);
    expect(meansKept('培训农民不少于1000人')).toBe(false);
    expect(meansKept('完成秸秆离田20万亩')).toBe(false);
  });
});
