// Who leads and who supports a task, as the speaker may say it: the own unit (「我局」), units the
// speaker directs (told), partners and peers (asked), higher units (asked in the room, sought once
// when absent), a party the work regulates or a contractor on its works (does it under the speaker's
// side), bodies that oversee (asked to 加强监督). items.ts `assignment` puts it in the task's sentence.
import type { Run } from '../doc/model.ts';
import type { SpeechInput } from '../input/schema.ts';
import type { Phrases } from './compose.ts';
import { runsText } from '../doc/text.ts';
import { concat, cut, joinRuns, lit } from './runs.ts';
import { bareUnit, isEnterprise, isFirm, ownNamedFirst, unitLevel, unitRelation, type Relation, type Speaker } from './speaker.ts';
import type { Room } from './room.ts';
import { doesTaskAct } from './doers.ts';
import { namesPeople, PUBLIC_PEOPLE, REGULATED_PEOPLE } from './people.ts';
import { endsAsUnit } from './unit-ends.ts';
import { peerPlaces } from './peer-places.ts';
import { peerFirms } from './peer-firms.ts';
import { ownWorkOf } from './own-institutions.ts';
import { tradeOf } from './peers.ts';
import { employedPeopleLead, peopleLead, peopleName, postPeople, regulatedPeople } from './people-lead.ts';

type Task = SpeechInput['campaign']['tasks'][number];

/** A unit as named in a sentence: without the role a clerk typed after it (「镇市场监管所牵头」 → 镇市场监管所). */
export function unitName(u: string): string {
  const name = u.trim();
  const bare = name.replace(/(牵头负责|牵头|负责|配合|协助|参与|协同)$/, '');
  return bare.length >= 2 ? bare : name;
}

/** How a department head names the own unit: 「我局」「我办」「我站」; a brigade or a unit the title heads otherwise, 「我们交警大队」. */
export function selfName(unit: string): string {
  // 「区房屋征收与补偿服务中心」 → 「我们中心」 (a reader: not the long name after 我们); 「我们综治中心」 stays.
  if (/中心$/.test(unit.trim()) && bareUnit(unit).length > 6) return '我们中心';
  // 「县委宣传部」 → 「我部」 (not 「我们委宣传部」).
  const m = /(?<![大中支])(局|办|委|站|所|队|院|校|部)$/.exec(unit.replace(/办公室$/, '办'));
  return m ? `我${m[1]}` : `我们${bareUnit(unit)}`;
}

/** A branch named after the department head's own unit, as the head says it: 「县应急管理局执法大队」 → 「局执法大队」. */
export function branchName(unit: string, speaker: Speaker): Run[] | undefined {
  if (speaker.rank !== 'department' || !speaker.ownUnit) return undefined;
  const own = bareUnit(speaker.ownUnit);
  const name = bareUnit(unit.trim());
  const kind = /(局|委|办|站|所|队|院|校)$/.exec(own)?.[1];
  // A unit of another level keeps its name: 「市应急管理局危险化学品安全监督管理处」 is not 「局危险化学品…」
  // to the 区局's deputy head (s20-2 [44], W: it read as his own bureau's).
  if (!kind || (unitLevel(unit) ?? unitLevel(speaker.ownUnit)) !== unitLevel(speaker.ownUnit)) return undefined;
  // Named short (「县市场监管局执法大队」 for the 县市场监督管理局): 「局执法大队」 all the same.
  if (name.length > own.length && name.startsWith(own)) return lit(`${kind}${name.slice(own.length)}`);
  const at = ownNamedFirst(unit.trim(), speaker.ownUnit);
  return at === undefined ? undefined : lit(`${kind}${unit.trim().slice(at)}`);
}

/** The phrase key of the sentence that names the lead: how the speaker may speak to it. */
export type Tone = 'directive' | 'neutral' | 'request' | 'own' | 'asked';
const LEAD_TONE: Record<Relation, Tone> = { own: 'own', direct: 'directive', partner: 'neutral', higher: 'neutral', peer: 'request' };

/** A township or street that leads (「沿江沿湖各乡镇」「城关镇」), not one of its offices. */
const BASE_LEAD = /^(?!.*[局所站队办委科股中心])[^、]*(乡镇|街道|镇|乡)$/;
/** Bodies no local government directs: utilities, telecoms, post, banks, insurers (not a 社会保险事务中心), a company named as such (s11-6: 「…物业服务有限公司配合」 edited; s17-1 [43]: a bank asked, an insurer's 支公司 told 配合, E). */
const OUTSIDE = /供电|电力公司|电站|电网|电信|移动|联通|铁塔|广电网络|邮政|银行|信用社|农商行|烟草|(?<!社会|医疗|养老|失业|工伤)保险(?!事务|服务|基金|经办)|公司/;
/** Businesses named by their premises, not as companies (「沙井物流园」「…商贸城」): an employer, never one of the speaker's units. */
const BUSINESS = /(物流园|商贸城|购物中心|商场|超市|酒店|宾馆)$/;
/** A party outside government: told nothing, asked (s26-7 [37], W: an employer told to 「加强督促指导」 a company). */
const outsider = (u: string) => isEnterprise(u) || isFirm(u) || OUTSIDE.test(u) || BUSINESS.test(bareUnit(u));
/** Party organs, congresses, courts and procuratorates: asked by a government speaker, never told. */
const PARTY_ORGAN = /纪委|监委|纪检|监察委|人大|政协|法院|检察院|组织部|宣传部|统战部|政法委/;
/** The departments of a party committee. */
const COMMITTEE_DEPT = /组织部|宣传部|统战部|政法委|社会工作部|机构编制委员会办公室|编办/;
/** Courts and procuratorates. */
const JUDICIAL = /法院|法庭|检察院/;
/** Bodies that oversee the work rather than do it. */
// Not a 检察院 named beside a court in support: asked to work with the lead, never handed 「监督指导」 (s37-8 [44], W).
const OVERSIGHT = /纪委|监委|纪检|监察组|监督检查室|督导组|督查组/;
/** The discipline inspection group a 纪委监委 stations in a department: 「驻局纪检监察组」「区纪委监委驻区卫生健康局纪检监察组」. */
const STATIONED_DISCIPLINE = /(派驻|驻)[^、，]{0,14}纪检(监察)?组$/;
/** Bodies whose remit is to check others' conduct: beside a party's lead they check it. */
const ENFORCES = /执法|监管|监督|消防|应急管理|安监|质监|卫生监督|市场监管|环境/;
/** Appraisers and surveyors: their findings stand between the government and those it deals with; asked to work independently. */
const APPRAISES = /评估|估价|测绘|勘测/;
/** Those who check a contractor's work for the client: 监理, testers. */
const INSPECTS = /监理|检测|检验|鉴定/;
/** A 监理 by its name's word or by its line's post (「…咨询有限公司总监理工程师」; s69-4 [34], E: told to 「配合」 the builder). */
const supervises = (u: string, speaker: Speaker) => /监理/.test(u) || !!speaker.supervisors?.includes(u.trim());
/** Traffic police: 「区交警大队」「县公安局交通管理大队」. */
const TRAFFIC = /交警|交通警察|公安局交通管理/;
/** Works on the roads: what the traffic police organise round (not a haulier's trucks they check). */
const WORKS_ON_ROAD = /施工|开挖|围挡|封闭|半幅|路段|路面/;
/** Villages and communities: below a township or street. */
const BELOW_LEAD = /(村|社区)(（社区）)?$|村民小组|居民小组/;

