// Issue 11 (session 23, g11a): a party that carries a task is told its task — the public who lead one (学生家长 who keep to the parking
// rules) are told their part, never invited to 「多提意见、多加监督」 or asked to 「多理解、多支持」; a school on a line of its staff is a
// unit, never the public (s69-8 [33], W).
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const street = structuredClone(campaigns.find((c) => c.name === 'g11a-school-street-parents-tasked.json')!.input);
const sentences = (text: string) => text.split(/[\n。！]/).filter(Boolean);
const ONLOOKER = /多理解|多支持|监督|多提意见|带回去/;

describe('11 · session 23: those who carry a task are told it (s69-8 [33])', () => {
  it('the parents who lead a task are told their part in the room', () => {
    for (const { where, text } of draftsOf(street, [1, 2, 3])) {
      const said = sentences(text).filter((s) => s.includes('家长代表'));
      expect(said.length, where).toBeGreaterThan(0);
      for (const s of said) {
        expect(s, where).not.toMatch(ONLOOKER);
        expect(s, where).toMatch(/责任/);
      }
    }
  });

  it('a school named on its staff\'s line is never spoken to as the public', () => {
    for (const { where, text } of draftsOf(street, [1, 2, 3])) {
      for (const s of sentences(text).filter((x) => /碧桐小学代表|南苑中学代表/.test(x))) expect(s, where).not.toMatch(ONLOOKER);
    }
  });

  it('parents with no task keep the public\'s part', () => {
    const none = structuredClone(street);
    none.campaign.tasks = none.campaign.tasks.filter((t) => t.lead !== '学生家长');
    for (const { where, text } of draftsOf(none, [1])) {
      for (const s of sentences(text).filter((x) => x.includes('家长代表'))) expect(s, where).not.toMatch(/自己的责任|自身责任|该尽的责任/);
    }
  });
});
