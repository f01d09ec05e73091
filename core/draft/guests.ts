// The people in the room whom the speech speaks to in their own role, in one paragraph before the
// closing. Readers noted drafts that never spoke to the 水文站 and the power and telecom companies at
// a 防汛 部署会, the enterprises at a 燃气 动员会, the village secretaries and rangers at a 动员会, the
// higher supervision group at a street's 推进会. A group a higher level sends is thanked and asked
// (「恳请…」), never instructed; a higher level's unit is asked with 「请」 (a 镇党委书记 「恳请」 a county
// bureau's 所 in the town, a county 副局长 「恳请」 a city 分局: too humble, readers said); a partner of
// another system, an enterprise and the public are asked (「希望…」); the speaker's own front line and
// the village/community secretaries are called on. The level's own units and leaders (「镇直各单位负责
// 人」) have their tasks already.
//
// A unit in the room that leads or supports a task — or a part of one, a bureau's 大队, 中队, 所 or
// 站 — is there to take its task: it is spoken to in that role (「…这两项工作，请你们牵头抓好」), never
// thanked as a guest come to 「关心指导」 (s10: the 治安大队 and 派出所 at a district's 烟花爆竹 meeting,
// who led one task and supported another, were thanked for attending; read wrong).
import type { ParagraphBlock, Run } from '../doc/model.ts';
import type { SpeechInput } from '../input/schema.ts';
import type { Phrases } from './compose.ts';
import { commandedBodies, underCommand } from './command.ts';
import { commendation, pledgeGiven, pledgers, summoned } from './preceding.ts';
import { isSummons, roomOf, sameUnit, type Room } from './room.ts';
import { summonsTerms } from './summons.ts';
import { trains } from './speech-parts.ts';
import { allHigherOrNone, causedIncident, helped } from './guest-rules.ts';
import { ofCampaignUnits, takesPart, tasksOf } from './attendee-tasks.ts';
import { attendeePieces, DEPUTIES, LABEL, PUBLIC, traineesOf, UNIT_END, UNNAMED_DEPUTIES } from './attendees.ts';
import { fact, joinRuns, lit } from './runs.ts';
import { literal } from './literal.ts';
import { INVITED, OBSERVING, OTHER_TRADE, POST_AND_NAME, TAUGHT, TEACHER, TEACHER_LABEL, TEACHING_MARK, TITLED_DEPUTY, WORKS_PARTIES } from './guest-words.ts';
import { bareUnit, hasLevelsBelow, isFirm, unitLevel, unitRelation, type Speaker } from './speaker.ts';

export type { Guest, Present } from './present.ts';
import type { Guest, Present } from './present.ts';
import { greetingOf } from './greeting.ts';

/** The speaker's own side in general: leaders, the level's units, the levels below. */
const OWN_SIDE = /班子|领导|^各|^部分|成员单位|首席|窗口|[县区市镇乡]直|街道各|分管|包村|驻村干部|河长/;
/** Secretaries and heads of the villages and communities: the speaker's first line of command (「…书记和网格员代表」 too). */
const VILLAGE = /(村|社区)[^、]*书记((和|及)[^、]{1,8}代表|(和|及|、)(村委会|居委会|社区居委会)?主任)?$/;
/** The speaker's own people at the front line: called on, as the speaker leads them. */
const FRONTLINE = /巷长|路长|街长|护林员|护渔员|巡河员|护河员|管水员|防疫员|管护员|调解员|网格员|督导员|协管员|扑火队|专干|信息员|安全员|巡查员|保洁员|民兵|抢险队|应急队/;
/**
 * Those of the public whom the work regulates — who keep a shop, a farm, a kitchen, a building let or
 * used for business: asked to comply and to carry their own responsibility, never invited to
 * 「监督我们的工作」 (s9: the 规模养殖场 under inspection, 11 of 38 failing it, were). Residents,
 * parents and volunteers may be invited to supervise.
 */
const REGULATED = /乡厨|厨师|商户|经营户|养殖户|养殖场|种植户|门店|店主|摊主|摊贩|个体户|经营者|(?<!小区)业主(?!委员会)/;
/** Enterprises and those who run a site for profit: asked to carry their own (主体) responsibility. */
const ENTERPRISE = /企业|公司|集团|银行|支行|分行|信用社|商圈|管理方|施工单位|建设单位|监理单位|设计单位|运营单位|维保单位|检测机构|物业/;
/** A company's own name, whatever place it starts with (「南屏市鑫安…有限公司」). */
const ENTERPRISE_NAME = /企业|公司|集团/;
/** A government body's name ends in its kind: 「区住建局物业管理科」. */
const GOVERNMENT_END = /(局|办|科|股|所|站|中心|委|队|处)$/;
/** A supervision or working group sent by a higher level: 「区创文办第三督导组」「市专班驻区工作组」. */
const SENT_GROUP = /督导组|督查组|工作组|指导组|专班/;
/** What a partner of another system does, where its name says (in their own role: 水文 forecasts). */
const ROLES: readonly [RegExp, string][] = [
  [/水文|气象/, '监测预报'],
  [/供电|电力|电网/, '电力保障'],
  [/移动|联通|(?<!反)电信(?!网络诈骗)|通信|铁塔/, '通信保障'],
];