/** A government body a department head stands beside as a peer (not a party, a company or one the work oversees). */
export function peerBody(unit: string, speaker: Speaker, room: Room): boolean {
  return speaker.rank === 'department' && unitRelation(unit, speaker) === 'peer' && !outsider(unit) && !room.overseen(unit) && !room.regulated(unit) && !PARTY_NAME.test(unit) && !peopleName(unit);
}
/** A party by its kind's name, not a body: 「各网吧」「各养老机构」「市场开办方」. */
const PARTY_NAME = /机构|网吧|网点|药店|企业|公司|开办方|经营|商户|业主|单位$|协会|商会/;

/**
 * People of the public (「居民代表」「学生家长」「平安志愿者」) beside a task's lead: invited to take part, never told to 「跟踪督促、严格把关」
 * nor to 「主动参与、抓好衔接」 like the level's offices (s71-2 [46], W; s63-3 [33], s70-12 [43], s66-5 [29], E).
 */
function publicPerson(unit: string, room: Room): boolean {
  return PUBLIC_PEOPLE.test(unit) && !BODY_END.test(unit.trim()) && !room.regulated(unit);
}
/** A body's name by its end, not people: 「…志愿者协会」「…志愿服务队」. */
const BODY_END = endsAsUnit('委|企业|单位|机构|村|社区|镇|乡|街道|会|园');

/**
 * Peer departments beside a department head's branch (「局办公室」「局安置股」) are not put under it: asked for support where in the
 * room, sought by his side where not (s62-12 [59], W: 「由局办公室负责组织，请县财政局、县委编办做好配合」; [47], E). Only the level's
 * own departments: a township's or a village's office beside his unit is asked to 配合 as before.
 */
function branchPeerOf(t: Task, unit: string, speaker: Speaker, room: Room): boolean {
  return speaker.rank === 'department' && unitRelation(t.lead, speaker) === 'direct' && unitLevel(unit) === speaker.level && peerBody(unit, speaker, room);
}

/**
 * The clause of a task people lead: they comply, the bodies beside them that would 「配合」 manage them (by name), else the speaker's side
 * (「我们」「我局」); those asked, sought or with a role of their own keep their clauses (leadSentence `asked`).
 */
function peopleLeadHead(i: number, phrases: Phrases, speaker: Speaker, [regulated, post]: [boolean, boolean], lead: Run[], list: (xs: readonly Support[]) => Run[], g: Record<'direct' | 'cooperate' | 'together' | 'bound' | 'clients' | 'helpers', readonly Support[]>): Run[] {
  const managers = [...g.direct, ...g.cooperate, ...g.together, ...g.bound, ...g.clients, ...g.helpers].filter((s, k, all) => all.indexOf(s) === k && !namesPeople(s.u));
  const own = lit(speaker.rank === 'department' && speaker.ownUnit ? selfName(speaker.ownUnit) : '我们');
  // The public (家长, 村民) are reminded and guided, never 「教育管理」ed like those the work regulates (s69-8 [31], W).
  if (regulated || !post) return phrases.sayKeyed('assignLeadPeople', regulated ? 'regulated' : 'public', i, { lead, support: managers.length ? list(managers) : own });
  // People at their post: the offices beside them, else the speaker's side, coordinate and check; the villages or towns beside them serve
  // the work on their ground, never its overseers (r-s78 s78-7 [37], E: 「各村要做好配合保障」).
  const places = managers.filter((s) => BASE_LEAD.test(s.u) || BELOW_LEAD.test(s.u));
  const offices = managers.filter((s) => !places.includes(s));
  const head = phrases.sayKeyed('assignLeadPeople', 'post', i, { lead, support: offices.length ? list(offices) : own });
  return places.length ? concat(head, lit('，'), phrases.sayNth('assignSupportServe', i, { support: list(places) })) : head;
}

/** A supporting unit: how the speaker stands to it and whether it is in the room. */
interface Support {
  u: string;
  k: number;
  rel: Relation;
  here: boolean;
}

/**
 * Beside a party's lead the speaker's side supervises it — the own unit, the level's offices — never a township,
 * a village or a community that supports: they cooperate (s27-1 [39], W: 「各乡镇要加强指导督促」 the county
 * grain company that leads).
 */
