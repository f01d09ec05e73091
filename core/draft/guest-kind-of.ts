// What kind of guest an attendee is (guests.ts kindOf): the speaker's own side, the front line, a higher level's group, a partner,
// an enterprise, the public. How each kind is spoken to is guests.ts and room-paragraph.ts.
import type { SpeechInput } from '../input/schema.ts';
import { commandedBodies, underCommand } from './command.ts';
import { sameUnit } from './room.ts';
import { appointedBy, BODY_WATCHERS, boundByRules, namedByProblems, PEOPLE_HEAD, postOf, regulatedAll } from './guest-kinds.ts';
import { peopleKind, PUBLIC, UNIT_END } from './attendees.ts';
import { REGULATED_PEOPLE } from './people.ts';
import { INVITED, ROLES, WORKS_PARTIES } from './guest-words.ts';
import { bareUnit, FUEL_STATION, isProvider, STATIONED_IN_VILLAGES, unitLevel, unitRelation, type Speaker } from './speaker.ts';
import type { Guest } from './present.ts';
import { runByOwnDepartment } from './branches.ts';

/** The speaker's own side in general: leaders, the level's units, the levels below. */
export const OWN_SIDE = /班子|领导|^各|^部分|成员单位|首席|窗口|[县区市镇乡]直|街道各|分管|包村|驻村干部|河长/;
/** Secretaries and heads of the villages and communities: the speaker's first line of command (「…书记和网格员代表」 too). */
export const VILLAGE = /(村|社区)[^、]*书记((和|及)[^、]{1,8}代表|(和|及|、)(村委会|居委会|社区居委会)?主任)?$/;
/** The speaker's own people at the front line: called on, as the speaker leads them (群测群防 监测员 too: 「前哨」, s63-1 [66], s77-3 [64], E). */
const FRONTLINE = /巷长|路长|街长|护林员|监测员|护渔员|巡河员|护河员|管水员|防疫员|管护员|调解员|网格员|督导员|协管员|扑火队|专干|信息员|安全员|巡查员|保洁员|民兵|抢险队|应急队/;
/**
 * Those the level names answerable for a thing (「全县42座小型水库行政责任人」「山洪危险区防汛责任人」): its front line, told their duty,
 * never the public asked to 「多理解、多支持」 (s57-2 [73], W) — unless a company's or an owner's (「企业安全生产责任人」: a party).
 */
const DUTY_HOLDER = /(?<!主体)责任人$/;
const PARTY_OWN = /企业|公司|单位|经营|业主|主体|商户|店/;
/** The heads of the level's schools as a kind (「各中小学校、幼儿园校（园）长」): its front line, never the public (s55-6 [51], W); not a 培训学校's. */
const SCHOOL_HEADS = /^(?!.*(培训|民办))[^、，]*(学校|中小学|小学|中学|幼儿园)[^、，]*[、]?[^、，]*(校|园|校（园）)长$/;
/**
 * Those of the public whom the work regulates — who keep a shop, a farm, a kitchen, a building let or
 * used for business: asked to comply and to carry their own responsibility, never invited to
 * 「监督我们的工作」 (s9: the 规模养殖场 under inspection, 11 of 38 failing it, were). Residents,
 * parents and volunteers may be invited to supervise.
 */
const REGULATED = REGULATED_PEOPLE;
/** Enterprises and those who run a site for profit: asked to carry their own (主体) responsibility. */
export const ENTERPRISE = new RegExp(`企业|公司|集团|事务所$|${FUEL_STATION.source}|银行|支行|分行|信用社|商圈|管理方|施工单位|建设单位|监理单位|设计单位|运营单位|维保单位|检测机构|物业`);
/**
 * A company a level owns to invest and build for it, named by the level alone (「县城投公司」「县教投公司」「区交投集团」): not a
 * builder or a utility that carries the level's name (「县第一建筑工程有限公司」「县广电网络公司」), nor a bank's branch.
 */
export const LEVEL_OWNED = /^[县区市][^、，]{0,8}(城投|交投|教投|水投|国投|建投|城发|文旅投|投资|国资|控股)[^、，]{0,8}(公司|集团)$/;
/**
 * Testers with a task, where the material faults only their capacity (Room.testersShort): asked in their task, told nothing of their
 * conclusions in the room (s46-8 [54], W: 「对每一份结论负责」 said to one of two appraisers, where only 「鉴定力量不足」 was said).
 */
export const TESTER = /检测|鉴定|检验/;
/** Companies hired to keep something up or clean, whose 项目经理 runs a service, not a works site. */
export const UPKEEP = /物业|环卫|保洁|清扫|清运|养护|家政|餐饮|安保|保安/;
/** A company's own name, whatever place it starts with (「南屏市鑫安…有限公司」). */
const ENTERPRISE_NAME = new RegExp(`企业|公司|集团|事务所$|${FUEL_STATION.source}`);
/** A government body's name ends in its kind: 「区住建局物业管理科」. */
const GOVERNMENT_END = /(局|办|科|股|所|站|中心|委|队|处)$/;
/** A supervision or working group sent by a higher level: 「区创文办第三督导组」「市专班驻区工作组」. */
export const SENT_GROUP = /督导组|督查组|工作组|指导组|专班/;

