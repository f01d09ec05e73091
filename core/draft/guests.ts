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
import type { SpeechInput } from '../input/schema.ts';
import { faultedProjectLine } from './project-parties.ts';
import { calledInFull, problemFaulting } from './faulted-parties.ts';
import { commendedApart, commendedGuest } from './commended-guests.ts';
import { commendation, summoned } from './preceding.ts';
import { isSummons, roomOf, type Room } from './room.ts';
import { trains } from './speech-parts.ts';
import { allHigherOrNone, causedIncident, helped, higherMateThanked, siteHost } from './guest-rules.ts';
import { ofCampaignUnits, tasksOf } from './attendee-tasks.ts';
import { doerInRoom } from './doers.ts';
import { firmPartnerKind, PEOPLE_HEAD, postOf, publicRole } from './guest-kinds.ts';
import { tradeOf } from './peers.ts';
import { faultedByTrade, worksDesigner, worksJob } from './works-parties.ts';
import { attendeePieces, DEPUTIES, LABEL, traineesOf, UNNAMED_DEPUTIES } from './attendees.ts';
import { literal } from './literal.ts';
import { INVITED, OBSERVING, ROLES, OTHER_TRADE, POST_AND_NAME, TAUGHT, TEACHER, TEACHER_LABEL, TEACHING_MARK, TITLED_DEPUTY } from './guest-words.ts';
import { hasLevelsBelow, isFirm, unitLevel, unitRelation, type Speaker } from './speaker.ts';

export type { Guest, Present } from './present.ts';
import type { Guest, Present } from './present.ts';
import { greetingOf } from './greeting.ts';
import { ENTERPRISE, invitedUnit, kindOf, LEVEL_OWNED, OWN_SIDE, ownGroups, SENT_GROUP, TESTER, UPKEEP, VILLAGE } from './guest-kind-of.ts';
import { urgeBehind } from './room-behind.ts';
import { endsAsUnit } from './unit-ends.ts';
import { ofTrade } from './trades.ts';
import { attendeeParts } from './line-parts.ts';


/** A line the clerk marks as called in to a 约谈: 「…（被约谈）」「被约谈企业：…」. */
const CALLED_MARK = /被约谈/;
/**
 * Whether a task names the company itself (not its kind) as its lead or a support — or a part of it, the line naming its department
 * (「…燃气有限公司沙洲分公司安检部经理」 for the task's 「…沙洲分公司」; s58-12 [40], W: the gas company that leads the training warned
 * at a 警示约谈会 to 「对照查一查自身有没有同样的问题」 as one sitting in).
 */
function namedInTasks(name: string, input: SpeechInput): boolean {
  return input.campaign.tasks.some((t) => [t.lead, ...(t.support ?? [])].flatMap((u) => u.split(/[、，,]/)).some((u) => u.trim() === name || (name.length >= 4 && u.includes(name)) || (u.trim().length >= 6 && isFirm(u) && name.startsWith(u.trim()))));
}

/** Whether the attendees mark who is called in: then a line without the mark is not. */
function marksCalled(input: SpeechInput): boolean {
  return (input.meeting.attendees ?? []).some((t) => CALLED_MARK.test(t));
}

/**
 * A unit of no level listed with two or more companies on one line, the rest of it companies (「…电梯工程有限公司、
 * …电梯淯水分公司、三菱电梯淯水服务中心项目负责人」), is a company of theirs: a brand's 服务中心 or 营业部 is no office of the
 * speaker's (s43-3 [61], W: the third of three elevator companies left out, read as the street's own).
 */
function companyAmongCompanies(name: string, pieces: readonly { name: string }[]): boolean {
  const firms = pieces.filter((p) => p.name !== name && ENTERPRISE.test(p.name));
  return firms.length >= 2 && firms.length === pieces.length - 1 && !unitLevel(name) && !OWN_SIDE.test(name) && !/^(街道|镇|乡|村|社区)/.test(name);
}

/**
 * A company that sits in at a 约谈 (「（列席）」) is no party called in, whatever task of the campaign's it has: at a 警示约谈会 it is warned by the
 * example, else left to the room (s36-3 [49], W: told to 「立即整改」 what nobody found). So is one on a line not marked as
 * called in where the lines mark who is (s43-4 [56], W: a catering company with no fault and no task told 「对照问题清单抓紧
 * 整改，9月30日前…」 beside the two companies summoned); a task of its kind (「各物业服务企业」 to 自查) does not call it in,
 * only one that names it does. True when it is so dealt with.
 */