function watchers(directed: readonly Support[], party: boolean): { direct: Support[]; cooperate: Support[]; hands: Support[] } {
  // The speaker's own people (网格员, 专员, 包保干部, a 驻村工作队) help the party's lead at the door; they never oversee it
  // (s66-3 [33], W: 「由区燃气公司临渡营业所负责具体实施，各社区网格员要加强督促指导」).
  const hands = party ? directed.filter((s) => ownHands(s.u)) : [];
  const direct = party ? directed.filter((s) => !BASE_LEAD.test(s.u) && !BELOW_LEAD.test(s.u) && !hands.includes(s)) : [...directed];
  return { direct, cooperate: directed.filter((s) => !direct.includes(s) && !hands.includes(s)), hands };
}

/** The level's own people named by their post (「各社区网格员」「包保干部」「驻村工作队」「企业服务专员代表」), not a body nor the public. */
const HANDS = /(员|专员|专干|干部|工作队|队员|书记|主任)$/;
function ownHands(u: string): boolean {
  return HANDS.test(u.trim().replace(/代表$/, '')) && !PUBLIC_PEOPLE.test(u) && !ENFORCES.test(u);
}

/**
 * Beside an appraiser's or a tester's own lead, those of its trade do the same work with it: co-workers, neither told to check it nor
 * asked to support it (s53-5 [36], W: a testing centre told 「对每一份结论负责」 and then 「请…给予支持」, the appraiser that leads nothing).
 */
function coWorkersOf(lead: string, party: boolean, supports: readonly Support[]): Support[] {
  const checks = (u: string) => (INSPECTS.test(u) || APPRAISES.test(u)) && !/监理/.test(u);
  return party && checks(lead) ? supports.filter((s) => checks(s.u)) : [];
}

/** How the speaker stands to a task's lead: in the room or not, how it is named, whether it is a party held to the work. */
function leadOf(t: Task, speaker: Speaker, room: Room) {
  const leadRelation = unitRelation(t.lead, speaker);
  // Only a unit in the room is asked (「请…」): a higher unit named there (an attendee, one that spoke, the chair); a peer unless listed as absent.
  const here = (u: string, rel: Relation) => (rel === 'higher' ? room.has(u) : rel !== 'peer' || !room.listed || room.has(u));
  const leadHere = here(t.lead, leadRelation);
  // A peer that leads and is not in the room is named, not asked (「这项工作由县住建局牵头」).
  const othersLead = leadRelation === 'higher' || (leadRelation === 'peer' && !leadHere);
  // A higher unit in the room is asked to lead only when it is stationed here; else its leading is stated.
  const askable = leadHere && room.stationed(t.lead);
  let tone: Tone = othersLead ? (leadRelation === 'higher' && askable ? 'asked' : 'neutral') : LEAD_TONE[leadRelation];
  // A company, a bank or a utility in the room that leads as a partner is asked (「请…牵头」), not named.
  if (tone === 'neutral' && leadRelation === 'partner' && (OUTSIDE.test(t.lead) || /公司|集团/.test(t.lead)) && room.listed && room.has(t.lead) && !room.overseen(t.lead)) tone = 'asked';
  // A party organ, a congress, a court or a procuratorate is not directed by a government leader: asked
  // (s28-6 [55], W: 「此项工作由县纪委监委负责，县委组织部…要积极支持」 from a 副县长).
  // A department head names such an organ without asking or telling it (speech-room's rule, kept).
  const leader = speaker.rank === 'principal' || speaker.rank === 'deputy';
  // The party secretary's own committee departments (组织部, 宣传部, 政法委 …) are his to direct (s41-8 [44] [51] [64], E: 「请区委组织部」).
  const asksOrgan = (u: string) => leader && PARTY_ORGAN.test(u) && !(speaker.secretary && COMMITTEE_DEPT.test(u));
  if (asksOrgan(t.lead) && leadRelation !== 'higher' && leadRelation !== 'own') tone = 'asked';
  // A peer that leads, not in the room, is sought by a department head like an absent higher unit: he does not order a
  // peer, nor give it a time (s36-8 [53], W: 「由区财政局牵头组织，我局做好配合，2027年一季度完成」 from a 局长).
  const peerAway = peerBody(t.lead, speaker, room) && !leadHere;
  const absentHigher = (leadRelation === 'higher' && !askable) || peerAway;
  // A party the work regulates, or a contractor on its works, leads under the speaker's side; any other
  // company, bank or 国企 is a partner and is asked (s15-1 [36]: the 中储粮 直属库, the bureau its supporter).
  // So do people by their post (「各乡镇食品安全协管员」) beside a body of the speaker's: it guides and oversees them, never 「配合」s them
  // (hunt s69-3 [46], E: 「请各乡镇食品安全协管员牵头，各市场监管所配合」 from the 局长 whose 所 they are).
  // Not a township's own cadre (「乡医保专干」), who works beside its offices as their peer (s62-9 [27], K).
  const guided = ownHands(t.lead) && /员$/.test(t.lead.trim()) && (t.support ?? []).some((u) => unitRelation(u, speaker) === 'direct' && !BASE_LEAD.test(u) && !BELOW_LEAD.test(u) && !ownHands(u));
  const party = leadRelation !== 'own' && leadRelation !== 'higher' && (room.overseen(t.lead) || guided);
  return { here, tone, leader, asksOrgan, peerAway, absentHigher, party };
}

/** The supports spoken to apart from the others, each with a part of its own. */
function apartOf(t: Task, all: readonly Support[], speaker: Speaker, room: Room, party: boolean): Record<'below' | 'ownWork' | 'traffic', Support[]> {
  // Villages that support a township's lead are the township's to carry down (s12-3: 「主动对接各沿江村（社区）…」 over the townships' heads, W).
  const below = speaker.rank === 'department' && BASE_LEAD.test(t.lead) ? all.filter((s) => BELOW_LEAD.test(s.u)) : [];
  // Schools, hospitals, care homes in the ground the task's work applies to do it for their own (own-institutions.ts): told, never asked.
  // Not beside people that lead (家长): there the schools are the bodies that see to them (peopleLeadHead; r-s81 s81-11 [25]).
  const ownWork = peopleLead(t.lead, room) ? [] : all.filter((s) => !below.includes(s) && ownWorkOf(t, s.u, s.rel, room.privatelyRun(s.u)));
  // Traffic police beside a builder's lead keep the roads round the works moving, never oversee its progress (r-s81 s81-6 [32], W).
  const works = party && tradeOf(t.lead) === 'builder' && WORKS_ON_ROAD.test(`${t.title}，${t.detail ?? ''}`);
  return { below, ownWork, traffic: works ? all.filter((s) => TRAFFIC.test(s.u) && !below.includes(s) && !ownWork.includes(s)) : [] };
}

