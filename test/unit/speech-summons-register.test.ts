// Issue 11 (session 13): at a 警示约谈会 those called in are told firmly (「要」「必须」, not 「希望」), their
// faults are not 「我们的」, they are not partners in a shared burden, no outlook on new work opens part one,
// and part two is headed on putting the findings right, not on a campaign's 「提质增效」.
import { describe, expect, it } from 'vitest';
import { draft } from '../../core/draft/index.ts';
import { toPlainText } from '../../core/doc/text.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { loadCampaigns, SPEECH_FRAMES } from '../helpers/campaigns.ts';

const library = loadDraftLibrary();
const campaigns = loadCampaigns();
const summonses = campaigns.filter((c) => /约谈/.test(`${c.input.meeting.type ?? ''} ${c.input.meeting.name}`));

describe('s13 · the register of a 约谈', () => {
  it('has 约谈 campaigns to test, ours among them', () => {
    expect(summonses.map((c) => c.name)).toContain('tutoring-district-summons.json');
  });

  it('no 希望, no shared burden, no 「我们的」 faults, no thanks, in any frame or seed', () => {
    for (const c of summonses) {
      for (const template of SPEECH_FRAMES) {
        for (const seed of [1, 2, 3]) {
          const text = toPlainText(draft(c.input, library, { template, seed }));
          const where = `${c.name} · ${template} · ${seed}`;
          expect(text, where).not.toMatch(/同志们，[^\n]*希望/);
          expect(text, where).not.toMatch(/需要各方面共同努力|迅速进入状态|引起我们的高度重视|感谢[^\n，。；]{0,20}(被约谈|机构|企业)/);
          expect(text, where).not.toMatch(/提质增效|向纵深开展|取得实实在在的成效/);
        }
      }
    }
  });

  it('our 约谈 without achievements opens part one on its findings', () => {
    const c = summonses.find((x) => x.name === 'tutoring-district-summons.json')!;
    for (const seed of [1, 2, 3]) {
      const text = toPlainText(draft(c.input, library, { template: 'speech-deploy', seed }));
      const first = /\n一、[^\n]*\n([^\n]*)/.exec(text)?.[1] ?? '';
      expect(first, String(seed)).toContain('违规开展学科类培训');
    }
  });
});
