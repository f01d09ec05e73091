// Issue 11 (session 24, g11c; reviewer after session 23): one voice heard before the speech is 「讲得很实在」, never
// 「讲得都很…」 (s67-11 [6], s70-7 [6], E: 「只有一项议程，都字不通」). speech.ts rewrote the corpus's wording with
// `replace('讲得都很', '讲得很')`; the wording is now the corpus's own, keyed 「<rank>+one」 (corpus/speech.yaml preceding,
// precedingReport) and drawn by Phrases' `mark` at the same place of its list as the unmarked key.
import { describe, expect, it } from 'vitest';
import { Phrases } from '../../core/draft/compose.ts';
import { runsText } from '../../core/doc/text.ts';
import { lit } from '../../core/draft/runs.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const library = loadDraftLibrary();
const bank = library.banks.speech;
const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((x) => x.name === name)!.input);
const heard = lit('县林业局通报了情况');
const remarkOf = (text: string) => text.split(/(?<=[。！？])|\n/).find((s) => s.startsWith('刚才')) ?? '';

describe('s24 g11c · one voice heard: the corpus says it, no rewrite of its wording', () => {
  it('every key of the remark slots that says 讲得都很 has a 「+one」 list of the same length without 都', () => {
    for (const slot of ['preceding', 'precedingReport']) {
      const entry = bank.slots[slot] as Record<string, readonly string[]>;
      for (const [key, list] of Object.entries(entry)) {
        if (key.includes('+') || !list.some((t) => t.includes('讲得都很'))) continue;
        const one = entry[`${key}+one`];
        expect(one, `${slot}.${key}+one`).toBeDefined();
        expect(one!.length, `${slot}.${key}+one`).toBe(list.length);
        for (const t of one!) expect(t, `${slot}.${key}+one`).not.toContain('讲得都很');
      }
    }
  });

  it('Phrases draws a key\'s marked variant at the same place as the unmarked one, and falls back to the key', () => {
    for (const rank of ['principal', 'deputy', 'county']) {
      for (let seed = 1; seed <= 30; seed++) {
        const plain = runsText(new Phrases(bank, seed, { preceding: heard }, [rank]).say('preceding'));
        const one = runsText(new Phrases(bank, seed, { preceding: heard }, [rank]).say('preceding', {}, '', 'one'));
        expect(one, `${rank} · ${seed}`).toBe(plain.replace('讲得都很', '讲得很'));
      }
    }
    // sayKeyed likewise; a slot without marked keys is drawn as before.
    for (let seed = 1; seed <= 12; seed++) {
      const p = new Phrases(bank, seed, { preceding: heard });
      expect(runsText(p.sayKeyed('precedingReport', 'default', 0, {}, 'one')), `${seed}`).toBe(runsText(p.sayKeyed('precedingReport', 'default', 0)).replace('讲得都很', '讲得很'));
      expect(runsText(p.say('precedingCritique', {}, '', 'one'))).toBe(runsText(p.say('precedingCritique')));
    }
  });

  // 栖霞岭镇 (a town, 秸秆禁烧): one item by one unit, the speaker a principal, a deputy and a department head in turn.
  it('a draft after one voice never says 讲得都很, at any rank', () => {
    const input = named('g11c23-scenic-city-plan-read.json');
    input.meeting.precedingItems = ['栖霞岭镇农业农村办通报了秸秆禁烧巡查情况'];
    for (const speaker of [{ name: '柯望川', title: '镇长' }, { name: '柯望川', title: '副镇长' }, { name: '柯望川', title: '县农业农村局局长' }]) {
      input.meeting.speaker = speaker;
      for (const { where, text } of draftsOf(input, [1, 2, 3, 4, 5, 6])) {
        expect(remarkOf(text), `${speaker.title} · ${where}`).toContain('栖霞岭镇农业农村办通报了秸秆禁烧巡查情况');
        expect(remarkOf(text), `${speaker.title} · ${where}`).not.toContain('讲得都很');
      }
    }
  });
});
