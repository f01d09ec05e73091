// A register's or a 汇编's note on who keeps it, in brackets under its last piece (session 23, the outside
// test's c01: 「（本表由秘书科维护，如有遗漏请联系分机8021）」 had closed the last speech). Our own words
// (溱川县 invented).
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';

const speech = ['在溱川县安全生产工作会议上的讲话', '同志们：', '今天召开会议，部署安全生产大检查工作。', '一、压实企业主体责任', '各企业要落实全员安全生产责任制。', '同志们，安全生产重于泰山，请大家抓紧抓实！'];

describe('a keeper\'s note under a register', () => {
  for (const note of ['（本表由县委办秘书科维护，如有遗漏请联系分机6203）', '(本汇编由县政府办公室整理)', '（如有错漏请及时告知综合科，电话7712345）']) {
    it(`${note} is removed as an editor's note, not the speech's closing`, () => {
      const { documents, report } = analyse([...speech, note].join('\n'));
      expect(documents[0]!.closing).toBe('同志们，安全生产重于泰山，请大家抓紧抓实！');
      expect(report.removed).toEqual([{ line: 7, text: note, reason: '整理说明' }]);
    });
  }

  it('a speech\'s own modest close and a sentence in brackets stay', () => {
    const own = ['以上意见如有不妥，请大家批评指正。', '（各单位如有遗漏的隐患，要立即整改到位。）'];
    const { documents } = analyse([...speech, ...own].join('\n'));
    for (const l of own) expect(documents[0]!.text).toContain(l);
  });
});
