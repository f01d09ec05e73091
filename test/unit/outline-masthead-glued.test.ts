// A printed 汇编 of red-headed speeches (session 23, the outside test's c05): each piece under its 版头 —
// the 发文机关标志 over the 发文字号 with its 签发人 glued on (a PDF's reader drops the blank between them:
// 「某办发〔2025〕8号签发人：某某」). The first piece's 版头 (its speech opening without 「同志们：」) had been its title; where two pieces share an
// issuer, their 版头 was removed as the pages' running header. Our own pieces (洑川区, 漭水县 invented).
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';

const piece = (issuer: string, number: string, title: string, page: number, salutation = true) => [
  issuer,
  '',
  number,
  '',
  title,
  '',
  ...(salutation ? ['同志们：'] : []),
  '今天召开会议，主要是部署今年的农村公路养护工作。',
  '一、提高认识，明确养护目标',
  '各乡镇要把农村公路养护纳入重要议事日程，确保路况优良率逐年提高。',
  '二、落实责任，完善养护机制',
  '要建立县乡村三级路长制，做到有路必养、养必到位。',
  '同志们，让我们齐心协力，把农村公路养护好、管理好！',
  '',
  `— ${page} —`,
  '\f',
];

const text = [
  ...piece('中共洑川区委办公室文件', '洑办发〔2026〕3号签发人：杜明远', '在全区农村公路养护工作会议上的讲话', 1, false),
  ...piece('中共漭水县委办公室文件', '漭办发〔2026〕11号签发人：严秋生', '在全县农村公路建设推进会上的讲话', 2),
  ...piece('中共漭水县委办公室文件', '漭办发〔2026〕17号　签发人：严秋生', '在全县“四好农村路”示范创建工作会议上的讲话', 3),
].join('\n');

describe('a 版头 with its 签发人 glued to the 文号', () => {
  const { documents, report } = analyse(text);

  it('is no title: each piece is titled by the title under it', () => {
    expect(documents.map((d) => d.title)).toEqual(['在全区农村公路养护工作会议上的讲话', '在全县农村公路建设推进会上的讲话', '在全县“四好农村路”示范创建工作会议上的讲话']);
    for (const d of documents) expect(d.text).not.toMatch(/办公室文件|签发人/);
  });

  it('is removed as the 版头, also where two pieces repeat it', () => {
    const mast = report.removed.filter((r) => r.reason === '版头').map((r) => r.text);
    expect(mast).toEqual([
      '中共洑川区委办公室文件',
      '洑办发〔2026〕3号签发人：杜明远',
      '中共漭水县委办公室文件',
      '漭办发〔2026〕11号签发人：严秋生',
      '中共漭水县委办公室文件',
      '漭办发〔2026〕17号　签发人：严秋生',
    ]);
  });
});

describe('a 版头 of each piece its own issuer, the 文号s alike but for their digits', () => {
  it('is removed as the 版头, never closing the piece before', () => {
    const text = [
      ...piece('中共洑川区委办公室文件', '洑办发〔2026〕3号签发人：杜明远', '在全区农村公路养护工作会议上的讲话', 1, false),
      ...piece('漭水县人民政府办公室文件', '漭办发〔2026〕11号签发人：严秋生', '在全县农村公路建设推进会上的讲话', 2),
      ...piece('中共漭水县委办公室文件', '漭办发〔2026〕17号签发人：严秋生', '在全县“四好农村路”示范创建工作会议上的讲话', 3),
    ].join('\n');
    const { documents, report } = analyse(text);
    expect(documents.map((d) => d.title)).toEqual(['在全区农村公路养护工作会议上的讲话', '在全县农村公路建设推进会上的讲话', '在全县“四好农村路”示范创建工作会议上的讲话']);
    for (const d of documents) expect(d.text).not.toMatch(/办公室文件|签发人/);
    expect(report.removed.filter((r) => r.reason === '版头').length).toBe(6);
  });
});

// The outside test's c07: a 纪要's 「主送：…」 line over its 抄送 line had stayed in its last 议定事项 (漭水县 invented).
describe('a 纪要\'s 主送 line in its 版记', () => {
  const minutes = (mainTo: string[]) =>
    [
      '漭水县农村公路养护专题会议纪要',
      '2026年4月7日，副县长严秋生主持召开专题会议，研究农村公路养护工作。现纪要如下：',
      '一、关于养护资金',
      '会议议定，县财政按每公里每年5000元标准安排养护资金。',
      ...mainTo,
      '',
      '抄送：县委办公室，县人大常委会办公室。',
      '漭水县人民政府办公室　　　　2026年4月9日印发',
    ].join('\n');

  it('right over the 抄送 line is of the 版记: removed with it', () => {
    const { documents, report } = analyse(minutes(['主送：县交通运输局，县财政局，各乡镇人民政府。']));
    expect(documents[0]!.text).not.toContain('主送');
    expect(report.removed.map((r) => [r.text.slice(0, 3), r.reason])).toEqual([['主送：', '版记'], ['抄送：', '版记'], ['漭水县', '版记']]);
  });

  it('elsewhere it stays', () => {
    const { documents } = analyse(minutes(['主送：县交通运输局，县财政局，各乡镇人民政府。', '会议要求，各乡镇要按月报送养护进度。']));
    expect(documents[0]!.text).toContain('主送：县交通运输局');
  });
});
