// A 范文 page's pieces marked several ways, the last by a number: 「三、<the collection's theme>讲话稿 <title>」
// on one line, or 「三、<title>」 going on from 「范文一」「【第二篇】」 (the s20 outside test's c01). The
// number is a mark, not a fourth part of the piece above. Our own words (峤山县, 溆口镇 invented).
import { describe, expect, it } from 'vitest';
import { analyse, type OutlineNode } from '../../core/outline/index.ts';

const headings = (nodes: readonly OutlineNode[]): string[] => nodes.map((n) => `${n.number}${n.heading}`);

const speech = (title: string, parts: string[]) => [
  title,
  '同志们：',
  '今天召开这次会议，主要是部署下一阶段的河道保洁工作。',
  ...parts.flatMap((p, k) => [`${'一二三'[k]}、${p}`, '各乡镇要把河道保洁责任落实到每一个河段长，做到日常巡查不断档。']),
  '同志们，河道保洁工作任务艰巨，请大家抓紧抓实！',
];
const collection = (third: string) =>
  [
    '河道保洁工作会议讲话稿范文（精选3篇）',
    ...speech('范文一：在峤山县河道保洁工作会议上的讲话', ['认清形势', '突出重点', '压实责任']),
    ...speech('【第二篇】在溆口镇河道保洁现场推进会上的讲话', ['看清差距', '补齐短板', '加强督查']),
    ...speech(third, ['统一思想', '严格标准', '强化问责']),
  ].join('\n');

describe('a piece marked by its number among pieces marked otherwise', () => {
  it('「三、<theme>讲话稿 <title>」: three documents, the number and theme removed as 篇目标记, the title kept', () => {
    const { documents, report } = analyse(collection('三、河道保洁工作会议讲话稿 在峤山县2025年河道保洁考核工作会议上的讲话'));
    expect(documents.map((d) => d.title)).toEqual(['在峤山县河道保洁工作会议上的讲话', '在溆口镇河道保洁现场推进会上的讲话', '在峤山县2025年河道保洁考核工作会议上的讲话']);
    expect(headings(documents[1]!.outline)).toEqual(['一、看清差距', '二、补齐短板', '三、加强督查']);
    expect(headings(documents[2]!.outline)).toEqual(['一、统一思想', '二、严格标准', '三、强化问责']);
    expect(report.removed.filter((r) => r.reason === '篇目标记').map((r) => r.text)).toEqual(['范文一：', '【第二篇】', '三、河道保洁工作会议讲话稿']);
  });

  it('「三、<title>」 numbered as the next piece, over 「同志们：」: the third document', () => {
    const { documents } = analyse(collection('三、在峤山县2025年河道保洁考核工作会议上的讲话'));
    expect(documents.map((d) => d.title)).toEqual(['在峤山县河道保洁工作会议上的讲话', '在溆口镇河道保洁现场推进会上的讲话', '在峤山县2025年河道保洁考核工作会议上的讲话']);
    expect(documents[2]!.titleFromText).toBeUndefined();
  });

  it('a part of the speech above naming a speech of the theme, with text under it, stays its heading', () => {
    const parts = ['看清差距', '补齐短板', '学习贯彻在峤山县河道保洁工作会议上的讲话'];
    const text = ['河道保洁工作会议讲话稿范文（精选2篇）', ...speech('范文一：在峤山县河道保洁工作会议上的讲话', ['认清形势', '突出重点', '压实责任']), ...speech('【第二篇】在溆口镇河道保洁现场推进会上的讲话', parts)].join('\n');
    const { documents } = analyse(text);
    expect(documents).toHaveLength(2);
    expect(headings(documents[1]!.outline)).toEqual(['一、看清差距', '二、补齐短板', '三、学习贯彻在峤山县河道保洁工作会议上的讲话']);
  });

  it('「（三）<title>」 right after the closing of a piece marked no way, over 「同志们：」: a piece, its number the mark', () => {
    const text = [
      '河道保洁工作会议讲话稿范文（精选3篇）',
      ...speech('范文一：在峤山县河道保洁工作会议上的讲话', ['认清形势', '突出重点', '压实责任']),
      ...speech('在溆口镇河道保洁现场推进会上的讲话', ['看清差距', '补齐短板', '加强督查']),
      ...speech('（三）在峤山县2025年河道保洁考核工作会议上的讲话', ['统一思想', '严格标准', '强化问责']),
    ].join('\n');
    const { documents } = analyse(text);
    expect(documents.map((d) => d.title)).toEqual(['在峤山县河道保洁工作会议上的讲话', '在溆口镇河道保洁现场推进会上的讲话', '在峤山县2025年河道保洁考核工作会议上的讲话']);
  });

  it('「讲话稿二：<title>」 is a piece mark like 「范文二：」', () => {
    const text = ['河道保洁工作会议讲话稿（2篇）', ...speech('讲话稿一：在峤山县河道保洁工作会议上的讲话', ['认清形势', '突出重点', '压实责任']), ...speech('讲话稿二：在溆口镇河道保洁现场推进会上的讲话', ['看清差距', '补齐短板', '加强督查'])].join('\n');
    const { documents, report } = analyse(text);
    expect(documents.map((d) => d.title)).toEqual(['在峤山县河道保洁工作会议上的讲话', '在溆口镇河道保洁现场推进会上的讲话']);
    expect(report.removed.filter((r) => r.reason === '篇目标记').map((r) => r.text)).toEqual(['讲话稿一：', '讲话稿二：']);
  });
});
