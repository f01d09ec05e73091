// A speech's 提纲 over its title (session 23: the outside test's c03, and session 22's open shape): a
// 「要点：」 block of points and a note in brackets, or numbered lines with no sentence and no label, are
// the speech's outline given before it — removed as a 目录, never the end of the speech before nor
// parts of its own. The whole fixture collections/outline-points-speeches.txt (滘川县) is compared by
// library-collections; here the edges, in our own words (澴水县, 漯溪乡 invented).
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';

const H = ['一、压实属地责任，织密防火责任网络', '二、严控野外火源，守牢森林防火底线', '三、强化应急准备，提升扑救处置能力'];
const speech = (title: string, heads = H, close = '同志们，森林防火责任重于泰山，请大家抓紧抓实！') => [
  title,
  '同志们：',
  '今天召开会议，部署今冬明春森林防火工作。',
  heads[0]!,
  '各乡镇要落实护林员巡山制度，做到山有人管、林有人护。',
  heads[1]!,
  '清明、春节期间要在重点路口设卡检查，严禁携带火种进山。',
  heads[2]!,
  '要加强扑火队伍建设，储备好扑火物资，确保一旦发生火情能够迅速处置。',
  close,
];
const outline = (d: { outline: { number: string; heading: string }[] }) => d.outline.map((n) => `${n.number}${n.heading}`);

describe('a speech\'s 提纲 over its title', () => {
  it('with no label, at the file\'s top: removed as a 目录, the speech titled, its parts once', () => {
    const { documents, report } = analyse([...H, ...speech('在澴水县森林防火工作会议上的讲话')].join('\n'));
    expect(documents.map((d) => d.title)).toEqual(['在澴水县森林防火工作会议上的讲话']);
    expect(outline(documents[0]!)).toEqual(H);
    expect(report.removed.map((r) => [r.line, r.reason])).toEqual([[1, '目录'], [2, '目录'], [3, '目录']]);
  });

  it('「要点：」 with its note between two speeches goes with the second, not into the first\'s outline', () => {
    const points = ['要点：', '1.压实责任，织密网络', '2.严控火源，守牢底线', '（讲话时长控制在15分钟以内）'];
    const { documents, report } = analyse([...speech('在澴水县森林防火工作会议上的讲话'), ...points, ...speech('在漯溪乡森林防火工作会议上的讲话')].join('\n'));
    expect(documents.map((d) => d.title)).toEqual(['在澴水县森林防火工作会议上的讲话', '在漯溪乡森林防火工作会议上的讲话']);
    expect(documents.map(outline)).toEqual([H, H]);
    expect(documents[0]!.text).not.toMatch(/要点|讲话时长/);
    expect(report.removed.filter((r) => r.reason === '目录').map((r) => r.text)).toEqual(points);
  });

  it('a 提纲 entry no heading matches is no part of a whole speech; of a speech the site cut off, it stands for the missing part', () => {
    const contents = ['提纲', ...H, '四、加强督查考核，严格落实责任追究'];
    const whole = analyse([...contents, ...speech('在澴水县森林防火工作会议上的讲话')].join('\n')).documents[0]!;
    expect(outline(whole)).toEqual(H);
    const cut = analyse([...contents, ...speech('在澴水县森林防火工作会议上的讲话').slice(0, -1), '要加强扑火队伍建设……(未完,全文共3688字,当前仅显示1502字)'].join('\n')).documents[0]!;
    expect(cut.truncated).toBe(true);
    expect(outline(cut)).toEqual([...H, '四、加强督查考核，严格落实责任追究']);
  });

  it('a 提纲 of its own after a speech (a title over numbered lines) and a list at a speech\'s end that the next speech does not repeat stay as they were', () => {
    const outlineAfter = analyse([...speech('在澴水县森林防火工作会议上的讲话'), '在漯溪乡森林防火工作会议上的讲话（提纲）', ...H].join('\n'));
    expect(outlineAfter.report.removed).toEqual([]);
    expect(outlineAfter.documents.map((d) => [d.title, outline(d)])).toEqual([
      ['在澴水县森林防火工作会议上的讲话', H],
      ['在漯溪乡森林防火工作会议上的讲话（提纲）', H],
    ]);
    const list = ['附件：', '1.森林防火责任分工表', '2.扑火物资储备清单'];
    const { documents } = analyse([...speech('在澴水县森林防火工作会议上的讲话'), ...list, ...speech('在漯溪乡森林防火工作会议上的讲话')].join('\n'));
    expect(documents.map((d) => d.title)).toEqual(['在澴水县森林防火工作会议上的讲话', '在漯溪乡森林防火工作会议上的讲话']);
  });
});