/**
 * The supports of a task by how the speaker may speak to each (see leadSentence). One of a held lead's regulated trade (「湄溪客运站」
 * beside 「…客运总站」) is held with it, never its overseer nor asked (s73-8).
 */
function groupsOf(t: Task, speaker: Speaker, room: Room, before: readonly Task[]) {
  const { here, tone: leadTone, leader, asksOrgan, peerAway, absentHigher, party } = leadOf(t, speaker, room);
  let tone = leadTone;
  // A provider listed with a company under one label is a partner like it, not the level's own institution (s46-8 [42], W).
  const all: Support[] = (t.support ?? []).map((u, k) => { const rel = room.provider(u) ? 'partner' : unitRelation(u, speaker); return { u, k, rel, here: here(u, rel) }; });
  const { below, ownWork, traffic } = apartOf(t, all, speaker, room, party);
  const [people, publicPeople] = [all.filter((s) => !below.includes(s) && regulatedPeople(s.u, room)), all.filter((s) => !below.includes(s) && publicPerson(s.u, room))];
  const supports = all.filter((s) => !below.includes(s) && !people.includes(s) && !publicPeople.includes(s) && !ownWork.includes(s) && !traffic.includes(s));
  // Asked apart: a higher unit in the room (「请…给予支持」). Sought, not addressed: a higher unit not in the room, a peer absent beside his own.
  // Bodies that oversee (纪委监委, 检察院, a 督导组) are asked to oversee, never to 配合 or 支持 (s14-4, s14-1, s14-3).
  const oversee = supports.filter((s) => OVERSIGHT.test(s.u));
  // Only a higher unit's support is sought: 「我们要主动对接…，争取支持」 after every task was struck (s14-4),
  // and never from those the work regulates (「主动对接各定点医药机构，争取协同配合」); only for work the
  // speaker's side leads (beside 马鞍镇's lead a 征收中心 「主动对接…派出所」 took the town's part, s15-4 [46]),
  // and once a speech (s14-4 [36]: sought again after a second task, struck).
  // A lead asked in the room (a peer, a higher unit stationed here) takes the absent higher unit's support
  // in its own request (「请马鞍镇牵头，…派出所给予支持」); otherwise the speaker's side seeks it.
  const ours = tone !== 'request' && tone !== 'asked';
  const soughtBefore = (u: string) => before.some((b) => unitRelation(b.lead, speaker) !== 'peer' && (b.support ?? []).some((x) => x.trim() === u.trim()));
  const awayHigher = (s: Support) => !s.here && s.rel === 'higher' && !oversee.includes(s);
  const branchPeer = (s: Support) => !party && branchPeerOf(t, s.u, speaker, room);
  const sought = supports.filter((s) => ((awayHigher(s) && ours) || (branchPeer(s) && !s.here)) && !soughtBefore(s.u));
  // A court or a procuratorate that supports is given only its task's part: told with the level's units by its party secretary,
  // asked for support by any other leader, never handed 「指导」 or 「监督」 (s41-8 [58], W; s37-8 [44], W).
  const judicial = leader ? supports.filter((s) => JUDICIAL.test(s.u) && s.rel !== 'higher' && s.rel !== 'own') : [];
  // Those held only by their line's label (「辖区共建单位：」) are one group whatever their level, asked to do the material's act:
  // the speaker has no say over them (s46-5 [58], W: a school and the post office 「要按要求抓紧落实」, the hospital of their line 「请」).
  // So are testers and appraisers where the material faults only their capacity, not their work: asked for the task's act, never
  // told to answer for their conclusions (s46-8 [42] [54], W: 「对出具的结论负责」 where only 「鉴定力量不足」 was said).
  const capacity = (s: Support) => room.testersShort && (INSPECTS.test(s.u) || room.provider(s.u)) && !/监理/.test(s.u);
  // So are those the task's own detail names as the doers of its act, beside any lead (doers.ts; s51-8 [40] [46], E).
  const heldAsked = supports.filter((s) => s.rel !== 'own' && s.rel !== 'direct' && !oversee.includes(s) && !judicial.includes(s) && (doesTaskAct(t, s.u) || (!party && room.overseen(s.u) && (room.heldAsked(s.u) || capacity(s)) && !room.operates(s.u))));
  const higher = supports.filter((s) => ((s.rel === 'higher' && (s.here || !ours)) || (asksOrgan(s.u) && s.rel !== 'own')) && !oversee.includes(s) && !judicial.includes(s) && !heldAsked.includes(s));
  // The speaker's own units that support a lead the speaker does not direct are told apart (「…，街道城建科要全力配合」).
  // The speaker's own units beside a regulated party's lead supervise it (「我局要加强监管、跟踪督促」); never an outside party (s26-7 [37]).
  // The operator of the network the campaign works on is named with the speaker's units, neither asked nor ordered (s39-1 [36] [48], E).
  const mine = (s: Support) => (((s.rel === 'direct' && !asksOrgan(s.u) && !room.invited(s.u)) || (party && s.rel === 'own') || (!!speaker.secretary && judicial.includes(s))) && !outsider(s.u)) || (!party && room.operates(s.u));
  // Beside a directed lead with peers asked in its sentence, the speaker's own units are told apart, not
  // asked with the peers (「请区社会保险事务中心、区司法局积极配合」 from the 局长 whose 中心 it is).
  const mixed = tone === 'directive' && supports.some((s) => s.rel === 'peer' && !oversee.includes(s));
  const directed = (tone === 'directive' && !mixed) || tone === 'request' ? (party ? supports.filter(mine) : []) : supports.filter(mine);
  const { direct, cooperate, hands } = watchers(directed, party);
  // A department head asks a peer, here or not, whoever leads: 「…，也请县财政局积极配合」, never 「县财政局
  // 配合」 as an order (s15-1 [27][30][33], s15-4 [37], E). Beside the own unit's lead they are asked in its sentence.
  const ownLead = tone === 'own' || (tone === 'directive' && supports.some((s) => s.rel === 'peer'));
  const absent = speaker.rank === 'department' && !ownLead ? supports.filter((s) => s.rel === 'peer' && !oversee.includes(s) && !isEnterprise(s.u) && !OUTSIDE.test(s.u) && !(party && ENFORCES.test(s.u)) && !room.regulated(s.u)) : supports.filter((s) => branchPeer(s) && s.here);
  const inClause = supports.filter((s) => !higher.includes(s) && !directed.includes(s) && !sought.includes(s) && !oversee.includes(s) && !absent.includes(s) && !heldAsked.includes(s) && !(awayHigher(s) && ours) && !(judicial.includes(s) && !speaker.secretary));
  // A department head's branch leads and peers support: the peers are asked (「由局执法大队牵头，请各乡镇配合」); a party held is none (s54-3).
  if (tone === 'directive' && inClause.some((s) => s.rel === 'peer' && !room.overseen(s.u))) tone = 'own';
  // A partner in the same sentence as the speaker's own unit: the whole sentence names, none orders.
  if (tone === 'directive' && inClause.some((s) => s.rel !== 'direct')) tone = 'neutral';
  // Parties outside government beside a government lead are asked, not assigned (s11-1: a 县长 gave
  // 配合 to the power company and a bank); government bodies beside a company's lead regulate it and
  // are not its helpers (s11-4: 「由各校外培训机构牵头负责，区消防救援大队协同配合」, read wrong).
  // Those the work regulates beside a government lead do their part as told, never asked for support
  // (the two companies just summoned, then 「也请…给予支持配合」 in the next task).
  // So are those bound by an agreement or a contract with the speaker's side (s16-6 [29]: the operator asked for 「支持」, E).
  const held = party ? [] : inClause.filter((s) => s.rel !== 'own' && s.rel !== 'direct' && room.overseen(s.u) && !room.operates(s.u));
  // 监理 and testers beside a contractor's lead are held to their own role (s11-5 hunt [27]: 「监理单位配合」, E).
  // Appraisers and surveyors, whoever engaged them, are told alike to work independently (s38-1 [37], W: one 「照单落实」, two 「请」).
  const coWorkers = coWorkersOf(t.lead, party, inClause);
  const appraisers = inClause.filter((s) => APPRAISES.test(s.u) && (isEnterprise(s.u) || /公司|事务所|机构/.test(s.u)) && !coWorkers.includes(s));
  const inspectors = inClause.filter((s) => (INSPECTS.test(s.u) || supervises(s.u, speaker)) && (party || held.includes(s)) && !appraisers.includes(s) && !coWorkers.includes(s));
  // Companies beside an outside company's lead: when some are asked, all are (s29-3 [41], W: one told 「不讲条件」).
  const askedToo = outsider(t.lead) && inClause.some((s) => OUTSIDE.test(s.u) && !held.includes(s));
  const bound = [...(askedToo ? [] : held.filter((s) => !inspectors.includes(s) && !appraisers.includes(s))), ...people];
  // Beside a party's lead too, a utility or a bank that only supports is asked, never told 「积极协助」 (s41-2 [37], E); so is a unit the attendees mark as invited (s72-1 [63], E).
  const outside = inClause.filter((s) => (OUTSIDE.test(s.u) || BUSINESS.test(bareUnit(s.u)) || room.provider(s.u) || (s.rel !== 'own' && room.invited(s.u))) && !bound.includes(s) && !inspectors.includes(s) && !appraisers.includes(s) && !coWorkers.includes(s) && !room.operates(s.u) && !(party && room.overseen(s.u)));
  // Beside a party's lead, a body that enforces is asked to check it; one that only supports is asked to
  // support, not handed a supervising role the material never gives it (s15-4 [40]: 「请马鞍镇加强监督指导」, W).
  const regulators = party ? inClause.filter((s) => !isEnterprise(s.u) && !OUTSIDE.test(s.u) && ENFORCES.test(s.u) && !appraisers.includes(s) && !coWorkers.includes(s)) : [];
  const helpers = party ? inClause.filter((s) => !isEnterprise(s.u) && !((isFirm(s.u) || room.regulated(s.u)) && room.overseen(s.u)) && !OUTSIDE.test(s.u) && !regulators.includes(s) && !appraisers.includes(s) && !inspectors.includes(s) && !outside.includes(s) && !coWorkers.includes(s)) : [];
  // The client beside its builder's lead supervises it (s25-2 [47], E: 「城发集团支持配合」 the builder it employs).
  const clients = party ? inClause.filter((s) => room.client(s.u) && !INSPECTS.test(s.u)) : [];
  // Beside a peer sought, the own unit is the one that seeks it (「我局要专题商请…」), not named again.
  const together = inClause.filter((s) => !outside.includes(s) && !regulators.includes(s) && !helpers.includes(s) && !inspectors.includes(s) && !bound.includes(s) && !clients.includes(s) && !appraisers.includes(s) && !coWorkers.includes(s) && !(peerAway && s.rel === 'own'));
  const askedJudicial = speaker.secretary ? [] : judicial;
  return withFaulted(room, { tone, party, absentHigher, peerAway, askedJudicial, below, supports: [...supports, ...people, ...publicPeople, ...ownWork, ...traffic], publicPeople, ownWork, traffic, oversee, sought, higher, direct, cooperate, hands, absent, outside, regulators, helpers, inspectors, appraisers, clients, bound, heldAsked, together, coWorkers });
}

