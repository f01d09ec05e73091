// A 选编's pieces titled with the speaker's name and a colon before the title (the s20 outside tester's c04,
// 「郭某某：在…上的讲话」): the name is the speaker, the title the rest, the line kept in the text as written.
// Our own words (渌湖区 invented).
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';

const speech = (title: string) => [title, '（区委书记　2026年3月6日）', '同志们：', '今天召开全区河湖长制工作会议。', '一、肯定成效', '去年全区整改问题四百三十个。'].join('\n');

describe('a name and a colon before a speech title', () => {
  it('the name is the speaker, the rest the title; the text keeps the line', () => {
    const [doc] = analyse(speech('邝立衡：在全区河湖长制工作会议上的讲话')).documents;
    expect([doc!.title, doc!.speaker]).toEqual(['在全区河湖长制工作会议上的讲话', '邝立衡']);
    expect(doc!.text.split('\n')[0]).toBe('邝立衡：在全区河湖长制工作会议上的讲话');
  });

  it('「…同志：」 too', () => {
    const [doc] = analyse(speech('谭慧旻同志：在全区河道专项行动推进会上的讲话')).documents;
    expect([doc!.title, doc!.speaker]).toEqual(['在全区河道专项行动推进会上的讲话', '谭慧旻']);
  });

  it('a label before the colon is no one\'s name, and a speaker line under the title wins', () => {
    expect(analyse(speech('题目：在全区河湖长制工作会议上的讲话')).documents[0]!.speaker).toBeUndefined();
    const under = ['邝立衡：在全区河湖长制工作会议上的讲话', '区委书记　邝立衡', '同志们：', '今天召开全区河湖长制工作会议。'].join('\n');
    expect(analyse(under).documents[0]!.speaker).toBe('区委书记　邝立衡');
  });
});
