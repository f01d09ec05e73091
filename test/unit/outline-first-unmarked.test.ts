// A collection whose first piece has no mark, the others marked (「篇二」「篇三」): the first piece starts
// at its title, under the collection's title, as in a collection with no mark at all (session 22; found
// by the held-out generator's style 21). The whole fixture collections/flood-speeches-first-unmarked.txt
// (漖川县) is compared by library-collections; here the edges, in our own words (澧溪镇, 淯口乡 invented).
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';

const piece = (title: string, head: string[]) => [title, ...head, '同志们：', '今天召开会议，部署秋冬季森林防火工作。', '一、压实责任', '各村要落实护林员，严防野外用火。', '同志们，请大家抓紧抓实！'];

describe('a first piece without a mark', () => {
  it('starts at its title, under the collection\'s title', () => {
    const text = ['森林防火讲话稿范文（精选2篇）', '', ...piece('在澧溪镇森林防火工作会议上的讲话', ['（2026年10月9日）']), '', '篇二', ...piece('在淯口乡森林防火工作会议上的讲话', [])].join('\n');
    const { documents, report } = analyse(text);
    expect(documents.map((d) => [d.title, d.dateLine])).toEqual([
      ['在澧溪镇森林防火工作会议上的讲话', '（2026年10月9日）'],
      ['在淯口乡森林防火工作会议上的讲话', undefined],
    ]);
    expect(report.removed.find((r) => r.line === 1)).toMatchObject({ text: '森林防火讲话稿范文（精选2篇）', reason: '合集标题' });
  });

  it('a main title with its subtitle on one line, first and unmarked, is the first piece\'s', () => {
    const text = ['森林防火讲话稿范文（精选2篇）', ...piece('守好山林　护好家园——澧溪镇在全县森林防火工作会议上的交流发言', []), '篇二', ...piece('在淯口乡森林防火工作会议上的讲话', [])].join('\n');
    expect(analyse(text).documents.map((d) => [d.title, d.speaker])).toEqual([
      ['守好山林　护好家园', '澧溪镇'],
      ['在淯口乡森林防火工作会议上的讲话', undefined],
    ]);
  });

  it('a collection\'s title over the first mark stays the collection\'s, never the first piece\'s title', () => {
    const text = ['森林防火讲话稿【精选两篇】', '【篇一】', ...piece('在澧溪镇森林防火工作会议上的讲话', ['（2026年10月9日）']), '【篇二】', ...piece('在淯口乡森林防火工作会议上的讲话', [])].join('\n');
    expect(analyse(text).documents.map((d) => d.title)).toEqual(['在澧溪镇森林防火工作会议上的讲话', '在淯口乡森林防火工作会议上的讲话']);
  });
});
