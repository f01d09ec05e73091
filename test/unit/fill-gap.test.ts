// A 【待补充】 gap of a head line filled with what she typed there (core/doc/fill-gap.ts): the post keeps
// its source field, the typed name has none, nothing else moves. Invented: 澄川区.
import { describe, expect, it } from 'vitest';
import { fillGap } from '../../core/doc/fill-gap.ts';

describe('fillGap', () => {
  const line = [{ text: '区委副书记、区长', src: 'meeting.speaker.title' }, { text: '\u3000' }, { text: '【待补充：讲话人姓名】' }];
  it('puts the typed name in the gap’s place', () => {
    expect(fillGap(line, '【待补充：讲话人姓名】', '殷若兰')).toEqual([line[0], line[1], { text: '殷若兰' }]);
  });
  it('keeps what shares the gap’s run, and changes nothing without the gap or a value', () => {
    expect(fillGap([{ text: '（【待补充：日期】）', src: 'x' }], '【待补充：日期】', '2027年1月9日')).toEqual([{ text: '（', src: 'x' }, { text: '2027年1月9日' }, { text: '）', src: 'x' }]);
    expect(fillGap(line, '【待补充：会议地点】', '礼堂')).toEqual(line);
    expect(fillGap(line, '【待补充：讲话人姓名】', '')).toEqual(line);
  });
});
