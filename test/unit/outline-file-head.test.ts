// Short lines above a file's first titled piece (the s22 outside test's c04: a note's memo before a speech): they never
// swallow the piece, and never stand as a document with no paragraph; a note's marks (to-do boxes, a table's edge
// pipes, nested list items) are marks. The fixture collections/flood-memo-todo-speech.md (澂水县) is compared whole by
// library-collections; here the edges, in our own words (漹川镇 invented).
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';

const speech = ['在全镇秸秆禁烧工作会议上的讲话', '同志们：', '今天召开会议，部署秸秆禁烧工作。', '一、统一思想', '禁烧工作关系群众健康。', '同志们，让我们共同努力！'];

describe('the head of a file above its first piece', () => {
  it('a memo of short lines in a plain .txt: the speech keeps its title, the memo is the file\'s head', () => {
    const text = ['5月备忘', '周二 禁烧会', '会场：漹川镇政府二楼', '横幅 1 条，话筒 2 支', '讲话稿（见下）', '签到表', '', ...speech].join('\n');
    const { documents, report } = analyse(text);
    expect(documents.map((d) => [d.title, d.genre])).toEqual([['在全镇秸秆禁烧工作会议上的讲话', 'speech']]);
    expect(documents[0]!.text).not.toContain('备忘');
    expect(report.removed.map((r) => r.line)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('a file\'s label over its one titled speech is no empty document', () => {
    const text = ['漹川镇2026年资料', speech[0], '（2026年5月12日）', ...speech.slice(1)].join('\n');
    const { documents, report } = analyse(text);
    expect(documents.map((d) => d.title)).toEqual([speech[0]]);
    expect(documents.every((d) => d.passages.length > 0)).toBe(true);
    expect(report.removed.map((r) => r.text)).toEqual(['漹川镇2026年资料']);
  });

  it('a 提纲 (numbered headings, no sentence) above a titled speech is text, never the file\'s head', () => {
    const text = ['禁烧工作提纲', '一、宣传发动', '二、巡查值守', '', ...speech].join('\n');
    const { documents, report } = analyse(text);
    expect(report.removed).toEqual([]);
    expect(documents.map((d) => d.text).join('\n')).toContain('一、宣传发动');
  });

  it('to-do boxes and a table\'s edge pipes are marks; the cells stay a row; nested items are lines of their own', () => {
    const text = ['# 会前准备', '', '- 材料', '  - [x] 讲话稿', '  - [ ] 签到表', '    - 名牌', '', '| 事项 | 经办 |', '| --- | --- |', '| 通知各村 | 党政办 |'].join('\n');
    const { documents } = analyse(text);
    const lines = documents.flatMap((d) => d.text.split('\n'));
    expect(lines).toEqual(expect.arrayContaining(['材料', '讲话稿', '签到表', '名牌', '事项 | 经办', '通知各村 | 党政办']));
    expect(lines.join('\n')).not.toMatch(/\[[ x]\]|^\||\|$/m);
  });
});
