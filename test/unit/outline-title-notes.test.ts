// A title with a footnote mark (「在…上的讲话*」) and its footnote (「* 这是…2026年…在…上的讲话。」), as a
// printed 汇编 sets them: the mark cut from the title and the footnote removed, both as 〔脚注〕; the
// footnote's speaker and date are the document's head; in a .docx the footnotes come at the file's
// end (the reader's debris) and are paired with the marked titles in order. Our own words; the outside
// tester's s18 c03 variants c/d lost the second title into the first speech.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';

const pieces = [
  '在全区农村公路建设推进会上的讲话*',
  '同志们：',
  '一、认清任务',
  '今年全区要新改建农村公路86公里，任务比去年增加三成。',
  '同志们，路通才能业兴，大家要抓紧干起来！',
  '在全区公路安全生命防护工程现场会上的讲话*',
  '同志们：',
  '一、看清隐患',
  '全区还有临水临崖路段23处没有护栏。',
];

describe('a title\'s footnote mark and its footnote', () => {
  it('in a .txt: the mark off the title, the footnote line out, its speaker and date the head', () => {
    const raw = [...pieces.slice(0, 5), '* 这是区长卢海平2026年5月12日在全区农村公路建设推进会上的讲话。', ...pieces.slice(5), '* 这是副区长甘雪梅2026年6月3日在全区公路安全生命防护工程现场会上的讲话。'].join('\n');
    const { documents, report } = analyse(raw);
    expect(documents.map((d) => [d.title, d.speaker, d.dateLine, d.year])).toEqual([
      ['在全区农村公路建设推进会上的讲话', '区长卢海平', '2026年5月12日', 2026],
      ['在全区公路安全生命防护工程现场会上的讲话', '副区长甘雪梅', '2026年6月3日', 2026],
    ]);
    expect(documents[0]!.passages.at(-1)!.text).toBe('同志们，路通才能业兴，大家要抓紧干起来！');
    expect(report.removed.map((r) => [r.line, r.reason])).toEqual([[1, '脚注'], [6, '脚注'], [7, '脚注'], [11, '脚注']]);
  });

  it('in a .docx: the footnotes are the reader\'s, at the file\'s end, paired with the marked titles in order', () => {
    const raw = [...pieces, '*\t这是区长卢海平2026年5月12日在全区农村公路建设推进会上的讲话。', '*\t这是副区长甘雪梅2026年6月3日在全区公路安全生命防护工程现场会上的讲话，收入本书时有删节。'].join('\n');
    const { documents } = analyse(raw, { debris: [{ line: 10, reason: '脚注' }, { line: 11, reason: '脚注' }] });
    expect(documents.map((d) => [d.title, d.speaker, d.year])).toEqual([
      ['在全区农村公路建设推进会上的讲话', '区长卢海平', 2026],
      ['在全区公路安全生命防护工程现场会上的讲话', '副区长甘雪梅', 2026],
    ]);
  });

  it('a mark on what is no title, and a bullet that is no footnote, stay', () => {
    const raw = ['在全区农村公路建设推进会上的讲话', '同志们：', '一、认清任务', '表中带*', '* 各镇要在月底前报送项目清单。'].join('\n');
    const { documents, report } = analyse(raw);
    expect(documents).toHaveLength(1);
    expect(documents[0]!.text).toContain('表中带*');
    expect(documents[0]!.text).toContain('各镇要在月底前报送项目清单。');
    expect(report.removed.filter((r) => r.reason === '脚注')).toEqual([]);
  });

  it('come back exactly when the user keeps their lines', () => {
    const raw = [...pieces.slice(0, 5), '* 这是区长卢海平2026年5月12日在全区农村公路建设推进会上的讲话。'].join('\n');
    const kept = analyse(raw, { keep: [1, 6] }).documents;
    expect(kept.map((d) => d.text).join('\n')).toContain('这是区长卢海平2026年5月12日在全区农村公路建设推进会上的讲话。');
    expect(kept.map((d) => d.text).join('\n')).toContain('在全区农村公路建设推进会上的讲话*');
  });
});
