// Schools, hospitals and care homes in the level's ground that a task's work applies to: each does it for its own pupils, patients or
// residents, public or privately run — told to do it alongside, never asked 「给予支持和帮助」 like a higher unit or an outside party
// (r-s78 s78-11 [22], W: a 民办 school named after the city asked to support the 防溺水最后一课 its own pupils need; r-s79 s79-6 [46], E:
// the hospitals whose data the task backs up asked 「大力支持」). Pure.
import type { SpeechInput } from '../input/schema.ts';

type Task = SpeechInput['campaign']['tasks'][number];

/** Institutions by their kind. */
const KINDS: readonly RegExp[] = [/(学校|中学|小学|幼儿园|完小|中心校|教学点)$/, /(医院|分院|卫生院|卫生室|诊所)$/, /(养老院|敬老院|福利院|养老服务中心|托育中心|托儿所)$/];
/** What marks an institution as privately run: 「（民办）」「（民营）」, or its name. */
const PRIVATE = /民办|民营|私立/;

/** The kind an institution's name says, by KINDS' index. */
function kindOf(unit: string): number {
  return KINDS.findIndex((end) => end.test(unit.trim()));
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

/** A task that puts its work on every institution of a kind: 「每所学校」「各学校」「所有医院」. */
const EVERY = /(每所|每家|各所|各|所有|全部)(中小学校|学校|中学|小学|幼儿园|医院|卫生院|医疗机构|养老院|敬老院|养老机构)/;

/**
 * How a supporting institution that the task's work applies to is spoken to, by how the speaker stands to it (`rel`), or undefined
 * where the task does not put its work on it:
 * - a privately run one named after a higher place (「汐阳市育英实验学校（民办）」) is the ground's: told, where it is of the lead's
 *   kind or the task names it or every one of its kind (r-s78 s78-11 [22]);
 * - a higher level's asked to do it alongside, only where the task names it or every one of its kind (「每所学校…」): beside a lead of
 *   its kind it may be there to help (a county hospital guiding the township clinics; r-s81 s81-11 [28], E);
 * - a peer of a department head's told, where the task names it or every one of its kind (r-s79 s79-6 [46], E: the hospitals whose
 *   data is backed up); beside a lead of its kind only (a 村卫生室 by a 镇卫生院) it is asked as before;
 * - a partner of another system (the township's schools) asked, only where the task puts its work on every one: beside a lead of its
 *   kind or named for an act of its own it supports as before (s75-3 [36], s36-7, K).
 */
export function ownWorkOf(t: Task, unit: string, rel: string, privately: boolean): 'told' | 'asked' | undefined {
  const k = kindOf(unit);
  if (k < 0) return undefined;
  const text = `${t.title}，${t.detail ?? ''}`;
  const [named, every, sameKind] = [text.includes(unit.trim()), EVERY.test(text), kindOf(t.lead) === k];
  if (rel === 'higher') return privately ? (sameKind || named || every ? 'told' : undefined) : named || every ? 'asked' : undefined;
  if (rel === 'peer') return named || every ? 'told' : undefined;
  return rel === 'partner' && every ? 'asked' : undefined;
}
