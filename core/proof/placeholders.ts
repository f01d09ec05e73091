// Placeholders left in a draft: X, ×, XX, 某某, *, 20xx, 【待补充】, ○○, □□, ____.
//
// These are 错误: a leader reading 「X同志」 or 「20xx年」 aloud is the case users fear most. Two are
// 疑似: 「X县」 (a place name that material often hides on purpose) and Wengao's own 【待补充：…】,
// which is deliberate and visible. Also 疑似: a figure deleted before its unit (「投入资金万元，」).
// What looks like one but is not: X in Latin words and abbreviations (XML, Mac OS X) and in X射线/X光;
// × between two numbers (3×4); ○ inside a year written in numerals (二○○六年); `**bold**` in Markdown.
import { finding, isDigit, isHan, isLatin, CN_DIGITS, type ParaFinding } from './util.ts';

const MSG = '占位符未替换';

// Each scan below is skipped when the paragraph lacks a character every match holds (most lack all):
// a test or `includes` costs a tenth of a `matchAll`, which copies its regex and allocates.
export function placeholderRule(text: string): ParaFinding[] {
  const out: ParaFinding[] = [];
  if (/[XＸ×xｘ]/.test(text)) {
    years(text, out);
    const taken = (i: number) => out.some((f) => i >= f.offset && i < f.offset + f.length);
    letters(text, out, taken);
  }
  if (/[*＊]/.test(text)) stars(text, out);
  if (text.includes('某某')) {
    for (const m of text.matchAll(/某某+/g)) {
      out.push(finding('placeholder', '错误', m.index, m[0].length, 'placeholder:某某', `${MSG}：${'“' + m[0] + '”'}应换成具体的人名、单位或地名`));
    }
  }
  if (/[○〇□■△]/.test(text)) blanks(text, out);
  if (/[_＿]/.test(text)) underlines(text, out);
  missingFigures(text, out);
  // 【待补充：…】 (what Wengao itself writes when the material lacks something) and its kin.
  if (/待|请|此处填/.test(text)) {
    for (const m of text.matchAll(/[【［[（(〔][^【［[（(〔】］\]）)〕\n]{0,40}?(?:待补充|待填写|待填|待定|待核实|待确认|待更新|请填写|请补充|请输入|此处填)[^【［[（(〔】］\]）)〕\n]{0,40}[】］\]）)〕]/g)) {
      out.push(finding('placeholder', '疑似', m.index, m[0].length, 'placeholder:待补充', `待补充的内容尚未填写：${m[0]}，定稿前请补全`));
    }
  }
  return out;
}

/** ○○, □□, ■■, △△: a blank left to fill; not ○ inside a year in numerals (二○○六年). */
function blanks(text: string, out: ParaFinding[]): void {
  for (const m of text.matchAll(/[○〇]{2,}|□+|■{2,}|△{2,}/g)) {
    if (m[0][0] !== '□' && (CN_DIGITS.includes(text[m.index - 1] ?? '') || /^[一二三四五六七八九〇○零]?年/.test(text.slice(m.index + m[0].length)))) continue;
    out.push(finding('placeholder', '错误', m.index, m[0].length, 'placeholder:blank', `${MSG}：${'“' + m[0] + '”'}处的内容尚未填写`));
  }
}

/** An underscore never belongs in Chinese prose: 「_总书记」 is a name left blank. */
function underlines(text: string, out: ParaFinding[]): void {
  for (const m of text.matchAll(/[_＿]+/g)) {
    const touching = isHan(text[m.index - 1]) || isHan(text[m.index + m[0].length]);
    if (!touching && m[0].length < 3) continue;
    if (isLatin(text[m.index - 1]) || isLatin(text[m.index + m[0].length])) continue;
    out.push(finding('placeholder', '错误', m.index, m[0].length, 'placeholder:underline', `${MSG}：下划线处的内容尚未填写`));
  }
}

/**
 * A figure deleted and never filled in: 「累计投入资金万元，组织干部群众万人次，清理各类垃圾吨，」.
 * Only a unit of measure that closes a clause, right after a word that is not a number and not a
 * word of approximate quantity (近万元, 上万人次, 数万元, 每吨 are right), nor 总 (总人次: the total
 * as a noun); never the end of a longer unit (119.5平方公里 is not 「公里」 without its figure).
 */
const UNITS = '万平方米|平方公里|平方米|万人次|万元|亿元|万吨|万亩|万户|人次|公里|公顷|千瓦时|吨';
const FIGURE = new RegExp(`(?<=\\p{Script=Han})(?<!平方|立方)(?:${UNITS})(?=[，,。；;、])`, 'gu');
const NOT_FIGURE = /[0-9０-９〇○零一二三四五六七八九十百千万亿两几多余数每半整上近超逾约过总XＸ×*＊]$/;

