// numbered() and readMark() look at a line's first character before anything else (session 21,
// issue 17's speed): a line that cannot start a mark is answered at once, not looked up in the
// analysis' line memo. The test: the first-character test says exactly what the pattern it replaced
// said, and numbered() answers the same inside an analysis' memo and outside it, on every line of
// the fixtures and on a speech of our own (澜浦镇, invented) with a mark of every shape.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mayStartMark, readMark } from '../../core/doc/grammar.ts';
import { numbered, withLineMemo } from '../../core/outline/marks.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
/** The pattern readMark tested first before (core/doc/grammar.ts MARK_START). */
const MARK_START = /^(?:[一二三四五六七八九十]|[（(0-9０-９])/;

function textFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (name === 'hostile') continue;
    if (statSync(p).isDirectory()) textFiles(p, out);
    else if (/\.(txt|md)$/.test(name)) out.push(p);
  }
  return out;
}

const own = readFileSync(join(FIXTURES, 'mark-start', 'lanpu-flood-speech.txt'), 'utf8').split('\n');
const lines = [...own, ...textFiles(FIXTURES).flatMap((f) => readFileSync(f, 'utf8').split(/\r\n|\n|\r/)), '', '（', '(', '0', '９'];

describe('a mark is looked for only where its first character can start one', () => {
  it('the first-character test agrees with the pattern it replaced, on every line', () => {
    expect(lines.length).toBeGreaterThan(1000);
    for (const line of lines) expect([line, mayStartMark(line)]).toEqual([line, MARK_START.test(line)]);
  });

  it('every shape of mark in our speech is still read, and the lines that start otherwise are none', () => {
    const marks = own.filter((l) => readMark(l)).map((l) => readMark(l)!.text);
    expect(marks).toEqual(['一、', '（一）', '1.', '(2)', '１．', '十一、', '二，', '二、', '(3)', '三、']);
    expect(own.filter((l) => numbered(l)).map((l) => numbered(l)!.level)).toEqual([1, 2, 3, 4, 3, 1, 1, 4, 1]);
    for (const l of ['一是压实责任，二是加强巡查，三是备足物资。', '第一，物资要备足；第二，队伍要拉得出。', '〇一号预案是去年修订的。', ' 一、前面有空格的行。', '𠀾字开头的行不是标记。']) expect(numbered(l)).toBeUndefined();
  });

  it('numbered() answers the same inside an analysis (its line memo) as outside', () => {
    const outside = lines.map((l) => numbered(l) ?? null);
    const inside = withLineMemo(() => lines.map((l) => numbered(l) ?? null));
    expect(inside).toEqual(outside);
  });
});
