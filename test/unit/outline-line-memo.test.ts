// numbered() and pieceMark() are remembered per line during one analysis (marks.ts: withLineMemo):
// the same answer for the same line, frozen so that no caller can change what the next one reads,
// and nothing remembered after the analysis — nor across analyses of different files.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';
import { numbered, withLineMemo } from '../../core/outline/marks.ts';
import { pieceMark } from '../../core/outline/pieces.ts';

describe('the line memo of an analysis', () => {
  it('answers each line once within an analysis, frozen, and forgets it afterwards', () => {
    const line = '二、加快芦荡湾渔港改造';
    const mark = '碧岙村防台风工作会议记录篇三';
    const [a, b, p, q] = withLineMemo(() => [numbered(line), numbered(line), pieceMark(mark), pieceMark(mark)]);
    expect(a).toEqual({ level: 1, number: '二、', rest: '加快芦荡湾渔港改造' });
    expect(b).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(p).toMatchObject({ title: '碧岙村防台风工作会议记录', after: true });
    expect(q).toBe(p);
    // Outside an analysis: a new answer each time, as before.
    const c = numbered(line);
    expect(c).toEqual(a);
    expect(c).not.toBe(a);
    expect(Object.isFrozen(c)).toBe(false);
  });

  it('gives two analyses the same documents as one alone (nothing carried from one file to the next)', () => {
    const first = ['碧岙村防台风工作会议记录篇一', '时间：2024年7月2日', '一、转移沿海渔排人员', '村两委分片包干。', '', '碧岙村防台风工作会议记录篇二', '时间：2024年8月9日', '一、加固渔船锚泊', '渔船全部回港避风。'].join('\n');
    const second = ['在芦荡湾镇渔政工作会议上的讲话', '同志们：', '一、加快芦荡湾渔港改造', '要抓紧施工。'].join('\n');
    const alone = analyse(second);
    analyse(first);
    expect(analyse(second)).toEqual(alone);
    expect(analyse(first).documents.map((d) => d.title)).toEqual(['碧岙村防台风工作会议记录', '碧岙村防台风工作会议记录']);
  });
});