/** The groups of a task's supports that are asked (「请…支持」「也请…大力支持」). */
const ASKED_GROUPS = ['higher', 'heldAsked', 'askedJudicial', 'outside', 'helpers', 'absent'] as const;

/**
 * A party outside the speaker's line the problems fault is told to put its part right, never asked for support (faulted-parties.ts;
 * r-s79 s79-4 [45], W): taken out of the groups that ask; a 监理, a tester or an appraiser keeps its own role's words, a body that
 * oversees its own, a company the campaign serves (its troubles are no fault). Those the work already holds (「要照单落实」) stay held.
 */
function withFaulted<G extends Record<(typeof ASKED_GROUPS)[number], Support[]>>(room: Room, groups: G): G & { faulted: Support[] } {
  const faulted = ASKED_GROUPS.flatMap((k) => groups[k]).filter((s) => s.rel !== 'own' && s.rel !== 'direct' && !INSPECTS.test(s.u) && !APPRAISES.test(s.u) && !OVERSIGHT.test(s.u) && !room.served(s.u) && room.faulted(s.u));
  return { ...groups, ...Object.fromEntries(ASKED_GROUPS.map((k) => [k, groups[k].filter((s) => !faulted.includes(s))])), faulted };
}

/** Peers on the ground, each for its own ground; the others of the task beside them named (「…要各负其责，…，区林业局配合」). */
function peersHead(i: number, phrases: Phrases, lead: Run[], peers: readonly Support[], together: readonly Support[], list: (xs: readonly Support[]) => Run[]): Run[] {
  const rest = together.filter((s) => !peers.includes(s));
  return concat(phrases.sayNth('assignPeerPlaces', i, { lead: joinRuns([lead, list(peers)], '、') }), rest.length ? concat(lit('，'), phrases.sayNth('assignSupportNamed', i, { support: list(rest) })) : undefined);
}

