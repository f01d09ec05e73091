// Issue 11 (session 26, after the hunt r-s81): three WRONG sentences of the hunt the engineers' fixes left —
// a figure folded before a noun that opens a list counts the whole list (s81-3 [11]); a task whose detail puts plans in place
// (「落实“一点一策”」) read as a duty kept up until its deadline (s81-3 [36]: 「6月10日前都要坚持下去」); the operator of a site
// seen thanked for a 「精心准备」 the material never reports (s81-8 [45]).
import { describe, expect, it } from 'vitest';
import { runsText } from '../../core/doc/text.ts';
import { achievementBody } from '../../core/draft/figures.ts';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const campaign = (name: string) => loadCampaigns().find((c) => c.name === name)!.input;

describe('11 · session 26: the hunt r-s81 after the fixes', () => {
  it('says a figure after the detail when its noun opens a list of things checked (s81-3 [11])', () => {
    const a = {
      title: '汛前排查完成',
      detail: '5月以来排查山塘水库、堤防、地质灾害隐患点，逐一登记',
      figures: [
        { label: '排查山塘', value: '38', unit: '座' },
        { label: '排查堤防', value: '9.4', unit: '公里' },
      ],
    };
    const text = runsText(achievementBody(a, 'campaign.achievements[0]'));
    expect(text).not.toMatch(/排查38座山塘水库/);
    expect(text).toContain('38座');
    expect(text).toContain('9.4公里');
    // A label whose noun stands alone in its clause still takes the count before it (「派出6个技术组驻守重点乡镇」).
    const alone = runsText(achievementBody({ title: '技术帮扶', detail: '派出技术组驻守重点乡镇', figures: [{ label: '派出技术组', value: '6', unit: '个' }] }, 'campaign.achievements[0]'));
    expect(alone).toBe('派出6个技术组驻守重点乡镇');
  });

  it('says a deadline of plans put in place as their completion, not as monitoring that stops then (s81-3 [36])', () => {
    const input = structuredClone(campaign('flood-town-mayor-self.json'));
    const t = input.campaign.tasks[0]!;
    t.title = '加强地质灾害隐患点监测';
    t.detail = '对14处隐患点落实“一点一策”，为年龄偏大的监测员配备村干部协助上报';
    t.deadline = '5月20日前';
    for (const { where, text } of draftsOf(input, [1, 2, 3, 4, 5, 6])) {
      const line = text.split('\n').find((l) => l.includes('一点一策'))!;
      expect(line, where).toContain('5月20日前');
      expect(line, where).not.toMatch(/5月20日前[^。]*(坚持|不能断|不能放松|不断线|中断)/);
    }
  });

  it('thanks the hosts of a visit for the site, never for preparations the material does not report (s81-8 [45])', () => {
    const input = campaign('g11a25-tea-district-visit-hosts.json');
    expect(JSON.stringify(input)).not.toContain('准备');
    for (const { where, text } of draftsOf(input, [1, 2, 3, 4, 5, 6, 7, 8])) expect(text, where).not.toMatch(/精心准备|准备工作|做了大量工作/);
  });

  it('asks a support once in its task sentence, though it falls in two groups (r-s83 s83-10 [30]); no fixture asks one twice', () => {
    const all = loadCampaigns();
    const twice = (input: (typeof all)[number]['input'], text: string) =>
      input.campaign.tasks.flatMap((t) => t.support ?? []).filter((u) => u.length >= 4 && text.split(/[。！]/).some((s) => s.split('请').filter((p) => p.startsWith(u)).length > 1));
    const supply = all.find((c) => c.name === 'me26-supply-label-twice.json')!.input;
    for (const { where, text } of draftsOf(supply, [1, 2, 3])) expect(twice(supply, text), where).toEqual([]);
    for (const c of all) for (const { where, text } of draftsOf(c.input, [1])) expect(twice(c.input, text), `${c.name} ${where}`).toEqual([]);
  });
});