function missingFigures(text: string, out: ParaFinding[]): void {
  for (const m of text.matchAll(FIGURE)) {
    if (NOT_FIGURE.test(text.slice(Math.max(0, m.index - 1), m.index))) continue;
    if (m[0][0] === '万' && text[m.index - 2] === '千') continue; // 千家万户, 千军万马
    out.push(finding('placeholder', '疑似', m.index, m[0].length, 'placeholder:figure', `数字空缺：“${m[0]}”前缺少具体数字`));
  }
  // 「新建农村公厕座，」: 座 only after the facilities it counts.
  if (text.includes('座')) for (const m of text.matchAll(/(?<=[厕站桥馆池])座(?=[，,。；;、])/g)) {
    out.push(finding('placeholder', '疑似', m.index, 1, 'placeholder:figure', '数字空缺：“座”前缺少具体数字'));
  }
}

/** 20xx年, 202X年, 19XX. */
function years(text: string, out: ParaFinding[]): void {
  for (const m of text.matchAll(/(?<![0-9A-Za-z])(?:19|20)(?:[0-9][xXＸ×]|[xXＸ×]{2})(?![0-9A-Za-z])/g)) {
    out.push(finding('placeholder', '错误', m.index, m[0].length, 'placeholder:20xx', `${MSG}：年份“${m[0]}”尚未填写`));
  }
}

/** X, XX, XXX, Ｘ, × standing for a name or a figure: 「X同志」「X万元」「XX县」. */
function letters(text: string, out: ParaFinding[], taken: (i: number) => boolean): void {
  for (const m of text.matchAll(/[XＸ×xｘ]+/g)) {
    const at = m.index;
    const end = at + m[0].length;
    if (taken(at)) continue;
    const prev = nearest(text, at - 1, -1);
    const next = nearest(text, end, 1);
    // Part of Latin text (XML, Mac OS X, x-axis) or of a formula (3×4, 1920x1080).
    if (isLatin(prev) || isLatin(next)) continue;
    if (/[×xｘ]/.test(m[0]) && isDigit(text[at - 1]) && isDigit(text[end])) continue;
    if (/^(?:射线|光|线|染色体|轴|型|代|战略)/.test(text.slice(end)) && m[0].length === 1) continue;
    const chinese = isHan(prev) || isHan(next) || isDigit(next) || isDigit(prev) || next === '%' || next === '％';
    if (!chinese) continue;
    const lower = /^[xｘ]+$/.test(m[0]);
    if (lower && !(isHan(prev) && (isHan(next) || next === '%' || next === '％'))) continue;
    // 「X县」「X区委」: a place name left blank, or one the material hides on purpose (shared templates
    // and published samples write X县) — the user must decide, so 疑似. X同志, X万元, X% are blanks.
    const place = /^(?:县|区|市|省|州|镇|乡|村|街道|旗|盟)/.test(text.slice(end));
    if (place) {
      out.push(finding('placeholder', '疑似', at, m[0].length, 'placeholder:X-place', `疑似占位符：${'“' + m[0] + text[end] + '”'}是未填写的地名还是有意隐去的名称？定稿前请核对`));
      continue;
    }
    out.push(finding('placeholder', lower ? '疑似' : '错误', at, m[0].length, 'placeholder:X', `${MSG}：${'“' + m[0] + '”'}应换成具体内容`));
  }
}

/** ＊ and * in Chinese text; Markdown bold and list bullets are not placeholders. */
function stars(text: string, out: ParaFinding[]): void {
  const bold = new Set<number>();
  for (const m of text.matchAll(/\*\*[^*\n]+?\*\*/g)) bold.add(m.index).add(m.index + m[0].length);
  for (const m of text.matchAll(/[*＊]+/g)) {
    if (m.index === 0 && /^[*＊]\s/.test(text)) continue;
    if (bold.has(m.index) || bold.has(m.index + m[0].length)) continue;
    const prev = text[m.index - 1];
    const next = text[m.index + m[0].length];
    if (!(isHan(prev) || isHan(next) || isDigit(prev) || isDigit(next))) continue;
    out.push(finding('placeholder', '错误', m.index, m[0].length, 'placeholder:*', `${MSG}：${'“' + m[0] + '”'}应换成具体内容`));
  }
}

/** The nearest character that is not a space, looking from `i` in direction `step`. */
function nearest(text: string, i: number, step: 1 | -1): string | undefined {
  while (i >= 0 && i < text.length && (text[i] === ' ' || text[i] === '\u3000')) i += step;
  return i >= 0 && i < text.length ? text[i] : undefined;
}
