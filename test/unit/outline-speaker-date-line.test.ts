// A speaker's line with the date on it, right over the first paragraph (session 26, after the outside tester's c01):
// 「县委书记 龚某 2026年2月20日」 then 「今天，…」 with no blank line. The line ends with no mark of punctuation, and
// the joiner ran the opening onto it as a line broken by the layout: the speaker became text and the year was lost.
// Like a speaker's line or a date line alone, it is a line of its own: the speaker and the date of the piece. The whole
// fixture collections/speaker-date-glued-openings.txt is compared by library-collections; here the edges (岑岭县 invented).
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';

const title = '在岑岭县防汛抗旱工作会议上的讲话';
const opening = '今天，我们召开全县防汛抗旱工作会议，安排部署今年的防汛抗旱工作。';
const rest = ['一、认清形势', '今年汛期全县降水可能偏多，防汛形势严峻。', '二、压实责任', '各乡镇要落实防汛责任人，确保安全度汛。'];
const one = (line: string) => analyse([title, line, opening, ...rest].join('\n')).documents;

describe("a speaker's line with its date, over the opening", () => {
  it("is a line of its own: the speaker and the year are the piece's", () => {
    for (const [line, speaker] of [
      ['县委副书记、县长　閤文斌　2026年5月8日', '县委副书记、县长　閤文斌'],
      ['县水利局局长 芮国梁 2026年5月8日', '县水利局局长 芮国梁'],
      ['县水利局局长　芮国梁（2026年5月8日）', '县水利局局长　芮国梁'],
    ]) {
      const docs = one(line!);
      expect(docs.map((d) => d.title), line).toEqual([title]);
      expect(docs[0]!.year, line).toBe(2026);
      expect(docs[0]!.speaker, line).toBe(speaker);
      const lines = docs[0]!.text.split('\n');
      expect(lines, line).toContain(opening);
      expect(lines, line).toContain(line);
      expect(docs[0]!.outline.map((n) => n.heading)).toEqual(['认清形势', '压实责任']);
    }
  });

  it('a sentence broken by the layout before a date still joins', () => {
    const text = [title, '同志们：', '根据县防汛抗旱指挥部的安排，全县各水库要在', '2026年5月8日前完成汛前检查，发现隐患立即整改。'].join('\n');
    const lines = analyse(text).documents[0]!.text.split('\n');
    expect(lines).toContain('根据县防汛抗旱指挥部的安排，全县各水库要在2026年5月8日前完成汛前检查，发现隐患立即整改。');
  });
});
