// A file of 提纲 with no text at all (session 25, after the outside tester's c01/x4): each a title and its date line over
// numbered headings only. A title with a head under it opens a document once the one before has its parts 一、二、, as
// it does once the one before has text; a 「…讲话要点」 is a speech's title as a 「…讲话提纲」 is. The whole fixture
// collections/dated-outlines-no-marks.txt is compared by library-collections; here the edges (沣屿县 invented).
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';

const fire = ['在沣屿县冬季森林防火工作会议上的讲话提纲', '（2026年12月1日）', '一、认清防火形势', '（一）降水偏少，火险等级高', '二、压实防火责任'];
const water = ['在沣屿县冬修水利工作会议上的讲话要点', '（2026年12月8日）', '一、肯定前段工作', '二、部署冬修任务'];
const docs = (lines: string[]) => analyse(lines.join('\n')).documents;

describe('提纲 with no text, one after another', () => {
  it('a title over its date line after the parts of the one before starts the next', () => {
    const got = docs([...fire, ...water]);
    expect(got.map((d) => [d.title, d.genre])).toEqual([
      [fire[0], 'speech'],
      [water[0], 'speech'],
    ]);
    expect(got.map((d) => d.outline.map((n) => n.heading))).toEqual([
      ['认清防火形势', '压实防火责任'],
      ['肯定前段工作', '部署冬修任务'],
    ]);
  });

  it('one 提纲 alone stays one document, its date line no title', () => {
    const [one, ...rest] = docs(water);
    expect(rest).toEqual([]);
    expect(one!.title).toBe(water[0]);
    expect(one!.outline).toHaveLength(2);
  });
});
