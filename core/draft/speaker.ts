// Who speaks, at which level, to whom. GENRE.md "Level, rank and the room": the same campaign is
// spoken of differently by a 县委书记, a 副镇长 and the head of a 县局; a township says 各村、镇直各单位,
// a street 各社区、街道各科室; nobody gives instructions to a higher level.
import type { SpeechInput } from '../input/schema.ts';
import { partLines } from './line-parts.ts';
import { providersOf } from './providers.ts';
import { designInstitutes, supervisorsByLine } from './works-parties.ts';
import { runByOwnDepartment, runsByName } from './branches.ts';
import { regionLevel, unitLevel, type Level } from './unit-level.ts';
import { FIRM, isFirm } from './firms.ts';
import { ofTrade } from './trades.ts';
import { ledNamed, ledUnitsOf } from './title-units.ts';
import { fullNamesOf } from './full-names.ts';

export { regionLevel, unitLevel, type Level } from './unit-level.ts';
export { FUEL_STATION, isFirm } from './firms.ts';
export type Rank = 'principal' | 'deputy' | 'department' | 'other';

export interface Speaker {
  level: Level;
  rank: Rank;
  /** The unit the speaker heads (「县应急管理局」), for a department head; part of the title. */
  ownUnit?: string;
  /** A department's deputy head (副局长): speaks of 我局 but not 「我代表…局」. */
  deputyHead?: boolean;
  /**
   * A unit the speaker heads by another post of the title (「县公安局副局长，县交警大队大队长」 → 县交警大队):
   * the speaker's own too, named 「我们交警大队」 (a reader struck 「局交警大队」 in his own speech).
   */
  heads?: string;
  /**
   * The other unit a compound title places the speaker in (「区住建局党组成员、副局长，区供热办主任」: the
   * own unit is 区供热办, and 区住建局 is his too): a reader marked 「我们要主动与区住建局做好衔接」 wrong.
   */
  within?: string;
  /**
   * Speaks at a meeting the level's leadership chairs (`meeting.host` is a principal or a deputy): a
   * department head then reports and asks, and leaves the meeting's purpose and its final orders to
   * the chair (s12-1: a 区政务服务中心主任 closing 「区直各进驻部门、各街道（镇）要…」 under a 副区长, wrong).
   */
  chaired?: boolean;
  /**
   * The unit of the meeting's host when it is not the speaker's own (「区住房和城乡建设局党组成员、副局长」
   * chairing, a 区征收中心主任 speaking): the speaker's superior in this room, asked, never told (s15-4 [40]:
   * 「区住房和城乡建设局按职责配合」 said in front of its own deputy head, W).
   */
  superior?: string;
  /** The level's party secretary (县委书记, 区委书记, 镇党委书记): the level's courts and procuratorates work under its committee. */
  secretary?: boolean;
  /** Service centres named with a brand beside a company (providers.ts): providers, never the level's own institutions (s47-5 [35]). */
  providers?: string[];
  /** Companies a works job's lines name as its 监理 though their names do not say it (works-parties.ts supervisorsByLine). */
  supervisors?: string[];
  /** A higher level's place names the material writes with 市/州 (「汐阳市燃气工程设计院」 → 汐阳): a body named after one is that level's. */
  higherPlaces?: string[];
  /** The units a leader's title heads besides the level (「县委常委、政法委书记」 → 政法委; title-units.ts): his own, never asked. */
  led?: string[];
  /** A department head's own parts the attendees list after one named as the bureau's (「局燃气管理股、城建监察大队负责人」). */
  ownParts?: string[];
  /** Task units named short whose full name in the room places them under a body above (full-names.ts): judged by the full name. */
  fullNames?: readonly (readonly [string, string])[];
}

/** Higher is larger: a unit of a larger order than the speaker's level is above it. */
const ORDER: Record<Level, number> = { street: 1, town: 1, xiang: 1, county: 2, district: 2, city: 3 };

// A 县级市's own bureaus are named 「市…局」 and its whole 「全市」: it speaks as a city of its own units.
const OVERRIDE_LEVEL: Record<NonNullable<SpeechInput['meeting']['level']>, Level> = { 市: 'city', 县级市: 'city', 县: 'county', 区: 'district', 乡镇: 'town', 镇: 'town', 乡: 'xiang', 街道: 'street' };
const OVERRIDE_RANK: Record<NonNullable<SpeechInput['meeting']['speakerRank']>, Rank> = {
  主要领导: 'principal',
  副职: 'deputy',
  部门负责人: 'department',
  其他: 'other',
};

/** The posts in a title: 「县委副书记、县长」 → 县委副书记, 县长. */
function posts(title: string | undefined): string[] {
  return (title ?? '').split(/[、，,；;\s]+/).filter(Boolean);
}