/** A school by its name's end: a unit, never people. */
const SCHOOL_UNIT = /(学校|中学|小学|幼儿园|中心校)$/;

/** A group's members after its name: 「…工作组全体成员」 is the group. */
const MEMBERS = /(全体)?(成员|组员)$/;
/** A post of a title after the group it holds: 「项目群众工作组组长」 → 项目群众工作组. */
const GROUP_POST = /(副?组长|成员|组员|牵头人|召集人)$/;

/**
 * The campaign's own groups: those the speaker's or the host's title holds a post in, the campaign's
 * units and the meeting's organiser. Such a group is the speaker's side, never a guest come to guide
 * (s17-5 [44], W: a 镇党委副书记 who heads the 项目群众工作组 thanked its members for 「到会指导」).
 */
export function ownGroups(input: SpeechInput): string[] {
  const { meeting, campaign } = input;
  const lines: (string | undefined)[] = [meeting.speaker.title, meeting.host?.title, campaign.units, meeting.organizer];
  return lines.flatMap((l) => (l ?? '').split(/[、，,；;\s]+/)).map((p) => p.replace(GROUP_POST, '')).filter((p) => SENT_GROUP.test(p));
}

/** Whether a group in the room is one of the campaign's own: the same name, one of them shortened. */
function isOwnGroup(name: string, own: readonly string[]): boolean {
  const group = bareUnit(name.replace(MEMBERS, ''));
  return group.length >= 3 && own.some((o) => sameUnit(group, bareUnit(o)));
}

/**
 * A group named at the speaker's own level, where the speaker leads that level, is the level's own: a
 * 副县长's 「县…征地拆迁工作专班」 (a check reading after session 9's fix thanked it for 「到会指导」). Only a
 * group of a higher level comes to guide.
 */
function levelsOwnGroup(name: string, speaker: Speaker): boolean {
  return (speaker.rank === 'principal' || speaker.rank === 'deputy') && unitLevel(name) === speaker.level;
}

/** People of a trade by their head noun, whatever firm the words before it name: 「餐饮企业厨师」「运输企业驾驶员」. */
const TRADE_HEAD = /(厨师|帮厨|司机|驾驶员|押运员|从业人员|作业人员|信号工|司索工|架子工|电工|焊工|机手|船员|监控员|配送员|送气工|一线员工)$/;

/** A body's enforcers by their people. */
const ENFORCERS = /执法人员|执法队员/;

