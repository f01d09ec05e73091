// The analysis hands back each document as buildDoc (outline.ts) made it, its first raw line set on
// it: not a copy of it spread into a new object with that line, a copy per document that cost the
// import about a tenth of its analysis on a collection of short documents (issue 17). The outcome
// is the same either way; what this checks is that no copy is made.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CleanedDoc } from '../../core/outline/types.ts';
import type * as Outline from '../../core/outline/outline.ts';

const made: CleanedDoc[] = [];
vi.mock('../../core/outline/outline.ts', async (original) => {
  const real = await original<typeof Outline>();
  return {
    ...real,
    buildDoc: (...args: Parameters<typeof real.buildDoc>) => {
      const doc = real.buildDoc(...args);
      made.push(doc);
      return doc;
    },
  };
});

const { analyse } = await import('../../core/outline/index.ts');

// Two records of an invented township's flood meetings, marked as a collection's pieces.
const text = [
  '枫溪乡汛期工作会议记录（两篇）',
  '',
  '枫溪乡汛期工作会议记录篇一',
  '会议时间：2025年6月2日上午',
  '会议地点：乡政府二楼会议室',
  '主持人：乡长 周立平',
  '一、通报沿溪三个村的险情排查结果',
  '周立平：柘木村和下湾村各有一处堤段渗水，已经安排专人看守。',
  '二、部署值班和转移工作',
  '副乡长 闻秀英：汛期二十四小时值班，险情半小时内上报。',
  '',
  '枫溪乡汛期工作会议记录篇二',
  '会议时间：2025年7月9日下午',
  '会议地点：柘木村村委会',
  '主持人：村党支部书记 严大川',
  '一、核对转移人员名单',
  '严大川：独居老人和留守儿童的名单再核一遍，每户落实到人。',
  '二、清点防汛物资',
  '村委会主任 卢小满：沙袋一千条、抽水泵两台，还差一台发电机。',
].join('\n');

describe('the documents of an analysis', () => {
  afterEach(() => {
    made.length = 0;
  });

  it('are the objects buildDoc made, each with its first line set on it', () => {
    const { documents } = analyse(text);
    expect(documents.map((d) => d.title)).toEqual(['枫溪乡汛期工作会议记录', '枫溪乡汛期工作会议记录']);
    expect(documents.length).toBe(made.length);
    documents.forEach((doc, k) => expect(doc).toBe(made[k]));
    expect(documents.map((d) => d.line)).toEqual([3, 12]);
    // The line is the document's last field, where the copy had put it.
    expect(Object.keys(documents[0]!).at(-1)).toBe('line');
  });
});
