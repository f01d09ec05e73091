// Issue 11 (session 21, g11a): what was done before the speech is told as the speaker reads it — a bracketed note of a figure
// (「…项目点（新修机耕路3.2公里）」) is said after a 「，」, never read out in brackets (hunt s66-8 [7], E).
import { describe, expect, it } from 'vitest';
import { aloud } from '../../core/draft/spoken.ts';
import { runsText } from '../../core/doc/text.ts';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const input = loadCampaigns().find((c) => c.name === 'g11a-sowing-town-preceding-notes.json')!.input;

describe('11 · session 21: the items before the speech are told without brackets', () => {
  it('a note of a figure follows a 「，」 and every word of the item is kept', () => {
    for (const { where, text } of draftsOf(input, [1, 2, 3])) {
      expect(text, where).toMatch(/全镇秋冬种进度，已播种小麦1\.2万亩、占计划的80%/);
      expect(text, where).toMatch(/黄墩村作了交流发言，黄墩村机播率达到95%/);
      expect(text, where).not.toMatch(/（(已播种|黄墩村)/);
    }
  });

  it('a date or a span of years in brackets stays as typed', () => {
    expect(runsText(aloud('马坊乡3名农民工讨薪爬上塔吊（10月17日）', 'x'))).toBe('马坊乡3名农民工讨薪爬上塔吊（10月17日）');
    expect(runsText(aloud('学习了实施方案（2026—2027年）', 'x'))).toBe('学习了实施方案（2026—2027年）');
    expect(runsText(aloud('铁佛寺片区签约476户（共620户），进度靠前', 'x'))).toBe('铁佛寺片区签约476户，共620户，进度靠前');
  });
});
