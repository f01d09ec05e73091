// Issue 11 (session 10, late fix B): the opening takes up what came before as what it was.
// - A document's spirit conveyed (「…的文件精神」「…的通知精神」) is no meeting's: no 「传达的会议精神」
//   (s22-8 [3], W: 「传达了…关于…的通知精神」 answered with 「传达的会议精神」).
// - A film watched is no site visited: 「看了现场」 only after a 现场/观摩/实地 item (s22-6 [2], W).
// Each case is one of our fixtures, in our own words, in another field than the reading's.
import { describe, expect, it } from 'vitest';
import { draft } from '../../core/draft/index.ts';
import type { SpeechInput } from '../../core/input/schema.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { loadCampaigns, SPEECH_FRAMES } from '../helpers/campaigns.ts';

const library = loadDraftLibrary();
const campaigns = loadCampaigns();
const byName = (name: string) => campaigns.find((c) => c.name === name)!.input;
const openings = (input: SpeechInput): string[] =>
  SPEECH_FRAMES.flatMap((template) => [1, 2, 3, 4, 5, 6].map((seed) => draft(input, library, { template, seed }))).map((doc) =>
    doc.blocks.flatMap((b) => (b.type === 'paragraph' && b.role === 'opening' ? b.runs.map((r) => r.text) : [])).join(''),
  );

describe('late fix B · what came before is taken up as what it was', () => {
  it('a notice’s or a document’s spirit conveyed is not called a meeting’s', () => {
    const input = structuredClone(byName('fire-county-winter.json'));
    for (const item of ['县消防救援大队大队长传达了市政府办公室关于加强冬春火灾防控工作的文件精神', '副县长传达了省委主要领导重要讲话精神']) {
      input.meeting.precedingItems = [item];
      for (const text of openings(input)) expect(text).not.toMatch(/会议精神/);
    }
    // Control: a meeting's spirit conveyed still is one, in some draft.
    input.meeting.precedingItems = ['县消防救援大队大队长传达了全市冬春火灾防控工作会议精神'];
    expect(openings(input).some((t) => /会议精神/.test(t))).toBe(true);
  });

  it('after a film watched, nobody is said to have seen the site', () => {
    const input = structuredClone(byName('fire-county-winter.json'));
    input.meeting.precedingItems = ['观看了冬季火灾事故警示片', '县应急管理局解读了冬春火灾防控方案'];
    for (const text of openings(input)) expect(text).not.toMatch(/现场/);
  });
});
