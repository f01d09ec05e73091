// Who is in the room: the units `meeting.attendees` lists, those that spoke before (precedingItems)
// and the chair. A speaker may ask a unit in the room (「请县农业农村局加强业务指导」); one that is not
// there is not addressed at all — readers struck a 镇党委副书记 asking two absent county and city
// bureaus for guidance: the township says it will seek their support (「主动对接…，争取支持」).
// Whom the speech speaks to in the room, and how, is guests.ts.
import type { SpeechInput } from '../input/schema.ts';
import { summoned } from './preceding.ts';
import { bareUnit, isEnterprise, unitLevel } from './speaker.ts';

export interface Room {
  /** Whether the meeting's material lists who attends; without a list nobody's presence is known. */
  listed: boolean;
  has(unit: string): boolean;
  /**
   * Whether a higher level's unit is stationed here, named after the place (「县市场监管局桥头市场监管所」 at
   * 桥头镇, 「市公安局临江分局」 in 临江区): a working partner the speaker may ask to lead. A county
   * bureau's own section at a township meeting is not (s11-5: a 副镇长 「请县农业农村局农田建设管理股牵头
   * 抓好」 read as giving the county work).
   */
  stationed(unit: string): boolean;
  /**
   * Whether a party of the campaign is one the work regulates: a company or operator, one called in, or
   * one the problems or the items before the speech are about that is no government body (「各定点医药
   * 机构」 after 「5家定点医药机构违规使用医保基金」). A regulator does not 「配合」 it or 「请」 it to lead
   * (s14-4: 「请被约谈的5家定点医药机构牵头组织，我局做好配合」, read wrong).
   */
  regulated(unit: string): boolean;
}

/** A government body or a level's own: its name ends in its kind. */
const GOVERNMENT = /(局|办|委|所|站|中心|队|政府|街道|乡镇|镇|乡|村|社区|科|股|室|组|部|学校|中学|小学|幼儿园)(（社区）)?$/;

/** What an attendee line says of a person rather than a unit: 「…分管负责同志」「…全体人员」「…代表」. */
const PERSON = /(的)?(主要|分管|有关|相关)?(负责同志|负责人|同志|代表|全体人员|人员|领导|干部|主任|局长|书记|所长|站长|队长|院长|校长|场长|经理)$/;
/** A whole level's units: 「县直各部门」「区直有关单位」「县安委会成员单位」. */
const COLLECTIVE = /^([县区市])(直|级)?(各|有关|相关)?(部门|单位)|^([县区市]).*成员单位/;

/** The units named in a line: 「县经信局、县住建局分管负责同志」 → 县经信局, 县住建局. */
function piecesOf(line: string): string[] {
  return line
    .split(/[、，,；;和及与]/)
    .map((p) => p.trim().replace(/^(刚才|会上)/, ''))
    .map((p) => p.replace(/(作了|通报了|汇报了|介绍了|传达了|解读了|发言).*$/, '').replace(PERSON, '').replace(PERSON, ''))
    .filter((p) => p.length >= 2);
}

/** The short name's characters in order within the long one, first and last alike: 县市场监管局 ~ 县市场监督管理局. */
export function sameUnit(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (!short || short[0] !== long[0] || short.at(-1) !== long.at(-1)) return false;
  let at = 0;
  for (const ch of long) if (ch === short[at]) at++;
  return at === short.length;
}

/**
 * The kinds of place a line calls in as a whole: 「各街道、镇分管负责同志」 → 街道, 镇; 「各乡镇…」 → 镇, 乡:
 * 江北镇 is in the room though no line names it (s10-2: a district bureau 「主动与江北镇、杨柳镇沟通衔接，
 * 争取支持配合」 with both towns in the room as supporting units; readers wanted them named as such).
 */
function placesCalled(line: string): string[] {
  const m = /^各((?:街道|乡镇|镇|乡|村|社区)(?:、(?:街道|乡镇|镇|乡|村|社区))*)/.exec(line.trim());
  return m ? m[1]!.split('、').flatMap((k) => (k === '乡镇' ? ['镇', '乡'] : [k])) : [];
}

export function roomOf(input: SpeechInput): Room {
  const { meeting } = input;
  const lines = [...(meeting.attendees ?? []), ...(meeting.precedingItems ?? []), meeting.host?.title ?? ''].filter(Boolean);
  const pieces = lines.flatMap(piecesOf);
  const places = (meeting.attendees ?? []).flatMap(placesCalled);
  // The place's own name: 「桥头镇」 → 桥头, 「南门街道」 → 南门, 「临江区」 → 临江.
  const stem = input.campaign.region.trim().replace(/(街道办事处|街道|镇|乡|区|县|市)$/, '').replace(/^.*[省市县区]/, '');
  const about = [...input.campaign.problems.map((p) => `${p.title}${p.detail ?? ''}`), ...(meeting.precedingItems ?? []), summoned(input)?.text ?? ''].join('；');
  return {
    regulated(unit: string): boolean {
      if (isEnterprise(unit) || /被约谈/.test(unit)) return true;
      const name = unit.trim().replace(/^(辖区|各|全区|全县|全镇|全乡|有关|相关)+/, '').replace(/^[\d一二三四五六七八九十]+家/, '');
      if (GOVERNMENT.test(name) || unitLevel(name)) return false;
      // Its kind's last word when that is a place of business (「定点零售药店」 of 「部分药店…不规范」).
      const cores = [name.slice(-4), ...(/[店院厂场铺馆]$/.test(name) ? [name.slice(-2)] : [])];
      return cores.some((core) => core.length >= 2 && name.length >= 3 && about.includes(core));
    },
    stationed: (unit: string) => (stem.length >= 2 && unit.includes(stem)) || /驻(街道|镇|乡|村|社区|区|县)/.test(unit),
    listed: (meeting.attendees?.length ?? 0) > 0,
    has(unit: string): boolean {
      const name = unit.trim();
      const level = unitLevel(name);
      if (places.some((k) => name.endsWith(k) && !/[局所站队办委]/.test(name))) return true;
      return pieces.some((p) => {
        if (p.includes(name) || (p.length >= 3 && name.includes(p) && /[局办委所站队中心组院校]$/.test(p))) return true;
        const collective = COLLECTIVE.exec(p);
        if (collective) return !!level && unitLevel(`${collective[1] ?? collective[5]}x`) === level;
        // Same level (or none said) and the same name, one shortened: 县市场监管局 in the room is the 县市场监督管理局.
        const pl = unitLevel(p);
        return (!pl || !level || pl === level) && sameUnit(bareUnit(p), bareUnit(name)) && sameUnit(p, name);
      });
    },
  };
}