function sitsInAtSummons(name: string, entry: string, i: number, input: SpeechInput, out: Present[], room: Room): boolean {
  const sitting = OBSERVING.test(entry);
  const notCalled = marksCalled(input) && !CALLED_MARK.test(entry) && !namedInTasks(name, input);
  // One with a task of its own, not called in, at no fault and not thanked for help, is a partner: left to its task, neither warned nor told its 主体责任
  // (s58-12 [40], W: the gas company that leads the training told to 「对照查一查自身有没有同样的问题」).
  // A party of the very project the problems fault is held as one (project-parties.ts; r-s75 s75-2 [43], W), whatever its task.
  const project = faultedProjectLine(entry, input);
  if (!project && isSummons(input) && !sitting && marksCalled(input) && !CALLED_MARK.test(entry) && isFirm(name) && namedInTasks(name, input) && !helped(name, input)) return !room.regulated(name) && !worksDesigner(name, input);
  // One the line marks as sitting in is none of those called in, whatever task of the campaign's it has (s48-3 [51], W: two of
  // them told another company's deadline).
  if (!isSummons(input) || !(sitting || notCalled || project) || !isFirm(name)) return false;
  // Only a company of the trade called to account is warned: an insurer or a bank sitting in is not (s38-2 [53], W).
  if ((project || /警示/.test(`${input.meeting.type ?? ''}${input.meeting.name}`)) && !OTHER_TRADE.test(name) && !out.some((o) => o.text === name)) out.push({ text: name, src: `meeting.attendees[${i}]`, kind: 'observer', ...(project ? { project } : sitting ? { sitting } : {}) });
  return true;
}

/**
 * Whether a company is held to its part in the room, with what its line says of it. A company of the campaign's own units
 * (「各项目业主单位」) is one the work directs: held to its part, never thanked (s30-7 [64], E). Off a works job a design unit with
 * no task is a partner, thanked (s30-4 [50], W: its 主体责任); on one it is told its own duty (works-parties.ts). A note in brackets says
 * what a company is to the works (「嘉禾建工集团有限公司（施工单位）项目经理」): read with its name; so does the line's label
 * (「排水管网养护作业单位：」), and a line of site managers (「澄江实业集团有限公司、岚峰路桥工程有限公司城南学校项目部经理」): each
 * company on it builds the works, held with the builders the work oversees (s42-6, W: one thanked as a guest, its peer held).
 */
function heldBy(name: string, entry: string, input: SpeechInput, room: Room, tasked: boolean, leads: boolean): { note: string; label: string; held: boolean } {
  const note = new RegExp(`${literal(name)}[（(]([^）)]*)[）)]`).exec(entry)?.[1] ?? '';
  const label = LABEL.exec(entry.trim())?.[0] ?? '';
  // A site manager's line is a builder's; a property or cleaning company's 项目经理 runs its service, held where it leads the
  // service's task (s46-5 [67], W: three 物业 that only support a task told their 主体责任 as builders).
  // A label of several trades (「各施工单位、监理单位项目负责人：」) says no one company's trade (r-s52 s52-7: three builders told 「严格履行监理职责」).
  const own = /[、和及]/.test(label) ? '' : label;
  const trade = tradeOf(name) ?? tradeOf(own);
  const service = (!!trade && trade !== 'builder') || UPKEEP.test(`${own}${name}`);
  const site = /项目部|项目经理/.test(entry) && (service ? leads : room.overseen(`${name}施工单位`));
  // A company a campaign serving companies works for is served, never held (s61-10 [70], W).
  // So is the client of a works job named by its role (「在建项目建设单位」): a party of the works, answerable for its safety (s72-10 [58], W: thanked).
  // So is the works' 监理, by its name or its label (「监理单位：…项目管理有限公司」): told its 监理职责, never thanked for support (g11a25 fixture).
  const supervises = /监理/.test(`${own}${name}`) && worksJob(input);
  // So is the works' client by its label or note (「建设单位：…城市更新建设有限公司」): told its owner's duty, never thanked (s80-2 [42], W).
  const client = (/建设单位$/.test(name) || CLIENT_ROLE.test(`${own}${note}`)) && worksJob(input);
  const held = (worksDesigner(name, input) || supervises || client || ((room.overseen(name) || (!!note && room.overseen(`${name}${note}`)) || site || ofCampaignUnits(name, input)) && !(/设计(单位|院|公司)/.test(name) && !tasked))) && !room.served(name);
  return { note, label: own, held };
}

