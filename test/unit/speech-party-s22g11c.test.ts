// Issue 11 (session 22, g11c): who is thanked, asked and set to oversee — the speaker's own people help a party's lead, never
// oversee it (hunt r-s66: s66-3 [33]).
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((c) => c.name === name)!.input);
const clauses = (text: string) => text.split(/[\n，；。！]/).filter(Boolean);
/** A clause that sets its subject to oversee another. */
const OVERSEES = /督促|督导|指导|监管|把关|督查|检查/;

describe('11 · session 22: the speaker\'s own people help a party\'s lead, never oversee it (s66-3 [33])', () => {
  const pipes = named('g11c-waterpipes-xiang-hands-help.json');

  it('包村干部 beside a contractor\'s lead are asked to help; the 水利站 beside them oversees', () => {
    for (const { where, text } of draftsOf(pipes, [1, 2, 3])) {
      const said = clauses(text).filter((c) => c.includes('包村干部'));
      expect(said.length, where).toBeGreaterThan(0);
      for (const c of said) expect(c, where).not.toMatch(OVERSEES);
      expect(clauses(text).some((c) => c.startsWith('乡水利站要') && OVERSEES.test(c)), where).toBe(true);
    }
  });

  it('own people alone beside the lead (网格员, a 驻村工作队) leave the oversight to the speaker\'s side', () => {
    for (const support of [['各村网格员'], ['驻村工作队'], ['各村包村干部', '各村']]) {
      const input = structuredClone(pipes);
      input.campaign.tasks[0]!.support = support;
      for (const { where, text } of draftsOf(input, [1, 2])) {
        for (const who of support.filter((s) => s !== '各村')) {
          for (const c of clauses(text).filter((x) => x.includes(who))) expect(c, `${where} ${who}`).not.toMatch(OVERSEES);
        }
      }
    }
  });
});
