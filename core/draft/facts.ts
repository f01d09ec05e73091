// How facts from the input are written in the text. Each function keeps the source path.
import type { Run } from '../doc/model.ts';
import { isIsoDate } from '../input/deadline.ts';
import type { Figure, Person } from '../input/schema.ts';
import { concat, fact, joinRuns, lit, trimEnd } from './runs.ts';

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

/** 「区委副书记、区长成平」 inside a sentence. */
export function personInline(p: Person, src: string): Run[] {
  return p.title ? concat(fact(p.title, `${src}.title`), fact(p.name, `${src}.name`)) : fact(p.name, `${src}.name`);
}

/** A level reached (「覆盖率」「占比」) reads 「…达到38.5%」; a change (「同比下降」) or a count does not. */
export function isRate(f: Figure): boolean {
  return /(率|比例|占比|比重)$/.test(f.label.trim());
}

/** A label's last word that counts what its unit counts: 「资助参保人数」 + 人, 「医疗救助人次」 + 万人次, 「应调查户数」 + 户. */
const COUNT_TAIL = /(人数|户数|人次|次数|件数|个数|起数|宗数|家数|所数|套数|数量)$/;
/** A label that names who was served by what was done (「送餐上门老人」): the act, then who. */
const SERVED = /^(.{2,8}?(?:上门|入户|到户|到家|到人))(老人|群众|居民|学生|儿童|农户|住户|家庭|对象|人员|患者)$/;

/**
 * A figure's label as a speaker says it before the value (s19 check: 「医疗救助人次1.42万人次」「资助参保人数
 * 9864人」「送餐上门老人86人」 read as a table's column pasted into the sentence): a last word that counts
 * what the unit already counts is not said (「医疗救助1.42万人次」); who was served by an act is said as such
 * (「送餐上门的老人有86人」). Every other label stays whole.
 */
export function labelRuns(f: Figure, src: string): Run[] {
  const label = f.label.trim();
  const unit = (f.unit ?? '').trim().replace(/^[万亿千百]+/, '');
  const tail = COUNT_TAIL.exec(label)?.[1];
  if (tail && unit && label.length - tail.length >= 2 && (tail === '数量' || tail === unit || tail.replace(/数$/, '') === unit)) return fact(label.slice(0, -tail.length), `${src}.label`);
  // 「征收土地面积612亩」「红线放样完成长度6.8公里」: a length or an area its unit already says.
  const measure = /(面积|长度|里程)$/.exec(label)?.[1];
  if (measure && label.length - measure.length >= 2 && (measure === '面积' ? /亩|平方|公顷/ : /米|里/).test(unit)) return fact(label.slice(0, -measure.length), `${src}.label`);
  const served = SERVED.exec(label);
  if (served && unit) return concat(fact(served[1]!, `${src}.label`), lit('的'), fact(served[2]!, `${src}.label`), lit('有'));
  return fact(f.label, `${src}.label`);
}

/** 「开展宣传活动230场次」, 「县城绿化覆盖率达到38.5%」, 「事故起数同比下降18%」. */
export function figureRuns(f: Figure, src: string): Run[] {
  return concat(labelRuns(f, src), lit(isRate(f) ? '达到' : ''), fact(f.value, `${src}.value`), f.unit ? fact(f.unit, `${src}.unit`) : undefined);
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
