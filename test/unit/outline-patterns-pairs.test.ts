// harvestPatterns passes over the title's segmentation when no two adjacent characters of the title
// occur in any heading (patterns.ts: sharesPair). These cases guard that the shortcut changes no
// pattern: a subject made of words the title prints apart (letter-spaced 「菱 藕」) is still found,
// and a title that shares nothing still keeps the parallel headings.
import { describe, expect, it } from 'vitest';
import { harvestPatterns, type CleanedDoc, type OutlineNode } from '../../core/outline/index.ts';

const node = (number: string, heading: string): OutlineNode => ({ level: 1, number, heading, runIn: false, role: '任务', children: [] });
const speech = (title: string, headings: string[]): CleanedDoc => ({
  title,
  genre: 'speech',
  outline: headings.map((h, i) => node(`${'一二三四'[i]}、`, h)),
  passages: [],
  text: '',
});

describe('harvestPatterns when the title shares no pair of characters with a heading', () => {
  it('finds a subject whose words the title prints apart: only the title without its spaces holds the pair', () => {
    const title = '在岚溪乡 菱 藕 产业工作会上的讲话';
    const patterns = harvestPatterns(speech(title, ['扩大菱藕种植面积', '确保菱藕销路畅通']));
    expect(patterns).toEqual([
      { pattern: '扩大X种植面积', level: 1, source: title, heading: '扩大菱藕种植面积', subject: '菱藕' },
      { pattern: '确保X销路畅通', level: 1, source: title, heading: '确保菱藕销路畅通', subject: '菱藕' },
    ]);
  });

  it('keeps the parallel headings and skips the others when there is no subject', () => {
    const title = '在全县春耕生产调度会上的讲话';
    expect(harvestPatterns(speech(title, ['压实责任，抓好落实', '强化保障']))).toEqual([{ pattern: '压实责任，抓好落实', level: 1, source: title, heading: '压实责任，抓好落实' }]);
  });

  it('gives the same patterns for the documents of a collection that share their title', () => {
    const title = '桐湾镇渔港整治工作会议记录';
    const first = harvestPatterns(speech(title, ['推进渔港整治', '落实渔港清淤，加快岸线修复']));
    const other = harvestPatterns(speech('在桐湾镇渔港建设会议上的讲话', ['推进渔港建设']));
    expect(harvestPatterns(speech(title, ['推进渔港整治', '落实渔港清淤，加快岸线修复']))).toEqual(first);
    expect(first[0]).toMatchObject({ pattern: '推进X', subject: '渔港整治' });
    expect(other[0]).toMatchObject({ pattern: '推进X建设', subject: '渔港' });
  });
});