/** A group's members after its name: 「…工作组全体成员」 is the group. */
const MEMBERS = /(全体)?(成员|组员)$/;
/** A post of a title after the group it holds: 「项目群众工作组组长」 → 项目群众工作组. */
const GROUP_POST = /(副?组长|成员|组员|牵头人|召集人)$/;

/**
 * The campaign's own groups: those the speaker's or the host's title holds a post in, the campaign's
 * units and the meeting's organiser. Such a group is the speaker's side, never a guest come to guide
 * (s17-5 [44], W: a 镇党委副书记 who heads the 项目群众工作组 thanked its members for 「到会指导」).
 */
function ownGroups(input: SpeechInput): string[] {
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

function kindOf(name: string, text: string, speaker: Speaker, own: readonly string[] = [], input?: SpeechInput): Guest | undefined {
  if (!name) return undefined;
  // The body the speaker commands and its working groups are the speaker's own (s22-4 [50], W).
  if (input && underCommand(name, input, speaker, commandedBodies(input))) return undefined;
  if (VILLAGE.test(text) && speaker.level !== 'city') return 'village';
  // A group that names no level or body above it (「入户工作组」) is the meeting's own team, never a guest come to guide (s38-1 [50], W).
  if (SENT_GROUP.test(name) && !OWN_SIDE.test(name)) return unitRelation(name, speaker) === 'own' || isOwnGroup(name, own) || levelsOwnGroup(name, speaker) || !/中央|省|[市县区州旗盟]|驻|部|局|委|办/.test(name.replace(SENT_GROUP, '')) ? undefined : 'sent';
  // The front line is called on though it serves the levels below (「各乡镇护渔员队伍代表」, s12-3: read as left out).
  if (FRONTLINE.test(name) && !/班子|领导|分管|负责/.test(text)) return 'frontline';
  // 「各施工单位」「各监理单位」 are the works' companies, not the speaker's own side (s13).
  if (OWN_SIDE.test(name) && !WORKS_PARTIES.test(name)) return undefined;
  // The speaker's own enforcers are the front line (「县渔政执法大队全体执法人员」, s12-3: read as left out).
  if (/执法人员|执法队员/.test(text) && ['own', 'direct'].includes(unitRelation(name, speaker))) return 'frontline';
  if (ROLES.some(([re]) => re.test(name))) return 'partner';
  // 「业主委员会（物业管理委员会）」 are residents; 「区住建局物业管理科」 is a higher regulator, not a company.
  if (/业委会|业主委员会|物业管理委员会/.test(name)) return 'public';
  // 「物业服务社会监督员」 watch the companies for the public: not a company (s23-3 [43]).
  if (/监督员/.test(name)) return 'public';
  // 「中建七局」「中铁十五局」: state builders named like bureaus, companies all the same.
  if (/^中(?:建|铁|交|冶|水|电建|化)[^、，]{0,6}局$/.test(name)) return 'enterprise';
  if (unitLevel(name) && GOVERNMENT_END.test(name) && !ENTERPRISE_NAME.test(name)) return unitRelation(name, speaker) === 'higher' ? 'higher' : ['partner', 'peer'].includes(unitRelation(name, speaker)) ? 'partner' : undefined;
  if (ENTERPRISE.test(name)) return 'enterprise';
  // A college of no level of the speaker's is a guest institution like a company: thanked, asked (s28-4 [55], E: left out).
  if (/大学|学院|高等专科学校|职业技术学校/.test(name) && !unitLevel(name)) return 'enterprise';
  if ((!UNIT_END.test(name) || /志愿/.test(name)) && (PUBLIC.test(name) || /(代表|政协委员)$/.test(text))) return REGULATED.test(name) ? 'regulated' : 'public';
  const relation = unitRelation(name, speaker);
  if (relation === 'higher') return 'higher';
  if (relation === 'partner' || relation === 'peer') return 'partner';
  return undefined;
}

/** The attendees the speech speaks to, each once, with how; a partner a task names is left to its task. */
export function guestsOf(input: SpeechInput, speaker: Speaker, room: Room = roomOf(input)): Present[] {
  const out: Present[] = [];
  const called = summoned(input)?.text ?? '';
  const own = ownGroups(input);
  const training = trains(input.meeting);
  (input.meeting.attendees ?? []).forEach((entry, i) => {
    const rest = entryRest(entry, i, input, speaker, training, out);
    if (rest === undefined) return;
    entry = rest;
    // A higher level's units listed with a group it sends came with it: thanked with it, in the list's order
    // (s23-4 [44], W: the 支队 in charge left out beside the 督导组 thanked).
    const delegation = SENT_GROUP.test(entry) && entry.split('、').length > 1;
    for (const { name, text, persons } of attendeePieces(entry)) {
      if (called && name.length >= 2 && called.includes(name)) continue;
      if (specialPiece(name, text, i, input, speaker, training, out)) continue;
      let kind = kindOf(name, text, speaker, own, input);
      if (!kind) continue;
      if (isFirm(name) && causedIncident(name, input)) kind = 'culprit';
      // A company that sits in at a 约谈 (「（列席）」) with no task is no party called in: at a 警示约谈会 it is
      // warned by the example, else left to the room (s36-3 [49], W: told to 「立即整改」 what nobody found).
      if (kind !== 'culprit' && isSummons(input) && OBSERVING.test(entry) && isFirm(name) && !tasksOf(name, input).leads.length && !tasksOf(name, input).supports.length) {
        // Only a company of the trade called to account is warned: an insurer or a bank sitting in is not (s38-2 [53], W).
        if (/警示/.test(`${input.meeting.type ?? ''}${input.meeting.name}`) && !OTHER_TRADE.test(name) && !out.some((o) => o.text === name)) out.push({ text: name, src: `meeting.attendees[${i}]`, kind: 'observer' });
        continue;
      }
      if (delegation && kind === 'higher') kind = 'sent';
      const { leads, supports } = tasksOf(name, input);
      const tasked = leads.length + supports.length > 0;
      // Those the campaign regulates are asked to comply, never to 「监督我们的工作」 (s14-4: 定点零售药店).
      if (kind === 'public' && room.regulated(name)) kind = 'regulated';
      // A higher unit that leads here though not stationed here is not asked in its task: it is thanked (s14-2, s14-6).
      // One the line marks as invited (「（特邀）」) is thanked as a guest, whatever its task (s40-2 [49], s40-3 [55]).
      // So is a higher level's official named in person (「市水利局副局长严志国」), and every invited partner (s41-6 [60], W:
      // two of four invited departments left out, their tasks said instead).
      const thanked = (kind === 'higher' && ((leads.length > 0 && !room.stationed(name)) || INVITED.test(entry) || (!!persons && !room.stationed(name)))) || (kind === 'partner' && INVITED.test(entry));
      // A company the work neither regulates nor contracts is a partner or one the campaign serves: one that
      // leads is asked in its task; the others are thanked and asked to support, never told of a 主体责任
      // (s17-7 [39], W: 退役军人创业企业 at a 双拥 meeting; the 爱心拥军企业 beside them left unthanked).
      // A utility or telecom company that supports a task is one of them too (s19-1 [46]: the 路桥 and 自来水
      // companies thanked, the 供电 and 电信 companies beside them left out, E).
      if (kind === 'partner' && tasked && isFirm(name) && !leads.length) kind = 'enterprise';
      // At a 约谈 a partner with a task was asked in it; thanking it in the room is out of the meeting's tone (s25-3 [46], D).
      // One the achievements name as having helped (「华汀化工专职消防队携倒罐设备支援」) is thanked all the same (s30-2 [58], E).
      if (isSummons(input) && !room.overseen(name) && (kind === 'enterprise' || kind === 'partner') && !helped(name, input)) continue;
      // A company of the campaign's own units (「各项目业主单位」) is one the work directs: held to its part, never thanked (s30-7 [64], E).
      // A design unit with no task of its own is a partner at the meeting, thanked (s30-4 [50], W: told its 主体责任 with the builders).
      // A note in brackets says what a company is to the works (「嘉禾建工集团有限公司（施工单位）项目经理」): read with its name.
      const note = new RegExp(`${literal(name)}[（(]([^）)]*)[）)]`).exec(entry)?.[1] ?? '';
      const held = (room.overseen(name) || (!!note && room.overseen(`${name}${note}`)) || ofCampaignUnits(name, input)) && !(/设计(单位|院|公司)/.test(name) && !tasked);
      if (kind === 'enterprise' && !held) {
        if (leads.length) continue;
        kind = 'supporter';
      } else if (kind === 'enterprise' && leads.length) kind = 'enterpriseLead';
      // A unit with a task of its own is asked in its task's sentence (「请…牵头」「请…给予支持」); the room
      // neither thanks it as a guest come to guide (s10-2) nor says its task again (s11-2, s11-5: read as
      // padding, 「把派活又重复了一遍」).
      else if (tasked && !thanked && (kind === 'higher' || kind === 'partner')) {
        if (kind === 'higher' && !leads.length && !out.some((o) => o.text === name)) out.push({ text: name, src: `meeting.attendees[${i}]`, kind, held: true, ...(!isSummons(input) && greetingOf(kind, entry, room.stationed(name)) ? { greet: greetingOf(kind, entry, room.stationed(name)) } : {}) });
        continue;
      }
      // A bureau with no task and no role of its own to name is one of the room, not singled out (s12-2:
      // a city 分局 thanked alone among a district's bureaus, s12-3: 县交通运输局 「突然点名」; struck both
      // times). At a township, a county unit come to the meeting is still thanked.
      // One the line marks as invited (「特邀：」「（特邀）」) is a guest all the same.
      else if (!tasked && (kind === 'partner' || (kind === 'higher' && hasLevelsBelow(speaker.level) && !persons)) && !ROLES.some(([re]) => re.test(name)) && !INVITED.test(entry)) continue;
      // Units are named without their 「负责同志」; people with their standing (「护林员代表」); the
      // secretaries by where they serve (one line of the bank, not a list of villages).
      // A kind of people named by their post (「辖区24个物业服务项目负责人」) keeps it: 「…物业服务」 is no name.
      const said = ['sent', 'higher', 'partner', 'supporter', 'enterprise', 'enterpriseLead', 'culprit'].includes(kind) && UNIT_NAME.test(name.replace(/（[^）]*）$/, '')) ? name : text;
      if (kind === 'village') {
        if (!out.some((o) => o.kind === 'village')) out.push({ text: `${townHeads(input, speaker)}${villagesOf(input)}`, src: '', kind });
      } else if (!out.some((o) => o.text === said)) {
        // At a 约谈 nobody is thanked (speech-summons-register): the room stays as it was.
        const greet = isSummons(input) ? undefined : greetingOf(kind, entry, room.stationed(name));
        out.push({ text: said, src: `meeting.attendees[${i}]`, kind, ...(kind === 'supporter' && tasked ? { tasked } : {}), ...(said !== text || note ? { post: `${text}${note}` } : {}), ...(greet ? { greet } : {}), ...(persons && greet ? { persons } : {}) });
      }
    }
  });
  return allHigherOrNone(out);
}

/**
 * What of an attendees line is left to read piece by piece once those spoken to as a whole are taken out:
 * those called in, the own unit's people, trainers and trainees of a 培训会, deputies named one by one.
 */
function entryRest(entry: string, i: number, input: SpeechInput, speaker: Speaker, training: boolean, out: Present[]): string | undefined {
  // Those called in are spoken to once, as such (roomParagraph): a company just summoned for its
  // violations is not then asked to 「积极支持、主动配合」 as a guest (11c's 约谈 fixture).
  if (/被约谈/.test(entry)) return undefined;
  // A line that opens with the department head's own unit lists the unit's own people (「区住建局物业管理科、
  // 房地产市场监管科，区物业服务中心…全体人员」): never guests (s23-3 [43], W: a 局长 thanked his own 科).
  if (speaker.ownUnit && entry.trim().startsWith(speaker.ownUnit)) return undefined;
  // At a 培训会 the trainers the attendees name (「…授课老师」) are thanked for teaching (s22-8, s25-7, E).
  if (training && TEACHER.test(entry.trim())) {
    out.push({ text: entry.trim().replace(TEACHER, ''), src: `meeting.attendees[${i}]`, kind: 'trainer' });
    return undefined;
  }
  // 「…科长钱韵秋、市统计局数据管理中心技术人员（授课）」: the units of those marked as teaching, without posts
  // and names (s30-5, E: the city's trainers neither welcomed nor thanked).
  if (training && (TEACHING_MARK.test(entry.trim()) || TEACHER_LABEL.test(entry.trim()))) {
    const pieces = attendeePieces(entry.trim().replace(TEACHING_MARK, '').replace(TEACHER_LABEL, ''));
    // One lecturer named in person is thanked by name and post (「…秩序科许超副科长」), for teaching where an item says he taught (s42-5 [6], E).
    const one = pieces.length === 1 ? pieces[0]!.persons?.[0] : undefined;
    if (one && one.post !== '同志') {
      const taught = (input.meeting.precedingItems ?? []).some((t) => t.includes(one.name) && TAUGHT.test(t));
      out.push({ text: `${pieces[0]!.name}${one.name}${one.post}`, src: `meeting.attendees[${i}]`, kind: 'trainer', ...(taught ? { taught } : {}) });
      return undefined;
    }
    const units = pieces.map((p) => p.name.replace(POST_AND_NAME, '')).filter((u) => u.length >= 2);
    out.push({ text: units.join('和'), src: `meeting.attendees[${i}]`, kind: 'trainer' });
    return undefined;
  }
  // At a 培训会 those it trains are the audience, addressed as such (「各位项目经理」), never thanked as guests (s28-5 [51], W).
  const trained = training ? traineesOf(entry, input.meeting.name) : [];
  if (trained.length) {
    for (const text of trained) if (!out.some((o) => o.text === text)) out.push({ text, src: `meeting.attendees[${i}]`, kind: 'trainee' });
    return undefined;
  }
  // 「区人大代表李秀兰、区政协委员孟庆和」: deputies and members each with their own title, all persons (s36-2 [56], W:
  // thanked as 「…孟庆和的同志」 beside the units).
  const titled = entry.replace(LABEL, '').trim().split('、');
  if (titled.length > 1 && titled.every((p) => TITLED_DEPUTY.test(p.trim()))) {
    out.push({ text: titled.map((p) => p.trim()).join('、'), src: `meeting.attendees[${i}]`, kind: 'deputy' });
    return undefined;
  }
  const deputies = DEPUTIES.exec(entry.replace(LABEL, '').trim());
  if (deputies) {
    out.push({ text: `${deputies[1]}${deputies[2]}同志`, src: `meeting.attendees[${i}]`, kind: 'deputy' });
    return deputies[3];
  }
  return entry;
}

/** A piece spoken to apart from its kind: a trainer who taught, deputies and members not named. */
function specialPiece(name: string, text: string, i: number, input: SpeechInput, speaker: Speaker, training: boolean, out: Present[]): boolean {
  // One an item before the speech says taught (「…派出所副所长蔡明辉…讲解了常见诈骗手法」) is thanked for it,
  // whatever its task (s25-7 [39], E: the 派出所 and the bank who taught left unthanked or thanked as guests).
  // Not the speaker's own unit or part of it: its people teach as the speaker's side (no thanks to oneself).
  const mine = speaker.rank === 'department' && ['own', 'direct'].includes(unitRelation(name, speaker));
  if (training && !mine && name.length >= 4 && (input.meeting.precedingItems ?? []).some((t) => t.includes(name) && TAUGHT.test(t))) {
    if (!out.some((o) => o.text === name)) out.push({ text: name, src: `meeting.attendees[${i}]`, kind: 'trainer', taught: true });
    return true;
  }
  // Deputies and CPPCC members not named are one group of the room, asked to supervise as such (not told
  // 「讲给身边的人听」 beside the residents; 「部分」 of a list is no word of the speech).
  const deputy = UNNAMED_DEPUTIES.exec(text.trim());
  if (deputy) {
    if (!out.some((o) => o.text === deputy[1])) out.push({ text: deputy[1]!, src: `meeting.attendees[${i}]`, kind: 'deputy' });
    return true;
  }
  return false;
}

/**
 * The townships' heads before the village secretaries, where a county or district speaker has them in
 * the room: the 属地 responsibility lies first with them (s19-1 [47], E: 「只点村书记不合适」) —
 * 「乡镇党政主要负责人和各」, read after 「各」: 「各乡镇党政主要负责人和各村书记」.
 */
function townHeads(input: SpeechInput, speaker: Speaker): string {
  if (!hasLevelsBelow(speaker.level)) return '';
  const line = (input.meeting.attendees ?? []).find((l) => /(镇|乡|街道)[^、，]*(党政主要负责人|主要负责同志|党委书记)/.test(l) && !VILLAGE.test(l));
  if (!line) return '';
  const street = /街道/.test(line);
  const town = /[镇乡](?!村)/.test(line.replace(/乡镇/g, '镇'));
  return `${street && town ? '街道（镇）' : street ? '街道' : '乡镇'}党政主要负责人和各`;
}

function regionIsStreet(input: SpeechInput): boolean {
  return /街道(办事处)?$/.test(input.campaign.region.trim());
}

/** 各村, 各社区 or 各村（社区）: where the secretaries in the room serve, by the last place word before 书记. */
function villagesOf(input: SpeechInput): string {
  // Read as the room reads them: 「各村（社区）党组织书记（村级河长）和巡河员代表」 are secretaries of both (s23-6).
  // A street has communities, never villages, whatever a community's name holds (「轴承新村」; s32-2 [59], W).
  if (regionIsStreet(input)) return '社区';
  const where = (input.meeting.attendees ?? []).flatMap((l) => attendeePieces(l).map((p) => p.text)).filter((p) => VILLAGE.test(p));
  const kinds = new Set(where.map((p) => (/村（社区）/.test(p) ? 'both' : /社区(?!.*村)[^村]*书记/.test(p) ? 'community' : 'village')));
  // A street has communities, never villages (s20-6 [48], W: 「各村书记」 to four community secretaries).
  if (!kinds.size && regionIsStreet(input)) return '社区';
  return kinds.has('both') || kinds.size > 1 ? '村（社区）' : kinds.has('community') ? '社区' : '村';
}

function list(of: readonly Present[]): Run[] {
  const runs = of.map((p) => fact(p.text, p.src));
  // A name with its own 和 (「辖区中小学和…保卫部门」) is listed with 、: no 「A和B和C」.
  if (of.some((p) => /和|及/.test(p.text))) return joinRuns(runs, '、');
  if (runs.length < 3) return joinRuns(runs, '和');
  return [...joinRuns(runs.slice(0, -1), '、'), ...lit('和'), ...runs.at(-1)!];
}

/** 「在监测预报、电力保障和通信保障方面」 where the partners' names say what they do; else nothing. */
function rolesOf(of: readonly Present[]): Run[] {
  // Only where each of them has a role its name says: a bank is no 「电力保障」 (s23-1 [46], W).
  if (!of.every((p) => ROLES.some(([re]) => re.test(p.text)))) return [];
  const roles = ROLES.filter(([re]) => of.some((p) => re.test(p.text))).map(([, r]) => r);
  if (!roles.length) return [];
  const said = roles.length < 3 ? roles.join('和') : `${roles.slice(0, -1).join('、')}和${roles.at(-1)}`;
  return lit(`在${said}方面`);
}

const SLOTS: Record<Guest, string> = {
  sent: 'roomHigher',
  trainer: 'roomTrainer',
  trainee: 'roomTrainee',
  higher: 'roomHigherUnit',
  deputy: 'roomDeputies',
  partner: 'roomPartner',
  supporter: 'roomEnterprise',
  enterprise: 'roomEnterprise',
  enterpriseLead: 'roomEnterprise',
  culprit: 'roomCulprit',
  observer: 'roomObserver',
  public: 'roomPublic',
  regulated: 'roomRegulated',
  village: 'roomVillage',
  frontline: 'roomFrontline',
};
const ORDER: readonly Guest[] = ['sent', 'trainer', 'higher', 'deputy', 'partner', 'supporter', 'enterpriseLead', 'enterprise', 'culprit', 'trainee', 'village', 'observer', 'frontline', 'regulated', 'public'];

/**
 * What each kind of company in the room is asked for, by its role: a builder or an operator carries the
 * 主体责任, a 监理 its 监理职责 (s11-5: a reader struck 主体责任 said to 监理 just criticised for 旁站不到位),
 * a tester its independence, a maintainer its 维保责任. One that leads a task is told it leads, without
 * its task said again (s11-2: 「前面已部署过的分工不必再念一遍」); a task that is itself 「落实…主体责任」 is
 * not followed by 「扛起主体责任」.
 */
function enterpriseSentences(of: readonly Present[], kind: 'enterprise' | 'enterpriseLead', input: SpeechInput, phrases: Phrases, others: readonly Present[] = []): Run[] {
  const out: Run[] = [];
  const roleOf = (p: Present) => ENTERPRISE_ROLES.find(([, r]) => r.test(`${p.text}${p.post ?? ''}`))![0];
  for (const [role] of ENTERPRISE_ROLES) {
    // A 监理, a tester or a maintainer is told its duty once, whether it leads a task or not (s13: 「希望监理
    // 单位把监理职责履行到位…」 said twice over, to the kind and to the named 监理 company): those of the other
    // enterprise kind join it where this kind says it first, and are left out where the other kind has said it.
    const mine = of.filter((p) => roleOf(p) === role);
    if (role !== 'default' && kind === 'enterprise' && others.some((p) => roleOf(p) === role)) continue;
    const these = role !== 'default' && kind === 'enterpriseLead' && mine.length ? [...mine, ...others.filter((p) => roleOf(p) === role)] : mine;
    if (!these.length) continue;
    const owns = kind === 'enterpriseLead' && input.campaign.tasks.some((t) => /责任/.test(t.title) && these.some((p) => takesPart(p.text, t.lead)));
    const key = role !== 'default' ? role : kind === 'enterpriseLead' ? (owns ? 'responsibility' : 'lead') : 'default';
    out.push(...phrases.sayKeyedOnce('roomEnterprise', key, { guests: list(these) }));
  }
  return out;
}

/** The roles of companies, most particular first; `default` builds, operates or serves. */
const ENTERPRISE_ROLES: readonly [string, RegExp][] = [
  ['supervision', /监理/],
  ['testing', /检测|鉴定|检验|评估/],
  ['maintenance', /维保|维修保养/],
  ['default', /./],
];

/**
 * The paragraph before the closing that speaks to the guests, higher units first: none when the
 * attendees are only the speaker's own side. Its sentences come from the phrase bank; the names from
 * the attendees list; it is drawn in the closing's wording stream.
 */
export function roomParagraph(input: SpeechInput, speaker: Speaker, phrases: Phrases, part: number, villageProblems: readonly Run[][] = [], everyone: readonly Present[] = guestsOf(input, speaker)): ParagraphBlock[] {
  // Those thanked at the opening (greeting.ts) are not spoken to again.
  const guests = everyone.filter((g) => !g.greet);
  const called = summoned(input);
  if (!guests.length && !called) return [];
  // At a 约谈 meeting, those called in are spoken to first, by name (s9-3: never spoken to at all).
  // Held to a pledge are those the item says gave it, in its words; where it names nobody, those called in are
  // spoken to without a word of who pledged (s21-2 [45], W: the 村委会主任 and 包村干部 had not spoken).
  const pledged = pledgeGiven(input) ? pledgers(input) : undefined;
  const runs: Run[] = called ? phrases.sayKeyed('roomSummoned', pledged ? 'pledged' : 'default', 0, { guests: pledged ? fact(pledged.text, pledged.src) : called.runs }) : [];
  const callIn = summonedFirmsIn(guests, input) ? guests.filter((g) => (g.kind === 'enterprise' || g.kind === 'enterpriseLead') && NAMED_FIRM.test(g.text)) : [];
  for (const kind of ORDER) {
    const of = guests.filter((g) => g.kind === kind);
    // What follows a failure to put things right, once, after those called in and the companies.
    if (kind === 'village') runs.push(...consequenceSentence(input, phrases, !!called, runs.length > 0 && summonedFirmsIn(guests, input)));
    if (!of.length) continue;
    // At a 约谈 the companies it calls in are told what to put right, by when, and what follows (s22-5 [46]).
    // Only companies named one by one are called in; 「全区在建工程项目建设单位」 are told their responsibility.
    // Those that lead their own 整改 (「各燃气经营企业」) are called in all the same: all of them in one sentence.
    if (kind === 'enterpriseLead' || (kind === 'enterprise' && !guests.some((g) => g.kind === 'enterpriseLead'))) {
      if (callIn.length) runs.push(...summonedPartySentences(callIn, input, phrases));
    }
    const rest = of.filter((g) => !callIn.includes(g));
    if (!rest.length) continue;
    if (kind === 'enterprise' || kind === 'enterpriseLead') runs.push(...enterpriseSentences(rest, kind, input, phrases, guests.filter((g) => g.kind === (kind === 'enterprise' ? 'enterpriseLead' : 'enterprise') && !callIn.includes(g))));
    // Those with a task here are asked to keep supporting it, not to 「多关心」 what they were just given (s19-1 [46]).
    // Those without a task are not told 「会上涉及大家的工作」 beside those with one (s25-5 [51], W).
    else if (kind === 'trainer') {
      const taught = of.filter((g) => g.taught);
      const teaching = of.filter((g) => !g.taught);
      if (taught.length) runs.push(...phrases.sayKeyedOnce('roomTrainer', 'taught', { guests: list(taught) }));
      if (teaching.length) runs.push(...phrases.sayKeyedOnce('roomTrainer', 'teaching', { guests: list(teaching) }));
    }
    else if (kind === 'supporter') {
      const tasked = of.filter((g) => g.tasked);
      const untasked = of.filter((g) => !g.tasked);
      if (tasked.length) runs.push(...phrases.sayKeyedOnce('roomEnterprise', 'partnerTasked', { guests: list(tasked) }));
      if (untasked.length) runs.push(...phrases.sayKeyedOnce('roomEnterprise', 'partner', { guests: list(untasked) }));
    }
    else if (kind === 'trainee') runs.push(...phrases.say('roomTrainee', { guests: [...lit('各位'), ...list(of)] }));
    else runs.push(...phrases.say(slotOf(kind, input, speaker), { guests: kind === 'village' ? lit(of[0]!.text) : list(of), roles: rolesOf(of) }));
    // The villages' own problem no task answers is theirs to take up, said to their secretaries.
    if (kind === 'village' && villageProblems.length) runs.push(...phrases.say('roomVillageProblem', { guests: lit(of[0]!.text), problem: joinRuns(villageProblems, '、') }));
  }
  // A name already saying its people (「…负责人」「…代表」「…同志」) takes no 「的同志」 after it.
  runs.forEach((r, k) => {
    const next = runs[k + 1];
    if (r.src && next && !next.src && /(同志|负责人|代表|人员|干部)$/.test(r.text) && next.text.startsWith('的同志')) runs[k + 1] = { ...next, text: next.text.slice(3) };
    // Nor a person named by post (「许超副科长的老师」).
    else if (r.src && next && !next.src && /\p{Script=Han}{2,3}(?:副?(?:科长|股长|处长|局长|主任|所长|站长|队长|大队长|支队长|中队长|院长|校长|书记|部长|组长))$/u.test(r.text) && /^的(同志|老师)/.test(next.text)) runs[k + 1] = { ...next, text: next.text.slice(3) };
  });
  // 「也希望…」 follows someone else spoken to; the paragraph's first sentence has nobody before it.
  const first = runs[0];
  if (first && !first.src && first.text.startsWith('也')) runs[0] = { ...first, text: first.text.slice(1) };
  return [{ type: 'paragraph', runs, role: 'closing', part }];
}

/** A company by its own name (「凤栖区鑫禾食品配送有限公司」), not a kind of them (「全区在建工程项目建设单位」「各物业服务企业」). */
const NAMED_FIRM = /^(?!全|各|辖区|有关|相关|部分|所有|[0-9一二三四五六七八九十]+家).*(公司|集团|厂|站|场)$/;

/** Whether a 约谈 has companies named one by one among these guests: those it calls in. */
function summonedFirmsIn(guests: readonly Present[], input: SpeechInput): boolean {
  return isSummons(input) && guests.some((g) => (g.kind === 'enterprise' || g.kind === 'enterpriseLead') && NAMED_FIRM.test(g.text));
}

/** The companies a 约谈 calls in: what they must put right and by when. */
function summonedPartySentences(of: readonly Present[], input: SpeechInput, phrases: Phrases): Run[] {
  const by = summonsTerms(input).by;
  return phrases.sayKeyedOnce('roomSummonedParty', by?.kind ?? 'plain', { guests: list(of), ...(by ? { by: by.runs } : {}) });
}

/**
 * At a 约谈, what follows a failure to put things right: the material's own consequence after those called
 * in; the regulator's standing line only after companies told to put things right (nothing is claimed of
 * villages or townships called in that the material does not say).
 */
function consequenceSentence(input: SpeechInput, phrases: Phrases, called: boolean, firms: boolean): Run[] {
  if (!isSummons(input) || (!called && !firms)) return [];
  const { consequence } = summonsTerms(input);
  if (consequence) return phrases.sayKeyedOnce('roomSummonedConsequence', 'material', { consequence });
  return firms ? phrases.sayKeyedOnce('roomSummonedConsequence', 'standing') : [];
}

/**
 * The slot a kind is spoken to in, by the meeting: at a 总结表彰会 that sums up a season's work the front line
 * is thanked for it first (s25-8 [44], E: 「把会议精神带回去」 to the 扑火队 and 护林员 who had just come
 * through the fire season); village secretaries by their role (villagesCommanded).
 */
function slotOf(kind: Guest, input: SpeechInput, speaker: Speaker): string {
  if (kind === 'village' && !villagesCommanded(input, speaker)) return 'roomVillageAsked';
  if (kind === 'frontline' && commendation(input) && input.campaign.achievements.length) return 'roomFrontlineThanked';
  return SLOTS[kind];
}

/** A unit of the villages or communities a task names: 「各村」「相关村」「西营村“两委”」「各村（社区）」. */
const VILLAGE_UNIT = /(村|社区)(（社区）)?(“两委”|"两委"|两委|委会|党组织|党支部|党总支|集体)?$/;

/**
 * Whether the speaker may call on the village secretaries to lead the work in person (「亲自研究、亲自
 * 推动」): a leader of the level (a principal or a deputy), whose villages they are; a department head
 * only where a task gives the villages work to do. Otherwise they are asked to cooperate and report what
 * they see (s23-2 [57], W: a 县农业农村局局长 told the secretaries of villages that only watch over the
 * works to take them up in person).
 */
function villagesCommanded(input: SpeechInput, speaker: Speaker): boolean {
  if (speaker.rank === 'principal' || speaker.rank === 'deputy') return true;
  return input.campaign.tasks.some((t) => [t.lead, ...(t.support ?? [])].some((u) => u.split('、').some((p) => VILLAGE_UNIT.test(p.trim()))));
}

/** A unit's own name by its end: a body, a company, a branch. */
const UNIT_NAME = /(公司|集团|企业|单位|局|所|站|中心|队|院|校|科|股|室|办|处|委|会|银行|支行|分行|网点|方|部|组|班|行|社|厂|场|店|园|城|厅)$/;

/** Whether the secretaries of the villages or communities are among the guests. */
export function villageSecretariesIn(guests: readonly Present[]): boolean {
  return guests.some((g) => g.kind === 'village');
}
