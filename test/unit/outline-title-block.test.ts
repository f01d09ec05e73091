// The title block of a 讲话 in a 选编: a main title of one or two lines, then 「——在…上的讲话」, date
// and speaker. The two are read together (the joiner makes them one line, 主标题——副标题); the title
// is the main title and the subtitle is its subtitle (session 22: the title as a secretary names the
// piece); the main title is neither the collection's title nor the last line of the speech before. Our own words (session 10); the session-10
// tester's c06 had every title the 副标题 alone and the 主标题 closing the speech before.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';

const speech = (main: string[], sub: string, body: string) => [...main, sub, '（2025年4月2日）', '镇长　吴某某', '同志们：', body, '一、压实责任', '各村要把责任落实到人。', '同志们，让我们共同努力！'];

describe('a main title over 「——在…上的讲话」', () => {
  it('is the title, its subtitle under it, in a collection under its own title', () => {
    const text = [
      '2025年镇领导讲话选编（两篇）',
      ...speech(['护好一江清水', '守住绿水青山'], '——在全镇河湖长制工作会议上的讲话', '今天召开会议，部署今年河湖长制工作。'),
      ...speech(['绷紧安全之弦　守牢发展底线'], '——在全镇安全生产工作会议上的讲话', '今天召开会议，部署安全生产工作。'),
    ].join('\n');
    const { documents } = analyse(text);
    expect(documents.map((d) => d.title)).toEqual(['护好一江清水　守住绿水青山', '绷紧安全之弦　守牢发展底线']);
    expect(documents.map((d) => d.subtitle)).toEqual(['——在全镇河湖长制工作会议上的讲话', '——在全镇安全生产工作会议上的讲话']);
    expect(documents.map((d) => d.genre)).toEqual(['speech', 'speech']);
    // The speech before ends with its own closing.
    expect(documents[0]!.passages.at(-1)!.text).toBe('同志们，让我们共同努力！');
  });

  it('a dash that opens a sentence under a heading is no title block', () => {
    const [doc] = analyse(['在全镇安全生产工作会议上的讲话', '同志们：', '一、压实责任', '——这是我们的责任，也是我们的使命。', '各村要把责任落实到人。'].join('\n')).documents;
    expect(doc!.title).toBe('在全镇安全生产工作会议上的讲话');
    expect(doc!.outline.map((n) => n.heading)).toEqual(['压实责任']);
  });
});

// The session-10 tester's c07: 「…的讲话（根据录音整理）」 kept the editor's note in the title. Our own words.
describe('an editor\'s note after a title', () => {
  const text = [
    '在全镇秋季防火工作会议上的讲话（根据录音整理）',
    '（2024年10月9日）',
    '镇长　王某某',
    '同志们：',
    '今天召开会议，主要是部署秋冬季森林防火工作。',
    '一、认清形势',
    '今年秋季降雨偏少，林下可燃物多，火险等级高。',
  ].join('\n');

  it('is cut from the title and reported, and comes back when kept', () => {
    const { documents, report } = analyse(text);
    expect(documents.map((d) => d.title)).toEqual(['在全镇秋季防火工作会议上的讲话']);
    const note = report.removed.find((r) => r.text === '（根据录音整理）');
    expect(note).toMatchObject({ line: 1, reason: '整理说明' });
    expect(analyse(text, { keep: [note!.line] }).documents[0]!.title).toBe('在全镇秋季防火工作会议上的讲话（根据录音整理）');
  });

  it('a note that belongs to the title (摘要) stays', () => {
    const [doc] = analyse(text.replace('（根据录音整理）', '（摘要）')).documents;
    expect(doc!.title).toBe('在全镇秋季防火工作会议上的讲话（摘要）');
  });
});
