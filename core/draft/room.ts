// Who is in the room: the units `meeting.attendees` lists, those that spoke before (precedingItems)
// and the chair. A speaker may ask a unit in the room (「请县农业农村局加强业务指导」); one that is not
// there is not addressed at all — readers struck a 镇党委副书记 asking two absent county and city
// bureaus for guidance: the township says it will seek their support (「主动对接…，争取支持」).
import type { ParagraphBlock, Run } from '../doc/model.ts';
import type { SpeechInput } from '../input/schema.ts';
import type { Phrases } from './compose.ts';
import { fact, joinRuns, lit } from './runs.ts';
import { bareUnit, unitLevel, unitRelation, type Speaker } from './speaker.ts';

export interface Room {
  /** Whether the meeting's material lists who attends; without a list nobody's presence is known. */
  listed: boolean;
  has(unit: string): boolean;
}

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
function sameUnit(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (!short || short[0] !== long[0] || short.at(-1) !== long.at(-1)) return false;
  let at = 0;
  for (const ch of long) if (ch === short[at]) at++;
  return at === short.length;
}

export function roomOf(input: SpeechInput): Room {
  const { meeting } = input;
  const lines = [...(meeting.attendees ?? []), ...(meeting.precedingItems ?? []), meeting.host?.title ?? ''].filter(Boolean);
  const pieces = lines.flatMap(piecesOf);
  return {
    listed: (meeting.attendees?.length ?? 0) > 0,
    has(unit: string): boolean {
      const name = unit.trim();
      const level = unitLevel(name);
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

// The people in the room whom the speech speaks to in their own role, in one paragraph before the
// closing. Readers noted drafts that never spoke to the 水文站 and the power and telecom companies at
// a 防汛 部署会, the enterprises at a 燃气 动员会, the village secretaries and rangers at a 动员会, the
// higher supervision group at a street's 推进会. A higher unit or group is thanked and asked (「恳请…」),
// never instructed; a partner of another system, an enterprise and the public are asked (「希望…」);
// the speaker's own front line and the village/community secretaries are called on. The level's own
// units and leaders (「镇直各单位负责人」) have their tasks already; a partner a task names has its task.

export type Guest = 'higher' | 'partner' | 'enterprise' | 'public' | 'village' | 'frontline';

interface Present {
  /** How the speech names them: a unit without 「负责同志」, people with their role (「居民代表」). */
  text: string;
  src: string;
  kind: Guest;
}

/** An attendee's office or standing after the unit: 「…负责同志」「…代表」「…队长」. */
const ROLE = /(主要|分管|相关|有关|项目)?副?(负责同志|负责人|同志|代表|全体人员|主任|书记|队长|项目经理|经理|总监|站长|所长|院长|校长|场长)$/;
/** The speaker's own side in general: leaders, the level's units, the levels below. */
const OWN_SIDE = /班子|领导|^各|^部分|成员单位|[县区市镇乡]直|街道各|分管|包村|驻村干部|河长/;
/** Secretaries and heads of the villages and communities: the speaker's first line of command. */
const VILLAGE = /(村|社区)[^、]*书记$/;
/** The speaker's own people at the front line: called on, as the speaker leads them. */
const FRONTLINE = /护林员|网格员|督导员|协管员|扑火队|专干|信息员|安全员|巡查员|保洁员|民兵|抢险队|应急队/;
/** Residents and their representatives, owners, cooks: asked, never told. */
const PUBLIC = /业委会|业主委员会|居民|村民|群众|乡厨|厨师|商户|经营户|养殖户|种植户|业主|家长|志愿者|乡贤|楼栋长/;
/** Enterprises and those who run a site for profit: asked to carry their own (主体) responsibility. */
const ENTERPRISE = /企业|公司|集团|商圈|管理方|施工单位|监理单位|设计单位|运营单位|物业/;
/** A unit's name ends in its kind (局, 所, 公司 …): 「驻区单位代表」 is a unit's, 「居民代表」 people's. */
const UNIT_END = /(局|办|所|站|中心|公司|企业|单位|协会|商会|队|院|校|科|股|处|室|部|组|委员会|集团|银行|分行|支行|管理方)$/;
/** A supervision or working group sent by a higher level: 「区创文办第三督导组」「市专班驻区工作组」. */
const SENT_GROUP = /督导组|督查组|工作组|指导组|专班/;
/** What a partner of another system does, where its name says (in their own role: 水文 forecasts). */
const ROLES: readonly [RegExp, string][] = [
  [/水文|气象/, '监测预报'],
  [/供电|电力|电网/, '电力保障'],
  [/移动|联通|电信|通信|铁塔/, '通信保障'],
];

/** The attendees one by one: 「清川水文站、国网清川县供电公司负责人」 → two, each with the entry's role. */
function attendeePieces(entry: string): { name: string; text: string }[] {
  // 「（在分会场参会）」 says where they sit, not who they are; 「村（社区）」 is part of a name.
  const clean = entry.replace(/(（[^）]*）|\([^)]*\))$/, '').trim();
  const role = ROLE.exec(clean)?.[0] ?? '';
  const split = clean.split('、');
  // 「…液化石油气充装、配送企业负责人」: pieces that are no unit of their own share the last one's noun.
  const shared = split.length > 1 && split.slice(0, -1).some((p) => !UNIT_END.test(p.replace(ROLE, '').trim())) && UNIT_END.test(clean.replace(ROLE, ''));
  const parts = (shared ? [clean] : split).flatMap((p) => (/代表$/.test(clean) ? p.split(/和|及/) : [p]));
  return parts
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => ({ name: p.replace(ROLE, '').replace(ROLE, '').replace(/(相关|有关)?(科室|股室)$/, ''), text: ROLE.test(p) || !role ? p : `${p}${role}` }));
}

function kindOf(name: string, text: string, speaker: Speaker): Guest | undefined {
  if (!name) return undefined;
  if (VILLAGE.test(text) && speaker.level !== 'city') return 'village';
  if (SENT_GROUP.test(name) && !OWN_SIDE.test(name)) return unitRelation(name, speaker) === 'own' ? undefined : 'higher';
  if (OWN_SIDE.test(name)) return undefined;
  if (FRONTLINE.test(name)) return 'frontline';
  if (ROLES.some(([re]) => re.test(name))) return 'partner';
  if (ENTERPRISE.test(name)) return 'enterprise';
  if ((!UNIT_END.test(name) || /志愿/.test(name)) && (PUBLIC.test(name) || /代表$/.test(text))) return 'public';
  const relation = unitRelation(name, speaker);
  if (relation === 'higher') return 'higher';
  if (relation === 'partner' || relation === 'peer') return 'partner';
  return undefined;
}

/** The attendees the speech speaks to, each once, with how; a partner a task names is left to its task. */
export function guestsOf(input: SpeechInput, speaker: Speaker): Present[] {
  // 「镇卫生院」 in a task and 「卫生院」 among the attendees, 「各施工单位」 and 「4个改造项目施工单位」: one unit.
  const key = (u: string) => bareUnit(u).replace(/^各/, '').slice(-4);
  const inTasks = input.campaign.tasks.flatMap((t) => [t.lead, ...(t.support ?? [])]).filter(Boolean).map((u) => key(u!));
  const named = (name: string) => inTasks.includes(key(name));
  const out: Present[] = [];
  (input.meeting.attendees ?? []).forEach((entry, i) => {
    for (const { name, text } of attendeePieces(entry)) {
      const kind = kindOf(name, text, speaker);
      if (!kind || (kind === 'partner' && named(name))) continue;
      // Units are named without their 「负责同志」; people with their standing (「护林员代表」); the
      // secretaries by where they serve (one line of the bank, not a list of villages).
      const said = kind === 'higher' || kind === 'partner' || kind === 'enterprise' ? name : text;
      if (kind === 'village') {
        if (!out.some((o) => o.kind === 'village')) out.push({ text: villagesOf(input), src: '', kind });
      } else if (!out.some((o) => o.text === said)) out.push({ text: said, src: `meeting.attendees[${i}]`, kind });
    }
  });
  return out;
}

/** 各村, 各社区 or 各村（社区）: where the secretaries in the room serve, by the last place word before 书记. */
function villagesOf(input: SpeechInput): string {
  const where = (input.meeting.attendees ?? []).flatMap((l) => l.split('、')).filter((p) => VILLAGE.test(p.replace(/(（[^）]*）|\([^)]*\))$/, '')));
  const kinds = new Set(where.map((p) => (/村（社区）/.test(p) ? 'both' : /社区(?!.*村)[^村]*书记/.test(p) ? 'community' : 'village')));
  return kinds.has('both') || kinds.size > 1 ? '村（社区）' : kinds.has('community') ? '社区' : '村';
}

