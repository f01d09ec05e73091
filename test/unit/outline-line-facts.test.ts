// One classification per line (line-facts.ts): made once when the cleaning reads a line, it says which
// characters the stages look for the line may hold, and a stage whose characters it lacks does not
// scan the line again. The facts are exact for every line of the fixtures, and the cleaning removes
// what it removed before — also where a decoded HTML reference puts in a character the raw line lacked.
// Fixture test/fixtures/line-facts/liaoan-flood-page.txt (蓼岸镇: invented): a saved page of a speech
// with HTML tags, an encoded 「**」, the hall's applause, a web address written in references only,
// and a scanning app's stamp.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';
import { HOLDS, lineFacts, mayHold } from '../../core/outline/line-facts.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const CHARS: Record<keyof typeof HOLDS, string> = { html: '<&', markdown: '#*_=[]%^', url: '/.', stage: '掌笑呼', stamp: '扫C' };

function txtFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (name === 'hostile') continue;
    if (statSync(p).isDirectory()) txtFiles(p, out);
    else if (/\.(?:txt|md)$/.test(name)) out.push(p);
  }
  return out;
}

describe('lineFacts', () => {
  it('holds a fact exactly when the line holds one of its characters (every line of the fixtures)', () => {
    let lines = 0;
    for (const file of txtFiles(FIXTURES)) {
      for (const line of readFileSync(file, 'utf8').split(/\r\n|\n|\r/)) {
        const facts = lineFacts(line);
        for (const [name, bit] of Object.entries(HOLDS) as [keyof typeof HOLDS, number][]) {
          expect((facts & bit) !== 0, `${name} in ${file}: ${line}`).toBe([...CHARS[name]].some((c) => line.includes(c)));
        }
        lines++;
      }
    }
    expect(lines).toBeGreaterThan(1000);
  });

  it('without facts made before, mayHold looks at the text itself', () => {
    expect(mayHold('详见 www.example.com', undefined, HOLDS.url)).toBe(true);
    expect(mayHold('各村要抓好防汛物资储备。', undefined, HOLDS.url | HOLDS.html | HOLDS.markdown | HOLDS.stage | HOLDS.stamp)).toBe(false);
    // Facts made of a longer text it was cut from may say more than it holds: the stage then tests itself.
    expect(mayHold('各村要抓好', lineFacts('各村要抓好<p>'), HOLDS.html)).toBe(true);
  });
});

describe('the cleaning with the facts', () => {
  const text = readFileSync(join(FIXTURES, 'line-facts', 'liaoan-flood-page.txt'), 'utf8');
  const { documents, report } = analyse(text);

  it('removes the marks, the applause, the links and the stamp as before', () => {
    expect(report.removed.map((r) => [r.line, r.reason])).toEqual([
      [1, '网页代码'],
      [7, '格式符号'],
      [9, '现场反应'],
      [13, '来源'],
      [15, '链接'],
      [17, '扫描水印'],
    ]);
    expect(documents.map((d) => d.title)).toEqual(['在蓼岸镇防汛物资储备工作会议上的讲话']);
    expect(documents[0]!.passages.map((p) => p.text)).toContain('各村要抓好物资储备，做到账物相符、存放规范。');
  });

  it('a web address written in references alone (「https:&#47;&#47;…」) is a link once decoded', () => {
    const line = '物资清单详见：https:&#47;&#47;www&#46;liaoan&#46;example&#47;flood&#47;list';
    expect(mayHold(line, undefined, HOLDS.url)).toBe(false);
    expect(report.removed.find((r) => r.line === 15)?.text).toBe(line);
  });
});
