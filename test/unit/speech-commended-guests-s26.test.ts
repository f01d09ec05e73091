// Issue 11 (session 26, g11a): at a 表彰会 a unit in the room that the meeting has just commended (an achievement lists it among the
// 先进单位) is congratulated, its task kept up — never thanked for coming as a guest nor asked for 「建议」「支持配合」 (r-s78 s78-9 [44], W).
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const blood = loadCampaigns().find((c) => c.name === 'g11a26-blood-county-commended-guests.json')!.input;
const paragraphs = (text: string) => text.split('\n').filter(Boolean);

describe('11 · session 26: a just-commended unit in the room (s78-9 [44])', () => {
  it('congratulated, never thanked as a guest', () => {
    for (const { where, text } of draftsOf(blood, [1, 2, 3])) {
      // The room: the paragraphs after the tasks that name the company, not its task's line.
      const room = paragraphs(text).filter((p) => p.includes('国网榕溪县供电公司') && !/^（[一二三四五六七八九十]+）/.test(p) && !/被评为/.test(p));
      expect(room.length, where).toBe(1);
      const said = room[0]!.split(/[。！]/).filter((s) => s.includes('国网榕溪县供电公司'));
      expect(said.length, where).toBe(1);
      expect(said[0], where).toMatch(/表彰|祝贺/);
      expect(said[0], where).not.toMatch(/感谢|建议|关心|支持配合/);
    }
  });
});
