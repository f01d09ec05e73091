// Schools, hospitals and care homes in the level's ground that a task's work applies to: each does it for its own pupils, patients or
// residents, public or privately run — told to do it alongside, never asked 「给予支持和帮助」 like a higher unit or an outside party
// (r-s78 s78-11 [22], W: a 民办 school named after the city asked to support the 防溺水最后一课 its own pupils need; r-s79 s79-6 [46], E:
// the hospitals whose data the task backs up asked 「大力支持」). Pure.
import type { SpeechInput } from '../input/schema.ts';

type Task = SpeechInput['campaign']['tasks'][number];

/** Institutions by their kind, with the words by which a task speaks of that kind's work. */
const KINDS: readonly [RegExp, RegExp][] = [
  [/(学校|中学|小学|幼儿园|完小|中心校|教学点)$/, /学校|学生|校园|中小学|幼儿园|师生|家长|课/],
  [/(医院|分院|卫生院|卫生室|诊所)$/, /医院|医疗机构|患者|病人|就诊|诊疗/],
  [/(养老院|敬老院|福利院|养老服务中心|托育中心|托儿所)$/, /养老|老人|入住|托育|幼儿/],
];
/** What marks an institution as privately run: 「（民办）」「（民营）」, or its name. */
const PRIVATE = /民办|民营|私立/;

/** The kind an institution's name says, by KINDS' index. */
function kindOf(unit: string): number {
  return KINDS.findIndex(([end]) => end.test(unit.trim()));
}

/** A note that marks what it follows as privately run: 「（民办）」「（民营）」. */
const PRIVATE_NOTE = /[（(](民办|民营|私立)[^）)]{0,6}[）)]/;

/** Whether the material marks an institution as privately run: its name, or a note after or inside it (「…实验学校（民办）」「…医院（民营）石窠分院」). */
export function privatelyRun(unit: string, lines: readonly string[]): boolean {
  const name = unit.trim();
  if (PRIVATE.test(name)) return true;
  return lines.some((l) => {
    const note = PRIVATE_NOTE.exec(l);
    if (!note) return false;
    const at = l.replace(note[0], '').indexOf(name);
    return at >= 0 && note.index > at && note.index <= at + name.length;
  });
}

/**
 * Whether a supporting institution is one the task's work applies to: named in the task's title or detail, or of the lead's own kind
 * (a school beside a school's lead), or its kind's work is what the task speaks of (「学生」「师生」 for a school).
 */
export function workAppliesTo(t: Task, unit: string): boolean {
  const k = kindOf(unit);
  if (k < 0) return false;
  const text = `${t.title}，${t.detail ?? ''}`;
  return text.includes(unit.trim()) || kindOf(t.lead) === k || KINDS[k]![1].test(text);
}

/** A task that puts its work on every institution of a kind: 「每所学校」「各学校」「所有医院」. */
const EVERY = /(每所|每家|各所|各|所有|全部)(中小学校|学校|中学|小学|幼儿园|医院|卫生院|医疗机构|养老院|敬老院|养老机构)/;

/**
 * The same for a higher level's institution (「临川区第五中学」 at a 街道's meeting): only where the task names it or puts the work on
 * every one of its kind (「每所学校放假前上好一堂防溺水安全课」) — beside a lead of its kind it may be there to help (a county hospital
 * guiding the township clinics). Asked to do it alongside, never 「给予支持和帮助」 (r-s81 s81-11 [28], E).
 */
export function workAppliesToHigher(t: Task, unit: string): boolean {
  const text = `${t.title}，${t.detail ?? ''}`;
  return kindOf(unit) >= 0 && (text.includes(unit.trim()) || EVERY.test(text));
}