// A unit that is not a level's leadership: a bureau, an office, a station, a school, a company.
// 「县卫健委」「区发改委」: a government committee named short; not a party's (党委, 党工委, 纪委, 政法委, 县委) nor 委员, 管委会.
const DEPARTMENT = /(局|办公室|办|委员会|(?<![党纪常编团县区市州旗镇乡村居工法])委(?![员会])|中心|站|所|队|院|校|公司|指挥部|领导小组|管委会|大队|支队|分局|科|部)/;
const PRINCIPAL = [
  /^(中共)?[^、]{0,10}?[县区市州旗]委书记$/,
  /^[^、]{0,10}?(镇|乡)?党委书记$/,
  /^[^、]{0,10}?党工委书记$/,
  /^[^、]{0,10}?(?<!副)[县区市州旗镇乡]长$/,
  /^[^、]{0,10}?(?<!副)办事处主任$/,
];
const DEPUTY = [/副[县区市州旗镇乡]长$/, /(委|党委|党工委)副书记$/, /[县区市州旗]委常委$/, /办事处副主任$/, /^副书记$/];

/** 「县委书记」「区委副书记、区长」「镇党委书记」「街道办事处主任」 → principal. */
export function speakerRank(title: string | undefined): Rank {
  const list = posts(title);
  const isDepartment = (p: string) => DEPARTMENT.test(p.replace(/(党委|党工委|[县区市州旗]委)/g, ''));
  if (list.some((p) => PRINCIPAL.some((re) => re.test(p)) && !isDepartment(p.replace(/(办事处主任)$/, '')))) return 'principal';
  if (list.some((p) => DEPUTY.some((re) => re.test(p)))) return 'deputy';
  if (list.some(isDepartment)) return 'department';
  return list.length ? 'other' : 'department';
}

/** A leader named by post alone: 「区教育和体育局分管领导」「县水利局主要负责同志」. */
const POST_NAME = /(局|办公室|办|委员会|中心|站|所|队|院|校|公司|指挥部|管委会|分局)(分管|主要)?(领导|负责同志|负责人)$/;

/**
 * The speaker's title, or the name where the material names the speaker by post alone and gives no title (「区教育和体育局分管
 * 领导」): that is the speaker's post (s52-5 [35] [38] [44] [48], W: the bureau's own leader 「商请区教育和体育局牵头」 and its
 * schools, 「也请区教育和体育局…给予支持配合」, as if the bureau were another's).
 */
export function speakerTitle(speaker: { name: string; title?: string }): string | undefined {
  if (speaker.title?.trim()) return speaker.title;
  const name = speaker.name.trim();
  return POST_NAME.test(name) || namesPost(name) ? name : undefined;
}

/**
 * A name that is a post: 「区城市管理和综合执法局局长」「县卫健委主任」 (a unit and its head), 「乡长」「镇党委书记」 (a level's
 * leader). s57-12 [32] [39], s58-11 [40] [49], s57-11 [32] [38], s56-6 [33] (W): the head of a bureau typed by post only said
 * 「请区城市管理和综合执法局…」 of his own bureau, a 乡长 「商请」 his villages and 「争取支持」 of his own 乡民政办.
 */
function namesPost(name: string): boolean {
  if (/[、，,；;\s]/.test(name) || name.length < 2) return false;
  // 「王镇长」「李书记」: a person called by a post, no post of a unit's.
  if (PRINCIPAL.some((re) => re.test(name)) || DEPUTY.some((re) => re.test(name))) return !/^[^副县区市州旗镇乡委]副?(?:[县区市州旗镇乡]长|书记)$/.test(name);
  return ownUnitOf(name) !== undefined;
}

/** Whether a name field holds a post, not a name: 「区长」「县医疗保障局局长」「县应急管理局主要负责同志」 (not 「王镇长」). */
export function nameIsPost(name: string): boolean {
  return POST_NAME.test(name) || namesPost(name);
}

/** The field the speaker's title is read from (speakerTitle): the title, or the name that is a post. */
export function speakerTitleSrc(speaker: { name: string; title?: string }): string {
  return speaker.title?.trim() ? 'meeting.speaker.title' : 'meeting.speaker.name';
}

