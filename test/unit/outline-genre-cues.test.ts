// detectGenre (roles.ts) looks for the words of a contract, a letter or a court filing in a
// document's paragraphs: a cue that is words only is looked for once in the paragraphs joined by
// line breaks, not once in each paragraph — the same answer, a few tests instead of hundreds on a
// document of many short paragraphs (a 纪要's fields, a collection's records).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectGenre } from '../../core/outline/roles.ts';

const paragraphs = Array.from({ length: 40 }, (_, i) => `青石湾镇第${i + 1}网格员每日巡查一次沿河堤段，发现渗水及时报告。`);

describe('the genre cues of a document of many paragraphs', () => {
  afterEach(() => vi.restoreAllMocks());

  it('looks for a cue of words once in the document, not once in each paragraph', () => {
    const test = vi.spyOn(RegExp.prototype, 'test');
    expect(detectGenre({ title: '在青石湾镇防汛工作会议上的讲话', paragraphs })).toBe('speech');
    // 23 cues: the 12 of words only once each, the 11 anchored at a paragraph's start or end once a
    // paragraph, with the genre's own few tests of each paragraph (a file's name, 「会议指出」…):
    // about 13 a paragraph, where each cue once a paragraph made it 25.
    expect(test.mock.calls.length).toBeLessThan(16 * paragraphs.length);
  });

  it('finds a cue of words in any paragraph, and none across two', () => {
    // Two cues of a letter, in two paragraphs.
    const letter = ['青石湾村村民李某某：', '我们反映情况如下：', '村东沟渠堵塞多年。', '恳请贵单位派人查看。'];
    expect(detectGenre({ title: '青石湾沟渠的情况', paragraphs: letter })).toBe('other');
    // 「投诉」 split over two paragraphs is no cue (「…投」 ends one, 「诉…」 opens the next): one cue of a letter only.
    const split = ['我们恳请上级支持。', '村民多次要求解决，有人准备去投', '诉也没有结果。'];
    expect(detectGenre({ title: '青石湾村村民大会', salutation: '同志们：', paragraphs: split })).toBe('speech');
    // Whole in a paragraph, it is the second cue: a letter (4) outweighs the salutation (3).
    expect(detectGenre({ title: '青石湾村村民大会', salutation: '同志们：', paragraphs: [...split, '有人去投诉。'] })).toBe('other');
  });
});
