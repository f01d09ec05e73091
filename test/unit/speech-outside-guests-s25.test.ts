// Issue 11 (session 25, g11a): guests outside the speaker's line of command are spoken to, by name where the line types it — the telecom
// operators' branches beside the power company (「中国联通…营业厅」「中国移动…营业部」 are companies, never left out) and a higher unit's
// officer the line names (「…管理站站长覃志远」 → 「…管理站覃志远站长」) though his unit is stationed here and supports a task (s75-5 [43], W:
// at a 镇's 防汛 meeting only the 供电所 thanked, the 移动 and 电信 branches and the 水库管理所所长 never mentioned).
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';
import { isFirm } from '../../core/draft/firms.ts';

const forest = loadCampaigns().find((c) => c.name === 'g11a25-forest-town-outside-guests.json')!.input;
const sentences = (text: string) => text.split(/[\n。！]/).filter(Boolean);
/** The sentences after the last task's heading: the room and the close. */
const room = (text: string) => sentences(text).slice(sentences(text).findIndex((s) => s.includes('护林员进山巡护')) + 1);

describe('11 · session 25: guests outside the line of command, by name (s75-5 [43])', () => {
  it('reads a telecom operator\'s branch as a company', () => {
    for (const name of ['中国联通桂岭营业厅', '中国移动桂岭营业部', '中国电信石门支局', '石门电信支局']) expect(isFirm(name), name).toBe(true);
    expect(isFirm('县通信发展管理办公室')).toBe(false);
  });

  it('speaks to the telecom branches with the power company, and to the stationed unit\'s officer by name and post', () => {
    for (const { where, text } of draftsOf(forest, [1, 2, 3])) {
      const said = room(text);
      const utilities = said.filter((s) => s.includes('桂岭供电所'));
      expect(utilities.length, where).toBe(1);
      for (const branch of ['中国联通桂岭营业厅', '中国移动桂岭营业部']) expect(utilities[0], where).toContain(branch);
      expect(said.some((s) => s.includes('云岫县桂岭自然保护区管理站覃志远站长')), where).toBe(true);
      expect(text, where).not.toMatch(/覃志远的同志|站长覃志远/);
    }
  });
});
