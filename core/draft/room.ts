// Who is in the room: the units `meeting.attendees` lists, those that spoke before (precedingItems)
// and the chair. A speaker may ask a unit in the room (「请县农业农村局加强业务指导」); one that is not
// there is not addressed at all — readers struck a 镇党委副书记 asking two absent county and city
// bureaus for guidance: the township says it will seek their support (「主动对接…，争取支持」).
// Whom the speech speaks to in the room, and how, is guests.ts.
import { literal } from './literal.ts';
import type { SpeechInput } from '../input/schema.ts';
import { summoned } from './preceding.ts';
import { kindCalled, leadsByTrade, ofKind } from './unit-kinds.ts';
import { tradesOf } from './peers.ts';
import { providesOf } from './providers.ts';
import { ofOwnTrade } from './room-trades.ts';
import { faultedParty } from './faulted-parties.ts';
import { faultedPeople, PARTY, PICKED, regulatedPeople } from './room-people.ts';
import { clientNoted, heldByNameOf, operatorOf, servedFirm, servedFirmsPeople } from './room-named.ts';
import { calledInstitution, entrustedOf, firmsLabelMateOf, labelMatesOf, OTHER_BODY, projectClientAtFault, providerOf, testersShort } from './room-parties.ts';
import { bareUnit, isEnterprise, isFirm, unitLevel } from './speaker.ts';
import { faultClauses, faultsOf } from './room-faults.ts';
import { INVITED } from './guest-words.ts';
import { partLines } from './line-parts.ts';
import { privatelyRun } from './own-institutions.ts';

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
   * Whether a party of the campaign is one the work regulates, by its relation to the work, never by
   * its kind: one called in (约谈); one the problems, or the items before the speech, are about (「各定点
   * 医药机构」 after 「5家定点医药机构违规使用医保基金」); one a task checks, puts right or punishes (「督促
   * 各物业服务企业…」). A regulator does not 「配合」 it or 「请」 it to lead (s14-4). A company, a bank or a
   * 国企 that is none of these is a partner: a 县发改局副局长 「要加强监管、跟踪督促」 the 中储粮 直属库
   * that leads the 最低收购价 preparation, his bureau its supporter, was read wrong (s15-1 [36]).
   */
  regulated(unit: string): boolean;
  /**
   * Whether a party does the work under the speaker's side as its client, or is regulated: a builder, a
   * demolisher, a 监理 or a tester on the campaign's works, or one the material says was entrusted with
   * the work (「委托…运营」), is overseen by whoever commissions it (「这项工作由…拆除工程有限公司具体实施，
   * …要盯住进度、督促到位」, kept in s15-4; the 养老 operator's task under 民生服务办, kept in s15-7).
   */
  overseen(unit: string): boolean;
  /** Whether a company is the client of the works the material names (「…作为实施主体」): beside its builder's lead it supervises. */
  client(unit: string): boolean;
  /** Whether a company runs the network the campaign works on (a gas company at a 燃气管道 campaign): it works with the speaker's side. */
  operates(unit: string): boolean;
  /** Whether a party, a town as well as a company, is one a 约谈 calls in: a line marked 「（被约谈）」 or the item naming whom it summoned. */
  calledIn(unit: string): boolean;
  /** Whether the material marks an institution as privately run (「…学校（民办）」): it belongs to the ground it stands in, whatever place it is named after. */
  privatelyRun(unit: string): boolean;
  /**
   * Whether a party of another system (a hospital, a school, the post office, a utility, a bank) is held only by its line's label
   * (「辖区共建单位：」 where the problems fault some 共建单位): held to the material's act, but no contract, regulation or lead gives
   * the speaker's side a say over it — asked, never ordered or told its 主体责任 (s46-5 [58] [67], W: a school and the post office
   * 「要按要求抓紧落实」, the hospital on their line 「请」). A company hired for a service its label names (「收运单位：」) stays bound.
   */
  heldAsked(unit: string): boolean;
  /**
   * Whether a unit of no company's name is one of the providers a label lists with a company (「房屋安全鉴定机构：…有限公司、鹤鸣区
   * 建筑设计院负责人」): a provider like them, not the level's own institution (s46-8 [42] [54], W: the 设计院 told 「配合」 as the
   * district's own while the company beside it was told its role).
   */
  provider(unit: string): boolean;
  /**
   * Whether the material faults testers only for their capacity (「鉴定力量不足…尚有341户未鉴定」), never their work (结论, 报告,
   * 出具, 失实 …): then they are asked for the task's act, not told to answer for their conclusions (s46-8 [42] [54], W).
   */
  testersShort: boolean;
  /** Whether a company is one a campaign serving companies works for (room-named.ts servedFirm): neither regulated nor held. */
  served(unit: string): boolean;
  /** Whether a line the clerk marks as invited (「特邀：…」「（应邀）」) names the unit: a guest, asked in its task, never told to 「配合」. */
  invited(unit: string): boolean;
  /** Whether the problems fault a party outside the speaker's line (faulted-parties.ts): told to put its part right, never asked. */
  faulted(unit: string): boolean;
}

