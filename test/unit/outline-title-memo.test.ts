// titleLike() is remembered per line during one analysis, as numbered() and pieceMark() are (marks.ts:
// withLineMemo): the joiner, the splitter and the outline each ask it of the same lines (150 asks of
// 74 lines on a collection of six records). The same answers, and nothing kept after the analysis.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';
import { lineMemo, titleLike, withLineMemo } from '../../core/outline/marks.ts';

// Invented lines of a county's grassland-fire work: titles, a heading, a sentence, a long line.
const LINES = [
  '在金沙县草原防火工作会议上的讲话',
  '金沙县草原防火工作会议纪要',
  '关于做好金沙县春季草原防火工作的通知（摘要）',
  '一、金沙县草原防火工作会议纪要',
  '各乡镇要把草原防火责任落实到牧户。',
  '草原防火 | 责任单位 | 完成时限',
  '讲话'.repeat(120),
];

describe('titleLike within an analysis', () => {
  it('answers each line once, as it answers outside an analysis, and forgets it afterwards', () => {
    const outside = LINES.map(titleLike);
    const inside = withLineMemo(() => {
      const first = LINES.map(titleLike);
      const remembered = LINES.filter((l) => l.length <= 200).map((l) => lineMemo()!.title.get(l));
      return { first, again: LINES.map(titleLike), remembered };
    });
    expect(outside).toEqual([true, true, true, false, false, false, false]);
    expect(inside.first).toEqual(outside);
    expect(inside.again).toEqual(outside);
    expect(inside.remembered).toEqual(outside.slice(0, 6));
    expect(lineMemo()).toBeUndefined();
  });

  it('the documents of a collection are those of each piece alone', () => {
    const piece = (n: string, task: string) => [`金沙县第${n}次草原防火工作会议纪要`, '时间：2025年3月4日', `一、${task}`, '各乡镇要把草原防火责任落实到牧户。'];
    const both = analyse([...piece('一', '落实牧户责任'), '', ...piece('二', '清理防火隔离带')].join('\n'));
    expect(both.documents.map((d) => d.title)).toEqual(['金沙县第一次草原防火工作会议纪要', '金沙县第二次草原防火工作会议纪要']);
    expect(both.documents[1]!.outline.map((n) => n.heading)).toEqual(analyse(piece('二', '清理防火隔离带').join('\n')).documents[0]!.outline.map((n) => n.heading));
  });
});
