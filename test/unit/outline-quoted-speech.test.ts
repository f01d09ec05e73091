// A speech quoted whole inside a 纪要 (「“同志们：…」 … 「…”」): its 一、二、三、 are what was said, passages
// of the 纪要's part, not parts of their own. After the outside tester's s19 c03; our own words
// (杉溪镇's fixture is the .txt form).
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';

const minutes = (quote: string[]) =>
  [
    '柳岗乡党委会议纪要',
    '2026年7月2日，乡党委书记田野主持召开乡党委会议。',
    '一、关于传达学习全县安全生产会议精神',
    '会议指出，要把安全生产摆在突出位置。田野同志讲话如下：',
    ...quote,
    '二、关于秋粮收购工作',
    '会议决定，由副乡长负责秋粮收购点的设备检修。',
  ].join('\n');

describe('a speech quoted in a 纪要', () => {
  it('its 一、二、 between 「“」 and 「”」 are passages of the part that quotes it', () => {
    const [doc] = analyse(minutes(['“同志们：下面我讲两点。', '一、隐患要排查到底。每一家企业都要过一遍。', '二、责任要落实到人。谁的责任谁负责。', '同志们，安全无小事。”'])).documents;
    expect(doc!.outline.map((n) => `${n.number}${n.heading}`)).toEqual(['一、关于传达学习全县安全生产会议精神', '二、关于秋粮收购工作']);
    const quoted = doc!.passages.filter((p) => p.text.startsWith('一、隐患') || p.text.startsWith('二、责任'));
    expect(quoted.map((p) => p.path)).toEqual([doc!.passages[1]!.path, doc!.passages[1]!.path]);
  });

  it('a quotation never closed is no quotation: the parts under it stay parts', () => {
    const [doc] = analyse(minutes(['“同志们：下面我讲两点。', '一、隐患要排查到底。每一家企业都要过一遍。'])).documents;
    expect(doc!.outline.map((n) => n.number)).toEqual(['一、', '一、', '二、']);
  });

  it('a record dated on its 「议事时间：」 line has that year', () => {
    const [doc] = analyse('柳岗村村民议事会会议记录\n议事时间：2026年7月9日晚8:00\n议事地点：村委会\n议定事项：\n1.修缮村口便桥。').documents;
    expect(doc!.year).toBe(2026);
  });
});