/** A government body or a level's own: its name ends in its kind. */
const GOVERNMENT = /(局|办|委|部门|所|站|中心|队|政府|街道|乡镇|镇|乡|村|社区|科|股|室|组|部|学校|中学|小学|幼儿园)(（社区）)?$/;

/** What an attendee line says of a person rather than a unit: 「…分管负责同志」「…全体人员」「…代表」. */
const PERSON = /(的)?(主要|分管|有关|相关)?(负责同志|负责人|同志|代表|全体人员|人员|领导|干部|主任|局长|书记|所长|站长|队长|院长|校长|场长|经理)$/;
/** A whole level's units: 「县直各部门」「区直有关单位」「县安委会成员单位」. */
const COLLECTIVE = /^([县区市])(直|级)?(各|有关|相关)?(部门|单位)|^([县区市]).*成员单位/;

/** Hired for the campaign's works: the client oversees it (施工单位, a 拆除工程 company, 监理, a tester). */
const CONTRACTED = /施工|工程|拆除|监理|检测|鉴定|评估|维保|承包|总包|设计单位/;
/** The general end of a party's name: what is left before it says which party (「物业服务企业」 → 物业服务). */
const PARTY_END = /(有限责任公司|股份有限公司|有限公司|股份公司|公司|集团|企业|单位|机构|经营户|经营者|运营方|管理方|负责人|代表)+$/;
/**
 * A word said of a party in a problem: followed by what it is, of its own kind (「个别物业企业」「5家定点
 * 医药机构」「民营粮商」); 「非法砂石堆场」 is not said of 「…砂石资源开发有限公司」.
 */
function asParty(unit: string): string {
  // A company's outlets are the company's: 「快递网点…落实不严」 is about 「辖区物流快递企业」 (s62-7 [45], W: thanked and asked 「继续支持配合」).
  const kind = /公司|企业|集团/.test(unit) ? '企业|公司|集团|主体|商|网点|门店|分店|营业点|营业部' : /机构/.test(unit) ? '机构|主体' : /单位$/.test(unit) ? '单位|企业|公司' : '店|厂|场|铺|馆|户|经营|商户|摊|方|主体';
  return `[^，。；、]{0,4}?(${kind})`;
}
/** A company's plant, station or site. */
const FACILITY = '厂|场|站|矿|库|车间|码头|门店|项目部|工地';
/** The person a line names after the party: 「…负责人」「…代表」. */
const PARTY_END_PERSON = /(主要)?(负责人|代表|项目经理|负责同志)$/;
/** Words of any party's name that say nothing of which party it is. */
const GENERIC_WORD = /^(服务|经营|管理|运营|建设|发展|投资|综合|专业|实业|科技|有限|各类|辖区|重点|相关|有关|部分|个别|少数|一些)$/;
/**
 * A campaign that puts things right: the parties its name or goal names are what it puts right (「沿街餐饮
 * 油烟…集中整治」); not where it makes their thing safe for others (「燃气安全专项整治」: the gas company checks).
 */
const ENFORCEMENT = /整治|治理|整顿|打击|监管|执法|查处|规范/;

/**
 * A kind of party a task acts on by its general name, and the words of a company's own name that make it
 * one: 「督促开发企业补缴相关税费」 acts on 「澧原锦绣置业有限公司」 among the task's units (s26-8 [40], W: the
 * developer asked for 「大力支持」).
 */
const KIND_NAMES: readonly [RegExp, RegExp][] = [
  [/开发(企业|商|公司|单位)|房企|房地产(开发)?(企业|公司)/, /置业|地产|房产|开发/],
  [/施工(单位|企业|方)|承建(单位|企业|方)/, /建设|建工|建筑|工程|路桥|市政/],
  [/(运输|物流)(企业|公司|单位)/, /运输|物流|货运|客运/],
  [/物业(服务)?(企业|公司)/, /物业/],
];

