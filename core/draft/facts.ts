// How facts from the input are written in the text. Each function keeps the source path.
import type { Run } from '../doc/model.ts';
import { isIsoDate } from '../input/deadline.ts';
import type { Figure, Person } from '../input/schema.ts';
import { concat, fact, joinRuns, lit, trimEnd } from './runs.ts';
import { nameIsPost } from './speaker.ts';

/** 2026-12-31 → 2026年12月31日 (FORMAT.md: Arabic numerals, no zero padding). */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export function dateRuns(iso: string, src: string): Run[] {
  return fact(chineseDate(iso), src);
}

/**
 * 2026-10-31 as a speech says it at a meeting of 2026: 「10月31日」 — the year only when it is another
 * one (「2027年1月20日」 at a December meeting). Readers struck 「2026年10月31日前」 said in 2026.
 */
export function spokenDate(iso: string, meetingDate: string | undefined): string {
  const full = chineseDate(iso);
  return meetingDate && iso.slice(0, 4) === meetingDate.slice(0, 4) ? full.replace(/^\d{4}年/, '') : full;
}

/**
 * A deadline as printed: a date as 2026年12月31日 (in a speech, without the meeting's own year), a
 * term (「9月底前」「汛期」) verbatim.
 */
export function deadlineRuns(deadline: string, src: string, meetingDate?: string): Run[] {
  return isIsoDate(deadline) ? fact(spokenDate(deadline, meetingDate), src) : fact(deadline, src);
}

/** Title, an ideographic space (U+3000), name: the speaker line under a speech's title. */
export function personLine(p: Person, src: string): Run[] {
  return p.title ? concat(fact(p.title, `${src}.title`), lit('\u3000'), fact(p.name, `${src}.name`)) : fact(p.name, `${src}.name`);
}

/**
 * A name field that only repeats the title's post (「区长」 beside 「区委副书记、区长」, 「局长」 beside
 * 「县住房和城乡建设局局长」): the material gives no name.
 */
export function namesOnlyPost(p: Person): boolean {
  const name = p.name.trim();
  const title = p.title?.trim();
  if (!title || [...name].length < 2) return false;
  // r-s64 s64-10 [3]: 「县医疗保障局局长」 beside the title 「县医疗保障局党组书记、局长」 — the post in other words.
  return title.endsWith(name) || nameIsPost(name);
}

/** 「区委副书记、区长成平」 inside a sentence; by post alone (「区委副书记、区长」) where the name field only repeats it. */
export function personInline(p: Person, src: string): Run[] {
  if (namesOnlyPost(p)) return fact(p.title!, `${src}.title`);
  return p.title ? concat(fact(p.title, `${src}.title`), fact(p.name, `${src}.name`)) : fact(p.name, `${src}.name`);
}

/** A level reached (「覆盖率」「占比」) reads 「…达到38.5%」; a change (「同比下降」) or a count does not. */
export function isRate(f: Figure): boolean {
  return /(率|比例|占比|比重)$/.test(f.label.trim());
}

/** A list of strings from the input, joined with 「、」 (unit lists) or another separator. */
export function listRuns(items: readonly string[] | undefined, src: string, sep = '、'): Run[] | undefined {
  if (!items?.length) return undefined;
  return joinRuns(
    items.map((s, i) => trimEnd(fact(s, `${src}[${i}]`))),
    sep,
  );
}

/** A free-text field as it sits inside a sentence: without its own end punctuation. */
export function clause(text: string | undefined, src: string): Run[] | undefined {
  return text ? trimEnd(fact(text, src)) : undefined;
}

/** 「农村人居环境整治工作」 → 「农村人居环境整治工作」; 「创卫」 → 「创卫工作」: a name that reads as 「做好…」. */
export function workName(name: string, src: string): Run[] {
  return /工作$/.test(name) ? fact(name, src) : concat(fact(name, src), lit('工作'));
}

/** The administrative level of a region: 「X县」 → 「县」, 「城南街道」 → 「街道」, used in 「全县」「全街道」. */
export function scopeOf(region: string, src: string): Run[] {
  const name = region.trim();
  if (/街道$/.test(name)) return fact('街道', src);
  const last = name.slice(-1);
  return /[县区市镇乡旗州盟]/.test(last) ? fact(last, src) : fact(name, src);
}
