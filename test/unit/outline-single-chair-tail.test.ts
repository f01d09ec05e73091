// The chair's closing at the end of a file of one speech (session 25; session 24's open shape, the s25 tester's c03):
// 「同志们，刚才，<who>作了重要讲话…」 and 「散会」 after the speaker's own ending are cut off as 〔主持词〕 (reported,
// restorable), as they are off a collection's pieces. A 主持词 keeps its own ending, and a meeting's record (no
// salutation under its head) the chair's words it records. The fixture collections/single-speech-chair-close.txt
// (菱塘镇 invented) is compared by library-collections.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';

const speech = ['在菱塘镇秋冬季防火工作会议上的讲话', '同志们：', '今天召开会议，部署秋冬季防火工作。', '一、压实责任', '各村要落实护林员巡山制度。', '同志们，防火工作责任重大，希望大家抓实抓细。'];
const chair = ['同志们，刚才，庞绍谦同志作了重要讲话，大家要认真抓好落实。', '今天的会议就到这里。散会。'];

describe("the chair's closing at a single speech's end", () => {
  it('is cut off as 主持词 and comes back when kept', () => {
    const { documents, report } = analyse([...speech, ...chair].join('\n'));
    expect(documents).toHaveLength(1);
    expect(documents[0]!.closing).toBe(speech.at(-1));
    expect(report.removed.filter((r) => r.reason === '主持词').map((r) => r.text)).toEqual(chair);
    expect(analyse([...speech, ...chair].join('\n'), { keep: [7, 8] }).documents[0]!.text).toContain(chair[1]);
  });

  it("a 主持词's own ending stays", () => {
    const script = ['在菱塘镇秋冬季防火工作会议上的主持词', '同志们：', '现在开会。下面，请庞绍谦同志讲话，大家欢迎！', ...chair];
    expect(analyse(script.join('\n')).documents[0]!.text).toContain(chair[1]);
  });

  it("a meeting's record keeps the chair's words", () => {
    const record = ['菱塘镇秋冬季防火工作会议记录', '时间：2026年10月9日上午', '地点：镇政府会议室', '主持人：庞绍谦', '会议内容：', '镇林业站通报了秋冬季防火形势。', ...chair];
    expect(analyse(record.join('\n')).documents[0]!.text).toContain(chair[0]);
  });
});
