// The cleaning's rule unions primed before their first line (rule-union.ts primeBands: each union
// run once on a text long enough for V8 to compile it to machine code at once, instead of to bytecode
// at its first line and again at its second): what they answer is unchanged, and so is the cleaning.
// Fixture library-prime26/lanchuan-ferry-safety.txt: a scraped page of two pieces (岚川县, 枫渡镇,
// 柯立远, 温秋禾 invented) with a site's lines the unions must still find.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';
import { anyRule, holds, primeBands, ruleBands, type UnionRule } from '../../core/outline/rule-union.ts';

const FIXTURE = readFileSync(new URL('../fixtures/library-prime26/lanchuan-ferry-safety.txt', import.meta.url), 'utf8');

const RULES: UnionRule[] = [
  { re: /小编/, max: 80 },
  { re: /^(?:扫码|长按)(?:关注|识别)/, max: 40 },
  { re: /^本文来源[：:]/, max: 30 },
  { re: /^相关推荐[：:]?$/, max: 10 },
  { re: /范文$/, max: 20, when: holds('文') },
  { re: /会议记录$/, max: 16 },
];
const length = (text: string) => [...text].length;
/** What the rules say of a line tried one by one, as the unions stand for. */
const oneByOne = (text: string) => RULES.some((r) => length(text) <= r.max && (!r.when || r.when(text)) && r.re.test(text));

describe('rule unions primed before their first line (rule-union.ts primeBands)', () => {
  it('answer every line as the rules one by one, primed once or twice', () => {
    const bands = ruleBands(RULES);
    primeBands(bands);
    primeBands(bands);
    const lines = FIXTURE.split('\n');
    for (const line of lines) expect(anyRule(bands, line, length(line)), line).toBe(oneByOne(line));
    // The fixture holds lines each kind of rule finds, and lines none does.
    expect(lines.filter(oneByOne)).toEqual(['下面是小编为大家整理的渡口安全工作会议讲话稿，欢迎大家借鉴与参考，希望对大家有所帮助。', '扫码关注公众号，免费领取更多范文资料', '岚川县渡运安全检查会议记录', '相关推荐：', '渡口安全工作会议讲话稿范文', '本文来源：某某范文网']);
  });

  it('leave the cleaning as it was: the site lines removed, the two pieces kept', () => {
    const { documents, report } = analyse(FIXTURE);
    expect(documents.map((d) => [d.title, d.genre])).toEqual([
      ['在全镇渡口渡船安全工作会议上的讲话', 'speech'],
      ['岚川县渡运安全检查会议记录', 'record'],
    ]);
    expect(report.removed.map((r) => [r.line, r.reason])).toEqual([
      [1, '合集标题'],
      [2, '网站提示'],
      [3, '广告'],
      [5, '篇目标记'],
      [31, '篇目标记'],
      [45, '相关推荐'],
      [46, '广告'],
      [47, '来源'],
    ]);
  });
});
