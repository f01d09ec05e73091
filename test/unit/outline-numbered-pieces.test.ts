// A collection's pieces numbered before their titles 「（一）…的讲话」「1.…述职报告」, of one kind or
// several, each over its head (speaker, date, 「述职人：」); and a 述职报告 after a speech, unnumbered.
// After the outside tester's s19 c01 and c04. Our own words (鄣川县, 柘溪镇 invented).
import { describe, expect, it } from 'vitest';
import { analyse, type OutlineNode } from '../../core/outline/index.ts';

const headings = (nodes: readonly OutlineNode[]): string[] => nodes.map((n) => `${n.number}${n.heading}`);

const report = (title: string, who: string) => [
  title,
  `述职人：${who}`,
  '现将本人2025年度履职情况报告如下。',
  '一、主要工作',
  '全年新建农村供水工程3处，解决了1200名群众的饮水问题。',
  '二、存在不足',
  '一是调查研究不够深入；二是抓落实的韧劲还需加强。',
  '以上报告，请审议。',
];
const speech = (title: string) => [
  title,
  '鄣川县人民政府副县长  邹明华',
  '（2025年6月3日）',
  '同志们：',
  '今天召开全县防汛工作会议，我讲两点意见。',
  '一、认清形势',
  '今年汛期降雨偏多，防汛形势严峻。',
  '二、压实责任',
  '1.落实包保责任',
  '各乡镇要把每一座水库的包保责任落实到人。',
  '2.做好物资储备',
  '县应急管理局要在6月15日前补齐防汛物资。',
  '同志们，防汛工作责任重大，请大家务必抓紧抓实！',
];

describe('numbered titles of pieces', () => {
  it('「1.」「2.」 before titles of two kinds, each over its head: two documents, the numbers removed as 篇目标记', () => {
    const text = [...report('1.柘溪镇镇长2025年度述职报告', '冉晓东'), ...speech('2.在鄣川县防汛工作会议上的讲话')].join('\n');
    const { documents, report: r } = analyse(text);
    expect(documents.map((d) => [d.title, d.genre])).toEqual([
      ['柘溪镇镇长2025年度述职报告', 'report'],
      ['在鄣川县防汛工作会议上的讲话', 'speech'],
    ]);
    // The speech's own 1. 2. are its items, not pieces.
    expect(documents[1]!.outline[1]!.children.map((n) => n.heading)).toEqual(['落实包保责任', '做好物资储备']);
    expect(r.removed.filter((x) => x.reason === '篇目标记').map((x) => x.text)).toEqual(['1.', '2.']);
  });

  it('「（一）」「（二）」 before speeches over their speaker and date: each piece starts at its title', () => {
    const text = ['鄣川县2025年讲话选编', '', ...speech('（一）在鄣川县防汛工作会议上的讲话'), '', ...speech('（二）在鄣川县抗旱工作会议上的讲话')].join('\n');
    const { documents } = analyse(text);
    expect(documents.map((d) => d.title)).toEqual(['在鄣川县防汛工作会议上的讲话', '在鄣川县抗旱工作会议上的讲话']);
    expect(documents.map((d) => [d.speaker, d.year])).toEqual([
      ['鄣川县人民政府副县长  邹明华', 2025],
      ['鄣川县人民政府副县长  邹明华', 2025],
    ]);
    expect(headings(documents[0]!.outline)).toEqual(['一、认清形势', '二、压实责任']);
  });

  it('a 述职报告 after a speech, its 「述职人：」 under the title, starts a document of its own', () => {
    const text = [...speech('在鄣川县防汛工作会议上的讲话'), ...report('柘溪镇镇长2025年度述职述廉报告', '冉晓东')].join('\n');
    const { documents } = analyse(text);
    expect(documents.map((d) => d.title)).toEqual(['在鄣川县防汛工作会议上的讲话', '柘溪镇镇长2025年度述职述廉报告']);
    expect(headings(documents[1]!.outline)).toEqual(['一、主要工作', '二、存在不足']);
  });

  it('documents a speech lists by number, of two kinds and with no head under them, are no pieces', () => {
    const lines = speech('在鄣川县防汛工作会议上的讲话');
    lines.splice(7, 0, '会后，请各乡镇认真学习以下文件：', '1.鄣川县防汛抗旱工作方案', '各乡镇要组织逐条学习。', '2.关于做好2025年防汛工作的通知', '各乡镇要对照落实。');
    const { documents } = analyse(lines.join('\n'));
    expect(documents).toHaveLength(1);
  });

  it("a cover's compiler 「…办公室　编」 and the month under it are two lines of the 汇编's, not one glued", () => {
    const text = ['鄣川县2025年讲话选编', '中共鄣川县委办公室　编', '二〇二六年一月', '', ...speech('（一）在鄣川县防汛工作会议上的讲话'), '', ...speech('（二）在鄣川县抗旱工作会议上的讲话')].join('\n');
    const { report } = analyse(text);
    expect(report.removed.filter((r) => r.reason === '合集标题').map((r) => r.text)).toEqual(['鄣川县2025年讲话选编', '中共鄣川县委办公室　编', '二〇二六年一月']);
  });
});
