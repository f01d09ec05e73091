// The 导入清理记录 lists a removed line once, as it stood, in words a secretary reads (the s18 outside
// screen tester's defect 8: 「Markdown 标记 第 51 行 -」 above 「分隔线 第 51 行 - END -」 — the line's list
// mark listed apart from the line it was cut from, under a technical name). Fixture:
// test/fixtures/library-ui18/荷塘街道讲话.md (invented: a 公众号 post saved as Markdown).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';
import { REASON, reasonName } from '../../core/outline/lines.ts';

const text = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'library-ui18', '荷塘街道讲话.md'), 'utf8');
const lines = text.split('\n');
const lineOf = (s: string) => lines.indexOf(s) + 1;

describe('a line removed whole after a mark was cut from it', () => {
  const { report } = analyse(text);

  it('is listed once, as it stood, with the reason that took it', () => {
    const at = (line: number) => report.removed.filter((r) => r.line === line).map((r) => `〔${r.reason}〕${r.text}`);
    expect(at(lineOf('- END -'))).toEqual(['〔分隔线〕- END -']);
    expect(at(lineOf('**编辑：方晓雯**'))).toEqual(['〔来源〕**编辑：方晓雯**']);
    expect(at(lineOf('- 往期回顾 -'))).toEqual(['〔相关推荐〕- 往期回顾 -']);
    // A mark cut from a line that stays (a heading's 「##」) is still listed: it is all that went.
    expect(at(lineOf('## 一、摸清底数，建立问题台账'))).toEqual([`〔${REASON.markdown}〕##`]);
  });

  it('no reason is said in technical words', () => {
    for (const r of report.removed) expect(r.reason, r.text).not.toMatch(/[A-Za-z]/);
    // What an import of an earlier version stored is said in today's words.
    expect(reasonName('Markdown 标记')).toBe('格式符号');
    expect(reasonName('HTML 标记')).toBe('网页代码');
    expect(reasonName('分隔线')).toBe('分隔线');
  });

  it('undone, the line comes back and every other removal stays as it was', () => {
    const line = lineOf('- END -');
    const after = analyse(text, { keep: [line] });
    const others = (removed: typeof report.removed) => removed.filter((r) => r.line !== line).map((r) => `${r.line}〔${r.reason}〕${r.text}`);
    expect(others(after.report.removed)).toEqual(others(report.removed));
    expect(after.report.removed.some((r) => r.line === line)).toBe(false);
  });
});