/** 「县应急管理局局长」 → 「县应急管理局」: the unit a department head speaks for. */
export function ownUnitOf(title: string | undefined): string | undefined {
  const list = posts(title);
  for (const p of list) {
    const m = /^(.+?(局|办公室|办|委员会|(?<![党纪常编团县区市州旗镇乡村居工法])委(?![员会])|中心|站|所|队|院|校|公司|指挥部|管委会|分局))((常务)?(副)?(局长|主任|书记|站长|所长|队长|院长|校长|总经理|经理|部长|指挥长|政委)|(分管|主要)?(领导|负责同志|负责人))$/.exec(p);
    if (m) return m[1];
  }
  // 「平溪县应急管理局党委委员、副局长」: the unit is named in one post, the office in the next.
  if (list.some((p) => /^(常务)?(副)?(局长|主任|站长|所长|队长|院长|校长|总经理|经理|部长|指挥长)$/.test(p))) {
    for (const p of list) {
      const m = /^(.+?(局|办公室|委员会|(?<![党纪常编团县区市州旗镇乡村居工法])委(?![员会])|中心|站|所|队|院|校|公司|指挥部|管委会|分局))(党委|党组|党支部|党总支)/.exec(p);
      if (m) return m[1];
    }
  }
  return undefined;
}

/** 「县交警大队大队长」 → 县交警大队: a unit of a brigade, a station or an office headed by a post of the title other than the own unit's. */
export function headedUnit(title: string | undefined, ownUnit: string | undefined): string | undefined {
  for (const p of posts(title)) {
    const m = /^(.+?(大队|中队|支队|所|站|中心|办公室|办))(大队长|中队长|支队长|队长|所长|站长|主任|政委)$/.exec(p);
    if (m && m[1] !== ownUnit) return m[1];
  }
  return undefined;
}

/** 「区住建局党组成员、副局长，区供热办主任」 → 区住建局: a unit a post of the title belongs to, other than the own unit. */
function memberOf(title: string | undefined, ownUnit: string): string | undefined {
  for (const p of posts(title)) {
    // Or a deputy's post in it: 「县委宣传部常务副部长、县文明办主任」 → 县委宣传部 (s31-5 [54], W: asked 「请县委宣传部负责」).
    const m = /^(.+?(局|办公室|委员会|中心|站|所|队|院|校|公司|指挥部|管委会|分局))(党委|党组|党支部|党总支)/.exec(p) ?? /^(.+?(部|局|委员会|分局))(常务)?副(部长|局长|主任)$/.exec(p);
    if (m && m[1] !== ownUnit) return m[1];
  }
  return undefined;
}

export function speakerOf(input: SpeechInput): Speaker {
  const { meeting, campaign } = input;
  const title = speakerTitle(meeting.speaker);
  const titleLevel = posts(title)
    .map((p) => regionLevel(p.replace(/(书记|副?[县区市州旗镇乡]长|主任|局长|委员|常委)$/g, '').replace(/(党委|党工委|委|人民政府|政府|办事处)$/, '')))
    .find(Boolean);
  const level = meeting.level ? OVERRIDE_LEVEL[meeting.level] : (regionLevel(campaign.region) ?? titleLevel ?? 'county');
  // 「乡镇」 as an override keeps 乡 where the region is a 乡.
  const refined = meeting.level === '乡镇' && regionLevel(campaign.region) === 'xiang' ? 'xiang' : meeting.level === '县' && regionLevel(campaign.region) === 'district' ? 'district' : level;
  // No speaker named, only the level (「×××」, no title, no post for a name): the voice is the level's leadership, never one of its
  // departments (s61-8 [25], W: 「我们要主动商请各街道、镇牵头」 at a 区's meeting; s62-11 [38], W: the county spoke as its 卫健局).
  const rank = meeting.speakerRank ? OVERRIDE_RANK[meeting.speakerRank] : title ? speakerRank(title) : 'deputy';
  const ownUnit = rank === 'department' ? ownUnitOf(title) : undefined;
  const deputyHead = !!ownUnit && !posts(title).some((p) => /(?<!副)(局长|主任|站长|所长|队长|院长|校长|部长|经理|指挥长)$|主要(领导|负责同志|负责人)$/.test(p));
  const heads = ownUnit ? headedUnit(title, ownUnit) : undefined;
  const within = ownUnit ? memberOf(title, ownUnit) : undefined;
  const chaired = chairedBy(rank, meeting);
  // A bureau's officer chairing an institution's head (中心, 站, 所, 队): the bureau is above it. A peer
  // bureau chairing a joint meeting stays a peer (s8-3: the 教育体育局 hosting the 交警大队's 公安局).
  const hostUnit = (rank === 'department' || rank === 'other') && /(中心|站|所|队|院)$/.test(ownUnit ?? '') ? ownUnitOf(meeting.host?.title) : undefined;
  const superior = hostUnit && /(局|委|委员会|办公室|办)$/.test(hostUnit) && meeting.host?.name !== meeting.speaker.name && !(ownUnit && sameOwnUnit(hostUnit, ownUnit)) && !(within && sameOwnUnit(hostUnit, within)) ? hostUnit : undefined;
  // A works job's design institutes are firms it hires like a provider, never a level above (works-parties.ts; s68-3 [6], W).
  const providers = [...providersOf(input).centres, ...designInstitutes(input)];
  const supervisors = supervisorsByLine(input);
  const higherPlaces = ORDER[refined] < ORDER.city ? higherPlacesOf(input, campaign.region) : [];
  const ownParts = rank === 'department' ? [...partsListedWithOwn(meeting.attendees ?? []), ...(ownUnit ? systemInstitutions(input, ownUnit) : [])] : [];
  const led = rank !== 'department' ? ledUnitsOf(posts(title)) : [];
  const fullNames = fullNamesOf(input);
  const secretary = rank === 'principal' && posts(title).some((p) => /^(中共)?[^、]{0,10}?([县区市州旗]委|党委|党工委)书记$/.test(p) && !/副书记$/.test(p));
  return {
    ...(providers.length ? { providers } : {}),
    ...(supervisors.length ? { supervisors } : {}),
    ...(higherPlaces.length ? { higherPlaces } : {}),
    ...(led.length ? { led } : {}),
    ...(ownParts.length ? { ownParts } : {}),
    ...(fullNames.length ? { fullNames } : {}),
    ...(secretary ? { secretary } : {}),
    ...(superior ? { superior } : {}), level: refined, rank, ...(ownUnit ? { ownUnit } : {}), ...(deputyHead ? { deputyHead } : {}), ...(heads ? { heads } : {}), ...(within && within !== heads ? { within } : {}), ...(chaired ? { chaired } : {}) };
}

