// The 附件说明 at the end of a 印发稿 (「附件：1.…」 with 「2.…」 under it, or 「附件：…」 alone): the names
// of attached files, after the speech's closing, never its headings. Our own words; the session-11
// tester's c04 had 「2.…名单」 taken as a level-3 heading of part 三 and the 附件 line read as the closing.
import { describe, expect, it } from 'vitest';
import { analyse, type OutlineNode } from '../../core/outline/index.ts';

const speech = (annex: string[]) =>
  [
    '在全县春耕生产工作会议上的讲话',
    '（2025年3月6日）',
    '副县长　周某某',
    '同志们：',
    '今天召开会议，部署春耕生产工作。',
    '一、稳住粮食面积',
    '各乡镇要把粮食播种面积落实到村到户。',
    '二、抓好农资供应',
    '1.种子化肥要提前储备',
    '县供销社要在3月20日前完成化肥储备。',
    '同志们，春耕时节不等人，希望大家抓紧行动！',
    ...annex,
  ].join('\n');

describe('an annex note after the speech', () => {
  it('a numbered list: no heading, under no part, after the closing', () => {
    const [doc] = analyse(speech(['附件：1.2025年春耕生产重点任务清单', '2.全县农资储备情况表', '3.春耕生产联系人名单'])).documents;
    const headings = (nodes: readonly OutlineNode[]): string[] => nodes.flatMap((n) => [n.heading, ...headings(n.children)]);
    expect(headings(doc!.outline)).toEqual(['稳住粮食面积', '抓好农资供应', '种子化肥要提前储备']);
    expect(doc!.closing).toBe('同志们，春耕时节不等人，希望大家抓紧行动！');
    const annex = doc!.passages.slice(-3);
    expect(annex.map((p) => p.text)).toEqual(['附件：1.2025年春耕生产重点任务清单', '2.全县农资储备情况表', '3.春耕生产联系人名单']);
    expect(annex.map((p) => [p.role, p.path])).toEqual([
      ['其他', ''],
      ['其他', ''],
      ['其他', ''],
    ]);
  });

  it('one annex named on its line: not the closing', () => {
    const [doc] = analyse(speech(['附件：全县春耕生产任务分解表'])).documents;
    expect(doc!.closing).toBe('同志们，春耕时节不等人，希望大家抓紧行动！');
    expect(doc!.passages.at(-1)).toMatchObject({ text: '附件：全县春耕生产任务分解表', role: '其他', path: '' });
  });
});
