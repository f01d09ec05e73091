// A site's tail glued to the end of a piece's last paragraph (「…！（来源：…）」「…。本文由…整理，仅供参考。」),
// a word count on its own line, 「您可能还喜欢：」, and the hall's reactions in square brackets (「【掌声】」):
// removed, reported, and back when the user keeps the line. Our own words; the outside tester's s18
// c02 variants had them kept in the closing passages.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';

const speech = [
  '在全区秋季森林防火工作会议上的讲话',
  '（2026年9月28日）',
  '同志们：',
  '今天召开会议，部署今年秋季森林防火工作。【掌声】',
  '一、认清形势',
  '今年入秋以来降水偏少，林下可燃物积累较多（数据来源：区气象局），火险等级持续偏高。',
  '二、落实责任',
  '各街道要把责任落实到山头地块。此项工作由区林业局牵头，各街道配合。',
  '同志们，森林防火责任重于泰山，务必守住不发生重大森林火灾的底线！（信息来源：某区融媒体中心）',
  '（本文共2140字）',
  '您可能还喜欢：',
  '2026年森林防火工作总结',
].join('\n');

describe('glued tails and square stage notes', () => {
  const { documents, report } = analyse(speech);
  const doc = documents[0]!;
  const texts = doc.passages.map((p) => p.text);

  it('are out of the passages; the speech\'s own brackets and 「由…牵头」 stay', () => {
    expect(documents).toHaveLength(1);
    expect(texts).toContain('今天召开会议，部署今年秋季森林防火工作。');
    expect(texts).toContain('今年入秋以来降水偏少，林下可燃物积累较多（数据来源：区气象局），火险等级持续偏高。');
    expect(texts).toContain('各街道要把责任落实到山头地块。此项工作由区林业局牵头，各街道配合。');
    expect(texts.at(-1)).toBe('同志们，森林防火责任重于泰山，务必守住不发生重大森林火灾的底线！');
    expect(doc.text).not.toMatch(/掌声|信息来源|本文共|可能还喜欢|森林防火工作总结/);
  });

  it('are each reported with their line', () => {
    expect(report.removed.map((r) => [r.line, r.reason, r.text])).toEqual([
      [4, '现场反应', '【掌声】'],
      [9, '来源', '（信息来源：某区融媒体中心）'],
      [10, '网站提示', '（本文共2140字）'],
      [11, '相关推荐', '您可能还喜欢：'],
      [12, '相关推荐', '2026年森林防火工作总结'],
    ]);
  });

  it('a credit glued after the last sentence goes, a sentence of the speech with 由 stays', () => {
    const tail = analyse(['在全区秋季森林防火工作会议上的讲话', '同志们：', '一、认清形势', '这项工作由区应急管理局统筹。各街道要守住底线。本文由某某范文网整理，仅供参考。'].join('\n'));
    expect(tail.documents[0]!.passages.at(-1)!.text).toBe('这项工作由区应急管理局统筹。各街道要守住底线。');
    expect(tail.report.removed).toEqual([{ line: 4, text: '本文由某某范文网整理，仅供参考。', reason: '网站提示' }]);
  });

  it('come back exactly when the user keeps their line', () => {
    const kept = analyse(speech, { keep: [4, 9] }).documents[0]!.passages.map((p) => p.text);
    expect(kept).toContain('今天召开会议，部署今年秋季森林防火工作。【掌声】');
    expect(kept.at(-1)).toBe('同志们，森林防火责任重于泰山，务必守住不发生重大森林火灾的底线！（信息来源：某区融媒体中心）');
  });
});
