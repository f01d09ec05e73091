// A line of 「…」 between two pieces is a rule like 「- - -」 (the s20 outside tester's c07); a 「……」 alone
// marks words left out of a quotation and stays. Our own words (浛洸镇 invented).
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';

const speech = (gap: string) =>
  ['在全镇农村供水工作会议上的讲话', '同志们：', '今天召开全镇农村供水工作会议。文件要求：', gap, '一、抓好水源保护', '镇水利站要在三月底前完成界桩设置。'].join('\n');

describe('a line of ellipses', () => {
  it('six or more: a rule, removed as 分隔线', () => {
    const { documents, report } = analyse(speech('…………………'));
    expect(documents[0]!.text).not.toContain('…');
    expect(report.removed.map((r) => [r.reason, r.text])).toEqual([['分隔线', '…………………']]);
  });

  it('「……」 alone: words left out, kept', () => {
    expect(analyse(speech('……')).documents[0]!.text).toContain('\n……\n');
  });
});