/**
 * One a 约谈 calls in, named short on another line (「安建公司总监理工程师马骏」): an observer said as called in, with the problem that
 * faults it, never a bystander (s79-4 [53], W). A company whose incident is under inquiry stays a culprit. True when it is so dealt with.
 */
function calledShort(name: string, i: number, input: SpeechInput, out: Present[]): boolean {
  const calledAs = isSummons(input) ? calledInFull(name, input) : undefined;
  if (!calledAs || causedIncident(calledAs.short, input)) return false;
  const problem = problemFaulting(calledAs.short, input);
  if (!out.some((o) => o.text === calledAs.short)) out.push({ text: calledAs.short, src: `meeting.attendees[${i}]`, kind: 'observer', called: true, ...(problem === undefined ? {} : { problem }) });
  return true;
}

/** The kinds thanked or asked as guests: one of them the meeting has just commended is congratulated instead, never thanked (s78-9 [44], W). */
const THANKED_KINDS: readonly Guest[] = ['sent', 'higher', 'partner', 'supporter'];

/** What a line's label or a note says of the works' client: 「建设单位：」「（项目业主）」. */
const CLIENT_ROLE = /建设单位|业主单位|项目业主|项目法人/;

/** A business of the trade the department regulates, named by its premises (「湄溪客运站」, trades.ts), is one of the companies (s73-8). */
function premisesKind(kind: Guest | undefined, name: string, speaker: Speaker, room: Room): Guest | undefined {
  return kind === 'partner' && !unitLevel(name) && ofTrade(name, speaker.ownUnit ?? '') && room.regulated(name) ? 'enterprise' : kind;
}

/** A company whose site the visit saw; never people by their post (「区企业服务专员代表」: 企业 is no company; s72-8 [52], W). */
function hostsSite(name: string, input: SpeechInput): boolean {
  return isFirm(name) && !PEOPLE_HEAD.test(postOf(name)) && siteHost(name, input);
}

/**
 * The attendees the speech speaks to, each once, with how; a partner a task names is left to its task. A line of several labelled
 * parties is read part by part, each under its own label (line-parts.ts).
 */
