// The noise rules each remove lines up to their own length (clean.ts, Rule.max), and a line is first
// scanned only for the patterns of the rules its length allows (ANY_RULE_UP_TO): a line exactly at a
// rule's limit is still removed by it, one character longer is kept, whichever union it is scanned with.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';

/** A speech about a made-up orchard county, with `line` inserted as a paragraph of its own. */
function removedWith(line: string): string[] {
  const text = ['在青桐县果园提质工作推进会上的讲话', '', '同志们：', '', line, '', '今年全县果园提质工作开局良好，各乡镇要抓紧抓实。', '', '一、压实责任', '', '各单位要把任务分解到村到户。'].join('\n');
  return analyse(text).report.removed.map((r) => r.text);
}

/** `words` padded with plain characters (no rule's pattern) to `length` characters. */
const padded = (words: string, length: number) => words + '梨'.repeat(length - [...words].length);

describe('each noise rule up to its length, and no further', () => {
  // One rule per limit: 80 (a site's download prompt), 200 (a site editor's note), 120 (a copyright line).
  const cases: [string, number][] = [
    ['本站整理', 80],
    ['小编推荐', 200],
    ['ICP备', 120],
  ];
  for (const [words, max] of cases) {
    it(`「${words}…」: removed at ${max} characters, kept at ${max + 1}`, () => {
      expect(removedWith(padded(words, max))).toContain(padded(words, max));
      expect(removedWith(padded(words, max + 1))).not.toContain(padded(words, max + 1));
    });
  }
  it('a short line is scanned for every rule (a separator, an ending mark)', () => {
    expect(removedWith('＝＝＝＝＝')).toContain('＝＝＝＝＝');
    expect(removedWith('（全文完）')).toContain('（全文完）');
  });

  // The s21 outside tester's c07: 「…如有侵权请联系删除。本文链接：https://…」 ran past 80 characters with its address.
  it('a web address does not count toward the length: the site\'s tail with its link goes, the same words padded past the limit stay', () => {
    const address = 'https://www.fanwen-demo.cn/jianghua/2026/0416/qingtong-guoyuan-tuijinhui-quanwen.html';
    const tail = `${padded('如有侵权请联系删除。', 70)}本文链接：${address}`;
    expect(removedWith(tail)).toContain(tail);
    const long = `${padded('如有侵权请联系删除。', 81)}${address}`;
    expect(removedWith(long)).not.toContain(long);
  });
});