/**
 * The places of a higher level the material names with their 市/州 at a unit's start (「汐阳市燃气工程设计院」): a body named after one
 * without it (「汐阳特种设备检验检测中心青岚站」) is that level's, stationed here, never the county's own unit told 「要密切配合」 (r-s78
 * s78-6 [40], W). Not a level's word (「县城」「城市」) nor the region's own place (「汐阳市青岚县」 → 青岚).
 */
function higherPlacesOf(input: SpeechInput, region: string): string[] {
  const units = [...(input.meeting.attendees ?? []), ...input.campaign.tasks.flatMap((t) => [t.lead, ...(t.support ?? [])])].join('、');
  const stems = [...units.matchAll(/(?:^|[、，,；;：:])([^县区市镇乡省州城都门超街村、，,；;：:（）()\s]{2})[市州](?![场民政区县直属级委])/g)].map((m) => m[1]!);
  const own = region.trim().replace(/(街道办事处|街道|镇|乡|区|县|市)$/, '').replace(/^.*[省市州]/, '');
  return [...new Set(stems)].filter((p) => p !== own && !own.includes(p) && /^[\u4e00-\u9fa5]{2}$/.test(p));
}

/** Utilities, banks and firms by their trade (「潆阳华润燃气澄江营业所」): a company's branch, never a higher level's body. */
const HIGHER_PLACE_NOT_BODY = /燃气|水务|供水|自来水|供电|电力|电网|电信|移动|联通|铁塔|广电|邮政|银行|信用社|保险|营业|公司|集团|企业/;

/** Whether a body is named after a higher level's place (Speaker.higherPlaces), not its own firm. */
function namedAfterHigherPlace(name: string, speaker: Speaker): boolean {
  if (HIGHER_PLACE_NOT_BODY.test(name)) return false;
  return (speaker.higherPlaces ?? []).some((p) => name.startsWith(p) && !name.startsWith(`${p}市`) && !name.startsWith(`${p}州`));
}

/** A department head (or other) speaking where a principal or a deputy of the level is in the chair (the host is not a peer or the own deputy). */
function chairedBy(rank: Rank, meeting: SpeechInput['meeting']): boolean {
  const host = meeting.host;
  if ((rank !== 'department' && rank !== 'other') || !host?.title || host.name === meeting.speaker.name) return false;
  const hostRank = speakerRank(host.title);
  return hostRank === 'principal' || hostRank === 'deputy';
}

/** A unit above the speaker's level: a township does not instruct the county's bureau. */
export function isHigherUnit(unit: string, speaker: Speaker): boolean {
  const level = unitLevel(unit);
  if (!level) return false;
  if (/^省/.test(unit.trim())) return true;
  return ORDER[level] > ORDER[speaker.level];
}