/** Institutions doing the task for their own (own-institutions.ts): the ground's told, a higher level's or another system's asked (「也请…同步抓好」). */
function ownWorkClauses(t: Task, i: number, phrases: Phrases, ownWork: readonly Support[], room: Room, list: (xs: readonly Support[]) => Run[]): (Run[] | undefined)[] {
  const asked = ownWork.filter((s) => ownWorkOf(t, s.u, s.rel, room.privatelyRun(s.u)) === 'asked');
  const told = ownWork.filter((s) => !asked.includes(s));
  return [
    told.length ? concat(lit('，'), phrases.sayNth('assignSupportOwnWork', i, { support: list(told) })) : undefined,
    asked.length ? concat(lit('，'), phrases.sayNth('assignSupportOwnWorkAsked', i, { support: list(asked) })) : undefined,
  ];
}

/**
 * The clauses that speak to a task's supports, each support once, in the first clause it falls in: one in two groups (held by its
 * line's label and outside the speaker's line) is never asked twice (r-s83 s83-10 [30], W: 「也请…超市按分工把承担的工作落实好，也请
 * …超市大力支持」).
 */
function onceEach(i: number, phrases: Phrases, list: (xs: readonly Support[]) => Run[]): (key: string, xs: readonly Support[]) => Run[] | undefined {
  const said = new Set<number>();
  return (key, xs) => {
    const fresh = xs.filter((s) => !said.has(s.k));
    for (const s of fresh) said.add(s.k);
    return fresh.length ? concat(lit('，'), phrases.sayNth(key, i, { support: list(fresh) })) : undefined;
  };
}

/** Companies of one trade each for its own (peer-firms.ts): the faulted put their own right, the others check themselves (s78-3 [34]). */
function peerFirmsHead(i: number, phrases: Phrases, all: readonly { s: Support; runs: Run[] }[], room: Room): Run[] {
  const faulted = all.filter((f) => room.faulted(f.s.u));
  const rest = all.filter((f) => !faulted.includes(f));
  const say = (key: string, xs: readonly { runs: Run[] }[]) => phrases.sayKeyed('assignPeerFirms', key, i, { lead: joinRuns(xs.map((x) => x.runs), '、') });
  if (!faulted.length || !rest.length) return say(faulted.length ? 'faulted' : 'own', all);
  return concat(say(faulted.length > 1 ? 'faulted' : 'faultedOne', faulted), lit('，'), say('rest', rest));
}

/**
 * Who leads and who supports, as the speaker may say it (speaker.ts `Relation`): only units the speaker
 * leads are told what to do; a partner of another system is named (「由镇派出所牵头，各村配合」); a
 * higher unit in the room is asked (「恳请区住建局牵头推进」「请…给予支持」), one that is not is neither
 * asked nor given work — the speaker's own units are told to work with it (「这项工作的牵头单位是县人社局
 * 劳动保障监察大队，乡劳动保障所要主动对接、全力配合」; readers marked 「由县…大队牵头负责」 at a township
 * wrong, an order upside down) and its support is sought (「我们要主动对接…，争取支持」). A company, a
 * property manager or a market's operator that leads is held to its own responsibility (「街道城管科要
 * 督促…落实主体责任」). A department head speaks of the own unit as 「我局」 and asks peers with 「请」.
 */