export function guestsOf(input: SpeechInput, speaker: Speaker, room: Room = roomOf(input)): Present[] {
  const [out, aside]: [Present[], Aside[]] = [[], []];
  const called = summoned(input)?.text ?? '';
  const own = ownGroups(input);
  const training = trains(input.meeting);
  attendeeParts(input.meeting.attendees ?? []).forEach(({ text: entry, i }) => {
    const rest = entryRest(entry, i, input, speaker, training, out);
    if (rest === undefined) return;
    entry = rest;
    // A higher level's units listed with a group it sends came with it: thanked with it, in the list's order
    // (s23-4 [44], W: the 支队 in charge left out beside the 督导组 thanked).
    const delegation = SENT_GROUP.test(entry) && entry.split('、').length > 1;
    const pieces = attendeePieces(entry);
    for (const { name, text, persons } of pieces) {
      if ((called && name.length >= 2 && called.includes(name)) || calledShort(name, i, input, out)) continue;
      if (specialPiece(name, text, i, input, speaker, training, out) && !(isFirm(name) && room.overseen(name))) continue; // a held firm that taught is held too (s72-5 [50], E)
      // A kind of companies the work regulates (「各出租汽车公司」, s65-5 [48]) and every unit under a guest label (s65-1 [6]) are guests.
      let kind = premisesKind(kindOf(name, text, speaker, own, input) ?? (companyAmongCompanies(name, pieces) || room.provider(name) || (/^各[^、，]{1,10}(公司|企业|社|店|厂)$/.test(name) && room.regulated(name)) ? 'enterprise' : invitedUnit(name, entry, speaker) ? 'partner' : undefined), name, speaker, room);
      if (!kind) continue;
      if (isFirm(name) && causedIncident(name, input)) kind = 'culprit';
      else if (hostsSite(name, input)) kind = 'host';
      if (kind !== 'culprit' && sitsInAtSummons(name, entry, i, input, out, room)) continue;
      const { leads, supports } = peopleTasks(name, text, input);
      const tasked = leads.length + supports.length > 0;
      // A company the level owns (「县城投公司」「区交投集团」) with a task has been given its part there: not held again in the room
      // beside outside contractors, nor thanked (s42-1 [55], W: the county's 城投/交投 lumped with two builders).
      if (tasked && LEVEL_OWNED.test(name) && unitLevel(name) === speaker.level) continue;
      // A higher unit the line marks as invited with no task here came to guide: thanked as such, never told 「有事及时沟通」 (s37-1 [52], W).
      if ((delegation || (INVITED.test(entry) && !tasked)) && kind === 'higher') kind = 'sent';
      // Those the campaign regulates are asked to comply, never to 「监督我们的工作」 (s14-4: 定点零售药店).
      // So is a kind of 「…单位」 the problems find at fault, its representatives in the room (「校园周边食品经营单位代表」): never left out as a peer.
      if ((kind === 'public' || (kind === 'partner' && /单位$/.test(name) && !unitLevel(name) && !tasked)) && room.regulated(name)) kind = 'regulated';
      if (kind === 'public') kind = publicRole(text, entry, pieces.length, input, tasked);
      // A higher unit that leads here though not stationed here is not asked in its task: it is thanked (s14-2, s14-6).
      // One the line marks as invited (「（特邀）」) is thanked as a guest, whatever its task (s40-2 [49], s40-3 [55]).
      // So is a higher level's official named in person (「市水利局副局长严志国」), and every invited partner (s41-6 [60], W:
      // two of four invited departments left out, their tasks said instead).
      const thanked = (kind === 'higher' && ((leads.length > 0 && !room.stationed(name)) || INVITED.test(entry) || (!!persons && (!room.stationed(name) || !leads.length || higherMateThanked(name, pieces, speaker, room.stationed))))) || (kind === 'partner' && INVITED.test(entry));
      kind = firmPartnerKind(kind, name, entry, tasked, leads.length > 0);
      // At a 约谈 a partner with a task was asked in it; thanking it in the room is out of the meeting's tone (s25-3 [46], D).
      // One the achievements name as having helped (「华汀化工专职消防队携倒罐设备支援」) is thanked all the same (s30-2 [58], E).
      if (isSummons(input) && !room.overseen(name) && !worksDesigner(name, input) && (kind === 'enterprise' || kind === 'partner') && !helped(name, input)) continue;
      const { note, label, held } = heldBy(name, entry, input, room, tasked, leads.length > 0);
      if (leads.length && !held && !thanked && (kind === 'enterprise' || (kind === 'partner' && isFirm(name)))) {
        aside.push(asideOf(out.length, i, UNIT_NAME.test(name) ? name : text, entry, input, room.stationed(name), { leads: true }));
        continue;
      }
      if (kind === 'enterprise' && held && tasked && room.testersShort && TESTER.test(`${name}${label}`)) continue;
      // One its task's detail names as the doer of the task's act was asked for it there: in the room it is asked to do its part, never
      // to 「继续支持配合」 (doers.ts, s51-8 [53], W).
      const doer = kind === 'enterprise' && tasked && !leads.length && doerInRoom(input, name, supports);
      if (kind === 'enterprise' && (!held || (tasked && !leads.length && room.heldAsked(name) && !faultedByTrade(name, input)))) kind = 'supporter';
      else if (kind === 'enterprise' && leads.length) kind = 'enterpriseLead';
      // A unit with a task of its own is asked in its task's sentence (「请…牵头」「请…给予支持」); the room
      // neither thanks it as a guest come to guide (s10-2) nor says its task again (s11-2, s11-5: read as
      // padding, 「把派活又重复了一遍」).
      else if (tasked && !thanked && (kind === 'higher' || kind === 'partner')) {
        leftToTask({ out, aside, i, name, said: UNIT_NAME.test(name) ? name : text, entry, input, room, kind, labelled: !!label, leads: leads.length > 0 });
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
      const said = ['sent', 'higher', 'partner', 'supporter', 'enterprise', 'enterpriseLead', 'culprit', 'host'].includes(kind) && UNIT_NAME.test(name.replace(/（[^）]*）$/, '')) ? name : text;
      if (kind === 'village') {
        if (!out.some((o) => o.kind === 'village')) out.push({ text: `${townHeads(input, speaker)}${villagesOf(input)}`, src: '', kind });
      } else if (!out.some((o) => o.text === said && o.kind !== 'trainer')) {
        // At a 约谈 nobody is thanked (speech-summons-register): the room stays as it was.
        const greet = isSummons(input) ? undefined : greetingOf(kind, entry, room.stationed(name) && !(kind === 'higher' && !!persons && higherMateThanked(name, pieces, speaker, room.stationed)));
        out.push(...commendedApart({ text: said, src: `meeting.attendees[${i}]`, kind, ...(kind === 'supporter' && tasked ? { tasked } : {}), ...(kind === 'supporter' && doer ? { leads: true } : {}), ...(said !== text || note || label ? { post: `${text}${note}${label}` } : {}), ...(greet ? { greet } : {}), ...(persons && (greet || kind === 'higher') ? { persons } : {}) }, THANKED_KINDS.includes(kind) ? commendedGuest(said, input) : undefined));
      }
    }
  });
  return allHigherOrNone(teamsTogether(heldAlike(urgeBehind(lineLeads(out, aside), input))));
}

/**
 * Held companies of one line are spoken to alike, in one sentence: those that support beside the one that leads too (s48-7
 * [55] [56], E: three property companies of one label in two sentences).
 */
function heldAlike(out: readonly Present[]): Present[] {
  const plain = (p: Present) => !ROLE_WORDS.test(`${p.text}${p.post ?? ''}`);
  return out.map((p) => (p.kind === 'enterprise' && plain(p) && out.some((q) => q.kind === 'enterpriseLead' && q.src === p.src && plain(q)) ? { ...p, kind: 'enterpriseLead', beside: true } : p));
}
/** A company's role of its own, told apart from the builders' and operators' (room-paragraph.ts ENTERPRISE_ROLES). */
const ROLE_WORDS = /监理|勘察|勘测|设计|检测|鉴定|检验|评估|估价|测绘|维保|维修保养|养护|保洁|清扫|清运|疏通|管护|收运|转运/;

/** A company that leads a task, set aside from the room: where it would stand among the guests, its line, how it is named. */
interface Aside {
  at: number;
  line: number;
  text: string;
  greet?: Present['greet'];
  /** How it is spoken to where none of its line is thanked (a higher unit left to its task: allHigherOrNone). */
  fallback?: Present;
  /** It leads a task: said so (partnerTaskedLead). */
  leads?: boolean;
}

/**
 * A higher unit or a partner with a task of its own, asked in its task's sentence: a higher unit that only supports is held for
 * allHigherOrNone; under one label one that only supports is set aside to be thanked with the label's companies (lineLeads).
 */
function leftToTask(a: { out: Present[]; aside: Aside[]; i: number; name: string; said: string; entry: string; input: SpeechInput; room: Room; kind: Guest; labelled: boolean; leads: boolean }): void {
  const greet = !isSummons(a.input) ? greetingOf(a.kind, a.entry, a.room.stationed(a.name)) : undefined;
  const fallback: Present | undefined = a.kind === 'higher' && !a.leads && !a.out.some((o) => o.text === a.name) ? { text: a.name, src: `meeting.attendees[${a.i}]`, kind: a.kind, held: true, ...(greet ? { greet } : {}) } : undefined;
  if (a.labelled && !a.leads) a.aside.push(asideOf(a.out.length, a.i, a.said, a.entry, a.input, a.room.stationed(a.name), fallback ? { fallback } : {}));
  else if (fallback) a.out.push(fallback);
}

/**
 * A guest with a task set aside from the room, to be thanked only with those of its line thanked for theirs (lineLeads): a
 * company that leads (asked in its task), or under one label (「驻镇共建单位：」) a unit that only supports. A company held only by
 * its line's label that supports without leading is one of those thanked, never told its 主体责任 (s46-5 [67], W; Room.heldAsked).
 */
function asideOf(at: number, line: number, text: string, entry: string, input: SpeechInput, stationed: boolean, more: Partial<Aside>): Aside {
  return { at, line, text, greet: isSummons(input) ? undefined : greetingOf('supporter', entry, stationed), ...more };
}

/**
 * Companies with tasks are thanked together or not at all: one that leads joins those thanked for their support (s47-6 [54],
 * W: the 供电公司 leading a task left out while the water, gas and telecom companies of its line were thanked; s48-1 [73], D: the
 * 移动 and 供电 companies that lead left out beside 联通 and 电信). A unit under a label joins those of its line. Where none is
 * thanked it stays in its task alone.
 */
function lineLeads(out: readonly Present[], aside: readonly Aside[]): Present[] {
  const res = [...out];
  for (const a of [...aside].reverse()) {
    const src = `meeting.attendees[${a.line}]`;
    if (!out.some((p) => p.kind === 'supporter' && p.tasked && (a.leads || p.src === src)) || res.some((p) => p.text === a.text)) {
      if (a.fallback) res.splice(a.at, 0, a.fallback);
      continue;
    }
    res.splice(a.at, 0, { text: a.text, src, kind: 'supporter', tasked: true, ...(a.leads ? { leads: true } : {}), ...(a.greet ? { greet: a.greet } : {}) });
  }
  return res;
}

/**
 * Several teams of one kind the levels station in the villages are said as one (「各驻村工作队」), thanked alike
 * and none singled out by its sender (s38-8 [57], W).
 */
const STATIONED_TEAM = /驻(?:村|社区)(?:帮扶)?工作[队组]/;
function teamsTogether(out: readonly Present[]): Present[] {
  const teams = out.filter((p) => p.kind === 'frontline' && STATIONED_TEAM.test(p.text));
  if (teams.length < 2) return [...out];
  const kind = STATIONED_TEAM.exec(teams[0]!.text)![0];
  return out.flatMap((p) => (p === teams[0] ? [{ ...p, text: `各${kind}`, src: '', post: undefined }] : teams.includes(p) ? [] : [p])).map((p) => (p.post === undefined ? (({ post: _, ...rest }) => rest)(p) : p));
}

/**
 * What of an attendees line is left to read piece by piece once those spoken to as a whole are taken out:
 * those called in, the own unit's people, trainers and trainees of a 培训会, deputies named one by one.
 */
function entryRest(entry: string, i: number, input: SpeechInput, speaker: Speaker, training: boolean, out: Present[]): string | undefined {
  // Those called in are spoken to once, as such (roomParagraph): a company just summoned for its
  // violations is not then asked to 「积极支持、主动配合」 as a guest (11c's 约谈 fixture).
  if (/被约谈/.test(entry)) return undefined;
  // At a meeting that commends them, the commended are the level's own, congratulated at the opening: never asked to
  // 「多理解、多支持」 as guests (s41-8 [67], W).
  if (commendation(input) && /^(?:受表彰的?|获奖的?)?(?:先进(?:集体|单位|个人)(?:代表)?(?:和|及|、)?)+$|^受表彰/.test(entry.replace(LABEL, '').trim())) return undefined;
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
    out.push({ text: units.join('、'), src: `meeting.attendees[${i}]`, kind: 'trainer' });
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

/** A unit's own name by its end: a body, a company, a branch. */
const UNIT_NAME = endsAsUnit('集团|企业|单位|科|股|室|处|委|会|银行|支行|分行|网点|方|部|班|行|社|厂|场|店|园|城|厅');

/** Whether the secretaries of the villages or communities are among the guests. */
/**
 * The tasks of an attendee: by its name, else, for people by their post (「村党组织书记代表」 for a task's 「村党组织书记」), by the post as the
 * line names it (s76-12 [41], W: asked to 「主动监督」 the 清理 their own task gives them a part in).
 */
function peopleTasks(name: string, text: string, input: SpeechInput): { leads: number[]; supports: number[] } {
  const byName = tasksOf(name, input);
  return byName.leads.length + byName.supports.length || !/代表$/.test(text) || text === name ? byName : tasksOf(text.replace(/代表$/, ''), input);
}

export function villageSecretariesIn(guests: readonly Present[]): boolean {
  return guests.some((g) => g.kind === 'village');
}
