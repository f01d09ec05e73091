// The persons an attendees line names with their posts, as clerks type them: 「市住建局燃气管理处副处长 谢静」
// (unit, post, a space, the name), 「县农业农村局农机股股长彭海」 (no space), 「谢文斌（县农业农村局副局长）」 (the name
// first), 「市水利局党组成员、副局长 严志国」 (a party post before the office), 「…副局长龚建等同志」. A speaker says
// them unit first, then name and post: 「市住建局燃气管理处谢静副处长」 (s41-1 [52], s41-2 [48], s41-5 [31], W:
// 「…副处长 谢静的同志也在座…请你们…」). A firm's posts are posts too: 「…监理有限公司总监理工程师刘建平」 was said
// 「…刘建平的同志也在座」 (s70-2 [53], s70-6 [52], W).
import { UNIT_ENDS } from './unit-ends.ts';

/** A person in the room by name and office. */
export interface Person {
  name: string;
  post: string;
  /** Two offices in two units, said whole before the name: 「县河长办副主任、县水利局副局长」 (then 「孙启航同志」). */
  titles?: string;
}

/** An office a speaker says after a person's name (「谢静副处长」); a 科员's or a 民警's is not said so. */
const POSTS = '(?:同志|(?:常务)?副?(?:局长|处长|主任|科长|股长|所长|站长|大队长|中队长|支队长|队长|院长|校长|行长|书记|总经理|经理|董事长|部长|组长|馆长|场长|庭长|检察长|主席|秘书长|会长|调研员|指挥长)|(?:安全|技术)?总监|总监理工程师|总工程师|项目经理)';
/** The end of a unit's name before a post. */
const UNIT_END = `(?:${UNIT_ENDS}|委|集团|行|股|科|室|处|部|厅|庭|会|团)`;
const NAME = '\\p{Script=Han}{2,3}';
/** Words after a post that are people of a kind, not a person's name: 「所长及民警代表」. */
const NOT_NAME = /代表|同志|人员|负责|及|和|等|民警|干部|全体|成员/;

const SPACED = new RegExp(`(${POSTS})[\\s\\u3000]+(?=\\p{Script=Han})`, 'gu');
/** 「市卫健委疾控处 程晓燕」: a name after a unit with no post between, said 「程晓燕同志」. */
const SPACED_NAME = new RegExp(`(${UNIT_END})[\\s\\u3000]+(${NAME})(?=$|[（(，,、；;])`, 'gu');
const NAME_FIRST = new RegExp(`(^|[：:，,、；;])(\\p{Script=Han}{2,4})[（(]([^（）()]*?${UNIT_END})(${POSTS})[）)]`, 'gu');
const AFTER_UNIT = new RegExp(`(?<=${UNIT_END})(${POSTS})(${NAME})$`, 'u');
const LONE = new RegExp(`^(${POSTS})(${NAME})$`, 'u');

/**
 * A line with its persons typed as one piece of text: the space between post and name closed, a name put
 * before its unit in brackets moved after it, and 「等同志」 dropped.
 */
export function personsTyped(entry: string): string {
  return entry
    .replace(SPACED, '$1')
    .replace(SPACED_NAME, '$1同志$2')
    .replace(NAME_FIRST, (_, lead: string, name: string, unit: string, post: string) => `${lead}${unit}${post}${name}`)
    .replace(/(?<=\p{Script=Han})等(?:同志|人)(?=$|[（(，,、；;])/gu, '');
}

/** The person at the end of a unit's piece: 「县农业农村局农机股股长彭海」 → 彭海, 股长. */
export function personAfterUnit(piece: string): Person | undefined {
  const m = AFTER_UNIT.exec(piece.trim());
  return m && !NOT_NAME.test(m[2]!) ? { name: m[2]!, post: m[1]! } : undefined;
}

/** A person standing alone after a unit's named chief: 「副局长何秀」; none for 「科员钱悦」. */
export function lonePerson(piece: string): Person[] {
  const m = LONE.exec(piece.trim());
  return m && !NOT_NAME.test(m[2]!) ? [{ name: m[2]!, post: m[1]! }] : [];
}

const OFFICE_ONLY = new RegExp(`^.{2,}?${UNIT_END}(${POSTS})$`, 'u');

/**
 * 「县河长办副主任、县水利局副局长孙启航」: one person holding an office in one unit and another in the second, named
 * once with both (s42-2 [58], E: 「县河长办副主任、县水利局副局长孙启航同志专程到会指导」).
 */
export function twoOffices(first: string, second: string): Person | undefined {
  const person = personAfterUnit(second);
  if (!person || person.post === '同志' || !OFFICE_ONLY.test(first.trim())) return undefined;
  return { ...person, titles: `${first.trim()}、${withoutPerson(second)}${person.post}` };
}

/** The unit's piece without the person at its end. */
export function withoutPerson(piece: string): string {
  return personAfterUnit(piece) ? piece.trim().replace(AFTER_UNIT, '') : piece;
}

/**
 * How senior a person's office is: a unit's head 0, its deputy 1, a section's head 2, its deputy 3; a unit
 * named without a person 4. Thanks go highest first (s37-1 [52], W: the highest guest left out).
 */
export function postRank(post: string | undefined): number {
  if (!post || post === '同志') return 4;
  const deputy = /^(常务)?副/.test(post) ? 1 : 0;
  return /局长|主任|书记|院长|检察长|主席|部长|行长|总经理|董事长|会长|秘书长/.test(post) ? deputy : 2 + deputy;
}
