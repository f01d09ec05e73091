// Issue 11 (session 11, late fix after the s26 reading): who in the room is thanked. A company the
// material names as the cause of the incident was thanked for attending and asked 「多帮助」 (s26-1 [58],
// W); a company leading a task, named with its 董事长, was thanked for attending beside it; one of the
// street's own communities (「老邮局」, a name that ends like a bureau) was thanked beside a district
// bureau while the other bureau in the room was left out (s26-3 [51], W); a count on the attendees
// line (「居民代表、商户代表8名」) was read out and given to one of the two groups (s26-3 [55], W).
import { describe, expect, it } from 'vitest';
import { draft } from '../../core/draft/index.ts';
import { toPlainText } from '../../core/doc/text.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { loadCampaigns, SPEECH_FRAMES } from '../helpers/campaigns.ts';

const library = loadDraftLibrary();
const input = loadCampaigns().find((c) => c.name === 'ammonia-leak-town-head.json')!.input;
const texts = SPEECH_FRAMES.flatMap((template) => [1, 2, 3].map((seed) => toPlainText(draft(input, library, { template, seed }))));
const sentences = (text: string) => text.split(/[。！？\n]/);
const THANKS = /感谢|谢意|多帮助|多支持|给予支持|支持配合/;

describe('11 · who in the room is thanked (s26 late fix)', () => {
  it('tells the company that caused the leak to cooperate with the handling and investigation, never thanks it or asks its help', () => {
    for (const text of texts) {
      const about = sentences(text).filter((s) => s.includes('丰禾冷链食品有限公司'));
      // Told to cooperate with the handling and the investigation; no liability the material does not state (s32-1 [60]).
      expect(about.some((s) => /配合/.test(s) && /处置|调查/.test(s)), text).toBe(true);
      for (const s of about) expect(s).not.toMatch(/端正态度|承担[^。]*责任/);
      for (const s of about) expect(s).not.toMatch(THANKS);
    }
  });

  it('asks the company that leads a task in its task, never thanks it for attending', () => {
    for (const text of texts) for (const s of sentences(text).filter((x) => x.includes('城乡建设投资有限公司'))) expect(s).not.toMatch(THANKS);
  });

  it('never thanks one of the own villages, however the attendees shorten it; thanks both county bureaus or neither', () => {
    for (const text of texts) {
      for (const s of sentences(text).filter((x) => THANKS.test(x))) {
        expect(s).not.toMatch(/老粮站(?!村)/);
        if (/县生态环境局|县应急管理局/.test(s) && /感谢|在座|到会|参加会议|也来了/.test(s)) expect(s).toMatch(/县生态环境局[^。]*县应急管理局/);
      }
      expect(sentences(text).some((s) => THANKS.test(s) && /县生态环境局[^。]*县应急管理局/.test(s)), text).toBe(true);
    }
  });

  it('never reads out a count of the attendees line, nor gives it to one of the groups', () => {
    for (const text of texts) expect(text).not.toMatch(/代表6名/);
  });
});
