// A unit's name is the clerk's text and may hold any character (the fuzzer's 「k[-R0」 as a task's lead
// crashed the draft: the room built a pattern from it unescaped). Every unit field with pattern characters
// must draft in every frame and seed, and the name must appear as typed.
import { describe, expect, it } from 'vitest';
import { draft } from '../../core/draft/index.ts';
import { toPlainText } from '../../core/doc/text.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { loadCampaigns, SPEECH_FRAMES } from '../helpers/campaigns.ts';

const library = loadDraftLibrary();
const NAMES = ['k[-R0', '县(城投)公司', '*物业*', 'A+B劳务公司', '城管局\\执法队', '?社区', '市场{监管}所', '镇|水利站'];

describe('unit names with pattern characters', () => {
  const campaigns = loadCampaigns().slice(0, 6);
  for (const { name, input } of campaigns) {
    it(`${name}: leads, supports and attendees named ${NAMES.join(' ')} draft and are said as typed`, () => {
      const odd = structuredClone(input);
      odd.campaign.tasks.forEach((t, i) => {
        t.lead = NAMES[i % NAMES.length]!;
        t.support = [NAMES[(i + 3) % NAMES.length]!];
      });
      odd.meeting.attendees = [...NAMES.map((n) => `${n}负责人`)];
      for (const template of SPEECH_FRAMES) {
        for (const seed of [1, 2]) {
          const text = toPlainText(draft(odd, library, { template, seed }));
          expect(text).toContain(odd.campaign.tasks[0]!.lead);
        }
      }
    });
  }
});