export function leadSentence(t: Task, i: number, phrases: Phrases, speaker: Speaker, room: Room, unit: (u: string, s: string) => Run[], before: readonly Task[]): { assign?: Run[]; head?: Run[]; tail?: Run[]; seek?: Run[]; tone: Tone; supervisor?: boolean } {
  const src = `campaign.tasks[${i}]`;
  const { tone, party, absentHigher, peerAway, askedJudicial, below, supports, publicPeople, faulted, ownWork, traffic, oversee, sought, higher, direct, cooperate, hands, absent, outside, regulators, helpers, inspectors, appraisers, clients, bound, heldAsked, together, coWorkers } = groupsOf(t, speaker, room, before);
  const list = (xs: readonly Support[]) => joinRuns(xs.map((s) => unit(s.u, `${src}.support[${s.k}]`)), '、');
  // Those called in who put right what the meeting found are its doers, towns and companies alike; the lead follows it up.
  if (remedyOfCalled(t, supports, room)) return { assign: phrases.sayNth('assignRemedyCalled', i, { support: list(supports), lead: unit(t.lead, `${src}.lead`) }), tone: 'neutral' };
  // Workers that lead beside their employers (people-lead.ts); the discipline group stationed in the department (stationedLead).
  const early = employedPeopleLead(t, i, phrases, speaker, room, unit) ?? stationedLead(t, i, phrases, speaker, list(supports), unit);
  if (early) return { assign: early, tone: 'neutral' };
  // Those asked alike are asked in one clause: 「也请…大力支持，也请…大力支持」 read as a stutter (s26-8 [40], W).
  // People that lead are told to comply, the bodies beside them to manage them (peopleLeadHead): no 「配合」 clause of their own.
  // Beside an overseer they are told already (「由…驾驶员具体实施，我局要加强督促指导」); beside bodies only, or none, they would 「牵头」.
  const people = peopleLead(t.lead, room) && (!party || (!direct.length && !cooperate.length && together.length > 0));
  const alike = [...askedJudicial, ...outside, ...(people ? [] : helpers), ...absent];
  const supervisors = inspectors.filter((s) => /监理/.test(s.u) || supervises(s.u, speaker));
  const testers = inspectors.filter((s) => !supervisors.includes(s));
  // Those with a role of their own first (who checks, who is held to its work), then those asked to support.
  const clause = onceEach(i, phrases, list);
  const asked = concat(
    clause('assignSupportRegulator', regulators),
    // A 监理 checks and may stop the work; a tester only tests and reports: asked for its technical support, never handed a
    // power to stop (s44-3 [31], W: a testing company told 「发现问题及时叫停」).
    clause('assignSupportInspector', supervisors), clause('assignSupportTester', testers), clause('assignSupportAppraiser', appraisers), clause('assignSupportFaulted', faulted),
    clause('assignSupportClient', people ? [] : clients), clause('assignSupportBound', people ? [] : bound), clause('assignSupportHeldAsked', heldAsked),
    ...ownWorkClauses(t, i, phrases, ownWork, room, list), clause('assignSupportTraffic', traffic), clause('assignSupportOversight', oversee),
    // A higher unit is asked before a partner of the place (s60-6 [41], E: 「请县人民检察院…给予支持，也请梅坪水电站…」).
    clause('assignSupportHigher', higher), clause('assignSupportParty', alike), clause('assignSupportPublic', publicPeople),
  );
  const [lead, detail] = [unit(t.lead, `${src}.lead`), t.detail ?? ''];
  // A detail that already says who leads (and who supports) is not repeated; when it leaves a
  // supporting unit out, the whole assignment is said (「由乡人武部牵头，乡派出所、乡卫生院配合」).
  const named = detail.includes(t.lead.trim()) && supports.every((s) => detail.includes(s.u.trim()));
  const down = below.length ? concat(phrases.sayNth('assignSupportBelow', i, { lead, support: list(below) }), lit('。')) : undefined;
  const seek = concat(down, sought.length ? concat(phrases.sayKeyed('assignSupportSought', sought.some((s) => s.rel === 'higher') ? 'higher' : 'peer', i, { support: list(sought) }), lit('。')) : undefined);
  const helping = clause('assignSupportHands', hands);
  if (people) return { assign: concat(peopleLeadHead(i, phrases, speaker, [REGULATED_PEOPLE.test(t.lead) || regulatedPeople(t.lead, room), postPeople(t.lead)], lead, list, { direct, cooperate, together, bound, clients, helpers }), helping, asked), seek, tone: 'neutral' };
  if (named) return { seek, tone: party ? 'neutral' : tone };
  // A company that leads with only other companies (or partners) beside it: it leads, they support
  // (s11-2: 「由各物业服务企业具体实施，各电梯维保单位要盯住进度、督促到位」 — its contractor told to oversee it).
  // Companies of one trade, each doing its own (peer-firms.ts): named together, those at fault told to put their own right.
  const firms = party && !absentHigher ? peerFirms(t, together, room) : [];
  const besides = together.filter((s) => !firms.includes(s));
  const firmsHead = firms.length ? peerFirmsHead(i, phrases, [{ s: { u: t.lead, k: -1, rel: 'partner', here: true }, runs: lead }, ...firms.map((f) => ({ s: f, runs: list([f]) }))], room) : undefined;
  if (firmsHead && !direct.length && !cooperate.length) return { assign: concat(firmsHead, besides.length ? concat(lit('，'), phrases.sayNth('assignSupportNamed', i, { support: list(besides) })) : undefined, asked), seek, tone: 'neutral' };
  if (party && !direct.length && !cooperate.length && together.length) return { assign: concat(phrases.sayKeyed('assignLeadSupport', 'neutral', i, { lead, support: list(together) }), asked), seek, tone: 'neutral' };
  const others = absentHigher || party;
  // Townships or streets of one rank beside a township's or a street's lead, all the speaker's to direct: each answers for its ground.
  const peers = !others && tone !== 'request' && tone !== 'asked' && unitRelation(t.lead, speaker) === 'direct' ? peerPlaces(t.lead, together).filter((s) => s.rel === 'direct') : [];
  // The speaker's side oversees a party's lead by name (「…具体实施，我局要加强督促指导」): said without a
  // subject, readers took the party for the one to supervise (s14-4 [25], s15-4 [40]).
  const overseer = direct.length ? list(direct) : lit(speaker.rank === 'department' && speaker.ownUnit ? selfName(speaker.ownUnit) : '我们');
  // A party's lead and its overseer are two clauses: a step due from the party goes between them, with
  // the one that does it (s26-7 [37], W: 「…中心要加强督促指导，每日7时前发布当日岗位」 read as the 中心's step).
  const [leadClause, overseen] = party && !absentHigher ? splitAfter(phrases.sayNth(supervises(t.lead, speaker) ? 'assignLeadSupervisor' : 'assignLeadParty', i, { lead, support: overseer }), lead) : [];
  // Those who do the lead's work with it are named with it, before its overseer (「…牵头实施，…共同参与；我们要…」).
  const partyLead = leadClause && coWorkers.length ? concat(leadClause, lit('，'), phrases.sayNth('assignSupportCoWorker', i, { support: list(coWorkers) })) : leadClause;
  const head = others
    ? absentHigher
      ? peerAway
        ? phrases.sayKeyed('assignLeadHigher', 'peer', i, { lead, support: direct.length ? list(direct) : overseer })
        : phrases.sayKeyed('assignLeadHigher', direct.length ? 'withOwn' : 'alone', i, { lead, support: list(direct) })
      : (firmsHead ?? partyLead)
    : peers.length
      ? peersHead(i, phrases, lead, peers, together, list)
      : together.length
        ? phrases.sayKeyed('assignLeadSupport', tone, i, { lead, support: list(together) })
        : phrases.sayKeyed('assignLead', tone, i, { lead });
  const tail = concat(
    overseen,
    others && besides.length ? concat(lit('，'), phrases.sayNth('assignSupportNamed', i, { support: list(besides) })) : undefined,
    direct.length && !others ? concat(lit('，'), phrases.sayNth('assignSupportDirect', i, { support: list(direct) })) : undefined,
    // Beside the lead of a party a 约谈 calls to account, the township or street it is in answers for the place (s53-4 [36], W); a
    // village beside it cooperates (s55-7 [41], E: 「杨树湾村做好配合」); beside a contractor behind time the town coordinates (s51-8 [40]).
    ...placesAndOthers(cooperate, party && room.calledIn(t.lead), party).map(([key, xs]) => concat(lit('，'), phrases.sayNth(key, i, { support: list(xs) }))),
    helping,
    asked,
  );
  return { assign: concat(head, tail), head, tail, seek, tone: party ? 'neutral' : tone, ...(leadClause && supervises(t.lead, speaker) ? { supervisor: true } : {}) };
}

