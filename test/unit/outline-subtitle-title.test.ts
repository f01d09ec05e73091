// A title and its 「——…」 subtitle read as one line (written so, or a main title the reader joined to the
// subtitle under it): the document is titled by the main title, as a secretary names the piece (the s21
// outside test's c02: 「强化网格管理 推动…常态长效」, not the title with its 「——…的交流发言」); the subtitle
// is the document's subtitle, and the unit or person it names before 「在」 is who spoke. The collection
// collections/exchange-speeches-subtitled.txt (漷阳县) is compared whole by library-collections; here the
// edges, in our own words (溆陵县, 潕溪镇 invented).
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';
import { subtitleApart, type TitleFront } from '../../core/outline/subtitle-title.ts';

const body = ['今年以来，我们坚持把冬修水利作为为民办实事的重要内容，完成塘坝清淤三十口。', '一、抓好组织发动', '镇村干部分片包干，逐塘落实责任。', '二、抓好质量监管', '聘请技术人员全程监理，确保工程质量。'];

describe('a title glued to its subtitle', () => {
  it('is parted: the main title, the subtitle, and the unit before 「在」 as the speaker', () => {
    const [doc] = analyse(['修好小塘坝　灌活万亩田——溆陵县潕溪镇在全县冬修水利现场会上的交流发言', ...body].join('\n')).documents;
    expect([doc!.title, doc!.subtitle, doc!.speaker, doc!.genre]).toEqual(['修好小塘坝　灌活万亩田', '——溆陵县潕溪镇在全县冬修水利现场会上的交流发言', '溆陵县潕溪镇', 'speech']);
    // The text keeps the line as the file has it.
    expect(doc!.text.split('\n')[0]).toBe('修好小塘坝　灌活万亩田——溆陵县潕溪镇在全县冬修水利现场会上的交流发言');
  });

  it('a main title over its subtitle line is titled the same; a date before 「在」 names no speaker', () => {
    const [doc] = analyse(['修好小塘坝　灌活万亩田', '——2026年11月3日在溆陵县冬修水利现场会上的讲话', '同志们：', ...body].join('\n')).documents;
    expect([doc!.title, doc!.subtitle, doc!.speaker, doc!.year]).toEqual(['修好小塘坝　灌活万亩田', '——2026年11月3日在溆陵县冬修水利现场会上的讲话', undefined, 2026]);
  });

  it('a speaker line under the title stays the speaker', () => {
    const [doc] = analyse(['修好小塘坝——潕溪镇在全县冬修水利现场会上的发言', '镇长　龚岫云', ...body].join('\n')).documents;
    expect([doc!.title, doc!.speaker]).toEqual(['修好小塘坝', '镇长　龚岫云']);
  });

  it('a dash that does not open a subtitle parts nothing', () => {
    for (const title of ['牢记嘱托——奋力开创冬修水利新局面', '在全县冬修水利现场会上的讲话']) expect(subtitleApart({ title }).title).toBe(title);
    expect(subtitleApart<TitleFront>({ title: '在全县冬修水利现场会上的讲话——县委书记王某某' }).subtitle).toBeUndefined();
  });
});

describe('a collection\'s title over the first main title', () => {
  it('is the collection\'s, not a line of that title', () => {
    const text = ['溆陵县冬修水利经验交流材料汇编', '', '修好小塘坝　灌活万亩田', '——在溆陵县冬修水利现场会上的讲话', '同志们：', ...body, '同志们，让我们抓紧行动起来！', '', '管好用好　长久受益——溆陵县潕溪镇在全县冬修水利现场会上的交流发言', ...body].join('\n');
    const { documents, report } = analyse(text);
    expect(documents.map((d) => d.title)).toEqual(['修好小塘坝　灌活万亩田', '管好用好　长久受益']);
    expect(report.removed.map((r) => [r.text, r.reason])).toEqual([['溆陵县冬修水利经验交流材料汇编', '合集标题']]);
  });
});
