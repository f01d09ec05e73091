// Issue 11 (session 22, g11b): a lag is a fact. 「工程进度滞后，影响的是群众的期盼。必须找准原因，拿出赶工的具体办法。」 after the
// problems of a street's 老旧小区改造 推进会 whose material said nothing of lateness was marked invented (outside screen test s22
// (4)): the line is gated on the material saying a lag (corpus/topics.yaml claims).
import { describe, expect, it } from 'vitest';
import { draft } from '../../core/draft/index.ts';
import { toPlainText } from '../../core/doc/text.ts';
import { unsupportedClaims } from '../../core/draft/claims.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { loadCampaigns, SPEECH_FRAMES } from '../helpers/campaigns.ts';

const library = loadDraftLibrary();
const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((x) => x.name === name)!.input);
const LAG = '工程进度滞后，影响的是群众的期盼。必须找准原因，拿出赶工的具体办法。';

describe('s22 g11b · no lag said where the material gives none', () => {
  // 桐荫街道 (a street, 老旧小区改造): one problem, 文明施工不到位; the tasks are on time.
  const input = named('g11b22-renovation-street-no-lag.json');
  const material = JSON.stringify(input.campaign);

  it('the lag line needs a lag in the material', () => {
    const claims = library.banks.topics.claims;
    expect(unsupportedClaims(LAG, [material], claims).length).toBeGreaterThan(0);
    expect(unsupportedClaims(LAG, [`${material} 农机站宿舍改造进度滞后`], claims)).toEqual([]);
    // A conditional or a caution states nothing: 「对进度滞后的要及时提醒」 is open.
    expect(unsupportedClaims('对进度滞后的要及时提醒，对问题突出的要盯住不放。', [material], claims)).toEqual([]);
  });

  it('no draft of the street\'s says it', () => {
    for (const template of SPEECH_FRAMES) {
      for (const seed of [1, 2, 3]) expect(toPlainText(draft(input, library, { template, seed })), `${template} · ${seed}`).not.toContain('赶工的具体办法');
    }
  });
});
