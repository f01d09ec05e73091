// Issue 11 (session 7, 11a): where argument goes. A list of parallel problems is closed by one urgency
// sentence, not argued one by one: a reader struck 「查得细不细、盯得紧不紧…」 set after the third of
// four problems (s10-1: 「打乱了四个问题的并列结构」, and the urgency line after them said it again). That
// input is a fixture now (wages-county-s10-reading.json).
import { describe, expect, it } from 'vitest';
import { draft } from '../../core/draft/index.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { loadCampaigns, SPEECH_FRAMES } from '../helpers/campaigns.ts';

const library = loadDraftLibrary();
const campaigns = loadCampaigns();
const many = campaigns.filter((c) => c.input.campaign.problems.length > 1);

describe('11a · a list of problems is not argued one by one', () => {
  const cases = many.flatMap((c) => SPEECH_FRAMES.flatMap((template) => [1, 2, 3].map((seed) => ({ c, template, seed }))));
  it.each(cases)('$c.name · $template · seed $seed', ({ c, template, seed }) => {
    const doc = draft(c.input, library, { template, seed });
    const argued = doc.blocks.flatMap((b) => (b.type === 'paragraph' && b.role === 'problem' ? b.runs.filter((r) => r.elab?.pool === 'problem').map((r) => r.text) : []));
    expect(argued).toEqual([]);
  });
});
