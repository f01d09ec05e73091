// A note that lists speeches by their titles (a tester's EXPECTED.md, a clerk's list of what a folder holds: 「1. 在…会议上的讲话
// — 体裁：讲话」 and the headings under each) names 讲话 in its list, not in a speaker's sentence: it is 其他, not a speech (it had
// been 讲话: the s23 outside test's notes, filed by the s24 screen test). A speech whose own opening says 讲话 stays one.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';
import { detectGenre } from '../../core/outline/roles.ts';

describe('a list of speeches by their titles', () => {
  it('is 其他', () => {
    const note = [
      '# 鹭汀县讲话汇编 — 预期',
      '',
      '从网页复制的 .txt，两篇之间隔一行。',
      '',
      '1. **在鹭汀县冬季征兵工作会议上的讲话** — 体裁：讲话',
      '   - 一、充分认识征兵工作的重要意义',
      '   - 二、扎实做好征兵各环节工作',
      '2. **在鹭汀县冬季征兵工作总结会上的讲话** — 体裁：讲话',
      '   - 一、今年征兵工作的主要成效',
      '   - 二、下一步工作要求',
    ].join('\n');
    const { documents } = analyse(note);
    expect(documents.map((d) => d.genre)).toEqual(['other']);
  });

  it('leaves a speech whose opening names what it is a speech', () => {
    const paragraphs = ['今天这个会，我主要讲几点意见。', '鹭汀县今年征兵任务已全面完成，成绩来之不易。', '希望大家再接再厉。'];
    expect(detectGenre({ title: '鹭汀县冬季征兵工作总结', paragraphs })).toBe('speech');
  });
});
