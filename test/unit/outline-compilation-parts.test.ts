// A Word 汇编 grouped into parts (the s21 outside test's c02): 「第一部分 领导讲话」「第二部分 经验交流」
// 「第三部分 会议纪要」 stand between pieces and head none of them; a 经验交流's main title with its
// 「——…的交流发言」 subtitle starts a piece after the text of the one before, with no salutation under it.
// The fixture collections/greening-compilation-parts.txt (泖阳县) is compared whole by library-collections;
// here the rule's edges, in our own words (沭川县, 汶溪镇 invented).
import { describe, expect, it } from 'vitest';
import { analyse, type OutlineNode } from '../../core/outline/index.ts';
import { pieceMark } from '../../core/outline/pieces.ts';

const headings = (nodes: readonly OutlineNode[]): string[] => nodes.map((n) => `${n.number}${n.heading}`);

const exchange = (title: string, unit: string) => [
  title,
  `——${unit}在全县秸秆综合利用工作会议上的交流发言`,
  `今年以来，${unit}坚持把秸秆综合利用作为改善农村环境的重要抓手，综合利用率达到百分之九十三。`,
  '一、建立收储网络',
  '在每个村设立秸秆临时收储点，由合作社统一收集、统一运输。',
  '二、拓宽利用渠道',
  '推广秸秆还田、饲料化和基料化利用，与两家生物质电厂签订了收购协议。',
  '下一步，我们将继续完善收储体系，推动秸秆综合利用再上新台阶。',
];

describe('a 汇编 in parts', () => {
  it('the part lines go as 合集分部标题; the 交流发言 are two documents, each starting at its title', () => {
    const text = [
      '第一部分　领导讲话',
      '在全县秸秆综合利用工作会议上的讲话',
      '副县长　姚春明',
      '（2026年10月12日）',
      '同志们：',
      '今天召开全县秸秆综合利用工作会议，主要任务是部署今年秋季秸秆禁烧和综合利用工作。',
      '一、认清形势',
      '秋收在即，秸秆禁烧任务繁重，各乡镇要早谋划、早部署。',
      '二、落实责任',
      '各乡镇要层层签订责任书，把禁烧责任落实到村组、到田块。',
      '同志们，秸秆禁烧和综合利用事关群众切身利益，大家务必抓紧抓实！',
      '第二部分：经验交流',
      ...exchange('建好收储网 用活秸秆宝', '沭川县汶溪镇'),
      ...exchange('多元利用 变废为宝', '沭川县农业农村局'),
    ].join('\n');
    const { documents, report } = analyse(text);
    expect(documents.map((d) => d.title)).toEqual([
      '在全县秸秆综合利用工作会议上的讲话',
      '建好收储网 用活秸秆宝',
      '多元利用 变废为宝',
    ]);
    expect(documents.slice(1).map((d) => [d.subtitle, d.speaker])).toEqual([
      ['——沭川县汶溪镇在全县秸秆综合利用工作会议上的交流发言', '沭川县汶溪镇'],
      ['——沭川县农业农村局在全县秸秆综合利用工作会议上的交流发言', '沭川县农业农村局'],
    ]);
    expect(headings(documents[0]!.outline)).toEqual(['一、认清形势', '二、落实责任']);
    expect(headings(documents[1]!.outline)).toEqual(['一、建立收储网络', '二、拓宽利用渠道']);
    expect(report.removed.filter((r) => r.reason === '合集分部标题').map((r) => r.text)).toEqual(['第一部分　领导讲话', '第二部分：经验交流']);
    for (const d of documents) expect(d.text).not.toContain('部分');
  });

  it('a part line names the kind of its material; a speech\'s own part naming what it says is no mark', () => {
    for (const line of ['第一部分　领导讲话', '第二部分 经验交流', '第三部分：会议纪要', '第二辑　典型发言', '第四部分　参阅材料']) expect(pieceMark(line)?.part, line).toBe(true);
    for (const line of ['第一部分　过去一年工作回顾', '第二部分 主要任务', '第一部分领导讲话的主要精神', '这是第一部分领导讲话']) expect(pieceMark(line)?.part, line).toBeUndefined();
  });

  it('inside one report, 「第一部分　…」 headings stay its parts', () => {
    const text = [
      '沭川县2026年政府工作报告',
      '各位代表：',
      '现在，我代表县人民政府，向大会报告工作，请予审议。',
      '第一部分　过去一年工作回顾',
      '过去一年，全县地区生产总值增长百分之六点二，城乡居民收入稳步增长。',
      '第二部分　今年主要任务',
      '今年要重点抓好产业升级、城乡建设和民生保障三个方面的工作。',
    ].join('\n');
    const { documents, report } = analyse(text);
    expect(documents).toHaveLength(1);
    expect(documents[0]!.text).toContain('第一部分　过去一年工作回顾');
    expect(report.removed.filter((r) => r.reason === '合集分部标题')).toEqual([]);
  });

  it('a title with its subtitle inside a speech\'s text, not after it, on a line of prose, starts nothing', () => {
    const text = [
      '在汶溪镇秸秆禁烧工作会议上的讲话',
      '同志们：',
      '刚才，大家学习了县里的交流材料《建好收储网 用活秸秆宝——沭川县汶溪镇在全县秸秆综合利用工作会议上的交流发言》，很有启发。',
      '一、抓好巡查',
      '各村要安排专人巡查，发现火情立即处置。',
      '同志们，请大家抓紧抓实！',
    ].join('\n');
    expect(analyse(text).documents).toHaveLength(1);
  });
});
