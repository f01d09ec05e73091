// A speech after another starts at its own title and salutation, whatever audience the salutation
// names first: 「老师们、同志们：」「女士们、先生们：」「各位老党员、同志们：」「各位村（社区）党组织书记：」.
// Our own speeches; the session-11 tester's c04 had the 教师节 speech merged into the one before.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';

const speech = (title: string, speaker: string, salutation: string, topic: string) => [
  title,
  speaker,
  salutation,
  `今天召开这次会议，主要是总结${topic}工作，部署下一步任务。`,
  '一、充分肯定成绩',
  `一年来，${topic}工作取得明显成效，群众满意度不断提高。`,
  '二、明确下步任务',
  `各单位要把${topic}工作摆上重要位置，抓好落实。`,
  '谢谢大家！（掌声）',
];

describe('salutations that name another audience first', () => {
  for (const salutation of ['老师们、同志们：', '女士们、先生们：', '各位老党员、同志们：', '各位村（社区）党组织书记：']) {
    it(`「${salutation}」 starts the second speech`, () => {
      const text = [
        ...speech('在全县农村人居环境整治推进会上的讲话', '副县长　周某某（2023年5月6日）', '同志们：', '人居环境整治'),
        ...speech('在全县庆祝教师节表彰大会上的讲话', '县长　吴某某（2023年9月8日）', salutation, '教育'),
      ].join('\n');
      const { documents } = analyse(text);
      expect(documents.map((d) => d.title)).toEqual(['在全县农村人居环境整治推进会上的讲话', '在全县庆祝教师节表彰大会上的讲话']);
      expect(documents.map((d) => d.outline.map((n) => n.heading))).toEqual([
        ['充分肯定成绩', '明确下步任务'],
        ['充分肯定成绩', '明确下步任务'],
      ]);
      expect(documents[1]!.salutation).toBe(salutation);
      // Who and when apart (session 21: a speaker line with its date glued, speaker-date.ts).
      expect(documents[1]).toMatchObject({ speaker: '县长　吴某某', dateLine: '（2023年9月8日）' });
      expect(documents.map((d) => d.year)).toEqual([2023, 2023]);
    });
  }
});