export function kindOf(name: string, text: string, speaker: Speaker, own: readonly string[] = [], input?: SpeechInput): Guest | undefined {
  if (!name) return undefined;
  // The body the speaker commands and its working groups are the speaker's own (s22-4 [50], W).
  if (input && underCommand(name, input, speaker, commandedBodies(input))) return undefined;
  // So are the institutions the speaker's department runs, whatever their names (branches.ts; s70-10 [6], W); its enforcers by their
  // people are its front line (「县农业综合行政执法大队全体执法人员」).
  if (runByOwnDepartment(name, speaker)) return ENFORCERS.test(text) ? 'frontline' : undefined;
  if (VILLAGE.test(text) && speaker.level !== 'city') return 'village';
  // A team stationed in the villages is the level's own front line, whoever sent it (s38-8 [57], W: a 供电公司's 驻村工作队 told its 主体责任).
  if (STATIONED_IN_VILLAGES.test(name) && unitRelation(name, speaker) === 'direct') return 'frontline';
  // A group that names no level or body above it (「入户工作组」) is the meeting's own team, never a guest come to guide (s38-1 [50], W).
  if (SENT_GROUP.test(name) && !OWN_SIDE.test(name)) return unitRelation(name, speaker) === 'own' || isOwnGroup(name, own) || levelsOwnGroup(name, speaker) || !/中央|省|[市县区州旗盟]|驻|部|局|委|办/.test(name.replace(SENT_GROUP, '')) ? undefined : 'sent';
  // The front line is called on though it serves the levels below (「各乡镇护渔员队伍代表」, s12-3: read as left out).
  if ((FRONTLINE.test(name) || (DUTY_HOLDER.test(name) && !PARTY_OWN.test(name)) || SCHOOL_HEADS.test(name)) && !/班子|领导|分管|负责/.test(text)) return 'frontline';
  // A village's or a community's own watchdog (「村务监督委员会主任代表」) watches for its people: the public's watchers, never left out
  // of the room as the speaker's own body (s76-12 [41]: the secretaries asked to 「主动监督」, the 监委会主任 in the room unnamed).
  if (/^(村务|居务|社区)监督委员会/.test(name)) return 'public';
  // 「各施工单位」「各监理单位」 are the works' companies, not the speaker's own side (s13).
  if (OWN_SIDE.test(name) && !WORKS_PARTIES.test(name)) return undefined;
  // The speaker's own enforcers are the front line (「县渔政执法大队全体执法人员」, s12-3: read as left out).
  if (ENFORCERS.test(text) && ['own', 'direct'].includes(unitRelation(name, speaker))) return 'frontline';
  // A partner whose name says its role (a 供电所) is one whether or not the material gives it that part: only the
  // part is left unsaid where it does not (room-paragraph.ts rolesOf; s37-7 [71], W).
  if (ROLES.some(([re]) => re.test(name))) return 'partner';
  // 「业主委员会（物业管理委员会）」 are residents; 「区住建局物业管理科」 is a higher regulator, not a company.
  if (/业委会|业主委员会|物业管理委员会/.test(name)) return 'public';
  // 「物业服务社会监督员」 watch the companies for the public: not a company (s23-3 [43]).
  // The public's watchers are spoken to as such; a body's own inspectors (「区建设工程质量安全监督站站长及监督员」) are the level's
  // front line where the body is its own, never thanked with the workers as the public (s49-6 [58], W: 「希望…监督站站长及监督员、
  // 塔吊司机代表…积极支持、参与」).
  // The body is what the line names before its people (「县建设工程质量安全监督站站长及全体监督员」; s72-10 [64], W: a 住建局局长's own
  // 监督站 asked with the 农民工代表 to 「多提意见」).
  const body = name.replace(/(站长|所长|队长|主任)?(及|和|、)?(全体)?监督员$/, '');
  if (/监督员/.test(name)) return BODY_WATCHERS.test(name) ? (['own', 'direct'].includes(unitRelation(body, speaker)) ? 'frontline' : 'public') : 'supervisor';
  // 「中建七局」「中铁十五局」: state builders named like bureaus, companies all the same.
  if (/^中(?:建|铁|交|冶|水|电建|化)[^、，]{0,6}局$/.test(name)) return 'enterprise';
  // A provider with a brand of its own is one of the companies, whatever its name ends in (s47-5 [35], W).
  if (isProvider(name, speaker)) return 'enterprise';
  if (unitLevel(name) && GOVERNMENT_END.test(name) && !ENTERPRISE_NAME.test(name)) return unitRelation(name, speaker) === 'higher' ? 'higher' : ['partner', 'peer'].includes(unitRelation(name, speaker)) ? 'partner' : undefined;
  // The head noun decides: 「企业服务专员」 are people whatever their modifier holds, the level's own appointees where the
  // material says it appoints them (s47-6 [55], W: thanked as a company 「…专员代表的负责同志」 for their 「关心和支持」).
  if (PEOPLE_HEAD.test(postOf(name)) && input && appointedBy(name, input)) return 'appointed';
  // So does a trade's (「餐饮企业厨师代表」): people at work, never handed the firm's 主体责任 with the 物业 (s76-10 [53], W).
  if (ENTERPRISE.test(name) && !PEOPLE_HEAD.test(postOf(name)) && !TRADE_HEAD.test(postOf(name))) return 'enterprise';
  // A college of no level of the speaker's is a guest institution like a company: thanked, asked (s28-4 [55], E: left out).
  if (/大学|学院|高等专科学校|职业技术学校/.test(name) && !unitLevel(name)) return 'enterprise';
  // A school is a unit, whatever its line's people (「桐子乡中心小学、…校长及班主任代表」; s69-8 [33], W: invited to 监督 as the public).
  if ((!UNIT_END.test(name) || /志愿/.test(name)) && !SCHOOL_UNIT.test(name) && (PUBLIC.test(name) || /(代表|政协委员)$/.test(text))) return (peopleKind(name) ? REGULATED.test(peopleKind(name)!) : regulatedAll(name)) || (!!input && (boundByRules(name, input) || namedByProblems(name, input))) ? 'regulated' : 'public';
  const relation = unitRelation(name, speaker);
  if (relation === 'higher') return 'higher';
  if (relation === 'partner' || relation === 'peer') return 'partner';
  return undefined;
}

/** A unit the line marks as invited (「特邀：县人武部、…」): a guest, unless the speaker's own unit or the level's own side (「各乡镇」). */
export function invitedUnit(name: string, entry: string, speaker: Speaker): boolean {
  // A section named alone (「社会事务科」 after 「市民政局副局长…」) is of the unit before it, no guest of its own.
  return INVITED.test(entry) && UNIT_END.test(name) && !OWN_SIDE.test(name) && (!!unitLevel(name) || !/(科|股|室|处|组)$/.test(name)) && unitRelation(name, speaker) !== 'own' && !runByOwnDepartment(name, speaker);
}