/**
 * How the speaker may speak to a unit the material names:
 * - own: the department head's own unit (「我局」);
 * - direct: a unit the speaker leads — the level's own offices and the villages or communities below
 *   it; for a department head, the unit's own branches (「各乡镇市场监管所」 for the 市场监管局);
 * - partner: a unit at the level that answers to another system (派出所, a school, the 供电所 …) or
 *   an enterprise: named as a partner, never ordered;
 * - peer: for a department head, every other unit of the level and the townships: asked with 「请」;
 * - higher: a unit of a higher level, or one a higher level sends (「区住建局驻街道工作组」): asked for
 *   guidance and support, never given a task.
 */
export type Relation = 'own' | 'direct' | 'partner' | 'peer' | 'higher';

/** Units that answer to their own system at any level: the press (a level's 融媒体中心 too: a leader asks it, s53-7 [6]), utilities, banks, 气象, 税务, 消防救援 … and enterprises. */
const OTHER_SYSTEM = /融媒体|报社|日报|电视台|学院|大学|高校|所在单位|驻区单位|驻街单位|驻镇单位|驻县单位|辖区单位|共建单位|供电|电力|电站|电网|电信|移动|联通|运营商|广电网络|铁塔|邮政|银行|信用社|农商行|烟草|气象|税务|消防救援|森林消防|消防大队|消防站|武警|海事|铁路|高速|公司|集团|企业|物业|业委会|业主委员会|商会|协会|管理方|运营方|经营户|经营者|商户|施工单位|施工方|项目部|监理单位|维保单位|检测机构|鉴定机构|开发商/;
/**
 * A party outside government (a company, a property manager, a market's operator, a contractor): a
 * government speaker does not assign it work or ask it as a partner, but requires it to carry its own
 * responsibility (「督促…落实主体责任」). A company a level owns (「县水务集团」) is named with the level.
 */
const ENTERPRISE = /物业|管理方|培训机构|养老机构|托育机构|中介机构|民办医疗机构|运营方|经营户|经营者|商户|施工单位|施工方|监理单位|维保单位|检测机构|鉴定机构|开发商|企业|有限公司|有限责任公司|股份公司/;
export function isEnterprise(unit: string): boolean {
  return ENTERPRISE.test(unit) && !unitLevel(unit);
}
/** Units at a township or street that a county bureau runs: its 派出所, schools, 卫生院, 所 of 市场监管 … */
const VERTICAL_AT_BASE = /派出所|公安|交警|法庭|法院|检察|学校|中学|小学|中心校|幼儿园|卫生院|医院|市场监管所|自然资源所|国土所|供电所/;
/**
 * Whether a unit is a branch of the department head's own unit: 「各乡镇市场监管所」 of the
 * 市场监督管理局, 「县应急管理局执法大队」 of the 县应急管理局.
 */
function isBranch(unit: string, own: string): boolean {
  unit = unit.trim().replace(/^各/, '');
  // 「澧川县鸿基建筑工程有限公司」 is a builder, no 住建局's 建筑工程 station: a firm is never a bureau's branch.
  if (isFirm(unit)) return false;
  if (unit.length > own.length && (unit.startsWith(own) || unit.startsWith(bareUnit(own)) || bareUnit(unit).startsWith(bareUnit(own)))) return true;
  // 「县市场监管局执法大队」 of the 县市场监督管理局: the own unit named short, then its part (s40-4 [38], W: asked with 「请」).
  if (ownNamedFirst(unit, own) !== undefined) return true;
  // 「分局禁毒大队」「局执法大队」: a part named after the own unit's kind is the own unit's (s29-2 [39][42], E: a
  // 公安分局 副局长 asked 「请分局禁毒大队负责」 as if another body).
  const kind = /(分局|局|委员会|委|办公室|办|中心)$/.exec(own)?.[1];
  if (kind && unit.startsWith(kind) && unit.length > kind.length + 1 && /(大队|支队|中队|科|股|所|站|室|中心)$/.test(unit)) return true;
  const core = own.replace(/^[^、，]{0,6}?(县|区|市|州|旗)/, '').replace(/(局|委员会|委|办公室|办|中心)$/, '');
  const name = unit.replace(/^各?[^、，]{0,6}?(乡镇|街道|镇|乡)/, '').replace(/(所|站|中队|分局|股|队)$/, '');
  if (runsByName(core, unit)) return true;
  if (runsInstitution(unit, own)) return true;
  if (name.length < 2 || name[0] !== core[0]) return false;
  let at = 0;
  for (const ch of core) if (ch === name[at]) at++;
  return at === name.length;
}

/**
 * Whether the unit is a higher level's at a township or street though its name does not say so: one
 * sent there (「驻街道工作组」「驻村工作队」), or a 局, 大队 or 支队 (a township has offices, stations and
 * 所, no 局: 「住建局」「公安分局」「交警大队」 are the county's or district's).
 */
