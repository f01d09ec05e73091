// Which tasks of the campaign an attendee takes part in, as the room reads it: by name, by a part of a
// unit (「…分局治安大队」 of 「…分局」), by a kind a task calls in as a whole (「各乡镇」), or as one of the
// campaign's own units. guests.ts decides from it how the attendee is spoken to.
import type { SpeechInput } from '../input/schema.ts';
import { sameUnit } from './room.ts';
import { ofKind } from './unit-kinds.ts';
import { bareUnit, isFirm, unitLevel } from './speaker.ts';

/** A unit's name as tasks and attendees are compared: without its place and a leading 辖区/各/有关. */
const norm = (u: string) => bareUnit(u.trim()).replace(/^(辖区|各|有关|相关)+/, '');

/** A place of a kind a task calls in as a whole: 「沙湾镇」「湖东乡等沿江5个乡镇」 are of 「沿江沿湖各乡镇」. */
function placeOf(attendee: string, unit: string): boolean {
  const kind = /(乡镇|镇|乡|街道|社区|村)$/.exec(attendee.trim())?.[1];
  if (!kind || /[局所站队办委科股]/.test(attendee)) return false;
  const kinds = kind === '乡镇' ? ['乡镇'] : kind === '镇' || kind === '乡' ? ['乡镇', kind] : [kind];
  return kinds.some((k) => new RegExp(`各[^、，]{0,2}${k}|各[^、，]{0,6}${k}$`).test(unit.trim()));
}

/** Whether an attendee is a task's unit, or a part of it (「市公安局临江分局治安大队」 of 市公安局临江分局). */
export function takesPart(attendee: string, unit: string): boolean {
  return unit.split('、').some((u) => {
    if (placeOf(attendee, u) || ofKind(attendee, u)) return true;
    // 「市民政局」 is not the 「县民政局」 a task names: two levels named are two bodies (s37-1 [52], W: the city's guest left out).
    const [la, lb] = [unitLevel(attendee), unitLevel(u)];
    if (la && lb && la !== lb && !isFirm(attendee) && !isFirm(u)) return false;
    const [a, b] = [norm(attendee), norm(u)];
    if (a.length < 2 || b.length < 2) return false;
    if (a === b || (Math.min(a.length, b.length) >= 3 && (a.endsWith(b) || b.endsWith(a)))) return true;
    if (attendee.startsWith(u.trim()) && /(大队|中队|支队|所|站|科|股|室|学院|分院|分校|工会)$/.test(attendee)) return true;
    // A company's department in the room (「淯水华润燃气公司客户服务部」) is the company a task names (s43-3 [59] [60]: the third
    // utility thanked apart, as if it had no part in the work).
    if (isFirm(u) && attendee.startsWith(u.trim()) && /(部|中心|分公司|营业厅|营业部)$/.test(attendee)) return true;
    return sameUnit(a, b) && a.length >= 4;
  });
}

/**
 * The names an attendee's piece stands for: 「市公安局临江分局治安大队及各派出所」 → the 治安大队 and the
 * 分局's 各派出所 (a part named after 及 or 和 belongs to the unit named before it).
 */
function namesOf(name: string): string[] {
  // 「县农商银行等驻县单位」 is the 县农商银行 and those like it: the bank's task is theirs (s11-1, asked twice).
  // Not the 等 of a name: 「…高等专科学校」.
  // The kind after 等 is named too: 「…有限公司等重点项目业主单位」 are of 「各项目业主单位」 (s30-7 [64]).
  const like = /(?<=.{2})等([^、，]*(单位|部门|企业|机构|网点|银行|公司))$/.exec(name);
  const [first, ...rest] = name.slice(0, like ? like.index : undefined).split(/及|和/).map((p) => p.trim());
  if (!first) return [];
  const parent = /^(.*(局|委员会|中心))/.exec(first)?.[1] ?? '';
  return [first, ...rest.filter(Boolean).map((p) => (parent && !p.startsWith(parent) ? `${parent}${p}` : p)), ...(like ? [like[1]!] : [])];
}

/** Whether an attendee is of the campaign's own units (`campaign.units`), by name or as a task names it. */
export function ofCampaignUnits(name: string, input: SpeechInput): boolean {
  // Only a kind the units call in as a whole (「辖区物业服务企业」「各项目业主单位」): a company the units name one by
  // one may be a partner all the same (s15-1: the 中储粮 直属库).
  const units = (input.campaign.units ?? '').split(/[、，,]/).map((u) => u.trim()).filter((u) => /^(各|辖区|全[区县市镇乡]|有关|相关)/.test(u));
  if (/协会|商会|联合会/.test(name)) return false;
  const names = namesOf(name);
  if (units.some((u) => names.some((n) => takesPart(n, u)))) return true;
  return input.campaign.tasks.some((t) => [t.lead, ...(t.support ?? [])].flatMap((x) => x.split('、')).some((u) => names.some((n) => takesPart(n, u)) && units.some((c) => norm(c) === norm(u))));
}

/** The tasks an attendee leads and supports. */
export function tasksOf(name: string, input: SpeechInput): { leads: number[]; supports: number[] } {
  const names = namesOf(name);
  const leads: number[] = [];
  const supports: number[] = [];
  input.campaign.tasks.forEach((t, i) => {
    if (names.some((n) => takesPart(n, t.lead))) leads.push(i);
    else if (names.some((n) => (t.support ?? []).some((u) => takesPart(n, u)))) supports.push(i);
  });
  return { leads, supports };
}
