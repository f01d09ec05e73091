// A goal the achievements show already reached: at a 总结表彰会 the year's target (「营商环境评价进入全市前三，企业诉求办结率98%以上」)
// beside 「由去年第七位上升到第三位」「办结率98.4%」 is no longer the next step's target (hunt s63-8 [35], W: 「下一步的目标是：…进入全市
// 前三」 after the speech had said it was third). Only a goal every clause of which has a measure the achievements meet.
import type { Achievement } from '../input/schema.ts';

const NUMERALS = '零一二三四五六七八九十';

/** 「三」「3」「十」 → 3, 3, 10; NaN for anything longer. */
function ordinal(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (s === '十') return 10;
  return s.length === 1 ? NUMERALS.indexOf(s) : NaN;
}

/** An achievement as one text: its title, its detail and its figures said 「label value unit」. */
function saying(a: Achievement): string {
  return [a.title, a.detail ?? '', ...(a.figures ?? []).map((f) => `${f.label}${f.value}${f.unit ?? ''}`)].join('；');
}

/** 「进入全市前三」: met where an achievement on the same thing names a place within it (「…上升到第三位」, its last place said). */
function rankMet(clause: string, said: readonly string[]): boolean | undefined {
  const m = /^(.*?)(?:进入|保持|位居|稳居|跻身|排名)?(全[国省市县区])?前([一二三四五六七八九十]|\d+)(名|位)?$/.exec(clause);
  if (!m) return undefined;
  // What is ranked, without the place that speaks (「全镇垃圾分类考核」 → 垃圾分类考核): an achievement on it says four of its characters.
  const subject = m[1]!.replace(/(进入|保持|位居|稳居|跻身|排名)$/, '').replace(/^(全|我)[省市县区镇乡]/, '');
  const limit = ordinal(m[3]!);
  if (subject.length < 4) return false;
  const words = [...subject].slice(0, -3).map((_, k) => subject.slice(k, k + 4));
  return said.some((s) => {
    if (!words.some((w) => s.includes(w))) return false;
    const last = [...s.matchAll(/第([一二三四五六七八九十]|\d+)(名|位)/g)].at(-1);
    return !!last && ordinal(last[1]!) <= limit;
  });
}

/** 「企业诉求办结率98%以上」: met where an achievement says that measure (its last words) at or beyond it. */
function measureMet(clause: string, said: readonly string[]): boolean | undefined {
  const m = /^(.*?)(?:达到|不低于|保持在|稳定在|控制在)?(\d+(?:\.\d+)?)(%|％|[^\d\s]{0,2}?)(以上|及以上|以内|以下)?$/.exec(clause);
  if (!m || m[1]!.length < 2) return undefined;
  const [, label, value, unit, way] = m;
  const below = /以内|以下/.test(way ?? '') || /控制在/.test(clause);
  if (!way && !/率|达到|不低于/.test(clause)) return undefined;
  const tail = label!.replace(/(达到|不低于|保持在|稳定在|控制在)$/, '').slice(-3);
  if (tail.length < 2) return undefined;
  return said.some((s) => {
    const at = s.lastIndexOf(tail);
    if (at < 0) return false;
    const n = /^(?:达到|为|是|提高到|提升到|下降到|降至|升至)?(\d+(?:\.\d+)?)(%|％|\S{0,2})/.exec(s.slice(at + tail.length));
    if (!n || n[2]!.replace('％', '%') !== unit!.replace('％', '%')) return false;
    return below ? Number(n[1]) <= Number(value) : Number(n[1]) >= Number(value);
  });
}

/** A target of a time of its own (「2027年…」「年底前…」) or one to keep (「保持在98%以上」): said again, it is still a target. */
const OWN_TIME_OR_KEPT = /\d{4}年|明年|今年|全年|年度|年底|年内|月底|季度|期间|\d+月|\d+日|保持|稳定|巩固|继续/;

/** Whether every clause of the goal has a measure and the achievements show each one met. */
export function goalReached(goal: string | undefined, achievements: readonly Achievement[]): boolean {
  const text = goal?.trim().replace(/[。；，]$/, '');
  if (!text || !achievements.length) return false;
  const said = achievements.map(saying);
  const clauses = text.split(/[，；、]/).map((c) => c.trim().replace(/^(确保|力争|实现|争取)/, '')).filter(Boolean);
  return clauses.every((c) => !OWN_TIME_OR_KEPT.test(c) && (rankMet(c, said) ?? measureMet(c, said)) === true);
}