/**
 * The discipline group stationed in the department oversees it: never handed its work by the department's head, who carries it and asks
 * the group to oversee (s56-4 [43], W). The level's 纪委监委 itself is named, neither asked nor told (speech-room).
 */
function stationedLead(t: Task, i: number, phrases: Phrases, speaker: Speaker, supports: Run[], unit: (u: string, s: string) => Run[]): Run[] | undefined {
  if (speaker.rank !== 'department' || !STATIONED_DISCIPLINE.test(t.lead) || ['own', 'direct'].includes(unitRelation(t.lead, speaker))) return undefined;
  const own = lit(speaker.ownUnit ? selfName(speaker.ownUnit) : '我们');
  const named = supports.length ? concat(lit('，'), phrases.sayNth('assignSupportNamed', i, { support: supports })) : undefined;
  return concat(phrases.sayNth('assignLeadOversight', i, { own, lead: unit(t.lead, `campaign.tasks[${i}].lead`) }), named);
}

/**
 * The step due beside a 监理's lead: the works' completion (「12月底前全部完工」) is the builders', the 监理's supervision runs until it
 * (「…负责监理把关，直至工程12月底前全部完工」; s71-2 [46], W: 「由…监理有限公司负责…，12月底前全部完工」).
 */
export function supervisorsEnd(supervisor: boolean | undefined, step: Run[] | undefined): Run[] | undefined {
  return supervisor && step && /完工|竣工|建成/.test(runsText(step)) && !/^确保/.test(runsText(step)) ? concat(lit('直至工程'), step) : step;
}

/** A task that puts right what a 约谈 found: 「被约谈单位限期整改」「对照约谈指出的问题列出整改清单」. */
const REMEDY = /被约谈|约谈(?:指出|发现|反馈|提出)|整改清单|问题清单|销号|限期整改/;

/**
 * Whether a task is the 整改 of those a 约谈 calls in, who are all its supports (its lead the office they report to): then
 * they do it and the lead follows it up (s47-4 [34], W: 「由县道安办负责，溪口镇、黄泥塘镇配合」 — the towns called in
 * as helpers of their own 整改, the companies beside them ordered).
 */
function remedyOfCalled(t: Task, supports: readonly Support[], room: Room): boolean {
  return supports.length > 0 && REMEDY.test(`${t.title}，${t.detail ?? ''}`) && !room.calledIn(t.lead) && supports.every((s) => room.calledIn(s.u));
}

/** Supports beside a lead, the townships and streets apart where the lead is a party called to account (assignSupportPlace). */
/** Beside a party's lead the towns and villages serve its work (「做好协调服务」), never 「全力支持」 what they oversee (s72-2 [35], s72-6 [32], E). */
function placesAndOthers(cooperate: readonly Support[], held: boolean, party = false): [string, Support[]][] {
  const places = held ? cooperate.filter((s) => BASE_LEAD.test(s.u)) : [];
  const others = cooperate.filter((s) => !places.includes(s));
  return [...(places.length ? [['assignSupportPlace', places] as [string, Support[]]] : []), ...(others.length ? [[party ? 'assignSupportServe' : 'assignSupportDirect', others] as [string, Support[]]] : [])];
}

/** A sentence cut at the first comma after `lead`: the lead's clause, then the rest from its comma on. */
function splitAfter(runs: Run[], lead: Run[]): [Run[], Run[]] {
  const text = runsText(runs);
  const from = text.indexOf(runsText(lead));
  const at = from < 0 ? -1 : text.indexOf('，', from + runsText(lead).length);
  return at < 0 ? [runs, []] : [cut(runs, at, text.length), cut(runs, 0, at)];
}
