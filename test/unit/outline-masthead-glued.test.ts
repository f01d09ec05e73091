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
