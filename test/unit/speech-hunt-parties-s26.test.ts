// Issue 11 (session 26, g11a): three W of the hunt r-s81 on parties in the room and in the tasks.
// - s81-4 [5]: a company called in whose line goes on with its officers, a post in 员 and its holder's name (「（被约谈）总经理、专职安全员
//   罗平」), is named among those called in.
// - s81-2 [40]: a community named after a bureau's quarters (「水利局宿舍社区」) is the street's own: told its part, never sought
//   (「争取支持」) nor asked (「请…多给予支持和帮助」) as a higher unit.
// - s81-7 [48]: watchers the problems fault (「部分村务监督委员会对工程验收只签字不到场」) are told to take up their duty of watching,
//   never welcomed and asked to 「多监督、多提意见」 of our work.
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const byName = (name: string) => loadCampaigns().find((c) => c.name === name)!.input;
const kitchens = byName('g11a26-kitchens-street-called-officers.json');
const works = byName('g11a26-works-xiang-faulted-watchers.json');
const sentences = (text: string) => text.split(/[\n。！]/).filter(Boolean);

describe('11 · session 26: parties of the hunt r-s81', () => {
  it('both companies called in are named at the opening (s81-4 [5])', () => {
    for (const { where, text } of draftsOf(kitchens, [1, 2, 3])) {
      const opening = sentences(text).find((s) => /约谈/.test(s) && s.includes('澧滨福顺酒家有限公司'));
      expect(opening, where).toBeDefined();
      expect(opening, where).toContain('澧滨香满楼餐饮管理有限公司');
    }
  });

  it('the street\'s own community named after a bureau\'s quarters is told, never asked (s81-2 [40])', () => {
    for (const { where, text } of draftsOf(kitchens, [1, 2, 3])) {
      const said = sentences(text).filter((s) => s.includes('水利局宿舍社区'));
      expect(said.length, where).toBeGreaterThan(0);
      for (const s of said) expect(s, where).not.toMatch(/请水利局宿舍社区|争取支持|支持和帮助|对接/);
    }
  });

  it('watchers the problems fault are told their duty, never asked to watch over us (s81-7 [48])', () => {
    for (const { where, text } of draftsOf(works, [1, 2, 3])) {
      const said = sentences(text).filter((s) => s.includes('村务监督委员会主任代表'));
      expect(said.length, where).toBe(1);
      expect(said[0], where).toMatch(/监督/);
      expect(said[0], where).not.toMatch(/欢迎|感谢|我们的工作|提意见/);
    }
  });
});