/** Words that make the act after them a wrong: 「违法分包」「非法经营」「擅自改建」. */
const WRONG_ACT = '违法|非法|违规|私自|擅自|恶意';
/** A kind (no company's own name) whose trade a problem names as the wrong done (「违法分包、转包…」 → 劳务分包企业): at fault (s71-10 [50], W: thanked). */
function wrongDone(w: string, bare: string, faults: string): boolean {
  return !/公司|集团/.test(bare) && new RegExp(`(${WRONG_ACT})${literal(w)}`).test(faults);
}
/** What a task does to those it regulates. */
const SUPERVISES = /督促|监管|检查|整治|查处|执法|约谈|处罚|取缔|关停|整改|规范|清理整顿|专项治理/;

/**
 * The words that say which party a name is: the first and last two characters of what is left when
 * its place, its count and its general end are taken off (「各物业服务企业」 → 物业; 「被约谈的5家定点医药
 * 机构」 → 定点, 医药; 「中储粮昭溪直属库有限公司」 → 中储, 属库); a place of business by its kind (药店).
 */
function partyWords(unit: string, stem: string, places: ReadonlySet<string> = new Set()): string[] {
  // 「部分重点企业」: 部分 picks some out; it names no party (s20-4 [56], W: 「部分乡镇仍在等客上门」 made the
  // companies at an investment meeting regulated, and they were told their 主体责任).
  const name = bareUnit(unit.trim().replace(/^(被约谈的?|辖区|各|全区|全县|全镇|全乡|有关|相关|部分|个别|少数|一些)+/, '').replace(/^[\d一二三四五六七八九十]+家/, ''));
  const trimmed = name.replace(PARTY_END, '').replace(stem.length >= 2 ? stem : /^$/, '');
  // The city a company's name opens with names no party: 「渚阳港华燃气公司…」 is not the 「渚阳建工集团…」 a problem faults (r-s80 s80-2
  // [46], W: a gas company with no fault and no task told 「切实履行主体责任」).
  const core = places.has(trimmed.slice(0, 2)) && trimmed.length > 4 ? trimmed.slice(2).replace(/^[市县区]/, '') : trimmed;
  const words = core.length >= 2 ? [core.slice(0, 2), core.slice(-2)] : [];
  if (/[店院厂场铺馆]$/.test(name)) words.push(name.slice(-2));
  return [...new Set(words)].filter((w) => !GENERIC_WORD.test(w));
}

/**
 * A business's works named after the town it stands in (「大岭镇青山采石场」「柳溪镇红星砖厂」): a party, not the town's body — unless
 * it is a public one (林场, 农场, 水厂, 垃圾填埋场, 广场, 市场 …). s55-7 [38] [55] [59], W: the quarry at fault told 「主动参与」 by
 * nobody, handed problems to follow up, and left out of the 主体责任 sentence.
 */
const BUSINESS_SITE = /(?<!林|农|牧|广|市|水|污水处理|垃圾[^、，]{0,4}|殡仪|火葬|苗|良种|种畜|体育|文化|图书|博物|纪念|展览)(厂|场|矿|店|铺|坊)$/;

/** A company by its name. */
const FIRM_NAME = /公司|集团|企业/;
/** Companies that are a meeting's partners by what they are, whatever the meeting: associations, utilities, banks. */
const PARTNER_FIRM = /协会|商会|联合会|供电|电力|电网|移动|联通|电信|通信|铁塔|银行|信用社|农商行|保险/;

/** A meeting that summons parties to account (约谈会, 警示约谈会): those it calls in are its object. */
export function isSummons(input: SpeechInput): boolean {
  return /约谈/.test(`${input.meeting.type ?? ''} ${input.meeting.name}`);
}

/** What an item before the speech says, without who said it: 「县粮食购销有限公司汇报了仓容准备情况」 → 仓容准备情况. */
function reportedOf(item: string): string {
  const m = /(?:通报|汇报|介绍|传达|宣读|解读|作了|报告|反馈)了?(.*)$/.exec(item);
  // One that speaks for itself says nothing of itself as a party: 「汀安锐科电子有限公司董事长何嘉明作为企业代表
  // 发言」 (s25-5 [52], W: the company then told its 主体责任 at a 营商环境 meeting).
  if (!m && /发言|表态|致辞|讲话/.test(item)) return '';
  return m ? m[1]! : item;
}