function aboveTheBase(unit: string, speaker: Speaker): boolean {
  if (hasLevelsBelow(speaker.level)) return false;
  // A 大队 or 支队 with no place named is the county's or the district's too (「交警大队」「水政监察大队」): a
  // township's own units are offices, stations and teams.
  // A village or a community named after a works' or a bureau's quarters (「粮食局宿舍社区」) is the street's own (r-s81 s81-2 [40], W).
  return /驻(街道|镇|乡|村|社区)/.test(unit) || (/局|大队|支队/.test(unit) && !unitLevel(unit) && !/^各/.test(unit) && !/(社区|村)(（社区）)?$/.test(unit.trim()));
}

/** A team a unit stations in the villages or communities for the level's work: 驻村工作队, 第一书记. */
export const STATIONED_IN_VILLAGES = /驻(?:村|社区)(?:工作队|帮扶工作队|工作组|干部)$|驻村第一书记$/;

/** Organs no government speaker directs or asks for work: discipline inspection, the people's congress, the courts. */
const SUPERVISORY = /纪委|监委|纪检|监察委|监察组|监督检查室|人大|政协|法院|检察院/;

/**
 * An institution a bureau runs, named after the bureau's field with a suffix of its own (「区医疗保障事务
 * 中心」 of the 区医保局, 「县水利工程管理所」 of the 县水利局): the bureau's own, told 「由…牵头」, never asked
 * with 「请」 (s19-2 [26][32][35], E). The bureau's field (医保) is read in order within the institution's name.
 */
const INSTITUTION = /(事务中心|服务中心|保障中心|管理中心|中心|管理所|所|管理站|站|股|大队|支队|中队|室)$/;
function runsInstitution(unit: string, own: string): boolean {
  if (!INSTITUTION.test(unit) || FIRM.test(unit) || (unitLevel(unit) ?? unitLevel(own)) !== unitLevel(own)) return false;
  const core = bareUnit(own).replace(/(局|委员会|委|办公室|办)$/, '');
  const name = bareUnit(unit).replace(INSTITUTION, '');
  if (core.length < 2 || name.length < core.length || name[0] !== core[0]) return false;
  let at = 0;
  for (const ch of name) if (ch === core[at]) at++;
  return at === core.length;
}

/** A part of a bureau named after its short name: 「县局食品经营安全股」「局办公室」「区局执法大队」. */
const OWN_BUREAU_PART = /^[县区市]?局(?![长属])[^、，局]{2,12}(股|科|室|大队|中队|站|所|中心|办公室)$/;
export function unitRelation(unit: string, speaker: Speaker): Relation {
  const name = speaker.fullNames?.find(([short]) => short === unit.trim())?.[1] ?? unit.trim();
  if (isOwnUnit(name, speaker)) return 'own';
  // The institutions the speaker's department runs, whatever their names (branches.ts; s72-10 [64], W: 「请…监督站牵头」 from its 局长).
  if (runByOwnDepartment(unit, speaker)) return 'direct';
  if (isProvider(name, speaker)) return 'partner';
  if (speaker.rank === 'department' && speaker.ownParts?.includes(name)) return 'direct';
  // 「县局食品经营安全股」「局执法大队」: the head's own bureau by its short name, a part of it after (hunt s69-3 [35] [49], W: asked 「请」).
  if (speaker.rank === 'department' && /局$/.test(speaker.ownUnit ?? '') && OWN_BUREAU_PART.test(name) && [undefined, unitLevel(speaker.ownUnit!)].includes(unitLevel(name))) return 'direct';
  // A bare section (「社会救助股」, no body or level in its name) at a bureau head's meeting is his bureau's: the one body the
  // material leaves unnamed (end-1 [31], the session's last blind check: 「请社会救助股负责」 to his own section).
  if (speaker.rank === 'department' && BARE_SECTION.test(name) && !unitLevel(name)) return 'direct';
  // A part of the speaker's own bureau under its full name is the bureau's, whatever level the name says.
  if (speaker.rank === 'department' && [speaker.ownUnit, speaker.within].some((own) => own && ((name.length > own.length + 1 && name.startsWith(own)) || ownNamedFirst(name, own) !== undefined))) return 'direct';
  // A team stationed in the villages (「各驻村工作队」「县人社局驻村工作队」), whoever sent it, works under the level it
  // serves: its own, told plainly (s38-8 [42], W: a 乡党委副书记 「与各驻村工作队加强协调，争取支持」 as if outsiders).
  if (STATIONED_IN_VILLAGES.test(name) && speaker.rank !== 'department' && ORDER[speaker.level] <= 2) return 'direct';
  if ((!isFirm(name) && (isHigherUnit(name, speaker) || aboveTheBase(name, speaker) || namedAfterHigherPlace(name, speaker))) || (speaker.superior && sameOwnUnit(name, speaker.superior))) return 'higher';
  // 「由县纪委监委按规定启动问责程序」 from a bureau head read wrong: such an organ is named, never told.
  if (SUPERVISORY.test(name)) return 'partner';
  if (speaker.rank === 'department') return [speaker.ownUnit, speaker.within].some((own) => own && isBranch(name, own)) ? 'direct' : 'peer';
  if (OTHER_SYSTEM.test(name) || (!hasLevelsBelow(speaker.level) && VERTICAL_AT_BASE.test(name))) return 'partner';
  return 'direct';
}

