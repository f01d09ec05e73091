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

// The annex itself after the 附件 line: a task table whose first column holds category cells
// 「一、…」「二、…」 (the outside tester's s18 c04 b/c). Our own words (澧浦县's fixture is the .txt form).
describe('a task table after 附件', () => {
  const table = (join: (cells: string[]) => string) => [
    '附件',
    '2025年春耕生产重点任务分解表',
    join(['类别', '序号', '任务内容', '责任单位']),
    join(['一、农资保障', '1', '化肥储备不少于3000吨', '县供销社']),
    join(['', '2', '种子抽检覆盖全部门店', '县市场监管局']),
    join(['二、农机作业', '3', '机耕机播面积达到九成', '县农业农村局']),
    '注：各单位每周五报送进度。',
  ];
  const headings = (nodes: readonly OutlineNode[]): string[] => nodes.flatMap((n) => [n.heading, ...headings(n.children)]);

  it('rows with 「 | 」 cells (a .docx table): no heading, all under no part, role 其他', () => {
    const [doc] = analyse(speech(table((c) => c.join(' | ').trim()))).documents;
    expect(headings(doc!.outline)).toEqual(['稳住粮食面积', '抓好农资供应', '种子化肥要提前储备']);
    const annex = doc!.passages.slice(doc!.passages.findIndex((p) => p.text === '附件'));
    expect(annex).toHaveLength(7);
    expect(new Set(annex.map((p) => `${p.role}/${p.path}`))).toEqual(new Set(['其他/']));
    expect(doc!.closing).toBe('同志们，春耕时节不等人，希望大家抓紧行动！');
  });

  it('rows pasted with tabs (a .txt): no heading either', () => {
    const [doc] = analyse(speech(table((c) => c.join('\t')))).documents;
    expect(headings(doc!.outline)).toEqual(['稳住粮食面积', '抓好农资供应', '种子化肥要提前储备']);
    expect(doc!.text).toContain('一、农资保障\t1\t化肥储备不少于3000吨\t县供销社');
  });

  it('a table row inside the speech is no heading, a numbered line with one tab still is', () => {
    const text = speech([]).replace('二、抓好农资供应', '二、抓好农资供应\n一、化肥 | 3000吨 | 县供销社\n一、种子\t200吨\t县种子站');
    const [doc] = analyse(text.replace('1.种子化肥要提前储备', '1.种子化肥\t要提前储备')).documents;
    expect(headings(doc!.outline)).toEqual(['稳住粮食面积', '抓好农资供应', '种子化肥\t要提前储备']);
  });
});
