// 提纲 with no head under their titles (session 26; session 25's open shape a): a title right over 「一、」, after the parts
// of a 提纲 with no text, starts the next 提纲 — no date line, speaker or salutation is needed. The whole fixture
// collections/undated-outlines-no-head.txt is compared by library-collections; here the edges (蘅溪县 invented).
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';

const forest = ['在蘅溪县冬春森林防火工作会议上的讲话提纲', '一、认清防火形势', '（一）降水偏少，火险等级高', '二、压实防火责任'];
const school = ['在蘅溪县秋季开学工作会议上的讲话要点', '一、肯定上学期工作', '二、抓好校园安全'];
const docs = (lines: string[]) => analyse(lines.join('\n')).documents;

describe('提纲 with no head under their titles, one after another', () => {
  it('a title right over 「一、」 after the parts of the one before starts the next', () => {
    const got = docs([...forest, ...school]);
    expect(got.map((d) => [d.title, d.genre])).toEqual([
      [forest[0], 'speech'],
      [school[0], 'speech'],
    ]);
    expect(got.map((d) => d.outline.map((n) => n.heading))).toEqual([
      ['认清防火形势', '压实防火责任'],
      ['肯定上学期工作', '抓好校园安全'],
    ]);
  });

  it('not where the parts under it do not start again at 「一、」', () => {
    const got = docs([...forest, '在蘅溪县秋季开学工作会议上的讲话要点', '三、抓好校园安全']);
    expect(got.map((d) => d.title)).toEqual([forest[0]]);
  });

  it("after a speech's text (not closed), a speech's own title over 「一、」 starts the 提纲 — not a heading of that text", () => {
    const speech = ['在蘅溪县冬春森林防火工作会议上的讲话', '同志们：', '一、认清防火形势', '今年降水偏少，火险等级高。', '二、压实防火责任', '各乡镇要落实防火责任。'];
    expect(docs([...speech, ...school]).map((d) => d.title)).toEqual([speech[0], school[0]]);
    expect(docs([...speech, '关于做好秋季开学工作的几点意见', '一、肯定上学期工作', '二、抓好校园安全']).map((d) => d.title)).toEqual([speech[0]]);
  });

  it("not at an 附件's title, nor at a short line that names a turn (「县长讲话」)", () => {
    expect(docs([...forest, '附件：蘅溪县森林防火责任分工方案', '一、县应急管理局', '二、县林业局']).map((d) => d.title)).toEqual([forest[0]]);
    expect(docs([...forest, '县长讲话', '一、抓好火源管控']).map((d) => d.title)).toEqual([forest[0]]);
  });
});
