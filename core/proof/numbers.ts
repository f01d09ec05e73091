// Numbers and dates per GB/T 15835-2011 (出版物上数字用法).
//
// 2026年01月05日 → 2026年1月5日 (错误: the standard writes no leading zeros in a Chinese date);
// 26年1月 (疑似: the year is written in full), but 26年来, 近26年, 历时26年 are durations; full-width
// digits ０–９ (疑似); Arabic and Chinese numerals mixed in one date, 2026年十一月 (疑似); an impossible
// date, 2026年13月 (错误); 二0二六年, a digit 0 for 〇 in a year in Chinese numerals (错误); 亿 and 万
// mixed in one list of amounts (提示: one unit reads better).
import { finding, q, type ParaFinding } from './util.ts';

const FULL_DIGITS = /[０-９]+(?:[．.][０-９]+)?/g;
const DATE = /(?<![0-9])(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?/g;
const SHORT_YEAR = /(?<![0-9０-９.．a-zA-Z])(\d{2})年(?=\d{1,2}月|底|初|上半年|下半年|全年|第[一二三四]季度|春节)/gu;
const MIXED = /(?<![0-9])\d{4}年[一二三四五六七八九十]{1,3}月|[〇○零一二三四五六七八九]{4}年\d{1,2}月/g;
/** Words before a two-digit 「年」 that make it a duration (近26年底? no: 近26年来). */
/**
 * 二0二六年: a year in Chinese numerals with a digit 0 (or a letter O, or ○) for 〇 — tested on the
 * five characters before each 年 (a regex scanning the whole paragraph tried its lookbehind everywhere).
 */
const YEAR_IN_NUMERALS = /(?<![〇○零一二三四五六七八九0０OoＯ])[〇零一二三四五六七八九0０OoＯ○]{4}$/u;
const ZERO_LIKE = /[0０OoＯ○]/u;
const DURATION_BEFORE = /(?:近|前|后|连续|历时|经过|用了|花了|第|这|那|约|达|满|已|整整|多|过去|未来|今后)$/;

export function numbersRule(text: string): ParaFinding[] {
  const out: ParaFinding[] = [];
  for (const m of text.matchAll(FULL_DIGITS)) {
    const half = m[0].replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
    out.push(finding('number', '疑似', m.index, m[0].length, 'number:full-width', `数字应使用半角阿拉伯数字：${q(m[0])}应为${q(half)}`, half));
  }
  // Dates and years all hold 年: a paragraph without one has none (most have one).
  if (text.includes('年')) dates(text, out);
  // Mixed units need a list (、) and an amount in 万 or 亿.
  if (text.includes('、') && /[万亿]/.test(text)) mixedUnits(text, out);
  return out;
}

function dates(text: string, out: ParaFinding[]): void {
  for (const m of text.matchAll(DATE)) {
    const [, y, mo, d] = m;
    const month = Number(mo);
    const day = d === undefined ? undefined : Number(d);
    if (month < 1 || month > 12 || (day !== undefined && (day < 1 || day > 31))) {
      out.push(finding('number', '错误', m.index, m[0].length, 'number:bad-date', `日期有误：${q(m[0])}不是有效日期`));
      continue;
    }
    if (mo!.startsWith('0') || d?.startsWith('0')) {
      const fixed = `${y}年${month}月${day === undefined ? '' : `${day}日`}`;
      out.push(finding('number', '错误', m.index, m[0].length, 'number:leading-zero', `日期中的月、日不加“0”：${q(m[0])}应为${q(fixed)}（GB/T 15835）`, fixed));
    }
  }
  for (const m of text.matchAll(SHORT_YEAR)) {
    if (DURATION_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    const full = `${Number(m[1]) <= 50 ? '20' : '19'}${m[1]}年`;
    out.push(finding('number', '疑似', m.index, m[0].length, 'number:short-year', `年份应写全：${q(m[0])}应为${q(full)}（GB/T 15835）`, full));
  }
  for (const m of text.matchAll(MIXED)) {
    out.push(finding('number', '疑似', m.index, m[0].length, 'number:mixed-date', `同一日期中阿拉伯数字和汉字混用：${q(m[0])}`));
  }
  for (let at = text.indexOf('年', 4); at >= 0; at = text.indexOf('年', at + 1)) {
    const year = text.slice(at - 4, at);
    if (!YEAR_IN_NUMERALS.test(text.slice(Math.max(0, at - 5), at)) || !ZERO_LIKE.test(year) || !/[一二三四五六七八九]/u.test(year)) continue;
    const fixed = year.replace(/[0０OoＯ○]/gu, '〇');
    out.push(finding('number', '错误', at - 4, 4, 'number:zero-in-year', `汉字年份中的零应写作“〇”：${q(year)}应为${q(fixed)}（GB/T 15835）`, fixed));
  }
}

/** 「投入3.2亿元、8600万元、1.5亿元」: one list, two units of magnitude. */
function mixedUnits(text: string, out: ParaFinding[]): void {
  for (const sentence of text.matchAll(/[^。；！？]+/g)) {
    const s = sentence[0];
    if (!s.includes('、')) continue;
    const amounts = [...s.matchAll(/(?<![\d.])(\d+(?:\.\d+)?)(万|亿)(元|吨|人|户|亩|平方米|千瓦时|立方米)(?=、|，|等|$)/g)];
    for (const unit of new Set(amounts.map((a) => a[3]))) {
      const same = amounts.filter((a) => a[3] === unit);
      const wan = same.filter((a) => a[2] === '万');
      if (wan.length === 0 || wan.length === same.length) continue;
      // Only a list (the amounts separated by 、), not two figures in different clauses.
      const first = wan[0]!;
      const gapOk = same.some((a) => a !== first && Math.abs(a.index - first.index) < 40);
      if (!gapOk) continue;
      out.push(finding('number', '提示', sentence.index + first.index, first[0].length, 'number:mixed-units', `同一组数字中“亿”和“万”混用，建议统一单位，便于比较`));
    }
  }
}
