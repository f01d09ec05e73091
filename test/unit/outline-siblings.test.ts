// A 汇编 of short pieces whose titles have nothing under them but text (表态发言, 交流发言, 致辞: no
// 「同志们：」, no date line): titles of one kind, repeated, start the pieces; the 汇编's section lines
// above them are its grouping, not a heading of the piece before. Our own words (session 10); the
// session-10 tester's c08 (52 表态发言) came out as one document.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';

const titles = (text: string) => analyse(text).documents.map((d) => d.title);

describe('a 汇编 of short pieces with bare titles', () => {
  it('titles of one kind repeated over text start documents; the section lines and the head are removed', () => {
    const piece = (unit: string, pledge: string) => [`${unit}交流发言`, `\u3000\u3000我们${unit}今年重点抓好${pledge}，确保按期完成。`, '\u3000\u3000我们一定说到做到，请镇党委放心。'];
    const text = [
      '全镇基层党建工作交流发言材料汇编',
      '镇党政办　编',
      '一、村（社区）',
      ...piece('柳湾村', '村集体经济增收'),
      ...piece('石桥社区', '网格化服务'),
      '二、镇直单位',
      ...piece('镇农业服务中心', '高标准农田建设'),
      ...piece('镇卫生院', '家庭医生签约'),
    ].join('\n');
    const { documents, report } = analyse(text);
    expect(documents.map((d) => [d.title, d.outline.length])).toEqual([
      ['柳湾村交流发言', 0],
      ['石桥社区交流发言', 0],
      ['镇农业服务中心交流发言', 0],
      ['镇卫生院交流发言', 0],
    ]);
    expect(report.removed.map((r) => r.text)).toEqual(expect.arrayContaining(['一、村（社区）', '二、镇直单位', '镇党政办　编']));
  });

  it('a meeting record\'s turns (「王某某发言」) stay in the record', () => {
    const text = [
      '镇党委会议记录',
      '时间：2025年3月2日',
      '主持人：李某某',
      '王某某发言',
      '春耕备耕要早安排，化肥种子要提前备足。',
      '赵某某发言',
      '农机合作社要提前检修机具，做好服务。',
      '孙某某发言',
      '要加强农资市场检查，严防假冒伪劣。',
    ].join('\n');
    expect(titles(text)).toEqual(['镇党委会议记录']);
  });

  it('a speech that names two reports on lines of their own stays one speech', () => {
    const text = [
      '在全镇安全生产工作会议上的讲话',
      '同志们：',
      '会前，大家都看了两份材料：',
      '镇应急办关于一季度安全生产情况的报告',
      '这份材料把隐患讲得很清楚，大家要对照整改。',
      '镇市场监管所关于燃气安全检查情况的报告',
      '这份材料列了问题清单，各村要逐条销号。',
    ].join('\n');
    expect(titles(text)).toEqual(['在全镇安全生产工作会议上的讲话']);
  });
});