/**
 * The parts an attendees line lists after one it names as the bureau's own (「局燃气管理股、城建监察大队负责人」): the bureau's
 * too, with no place of their own (word, s15: a 住建局长 asked his own 城建监察大队 「请…负责」).
 */
function partsListedWithOwn(lines: readonly string[]): string[] {
  return lines.flatMap((line) => {
    const pieces = line.replace(/^[^：:、，]{1,12}[：:]/, '').split(/[、，,]/).map((p) => p.trim().replace(/(的)?(主要|分管|有关|相关)?(负责同志|负责人|同志|全体人员|人员|干部|队长|股长|科长|主任)$/, ''));
    if (!/^[局委办](?![长])[^、，]{1,10}(股|科|室|队|站|所|中心|办)$/.test(pieces[0] ?? '')) return [];
    return pieces.slice(1).filter((p) => p.length >= 3 && !unitLevel(p) && !/^[局委办]/.test(p) && /(股|科|室|大队|中队|支队|站|所|中心)$/.test(p));
  });
}

/** A section named alone (「养老服务股」). */
const BARE_SECTION = /^[^县区市州镇乡街局委办厅部]{2,10}(股|科)$/;

/** The material's word for a bureau's own institutions: 「局属各单位」「委属单位」「直属单位」. */
const OWN_SYSTEM = /[局委办]属|直属单位|下属单位|所属单位/;
/** What an attendees piece says of people, not of the unit. */
const PIECE_PEOPLE = /(的)?(主要|分管|有关|相关)?(负责同志|负责人|同志|全体人员|人员|干部|所长|站长|主任|队长|院长)$/;

/**
 * Institutions the attendees list at a bureau's own meeting whose material says its own units attend (「局属各单位」): 「县排水管理所、
 * 县市政设施维护中心…负责人」 at the 住建局's 部署会 are its own, told and taken up, never asked with 「请」 (s54-3 [6] [35] [38] [45], W/E:
 * the 局长 answered his own 所's report 「涉及我们的事项，我们将逐条梳理」). Not a part of another body (局, 委, 办 in its name), not a
 * firm or another system's, not of another level, nor a branch of another bureau the material names (a 城管局's 排水管理所), nor a
 * business of the trade the bureau regulates (「湄溪客运站」 of a 交通运输局, trades.ts; s73-8 [32], W).
 */
function systemInstitutions(input: SpeechInput, ownUnit: string): string[] {
  const { meeting, campaign } = input;
  const lines = partLines(meeting.attendees ?? []).map((l) => l.replace(/[（(][^）)]*[）)]/g, ''));
  const same = (a: string, b: string) => sameOwnUnit(a, b) || sameOwnUnit(b, a);
  if (!OWN_SYSTEM.test([campaign.units ?? '', ...lines].join('；')) || !meeting.organizer || !same(meeting.organizer, ownUnit)) return [];
  const pieces = lines.flatMap((l) => l.replace(/^[^：:、，]{1,12}[：:]/, '').split(/[、，,]/)).map((p) => p.trim().replace(PIECE_PEOPLE, ''));
  const named = [...pieces, ...campaign.tasks.flatMap((t) => [t.lead, ...(t.support ?? [])])].map((u) => u.trim());
  const bureaus = named.filter((u) => /[局委]$/.test(u) && !same(u, ownUnit));
  // A township's own (「各乡镇农业综合服务中心」) is the township's, not the bureau's.
  return pieces.filter((p) => /(所|站|中心|大队|支队|中队)$/.test(p) && !/[局委办]|^各|^[^、，]{0,6}?(乡镇|街道|镇|乡)/.test(p) && !isFirm(p) && !OTHER_SYSTEM.test(p) && !VERTICAL_AT_BASE.test(p) && !ofTrade(p, ownUnit)
    && (unitLevel(p) ?? unitLevel(ownUnit)) === unitLevel(ownUnit) && !bureaus.some((b) => isBranch(p, b)));
}

