// Repeated characters and words: 既是是, 的的, 了了, 进一步步, 城乡环境城乡环境.
//
// Chinese doubles characters on purpose all the time (常常 人人 研究研究 清清楚楚 家家户户 绿油油),
// so a doubled character is flagged only when it is a function word that never doubles — 的 了 是
// 在 和 与 及 们 … — and even then not when the second one starts a word (为了了解, 以及及时,
// 关键是是否, 要和和谐) or the first one ends one that the second follows legitimately (目的的).
// Any other doubling is left alone: AABB (明明白白), ABB (沉甸甸), measure words (个个 件件) and
// verbs (看看 说说) are all normal. A phrase of three characters or more said twice in a row
// (「城乡环境城乡环境」) is flagged as 疑似: that is a copy-and-paste slip, not style.
import type { Severity } from './types.ts';
import { finding, isHan, isHanCode, q, type ParaFinding } from './util.ts';

interface Double {
  severity: Severity;
  /** Characters that, after the second one, make a word with it: 了 + 解 → 了解. */
  wordAfter?: string;
  /** The character before the first one, making a word with it: 目 + 的 → 目的. */
  wordBefore?: string;
  /** Whole idioms in which the doubling is right, tested on the text around it. */
  idioms?: RegExp;
}

const DOUBLES = new Map<string, Double>(Object.entries({
  的: { severity: '错误', wordAfter: '确士', wordBefore: '目端有打真' },
  了: { severity: '错误', wordAfter: '解结如然却望悟断得不', idioms: /不了了之|不甚了了|小时了了|一了了/ },
  是: { severity: '错误', wordAfter: '否非', idioms: /是是非非/ },
  在: { severity: '疑似', wordAfter: '于乎', wordBefore: '实存所现自内外正' },
  和: { severity: '错误', wordAfter: '谐平睦美气蔼解约善', wordBefore: '温缓饱柔暖总谦随祥亲' },
  与: { severity: '错误', wordAfter: '会日时其否人' , wordBefore: '参给赋授' },
  及: { severity: '错误', wordAfter: '时早格其第', wordBefore: '以涉普波危顾企所' },
  们: { severity: '错误' },
  而: { severity: '疑似', wordAfter: '且言已后是易', wordBefore: '然因从进继' },
  将: { severity: '疑似', wordAfter: '来近要军士领', wordBefore: '即' },
  并: { severity: '疑似', wordAfter: '且不非重举行列存没未购入', wordBefore: '合吞兼' },
  这: { severity: '疑似' },
  那: { severity: '疑似', wordAfter: '么样些里' },
  我: { severity: '疑似', wordAfter: '们国县区市省镇乡', wordBefore: '自忘' },
  他: { severity: '疑似', wordAfter: '们人', wordBefore: '其利' },
} satisfies Record<string, Double>));

const MAX_PHRASE = 8;

export function repeatRule(text: string): ParaFinding[] {
  const out: ParaFinding[] = [];
  for (let i = 0; i + 1 < text.length; i++) {
    const c = text[i]!;
    if (c !== text[i + 1]) continue;
    if (c === '步' && text.slice(i - 2, i + 1) === '进一步' && text[i + 2] !== '为') {
      out.push(finding('repeat', '错误', i - 2, 4, 'repeat:进一步步', '重复：“进一步步”多了一个“步”', '进一步'));
      continue;
    }
    const rule = DOUBLES.get(c);
    if (!rule || text[i + 2] === c || text[i - 1] === c) continue; // 哈哈哈-like runs are deliberate
    const next = text[i + 2];
    if (next !== undefined && rule.wordAfter?.includes(next)) continue;
    const prev = text[i - 1];
    if (prev !== undefined && rule.wordBefore?.includes(prev)) continue;
    if (rule.idioms && rule.idioms.test(text.slice(Math.max(0, i - 2), i + 4))) continue;
    // AABB: 和和美美, 在在处处 — the next two are also a pair.
    if (next !== undefined && next === text[i + 3] && isHan(next)) continue;
    if (prev !== undefined && prev === text[i - 2] && isHan(prev)) continue;
    out.push(finding('repeat', rule.severity, i, 2, `repeat:${c}${c}`, `重复：${q(c + c)}多了一个${q(c)}`, c));
    i++;
  }
  phrases(text, out);
  return out;
}

/** 「城乡环境城乡环境」: three characters or more, all Chinese, said twice in a row. */
function phrases(text: string, out: ParaFinding[]): void {
  for (let i = 0; i + 6 <= text.length; i++) {
    const c = text.charCodeAt(i);
    for (let len = MAX_PHRASE; len >= 3; len--) {
      if (i + 2 * len > text.length || c !== text.charCodeAt(i + len) || !isHanCode(c)) continue;
      const a = text.slice(i, i + len);
      if (a !== text.slice(i + len, i + 2 * len) || !/^\p{Script=Han}+$/u.test(a)) continue;
      // 一步一步, 一天一天: reduplicated measure phrases; 谢谢谢谢 is a doubled doubling.
      if (a[0] === '一' || a[0] === a[1]) continue;
      out.push(finding('repeat', '疑似', i + len, len, `repeat:phrase`, `重复：${q(a)}连续出现两次`, ''));
      i += 2 * len - 1;
      break;
    }
  }
}