/** The units named in a line: 「县经信局、县住建局分管负责同志」 → 县经信局, 县住建局. */
function piecesOf(line: string): string[] {
  return line
    .split(/[、，,；;]/)
    // 「…和…」 joins two units only after a unit's or a person's end: 「区住房和城乡建设局」 is one name.
    .flatMap((p) => p.split(/(?<=(?:局|委|办|所|站|队|中心|组|院|校|村|社区|镇|乡|街道|公司|企业|单位|代表|同志|负责人|人员))(?:和|及|与)/))
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
  if (m) return m[1]!.split('、').flatMap((k) => (k === '乡镇' ? ['镇', '乡'] : [k]));
  // 「西岭乡、峪口镇、贾壁乡分管安全副乡（镇）长」: the townships named one by one are 「各有关乡镇」 in the room (s38-7).
  const named = line.trim().split('、').map((p) => /^\p{Script=Han}{2,3}?(镇|乡|街道)(?![办所站局])/u.exec(p.trim())?.[1]);
  return named.length > 1 && named.every(Boolean) ? [...new Set(named as string[])] : [];
}

/**
 * At a 约谈 meeting a company in the room with no task of the campaign's is there to be talked to: the
 * meeting's object (s22-5 [45], W: a 配送 company at a school-food 警示约谈会 thanked for its 「关心和支持」).
 * An association, a utility or a bank, or a company with a task of its own, stays a partner.
 */
function summonedByMeetingOf(input: SpeechInput): (name: string) => boolean {
  if (!isSummons(input)) return () => false;
  const taskUnits = input.campaign.tasks.flatMap((t) => [t.lead, ...(t.support ?? [])]);
  const lines = input.meeting.attendees ?? [];
  // A company that sits in (「（列席）」) is no party called in (s36-3 [49], W).
  return (name) => FIRM_NAME.test(name) && !PARTNER_FIRM.test(name) && lines.some((l) => l.includes(name) && !/[（(]列席[^）)]*[）)]|^列席[：:]/.test(l)) && !taskUnits.some((u) => u.includes(name) || name.includes(u.trim()) || sameUnit(bareUnit(u.trim()), bareUnit(name)));
}

/** The two characters before 市/县/区/镇/乡/街道/村 in the material: a place's name, no company's own word. */
function placeWordsOf(input: SpeechInput): Set<string> {
  return new Set([...JSON.stringify(input).matchAll(/(\p{Script=Han}{2})(?=市|县|区|镇|乡|街道|村)/gu)].map((m) => m[1]!));
}

/**
 * A company's plant, station or site is the company's: 「梅溪二级电站下泄不足」 is about 「…梅溪水电开发有限公司」
 * (s23-6 [42][62], W: the company whose plant under-released was asked for support and thanked). Not by a
 * place's name (「榆陵水务集团」 is not about every 站 of 榆陵), and only a site of the company's trade: a
 * character of the rest of its name in the site's (水电 → 二级电站, 石材 → 采石场; 「榆陵纺织厂宿舍」 is
 * not the 榆陵城投停车 company's).
 */
function facilityOf(input: SpeechInput): (w: string, text: string, unit: string) => boolean {
  const placeWords = placeWordsOf(input);
  return (w, text, unit) => {
    if (!/(公司|集团)$/.test(unit.trim()) || placeWords.has(w)) return false;
    const trade = bareUnit(unit.trim()).replace(PARTY_END, '').replace(w, '').replace(/有限|责任|股份|开发|管理|服务|发展|投资|实业|科技/g, '');
    const site = new RegExp(`${literal(w)}([^，。；、]{0,4}?(?:${FACILITY}))`).exec(text)?.[1] ?? '';
    return [...site].some((ch) => trade.includes(ch));
  };
}

/**
 * A task acts on a company of its units by their kind's general name (KIND_NAMES): checks it, or has it put things right (「物业公司限期
 * 整改电梯、停车问题」) — the one it leads as well (s61-12 [37], W: the property company the task puts right asked to 「牵头」 it).
 */
function actedOn(unit: string, input: SpeechInput): boolean {
  return input.campaign.tasks.some((t) => [t.lead, ...(t.support ?? [])].some((u) => u.trim() === unit.trim())
    && KIND_NAMES.some(([kind, words]) => words.test(unit) && new RegExp(`(${SUPERVISES.source})[^，。；]{0,12}?(${kind.source})|(${kind.source})[^，。；]{0,4}?(限期|立即整改|逐项整改|整改到位)`).test(`${t.title}，${t.detail ?? ''}`)));
}

/**
 * Co-leads are one party: a company that leads a task together with one overseen is overseen with it (s29-3
 * [57], W: of two companies leading the works together one was held to its work, the other left out).
 */
