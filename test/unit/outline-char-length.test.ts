// Characters are counted, not UTF-16 units (marks.ts charLength): a character beyond the BMP (a rare
// name's 𠀾, an emoji) is one character in two units. Most text holds none, and is counted by its
// length after one native scan; the rest a unit at a time. Both give the same count, and a rule's
// length limit (clean.ts) holds whichever way a line is counted.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';
import { charLength, charsAtMost } from '../../core/outline/marks.ts';

/** The count a unit at a time, as it always was: every unit but a low surrogate. */
const unitByUnit = (s: string): number => [...s].reduce((n, ch) => n + (ch.length === 2 ? 1 : ch.charCodeAt(0) >= 0xdc00 && ch.charCodeAt(0) <= 0xdfff ? 0 : 1), 0);

describe('charLength', () => {
  const cases = ['', '雁栖镇', '雁栖镇𠀾村', '𠀾', '𠀾𠀾雁', '会议😀纪要', 'abc', '\uD840', '\uDC3E', '雁\uD840栖', '雁\uDC3E栖', '\uDC3E\uD840'];
  for (const s of cases) {
    it(`${JSON.stringify(s)}: ${unitByUnit(s)}`, () => {
      expect(charLength(s)).toBe(unitByUnit(s));
      if (unitByUnit(s) === 0) return;
      expect(charsAtMost(s, unitByUnit(s))).toBe(true);
      expect(charsAtMost(s, unitByUnit(s) - 1)).toBe(false);
    });
  }
});

/** A speech about an invented town, with `line` as a paragraph of its own: what is removed. */
function removedWith(line: string): string[] {
  const text = ['在雁栖镇河道保洁工作推进会上的讲话', '', '同志们：', '', line, '', '今年全镇河道保洁工作开局良好，各村要抓紧抓实。', '', '一、压实责任', '', '各村要把保洁任务分解到段到人。'].join('\n');
  return analyse(text).report.removed.map((r) => r.text);
}

describe('a rule up to its length, the line holding characters beyond the BMP', () => {
  // 「本站整理」: a site's prompt, removed up to 80 characters. Padded with 𠀾 (two units each).
  const padded = (n: number) => '本站整理' + '𠀾'.repeat(n - 4);
  it('removed at 80 characters (156 units), kept at 81', () => {
    expect(padded(80).length).toBe(156);
    expect(removedWith(padded(80))).toContain(padded(80));
    expect(removedWith(padded(81))).not.toContain(padded(81));
  });
});
