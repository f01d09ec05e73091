// Heading numbers across paragraphs: 一、 → （一） → 1. → （1）, each level in sequence under its parent.
//
// A number that restarts at one is a new list (a second speech in the file, a new part), never an
// error; a skipped or repeated number is 错误; a number going back is 疑似 (a pasted-in block?). A
// level used without the one above it under the same parent — 「1.」 directly under 「一、」 — is
// 疑似: real texts do it, but GB/T 9704 practice wants 「（一）」 first. Wrong shapes: 「一.」「一，」
// (错误, the level-1 mark is 「、」), 「（一）、」「（1）、」 (错误, a bracket takes no 「、」), 「1、」
// (提示: common in real texts, but the standard mark is 「1.」), half-width 「(一)」 (提示).
import { chineseNumeral, headingMark, parseChineseNumeral, readMark, type MarkLevel } from '../doc/grammar.ts';
import { finding, q, type ParaFinding } from './util.ts';

type Level = MarkLevel;

interface Mark {
  level: Level;
  n: number;
  /** The number as printed, and where it starts in the paragraph. */
  text: string;
  at: number;
  /** How it should have been printed, when its shape is wrong. */
  fixed: string;
}

const DI = /^([\s\u3000]*)第([一二三四五六七八九十]{1,3})[，、,]/;

export function parseMark(text: string): Mark | undefined {
  const lead = /^[\s\u3000]*/.exec(text)![0].length;
  const m = readMark(text.slice(lead));
  if (!m || !(m.value >= 1)) return undefined;
  const fixed = m.level === 1 ? `${m.numeral}、` : m.level === 2 ? `（${m.numeral}）` : m.level === 3 ? `${m.value}.` : `（${m.value}）`;
  return { level: m.level, n: m.value, text: m.text, at: lead, fixed };
}

const show = (level: Level, n: number): string => headingMark(level, n);
const NAMES = ['', '一级标题“一、”', '二级标题“（一）”', '三级标题“1.”', '四级标题“（1）”'];

/** Findings per paragraph index, for the heading numbers of all paragraphs. */
export function numberingRule(paras: readonly string[]): Map<number, ParaFinding[]> {
  const out = new Map<number, ParaFinding[]>();
  const add = (p: number, f: ParaFinding) => {
    const list = out.get(p);
    if (list) list.push(f);
    else out.set(p, [f]);
  };
  // last[k]: the last number seen at level k under the current parent; 0 when none yet.
  const last = [0, 0, 0, 0, 0];
  // 「第一，」「第二，」 opening paragraphs inside a part: in sequence too, restarted by any heading.
  let di = 0;
  paras.forEach((para, p) => {
    const mark = parseMark(para);
    if (!mark) {
      const m = DI.exec(para);
      if (!m) return;
      const n = parseChineseNumeral(m[2]!);
      const at = m[1]!.length;
      if (di > 0 && n === di) add(p, finding('numbering', '疑似', at, m[0].length - at - 1, 'numbering:di', `序数重复：“第${m[2]}”之前已有“第${m[2]}”`));
      else if (di > 0 && n > di + 1) add(p, finding('numbering', '疑似', at, m[0].length - at - 1, 'numbering:di', `序数跳过：“第${chineseNumeral(di)}”之后是“第${m[2]}”`));
      di = n;
      return;
    }
    di = 0;
    shape(mark, (f) => add(p, f));
    const { level, n } = mark;
    const prev = last[level]!;
    const len = mark.text.length;
    if (n === 1 && prev === 1) {
      // 「（一）」 twice in a row: a repeat, or a new list right after a one-item list.
      add(p, finding('numbering', '疑似', mark.at, len, 'numbering:repeat', `编号重复：${q(show(level, 1))}之后又是${q(show(level, 1))}`));
    } else if (n !== 1 && prev !== 0) {
      if (n === prev) add(p, finding('numbering', '错误', mark.at, len, 'numbering:repeat', `编号重复：${q(show(level, n))}之前已有${q(show(level, prev))}`));
      else if (n > prev + 1) {
        const missing = Array.from({ length: n - prev - 1 }, (_, k) => q(show(level, prev + 1 + k))).join('');
        add(p, finding('numbering', '错误', mark.at, len, 'numbering:skip', `编号跳过：${q(show(level, prev))}之后是${q(show(level, n))}，缺${missing}`));
      } else if (n < prev) add(p, finding('numbering', '疑似', mark.at, len, 'numbering:back', `编号倒退：${q(show(level, prev))}之后是${q(show(level, n))}`));
    } else if (n > 1 && prev === 0 && level > 1 && last[level - 1]! > 0) {
      add(p, finding('numbering', '疑似', mark.at, len, 'numbering:start', `编号没有从头开始：${NAMES[level]}下第一个编号是${q(show(level, n))}`));
    }
    // A level used with no number of the level above it since the last number two levels up.
    if (level >= 3 && last[level - 1] === 0 && last[level - 2]! > 0 && prev === 0) {
      add(p, finding('numbering', '疑似', mark.at, len, 'numbering:jump', `层级跳跃：${NAMES[level - 2]}下直接用了${NAMES[level]}，缺${NAMES[level - 1]}一级`));
    }
    last[level] = n;
    for (let k = level + 1; k <= 4; k++) last[k] = 0;
  });
  return out;
}

function shape(mark: Mark, add: (f: ParaFinding) => void): void {
  const { text, fixed, at, level } = mark;
  if (text === fixed || (level === 3 && text.endsWith('．'))) return;
  if (level === 1) {
    add(finding('numbering', '错误', at, text.length, 'numbering:shape', `编号格式：一级标题应写作${q(fixed)}，不用${q(text)}`, fixed));
  } else if (level === 3) {
    add(finding('numbering', '提示', at, text.length, 'numbering:shape', `编号格式：三级标题规范写法是${q(fixed)}（阿拉伯数字后用下脚点），不用${q(text)}`, fixed));
  } else if (text.endsWith('、')) {
    add(finding('numbering', '错误', at, text.length, 'numbering:shape', `编号格式：括号编号后不加顿号，${q(text)}应为${q(fixed)}`, fixed));
  } else {
    add(finding('numbering', '提示', at, text.length, 'numbering:shape', `编号格式：编号应使用全角括号${q(fixed)}`, fixed));
  }
}