function coLead(unit: string, input: SpeechInput, overseen: (u: string) => boolean): boolean {
  return input.campaign.tasks.some((t) => {
    const leads = t.lead.split(/[、，,]/).map((l) => l.trim());
    return leads.length > 1 && leads.includes(unit.trim()) && leads.some((l) => l !== unit.trim() && overseen(l));
  });
}

/**
 * The words a company is named by in the material's sentences, not by the place its name opens with: 「霁州水务集团」
 * is not the builder 「霁州建工集团…承建」 (s30-3 [57], E) — a first word that opens several companies' names is
 * their city's; so is one before 市/县/区.
 */
/**
 * Words of a company's name that name the things works are done on (「濉源水务集团管网公司」 → 管网): in the material they are the
 * things, never the company (s51-2 [66], W: 「影响管网施工」 read as the 管网 company building, told its 主体责任 as a contractor).
 */
const WORKS_THING = /^(管网|管线|管道|线路|杆线|道路|桥梁|河道|沟渠|泵站|雨污|污水|排水)$/;

function namesOfParty(input: SpeechInput, stem: string, material: string): (unit: string) => string[] {
  const cityWords = placeWordsOf(input);
  const firms = [...new Set([...material.matchAll(/[\p{Script=Han}]{4,16}?(?:有限责任公司|有限公司|集团)/gu)].map((m) => m[0].replace(/^.*[、，的由和与及]/, '')))];
  return (unit) => {
    const words = partyWords(unit, stem);
    const shared = words[0] && firms.filter((f) => f.startsWith(words[0]!) || bareUnit(f).startsWith(words[0]!)).length > 1;
    // Without its city, a company goes by the two characters after it (「江屿洁净环境…」 → 洁净公司).
    const after = shared ? [bareUnit(unit.trim()).replace(PARTY_END, '').slice(2, 4)] : [];
    return [...(shared ? words.slice(1) : words), ...after, unit.trim().replace(PARTY_END, '')].filter((w) => w.length >= 2 && !cityWords.has(w) && !GENERIC_WORD.test(w) && !WORKS_THING.test(w));
  };
}

/**
 * Peers are held alike: a company is overseen where another of its trade (peers.ts) with the same standing
 * in the tasks (both lead, both support, or neither) is — decided for the kind as a whole, never by which
 * words one company's name happens to hold (s13: 「…建设集团」 thanked, 「…路桥工程公司」 beside it held).
 */
function peerOf(input: SpeechInput, overseen: (u: string) => boolean): (unit: string) => boolean {
  const trades = tradesOf(input);
  const same = (a: string, b: string) => a.trim() === b.trim() || sameUnit(bareUnit(a.trim()), bareUnit(b.trim()));
  const units = (t: SpeechInput['campaign']['tasks'][number], lead: boolean) => (lead ? [t.lead] : (t.support ?? [])).flatMap((x) => x.split(/[、，,]/));
  const standing = (unit: string) => {
    const { tasks } = input.campaign;
    return tasks.some((t) => units(t, true).some((u) => same(u, unit))) ? 'lead' : tasks.some((t) => units(t, false).some((u) => same(u, unit))) ? 'support' : 'none';
  };
  // A builder in a task on the works' own conduct (施工安全, 工程质量, 农民工工资) does it as the one held to it (s40-6 [76]).
  const works = (unit: string) => input.campaign.tasks.some((t) => /施工|工程质量|农民工工资|文明施工/.test(t.title) && [...units(t, true), ...units(t, false)].some((u) => same(u, unit)));
  return (unit) => {
    const me = trades.find((f) => same(f.name, unit));
    if (!me) return false;
    if (me.trade === 'builder' && works(unit)) return true;
    const at = standing(unit);
    // A builder that supports another builder's lead on the same works is a contractor like it (s41-5 [32], E: thanked, the lead held).
    const under = input.campaign.tasks.some((t) => units(t, false).some((u) => same(u, unit)) && units(t, true).some((l) => trades.some((f) => same(f.name, l) && f.trade === me.trade && overseen(f.name))));
    return under || trades.some((f) => !same(f.name, unit) && f.trade === me.trade && standing(f.name) === at && overseen(f.name));
  };
}

