// An untitled text that says 「下面我代表…作工作报告」 at a working meeting its opening names (「今天…召开
// …推进会议」) is said at that meeting — a speech; at a 代表大会 it is a 工作报告. After the s18 outside
// tester's c05 b/c doc 2 (「…推进会议上的报告（据正文）」 for a speech). Our own words (岑口镇 invented).
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';

const text = (meeting: string) =>
  [
    `今天，我们在这里召开${meeting}，主要是总结去年工作，部署今年任务。根据会议安排，下面我代表镇农村厕所革命工作领导小组办公室作工作报告。`,
    '一、去年工作回顾',
    '全镇完成农村户厕改造860户，建成公厕12座。',
    '二、今年工作安排',
    '今年要再完成户厕改造500户，10月底前全部验收。',
    '同志们，厕所革命是民生实事，大家要一抓到底！',
  ].join('\n');

describe('genre from the words of an untitled text', () => {
  it('a 工作报告 given at a 推进会议 the opening names: a speech, titled from that meeting', () => {
    const [doc] = analyse(text('岑口镇农村厕所革命推进会议')).documents;
    expect([doc!.genre, doc!.title]).toEqual(['speech', '在岑口镇农村厕所革命推进会议上的讲话（据正文）']);
  });

  it('a 工作报告 at a 代表大会: a report', () => {
    const [doc] = analyse(text('岑口镇第十八届人民代表大会第三次会议')).documents;
    expect(doc!.genre).toBe('report');
  });
});
