// A running header found by coming back at the same edge of two pages or more, however close it stands
// over the text and however wide (session 22; the whole PDFs header-wide-speech.pdf and
// header-close-speech.pdf, 溆陵县, are compared by library-collections). Here the rule's edges.
import { describe, expect, it } from 'vitest';
import { runningEdges } from '../../main/services/library/pdf-running.ts';

const line = (text: string, y: number) => ({ x0: 40, x1: 257, y, size: 10.5, text });
const page = (...texts: string[]) => texts.map((t, k) => line(t, 390 - 15 * k));

describe('running edges', () => {
  it('a header of one line or two, and a footer, come back at the same edge; the text does not', () => {
    const pages = [
      page('溆陵县冬春水利会议材料', '汇编', '在溆陵县冬春农田水利建设动员会上的讲话', '同志们：', '— 1 —'),
      page('溆陵县冬春水利会议材料', '汇编', '解决灌区末级渠系不通不畅的问题；', '三、强化保障', '— 2 —'),
      page('溆陵县冬春水利会议材料', '汇编', '各乡镇要成立工作专班。', '同志们，请大家抓紧行动！', '— 3 —'),
    ];
    expect(runningEdges(pages)).toEqual([
      { top: 2, bottom: 1 },
      { top: 2, bottom: 1 },
      { top: 2, bottom: 1 },
    ]);
  });

  it('a line on one page only, or a page of two lines, is no edge', () => {
    expect(runningEdges([page('溆陵县冬春水利会议材料', '正文第一行。', '— 1 —'), page('另一页的第一行', '正文。', '— 2 —')])).toEqual([
      { top: 0, bottom: 1 },
      { top: 0, bottom: 1 },
    ]);
    expect(runningEdges([page('溆陵县冬春水利会议材料', '正文。'), page('溆陵县冬春水利会议材料', '正文。')])).toEqual([
      { top: 0, bottom: 0 },
      { top: 0, bottom: 0 },
    ]);
  });

  it('a second line in another size, or apart from the first, is no wrapped header (a 纪要\'s red head under a browser\'s header line)', () => {
    const head = (n: number) => [line('2026/11/24 15:07溆陵县人民政府办公室—会议纪要', 400), { ...line('溆陵县人民政府', 370), size: 22 }, line(`溆府阅〔2026〕${n}号`, 330), line('正文。', 315), line(`${n}/3`, 20)];
    expect(runningEdges([head(12), head(15), head(19)]).map((e) => e.top)).toEqual([1, 1, 1]);
  });
});
