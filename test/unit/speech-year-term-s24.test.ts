// Issue 11 (session 24): a deadline the clerk typed as a month's term (「12月底前」) is said as typed even where the task's
// detail says 「年内」「年底前」 (r-s75 s75-4 [30], s73-11 [50], E: 「12月底前」 left out beside 「年内优先拆除」); a date
// picked in the form is still carried by them (s43-5 [60], W: a second 「12月31日前全部完成」 raised the target).
import { describe, expect, it } from 'vitest';
import { loadCampaigns, draftsOf } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((x) => x.name === name)!.input);

describe('s24 · a month term typed is said beside the year in the detail', () => {
  it('「12月底前」 beside 「年内」 is said; a picked date is not said twice', () => {
    const input = named('g11b24-water-town-wholes.json');
    input.campaign.tasks[0] = { ...input.campaign.tasks[0]!, detail: '剩余390户水表年内逐户更换', deadline: '12月底前' };
    const line = (text: string) => text.split('\n').find((l) => l.includes('水表年内逐户更换')) ?? '';
    for (const { where, text } of draftsOf(input, [1, 2, 3])) expect(line(text), where).toContain('12月底前');
    input.campaign.tasks[0] = { ...input.campaign.tasks[0]!, deadline: '2027-12-31' };
    for (const { where, text } of draftsOf(input, [1, 2, 3])) expect(line(text), where).not.toMatch(/12月31日|12月底/);
  });
});