/** Whether a unit is in the room: one of its attendee lines' pieces or places names it (or its kind, or its level's collective). */
function inRoom(pieces: readonly string[], places: readonly string[]): (unit: string) => boolean {
  return (unit: string): boolean => {
    const name = unit.trim();
    const level = unitLevel(name);
    if (places.some((k) => name.endsWith(k) && !/[局所站队办委]/.test(name))) return true;
    // 「辖区各银行网点」 are in the room when a bank is.
    const kind = kindCalled(name);
    if (kind && pieces.some((p) => ofKind(p, name))) return true;
    return pieces.some((p) => {
      if (p.includes(name) || (p.length >= 3 && name.includes(p) && /[局办委所站队中心组院校]$/.test(p))) return true;
      const collective = COLLECTIVE.exec(p);
      if (collective) return !!level && unitLevel(`${collective[1] ?? collective[5]}x`) === level;
      // Same level (or none said) and the same name, one shortened: 县市场监管局 in the room is the 县市场监督管理局.
      const pl = unitLevel(p);
      return (!pl || !level || pl === level) && sameUnit(bareUnit(p), bareUnit(name)) && sameUnit(p, name);
    });
  };
}

/**
 * A company its attendees line labels by kind (「河道保洁单位：…公司、…公司」) is of that kind: where the problems or the
 * tasks speak of that kind (「两家保洁单位…清理不及时」「两家保洁单位补足船只和人员」), it is held to its part (s37-5 [29], W).
 * The label's words each (「排水管网养护作业单位：」 → 养护单位, 作业单位 …), the tasks' titles too (s39-4 [69], W: one of
 * three 养护 companies thanked, the other two held).
 */
function labelledOf(input: SpeechInput, about: string): (unit: string) => boolean {
  const { meeting } = input;
  return (unit: string) => {
    const line = partLines(meeting.attendees ?? []).find((l) => l.includes(unit.trim()));
    const kind = line ? /^([\p{Script=Han}]{2,10})(单位|企业|公司)[：:]/u.exec(line) : null;
    if (!kind) return false;
    const said = `${about}；${input.campaign.tasks.map((t) => `${t.title}，${t.detail ?? ''}`).join('；')}`;
    const words = [...kind[1]!].map((_, k) => kind[1]!.slice(k, k + 2)).filter((w) => w.length === 2 && !GENERIC_WORD.test(w));
    return words.some((w) => new RegExp(`${literal(w)}${kind[2]}`).test(said));
  };
}


/** Whether a party, a town as well as a company, is one a 约谈 calls in: on a line marked 「（被约谈）」, or named by the item that says whom it summoned. */
function calledInOf(input: SpeechInput): (unit: string) => boolean {
  const called = summoned(input)?.text ?? '';
  return (unit) => isSummons(input) && unit.trim().length >= 2 && ((input.meeting.attendees ?? []).some((l) => /被约谈/.test(l) && l.includes(unit.trim())) || called.includes(unit.trim()));
}

/** A level's own investment and construction company by its name: 「县城投公司」「区交投集团」「市城发集团」. */
const PLATFORM = /^[县区市]?[^、，]{0,8}(城投|交投|教投|水投|建投|城发|文旅投)[^、，]{0,8}(公司|集团)$/;

/**
 * A level's own investment company (「县城投公司」「区交投集团」) where a problem faults the level's 平台公司 (「部分乡镇、平台公司项目工程款
 * 结算滞后」「区属国企拖欠…」) or a fault clause names it: held to its part, never asked 「也请…大力支持」 (s76-1 [37],
 * r-s78 s78-10 [32], W). A problem states a fault: a platform company it names is not praised there.
 */
function platformFaulted(unit: string, faults: string, input: SpeechInput): boolean {
  const name = unit.trim();
  // One that leads a task of its own (「区城投集团清偿无分歧欠款」) is asked in it as before (s77-10 [25], K): held where it supports.
  if (input.campaign.tasks.some((t) => t.lead.trim() === name)) return false;
  return PLATFORM.test(name) && (/平台公司|融资平台|国有平台|[县区市]属国(有)?企(业)?/.test(faults) || faults.includes(name));
}

/** The cities and counties the material names (「渚阳市」「岚溪县」), never a trade's words before 市场 or 市政 (「农贸市场」). */
function cityWordsOf(input: SpeechInput): Set<string> {
  return new Set([...JSON.stringify(input).matchAll(/(\p{Script=Han}{2})(?=(市|县)(?![场民政容级属直委]))/gu)].map((m) => m[1]!));
}

