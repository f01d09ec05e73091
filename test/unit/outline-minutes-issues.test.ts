// A 纪要 of a numbered series under its 版头 (session 24, the outside test's c05): the issuer, 「专题会议纪要」, 「第N期」 in
// place of a 文号 and the issuing office with the date, over the 纪要's own title 「关于…的会议纪要」. The 版头 is removed
// (it had titled every 纪要 「专题会议纪要」 and left 「第13期」 and the office's date line as text, the next 纪要's issuer
// as the tail of the one before); 「分送：」 is the 版记 as 「抄送：」 is. The whole fixture collections/minutes-issues-masthead.txt
// is compared by library-collections; here the edges, in our own words (泓口镇 invented).
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';

const gap = '\u3000'.repeat(6);
// (A mark that names the issuer stands alone; 「会议纪要」 alone has the issuer's name over it.)
const head = (mark: string, issue: string, date: string) => [...(mark.startsWith('泓口镇') ? [] : ['泓口镇人民政府']), mark, issue, `泓口镇人民政府办公室${gap}${date}`];
const body = (title: string) => [title, '6月3日上午，镇长孔德明主持召开专题会议，研究有关事项。现纪要如下：', '一、关于任务分工', '会议明确，由镇农业服务中心牵头，各村配合。', '出席：孔德明、严国华、', '　　　苏丽萍'];
const end = ['分送：镇党委办公室，各村（社区）。', `泓口镇人民政府办公室${gap}2026年6月4日印发`];

describe('a numbered series\' 版头 over a 纪要\'s title', () => {
  it('「专题会议纪要」「第N期」 and the office\'s date line are the 版头; the 纪要 is titled by its 「关于…」 line', () => {
    for (const [mark, issue] of [['专题会议纪要', '第12期'], ['会议纪要', '（第3期）'], ['泓口镇人民政府常务会议纪要', '总第35期']] as [string, string][]) {
      const text = [...head(mark, issue, '2026年6月4日'), ...body('关于推进高标准农田建设的会议纪要'), ...end, ...head(mark, issue.replace(/\d+/, '99'), '2026年6月20日'), ...body('关于做好防汛物资储备的会议纪要'), ...end].join('\n');
      const { documents, report } = analyse(text);
      expect(documents.map((d) => d.title), mark).toEqual(['关于推进高标准农田建设的会议纪要', '关于做好防汛物资储备的会议纪要']);
      for (const doc of documents) {
        expect(doc.text, mark).not.toMatch(/第\d+期|分送|泓口镇人民政府办公室|^泓口镇人民政府$/m);
        expect(doc.text, mark).toContain('出席：孔德明、严国华、苏丽萍');
      }
      expect(report.removed.filter((r) => r.reason === '版头').length, mark).toBe(mark === '泓口镇人民政府常务会议纪要' ? 6 : 8);
      expect(report.removed.filter((r) => r.text.startsWith('分送')).map((r) => r.reason), mark).toEqual(['版记', '版记']);
    }
  });

  it('a 纪要\'s mark with no title under its 期 stays its title; a 「第3期」 line elsewhere stays', () => {
    const untitled = ['泓口镇人民政府常务会议纪要', '第5期', '6月3日上午，镇长孔德明主持召开镇政府常务会议。现纪要如下：', '一、关于任务分工', '会议明确，由镇农业服务中心牵头。'].join('\n');
    expect(analyse(untitled).documents.map((d) => d.title)).toEqual(['泓口镇人民政府常务会议纪要']);
    const speech = ['在泓口镇农技培训班上的讲话', '同志们：', '今天的培训班已经是今年的', '第3期', '了，希望大家认真学习。'].join('\n');
    expect(analyse(speech).documents[0]!.text).toContain('第3期');
  });
});

describe('a 纪要 whose text says no year', () => {
  it('takes the year its 版头 or 版记 prints (its opening says 「6月3日上午」 only)', () => {
    const text = [...head('专题会议纪要', '第12期', '2025年6月4日'), ...body('关于推进高标准农田建设的会议纪要'), ...end].join('\n');
    expect(analyse(text).documents.map((d) => d.year)).toEqual([2025]);
    const printedOnly = [...body('关于推进高标准农田建设的会议纪要'), ...end].join('\n');
    expect(analyse(printedOnly).documents.map((d) => d.year)).toEqual([2026]);
    const none = body('关于推进高标准农田建设的会议纪要').join('\n');
    expect(analyse(none).documents.map((d) => d.year)).toEqual([undefined]);
  });
});