function list(of: readonly Present[]): Run[] {
  const runs = of.map((p) => fact(p.text, p.src));
  if (runs.length < 3) return joinRuns(runs, '和');
  return [...joinRuns(runs.slice(0, -1), '、'), ...lit('和'), ...runs.at(-1)!];
}

/** 「在监测预报、电力保障和通信保障方面」 where the partners' names say what they do; else nothing. */
function rolesOf(of: readonly Present[]): Run[] {
  const roles = ROLES.filter(([re]) => of.some((p) => re.test(p.text))).map(([, r]) => r);
  if (!roles.length) return [];
  const said = roles.length < 3 ? roles.join('和') : `${roles.slice(0, -1).join('、')}和${roles.at(-1)}`;
  return lit(`在${said}方面`);
}

const SLOTS: Record<Guest, string> = { higher: 'roomHigher', partner: 'roomPartner', enterprise: 'roomEnterprise', public: 'roomPublic', village: 'roomVillage', frontline: 'roomFrontline' };
const ORDER: readonly Guest[] = ['higher', 'partner', 'enterprise', 'village', 'frontline', 'public'];

/**
 * The paragraph before the closing that speaks to the guests, higher units first: none when the
 * attendees are only the speaker's own side. Its sentences come from the phrase bank; the names from
 * the attendees list.
 */
export function roomParagraph(input: SpeechInput, speaker: Speaker, phrases: Phrases, part: number): ParagraphBlock[] {
  const guests = guestsOf(input, speaker);
  if (!guests.length) return [];
  const runs: Run[] = [];
  for (const kind of ORDER) {
    const of = guests.filter((g) => g.kind === kind);
    if (!of.length) continue;
    const guestRuns = kind === 'village' ? lit(of[0]!.text) : list(of);
    runs.push(...phrases.say(SLOTS[kind], { guests: guestRuns, roles: rolesOf(of) }));
  }
  // 「也希望…」 follows someone else spoken to; the paragraph's first sentence has nobody before it.
  const first = runs[0];
  if (first && !first.src && first.text.startsWith('也')) runs[0] = { ...first, text: first.text.slice(1) };
  return [{ type: 'paragraph', runs, role: 'closing', part }];
}