/** Whether a unit is a provider with a brand of its own (「…县颐康居家养老服务中心」), named so in the material. */
export function isProvider(unit: string, speaker: Speaker): boolean {
  return !!speaker.providers?.includes(unit.trim());
}

/**
 * Whether a unit named in the material is the speaker's own: 「县市场监管局」 for the head of the
 * 县市场监督管理局 — the short name's characters in order within the full one, first and last alike.
 */
export function isOwnUnit(unit: string, speaker: Speaker): boolean {
  return ownUnitNamed(unit, speaker) !== undefined;
}

/** Which of the speaker's own units (the one headed, or another the title heads) a name is, if any. */
export function ownUnitNamed(unit: string, speaker: Speaker): string | undefined {
  if (speaker.ownUnit && sameOwnUnit(unit, speaker.ownUnit)) return speaker.ownUnit;
  const led = speaker.led && (unitLevel(unit) ?? speaker.level) === speaker.level ? ledNamed(unit, speaker.led) : undefined;
  if (led) return led;
  // 「县公安局交警大队」 is the 县交警大队 the speaker heads: named with its parent before it.
  for (const h of [speaker.heads, speaker.within]) {
    if (h && (sameOwnUnit(unit, h) || (bareUnit(unit).endsWith(bareUnit(h)) && (unitLevel(unit) ?? unitLevel(h)) === unitLevel(h)))) return h;
  }
  return undefined;
}

/**
 * A department head at his own unit's meeting (its organizer, no principal or deputy of the level in the chair): the room
 * is his own people, told 「大家要…」, not promised 「我们将认真对照」 as at a superior's meeting (s43-7 [6], W).
 */
export function holdsOwnMeeting(speaker: Speaker, organizer: string | undefined): boolean {
  return speaker.rank === 'department' && !!speaker.ownUnit && !speaker.deputyHead && !speaker.chaired && !!organizer && sameOwnUnit(organizer, speaker.ownUnit);
}

/**
 * Where a unit's name opens with the own unit's, full or shortened (「县市场监管局执法大队」 for the 县市场监督管理局):
 * the length of that opening, with a part of its own after it; none otherwise.
 */
export function ownNamedFirst(unit: string, own: string): number | undefined {
  const name = unit.trim();
  for (let k = 3; k < name.length - 1; k++) if (/[局委办]$|中心$|委员会$/.test(name.slice(0, k)) && !name.startsWith('员会', k) && sameOwnUnit(name.slice(0, k), own)) return k;
  return undefined;
}

function sameOwnUnit(unit: string, ownUnit: string): boolean {
  // A committee is 「…委员会」 in full, 「…委」 short: the title may say the short one, the material the full (s56-6 [33]).
  const own = bareUnit(ownUnit).replace(/委员会$/, '委');
  const name = bareUnit(unit).replace(/委员会$/, '委');
  if (!own || !name || name[0] !== own[0] || name.at(-1) !== own.at(-1)) return false;
  // 「市市场监督管理局」 is not the 县 bureau of the same name.
  const level = unitLevel(unit);
  if (level && level !== unitLevel(ownUnit)) return false;
  if (within(name, own)) return true;
  // 「县卫生健康委员会」 for the head of the 「县卫健委」: the title's name short, the material's full.
  return /委$/.test(own) && within(own, name);
}

/** Whether the short name's characters stand in order in the long one. */
function within(short: string, long: string): boolean {
  let at = 0;
  for (const ch of long) if (ch === short[at]) at++;
  return at === short.length;
}

/** A unit's name without its place: 「城北街道综治中心」 and 「街道综治中心」 → 综治中心, 「县市场监管局」 → 市场监管局. */
export function bareUnit(unit: string): string {
  // 「各市场监管所」「市场监管所」: 市 of 市场 is no place (s40-4 [38], W: read as 「场监管所」, not the bureau's own).
  return unit.trim().replace(/^[^、，]{0,6}?(街道|县|区|镇|(?<!城)乡|(?<![城都超门])市(?!场|容|政(?!府|协)|民(?!政|宗|族)))/, '');
}

/** Whether the level has levels below it, where 「各级」 means something. */
export function hasLevelsBelow(level: Level): boolean {
  return ORDER[level] >= 2;
}

/** Keys for phrase variants, most specific first: rank at level, rank, level. */
export function speakerKeys(s: Speaker): string[] {
  const tier = hasLevelsBelow(s.level) ? 'upper' : 'base';
  // Only the head speaks for the unit (「我代表县应急管理局」); a deputy speaks as the department.
  return [...(s.chaired ? ['chaired'] : []), ...(s.ownUnit && !s.deputyHead ? [`${s.rank}+own`] : []), `${s.rank}@${s.level}`, `${s.rank}@${tier}`, s.rank, s.level, tier];
}
