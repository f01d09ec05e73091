// A 会议记录's outline: 「议题：」「发言：」「议定事项：」 open groups of their own (the decisions' label ends
// a chair's remarks), a speaker's name or a roll's label alone on its line goes with the words under
// it, 「（散会）」 belongs to no decision; and the 记录本's form as field lines (docx-record.ts).
// After the s18 outside tester's c01; our own words (箬溪乡 and 瓯岭县's fixtures are the file forms).
import { describe, expect, it } from 'vitest';
import { analyse, type OutlineNode } from '../../core/outline/index.ts';
import { recordFormLines } from '../../main/services/library/docx-record.ts';

const compact = (nodes: readonly OutlineNode[]): unknown[] => nodes.map((n) => (n.children.length ? { [`${n.number}${n.heading}`]: compact(n.children) } : `${n.number}${n.heading}`));

const record = [
  '檀坝村“两委”会议记录',
  '时间：2026年3月2日上午9:00',
  '主持人：肖明',
  '出席：',
  '肖明、卢华、曾丽',
  '议题：',
  '1.研究春耕备耕',
  '2.研究河道保洁',
  '发言：',
  '肖明：',
  '今天研究两件事。',
  '卢华：种子化肥已落实到户。',
  '议定事项：',
  '1.卢华负责3月10日前完成农资发放。',
  '2.河道保洁实行分段包干。',
  '（散会）',
];

describe('a 会议记录', () => {
  it('议题, 发言 and 议定事项 are groups; the decisions are work to do', () => {
    const [doc] = analyse(record.join('\n')).documents;
    expect(compact(doc!.outline)).toEqual([{ 议题: ['1.研究春耕备耕', '2.研究河道保洁'] }, '发言', { 议定事项: ['1.卢华负责3月10日前完成农资发放', '2.河道保洁实行分段包干'] }]);
    expect(doc!.outline.map((n) => n.role)).toEqual(['其他', '其他', '任务']);
    expect(doc!.passages.find((p) => p.text === '（散会）')).toMatchObject({ role: '其他', path: '' });
  });

  it('a name or a roll label alone on its line is one passage with the words under it', () => {
    const [doc] = analyse(record.join('\n')).documents;
    const texts = doc!.passages.map((p) => p.text);
    expect(texts).toContain('肖明：今天研究两件事。');
    expect(texts).toContain('出席：肖明、卢华、曾丽');
    expect(doc!.text.split('\n')).toContain('肖明：今天研究两件事。');
  });

  it('「议定事项：」 ends a chair\'s remarks: his parts 一、二、 do not hold the decisions', () => {
    const lines = [...record];
    lines.splice(12, 0, '肖明作总结讲话：', '同志们：', '一、春耕不等人', '各组要抓紧。', '二、保洁要常态', '每周检查一次。');
    const [doc] = analyse(lines.join('\n')).documents;
    expect(compact(doc!.outline).slice(2)).toEqual(['一、春耕不等人', '二、保洁要常态', { 议定事项: ['1.卢华负责3月10日前完成农资发放', '2.河道保洁实行分段包干'] }]);
  });

  it('a label over parts 一、二、 opens no group; a speech is not a record', () => {
    const parts = analyse(['檀坝村防汛会议记录', '会议内容：', '一、传达上级精神', '二、部署排查'].join('\n')).documents[0]!;
    expect(compact(parts.outline)).toEqual(['一、传达上级精神', '二、部署排查']);
    const speech = analyse(['在全镇春耕工作会议上的讲话', '同志们：', '主要做法：', '我们抓了三件事。', '议定事项：', '1.抓好种子供应'].join('\n')).documents[0]!;
    expect(speech.text.split('\n')).toContain('主要做法：');
    expect(compact(speech.outline)).toEqual(['1.抓好种子供应']);
  });
});

describe('the genre', () => {
  it('a 会议记录 (its number after it or not) is a record; a 纪要 stays minutes', () => {
    const genre = (title: string) => analyse([title, ...record.slice(1)].join('\n')).documents[0]!.genre;
    expect([genre('檀坝村“两委”会议记录'), genre('檀坝村“两委”会议记录（2026年第2次）'), genre('檀坝村“两委”会议纪要')]).toEqual(['record', 'record', 'minutes']);
  });
});

describe('the 记录本\'s form in a .docx', () => {
  const rowLines = (cells: string[][]) => [cells.map((c) => c.join(' ')).join(' | ')];

  it('label and value pairs become field lines; a value of several paragraphs goes under its label', () => {
    const rows = [
      [['会议时间'], ['2026年3月2日'], ['会议地点'], ['村委会']],
      [['主 持 人'], ['肖明'], ['记 录 人'], []],
      [['发言记录'], ['肖明：今天研究两件事。', '卢华：种子已落实。']],
    ];
    expect(recordFormLines(rows, rowLines)).toEqual(['会议时间：2026年3月2日', '会议地点：村委会', '主持人：肖明', '发言记录：', '肖明：今天研究两件事。', '卢华：种子已落实。']);
  });

  it('a table with one such row is a table of data', () => {
    expect(recordFormLines([[['时间'], ['3月2日']], [['品名'], ['化肥']]], rowLines)).toBeUndefined();
  });
});