export function roomOf(input: SpeechInput): Room {
  const { meeting } = input;
  const lines = [...(meeting.attendees ?? []), ...(meeting.precedingItems ?? []), meeting.host?.title ?? ''].filter(Boolean);
  const pieces = lines.flatMap(piecesOf);
  const [places, placeWords] = [(meeting.attendees ?? []).flatMap(placesCalled), cityWordsOf(input)];
  // The place's own name: 「桥头镇」 → 桥头, 「南门街道」 → 南门, 「临江区」 → 临江.
  const stem = input.campaign.region.trim().replace(/(街道办事处|街道|镇|乡|区|县|市)$/, '').replace(/^.*[省市县区]/, '');
  // Title, detail and examples apart: run together, 「营商环境还有短板」+「企业反映…」 read as 「还有短板企业」 (s20-4 [56], W).
  const about = [...input.campaign.problems.map((p) => [p.title, p.detail ?? '', ...(p.examples ?? [])].join('；')), ...(meeting.precedingItems ?? []).map(reportedOf), summoned(input)?.text ?? ''].join('；');
  const tasks = input.campaign.tasks.map((t) => `${t.title}，${t.detail ?? ''}`).join('；');
  const called = summoned(input)?.text ?? '';
  const c = input.campaign;
  const purpose = ENFORCEMENT.test(`${c.name}${c.goal ?? ''}`) ? `${c.name}；${c.goal ?? ''}` : '';
  const facility = facilityOf(input);
  const saidOf = (w: string, text: string, unit: string) => (PARTY.test(w) ? text.includes(w) : new RegExp(`${literal(w)}${asParty(unit)}`).test(text) || facility(w, text, unit));
  // A task acts on it: the word after a verb of checking in the same clause (「督促各农贸市场开办方…」), not the party doing the
  // checking (「燃气公司安检员…上门…限期整改」); or a task puts a duty on it: 「落实养殖企业防疫主体责任」.
  const checked = (w: string, unit: string) => {
    const said = `${literal(w)}${PARTY.test(w) ? '' : asParty(unit)}`;
    return new RegExp(`(${SUPERVISES.source})[^，。；]{0,12}?${said}|${said}[^，。；]{0,6}主体责任`).test(tasks);
  };
  // A company by its own name is at fault only where a clause says so (s32-6 [39], W); a kind a problem names is regulated.
  const [faults, mentioned] = [faultsOf(input, about), faultClauses(about, false)];
  const [summonedByMeeting, heldByName, served, ownTrade] = [summonedByMeetingOf(input), heldByNameOf(input, faults), (unit: string) => servedFirm(input, unit, faults), ofOwnTrade(input)];
  const kindUnits = input.campaign.tasks.flatMap((t) => [t.lead, ...(t.support ?? [])]).flatMap((u) => u.split(/[、，,]/)).map((u) => u.trim()).filter((u) => kindCalled(u));
  const regulated = (unit: string): boolean => {
    const name = unit.trim();
    if (served(name)) return platformFaulted(name, faults, input);
    if (summonedByMeeting(name) || heldByName(name) || platformFaulted(name, faults, input) || regulatedPeople(name) || faultedPeople(name, faults) || ownTrade(name)) return true;
    const bare = name.replace(/^(辖区|各|全区|全县|全镇|全乡|有关|相关)+/, '').replace(/^[\d一二三四五六七八九十]+家/, '');
    // A government body, a village called in, or a level's own (「县水务局」), is not regulated by the work: it does it; a firm named like a station is no body (「…充装站」); nor the 企业家 a campaign serving them invited (s54-8); an institution a 约谈 calls in is (s58-4).
    if (servedFirmsPeople(input, name) || ((GOVERNMENT.test(bare) || unitLevel(bare)) && !/公司|集团|企业/.test(bare) && !isFirm(bare) && !BUSINESS_SITE.test(bare) && !calledInstitution(input, name))) return false;
    if (/被约谈/.test(name) || (called && name.length >= 3 && (called.includes(name) || name.includes(called)))) return true;
    // A company of a kind a task's unit calls in (「各燃气经营企业」) is regulated where that kind is (s41-1 [53], W: a 液化石油气
    // company thanked as a supporter beside the task 「落实燃气企业主体责任」).
    if (isFirm(name) && !kindCalled(name) && kindUnits.some((u) => u !== name && ofKind(name, u) && regulated(u))) return true;
    // A kind of 「…单位」 (「各液化气充装单位」) is a party only where a problem's fault or a task's check names it by its
    // kind (「充装单位主体责任严重缺位」; s40-4 [38], W: asked for 「大力支持」 at its own 约谈); 「各管线产权单位」 otherwise not.
    if (/单位$/.test(bare) && !PARTY.test(bare) && !/委员会$/.test(bare)) return faults.includes(bare.slice(-4)) || projectClientAtFault(bare, faults) || partyWords(bare, stem, placeWords).some((w) => saidOf(w, faults, bare) || checked(w, bare));
    if (!PARTY.test(bare) || /委员会$/.test(bare)) return false;
    // Its kind picked out in a problem: 「部分机构消防安全条件不达标」 is about 各校外培训机构.
    const head = /(企业|公司|机构|门店|商户|经营户|场所)$/.exec(bare.replace(PARTY_END_PERSON, ''))?.[1];
    if (head && new RegExp(`${PICKED}[^，。；、]{0,6}?${head}`).test(about)) return true;
    // Each party of a compound name on its own: 「各养殖场户和屠宰企业」.
    const parts = bare.split(/和|及|、/).filter((p) => p.length >= 2);
    if (FIRM_NAME.test(bare) && actedOn(name, input)) return true;
    const own = FIRM_NAME.test(bare) && !/^(各|辖区|全|部分|有关|相关)/.test(name);
    return parts.some((part) => partyWords(part, stem, placeWords).some((w) => saidOf(w, own ? faults : mentioned, part) || checked(w, part) || wrongDone(w, bare, faults) || (!!purpose && new RegExp(`${literal(w)}(?!安全)`).test(purpose))));
  };
  // What the speaker's side entrusted to it (「中心委托昭溪福寿康…运营」), or bound it to by an agreement (s16-6 [29], E).
  const material = JSON.stringify(c);
  const named = namesOfParty(input, stem, material);
  // Or named as the builder: 「由…城市发展集团有限公司作为实施主体，汀安市建工集团有限公司施工」 (s25-2, E: the
  // builder asked for 「大力支持」, the client it works for asked to 「支持配合」 it).
  // Or paid and scored for a service it does, or bound by an agreement (room-parties.ts entrustedOf).
  const entrusted = entrustedOf(input, material, named);
  /** The client of the works: 「…作为实施主体」「…为建设单位」「项目业主为…」. */
  const client = (unit: string) => isFirm(unit) && (clientNoted(unit, meeting.attendees ?? []) || named(unit).some((w) => new RegExp(`${literal(w)}[^，。；"、]{0,8}?(作为|为|是)(项目)?(实施主体|建设单位|项目业主|业主单位)`).test(material)));
  const contracted = (unit: string) => (CONTRACTED.test(unit) || entrusted(unit)) && (isEnterprise(unit) || isFirm(unit) || /公司|企业|单位/.test(unit));
  const [labelled, operator, provides] = [labelledOf(input, about), operatorOf(input), providesOf(input)];
  // A company that leads a task as one of its trade (「各电梯企业」) does the work: held to it, like each of its peers (s47-3 [54] [55], W).
  const leadsAsTrade = (unit: string) => leadsByTrade(unit, c.tasks.flatMap((t) => t.lead.split(/[、，,]/)));
  const overseen = (unit: string) => regulated(unit) || labelled(unit) || operator(unit) || leadsAsTrade(unit) || provides(unit) || unit.split('、').some((u) => u.trim() && contracted(u.trim()));
  const peer = peerOf(input, overseen);
  const bound = (u: string) => regulated(u) || operator(u) || leadsAsTrade(u) || provides(u) || contracted(u) || coLead(u, input, overseen) || peer(u);
  const [provider, labelMate] = [providerOf(input), labelMatesOf(input)];
  return {
    regulated, provider, served,
    testersShort: testersShort(faults),
    heldAsked: (unit: string) => unit.split(/[、，,]/).map((u) => u.trim()).filter(Boolean).every((u) => labelled(u) && !bound(u) && ((!isFirm(u) && !firmsLabelMateOf(input)(u)) || OTHER_BODY.test(u))),
    client,
    operates: operator,
    // 「A公司、B公司」 leading together: held where each is (a 约谈's two companies, their 整改 led jointly).
    overseen: (unit: string) => overseen(unit) || provider(unit, overseen) || labelMate(unit, overseen) || coLead(unit, input, overseen) || peer(unit) || (/[、，,]/.test(unit) && unit.split(/[、，,]/).every((u) => !u.trim() || overseen(u.trim()))),
    stationed: (unit: string) => (stem.length >= 2 && unit.includes(stem)) || /驻(街道|镇|乡|村|社区|区|县)/.test(unit),
    listed: (meeting.attendees?.length ?? 0) > 0, invited: (unit: string) => unit.trim().length >= 2 && (meeting.attendees ?? []).some((l) => INVITED.test(l) && l.includes(unit.trim())),
    has: inRoom(pieces, places),
    calledIn: calledInOf(input), faulted: (unit: string) => faultedParty(unit, input), privatelyRun: (unit: string) => privatelyRun(unit, meeting.attendees ?? []),
  };
}
