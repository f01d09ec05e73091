// Issue 11 (session 12): how an attendees line is read into groups, and the order of those asked beside a
// company's lead. Deputies and CPPCC members not named (「部分区人大代表、区政协委员，部分…会长」) are one group,
// welcomed to supervise — not dropped for 「部分」, not told beside residents to 「讲给身边的人听」 (s21-3, s22-1
// after the s11 late fix); community names counted in the middle of a line (「梧桐、桂园、南湖、北塘4个…书记、社区
// 主任和…代表」) are no kinds of people (s23-5 [49], W: 「石码头代表、灯杆巷代表…」); beside a company's lead the
// body that checks it is asked before those asked only to support (s25-3: 「也请各乡镇…，请县市场监管局…」).
import { describe, expect, it } from 'vitest';
import { beforeClosing, named, sentences, texts } from '../helpers/room-drafts.ts';

const drafts = texts(named('meals-district-bureau-deputies.json'));

describe('11 · groups of the attendees line and the order of those asked', () => {
  it('welcomes the deputies and the CPPCC members together, as supervisors, never as the public told to pass things on', () => {
    for (const text of drafts) {
      const room = beforeClosing(text);
      const about = sentences(room).filter((s) => /人大代表|政协委员/.test(s));
      expect(about.length, room).toBe(1);
      expect(about[0]).toMatch(/区人大代表和区政协委员/);
      expect(about[0]).toMatch(/监督/);
      expect(about[0]).not.toMatch(/部分|身边的人|带回去/);
    }
  });

  it('never reads the counted community names as kinds of people', () => {
    for (const text of drafts) expect(text).not.toMatch(/(梧桐|桂园|南湖|北塘)代表/);
  });

  it('asks the regulator beside the operator before those asked only to support', () => {
    for (const text of drafts) {
      const line = sentences(text).find((s) => s.includes('颐康餐饮管理有限公司') && s.includes('区市场监管局'))!;
      expect(line, text).toBeTruthy();
      expect(line.indexOf('区市场监管局')).toBeLessThan(line.indexOf('各街道'));
    }
  });
});
