// The paragraph before the closing that speaks to the guests in the room (guests.ts says who they are and how
// each is spoken to): the sentences by kind, higher units first; at a 约谈 those called in first, with what they
// must put right and what follows.
import type { ParagraphBlock, Run } from '../doc/model.ts';
import type { SpeechInput } from '../input/schema.ts';
import type { Phrases } from './compose.ts';
import { commendation, pledgeGiven, pledgers, summoned } from './preceding.ts';
import { isSummons } from './room.ts';
import { SERVES_TOO, servesFirms } from './room-named.ts';
import { OTHER_BODY } from './room-parties.ts';
import { summonsTerms } from './summons.ts';
import { takesPart } from './attendee-tasks.ts';
import { concat, fact, joinRuns, lit } from './runs.ts';
import { guestsOf } from './guests.ts';
import { behindOf } from './room-behind.ts';
import { faultedByTrade } from './works-parties.ts';
import { faultsOf } from './room-faults.ts';
import { visitHosts, type VisitHosts } from './visit-hosts.ts';
import { isFirm } from './firms.ts';
import { givenRoles, INVITED, OBSERVING, ROLES } from './guest-words.ts';
import type { Speaker } from './speaker.ts';
import type { Guest, Present } from './present.ts';
function list(of: readonly Present[]): Run[] {
  // A person named after the post (「市营商环境特约监督员林志强」) is 「…林志强同志」, never called by bare name (s50-5 [53], W).
  // A higher unit's official the line names is said by name and post (「…水库管理所王德明所长」; s75-5 [43], W: never named).
  const runs = of.map((p) => concat(fact(p.text, p.src), PERSON_AFTER_POST.test(p.text) && p.kind === 'supervisor' ? lit('同志') : undefined, ...(p.kind === 'higher' ? namedPersons(p) : [])));
  // A name with its own 和 (「辖区中小学和…保卫部门」) is listed with 、: no 「A和B和C」.
  if (of.some((p) => /和|及/.test(p.text))) return joinRuns(runs, '、');
  if (runs.length < 3) return joinRuns(runs, '和');
  return [...joinRuns(runs.slice(0, -1), '、'), ...lit('和'), ...runs.at(-1)!];
}

/** The persons of a present by name and post: 「王德明所长」; 「…同志」 where the line gives no post. */
function namedPersons(p: Present): Run[][] {
  return (p.persons ?? []).filter((x) => !x.titles).map((x, j) => concat(j ? lit('、') : undefined, fact(x.name, p.src), x.post === '同志' ? lit('同志') : fact(x.post, p.src)));
}

/** A person's name after a post that names people: 「…特约监督员林志强」. */
const PERSON_AFTER_POST = /(监督员|委员|代表)(?!代表|同志|成员|人员)\p{Script=Han}{2,3}$/u;

/** 「在监测预报、电力保障和通信保障方面」 where the partners' names say what they do and the material gives it them; else nothing. */
function rolesOf(of: readonly Present[], input: SpeechInput): Run[] {
  // Only where each of them has a role its name says: a bank is no 「电力保障」 (s23-1 [46], W); nor a 供电公司 come as a
  // 帮扶单位 where no task or problem speaks of power (s37-7 [71], W).
  const given = of.map((p) => givenRoles(p.text, input));
  if (given.some((g) => !g.length)) return [];
  const roles = ROLES.map(([, r]) => r).filter((r) => given.some((g) => g.includes(r)));
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
  host: 'roomSiteHost',
  enterprise: 'roomEnterprise',
  enterpriseLead: 'roomEnterprise',
  culprit: 'roomCulprit',
  observer: 'roomObserver',
  public: 'roomPublic',
  regulated: 'roomRegulated',
  village: 'roomVillage',
  frontline: 'roomFrontline',
  appointed: 'roomAppointed',
  supervisor: 'roomSupervisor',
  honoured: 'roomHonoured',
  family: 'roomFamily',
  exemplar: 'roomExemplar',
  wronged: 'roomWronged',
  publicTasked: 'roomPublicTasked',
};
const ORDER: readonly Guest[] = ['sent', 'trainer', 'higher', 'deputy', 'partner', 'host', 'supporter', 'enterpriseLead', 'enterprise', 'culprit', 'trainee', 'village', 'observer', 'frontline', 'appointed', 'regulated', 'honoured', 'family', 'exemplar', 'wronged', 'publicTasked', 'supervisor', 'public'];

/**
 * What each kind of company in the room is asked for, by its role: a builder or an operator carries the
 * 主体责任, a 监理 its 监理职责 (s11-5: a reader struck 主体责任 said to 监理 just criticised for 旁站不到位),
 * a tester its independence, a maintainer its 维保责任. One that leads a task is told it leads, without
 * its task said again (s11-2: 「前面已部署过的分工不必再念一遍」); a task that is itself 「落实…主体责任」 is
 * not followed by 「扛起主体责任」.
 */
function enterpriseSentences(all: readonly Present[], kind: 'enterprise' | 'enterpriseLead', input: SpeechInput, phrases: Phrases, others: readonly Present[] = []): Run[] {
  // A line of several roles of the works is told each role's duty (worksRoles), apart from those of one role.
  const out: Run[] = all.flatMap((p) => worksRolesSentence(p, phrases));
  const of = all.filter((p) => !WORKS_ROLES.test(p.text));
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
    const key = role !== 'default' ? role : kind === 'enterpriseLead' ? (owns || these.some((p) => p.beside) ? 'responsibility' : 'lead') : 'default';
    // Those the problems put behind are pressed, by name, never only 「希望…」 (r-s22-check, s72-2 [56], E: a 调度会 soft on the contractor
    // whose delay is its crux); the others of the line as before.
    const behind = role === 'default' ? these.filter((p) => behindOf(input)(p.text)) : [];
    if (behind.length) out.push(...phrases.sayKeyedOnce('roomEnterprise', 'pressed', { guests: list(behind) }));
    // A 勘察 or 设计 party whose own work the problems fault, by its name or its label (「勘察单位：」 and 「勘察资料不全」), is told to
    // put it right, never only its trade's duty beside the others (s76-4 [54], W).
    const faulted = role === 'design' ? these.filter((p) => faultedByTrade(`${p.text}${p.post ?? ''}`, input)) : [];
    if (faulted.length) out.push(...phrases.sayKeyedOnce('roomEnterprise', 'faulted', { guests: list(faulted) }));
    if (faulted.length === these.length) continue;
    if (faulted.length) out.push(...phrases.sayKeyedOnce('roomEnterprise', key, { guests: list(these.filter((p) => !faulted.includes(p))) }));
    else if (behind.length < these.length) out.push(...phrases.sayKeyedOnce('roomEnterprise', key, { guests: list(these.filter((p) => !behind.includes(p))) }));
  }
  return out;
}

/** A line of the works' companies by several roles: 「全区在建项目建设、施工、监理单位」「…项目施工单位和监理单位」. */
const WORKS_ROLES = /((?:建设|施工|监理|检测|勘察|设计)(?:单位|企业)?[、和及])+(?:建设|施工|监理|检测|勘察|设计)(单位|企业)$/;
const ROLE_KEYS = new Map([['建设', 'client'], ['施工', 'builder'], ['监理', 'supervision'], ['检测', 'testing'], ['勘察', 'design'], ['设计', 'design']]);

/**
 * Each role of such a line with its own duty (s49-6 [57], W: 「…建设、施工、监理单位要守住监理这道关，严格按规范旁站把关」, the
 * 监理's duty given to the client and the builder): 「…单位要各负其责：建设单位要履行首要责任…；施工单位要落实主体责任…；
 * 监理单位要严格按规范旁站把关…」. 勘察 and 设计 together are one clause.
 */
function worksRolesSentence(p: Present, phrases: Phrases): Run[] {
  const m = WORKS_ROLES.exec(p.text);
  if (!m) return [];
  // 「…施工单位和监理单位」 as well as 「建设、施工、监理单位」 (s69-1 [65], W: 监理职责 said to the builders with the 监理).
  const roles = m[0].split(/[、和及]/).map((r) => r.replace(/(单位|企业)$/, ''));
  const keys = [...new Set(roles.map((r) => ROLE_KEYS.get(r)!))];
  const clauses = keys.map((key) => {
    const named = roles.filter((r) => ROLE_KEYS.get(r) === key).join('、');
    return phrases.sayKeyedOnce('roomWorksRoles', key, { role: fact(`${named}${m[2]}`, p.src) });
  });
  return [...phrases.sayKeyedOnce('roomWorksRoles', 'default', { guests: fact(p.text, p.src) }), ...lit('：'), ...joinRuns(clauses, '；'), ...lit('。')];
}

/** The roles of companies, most particular first; `default` builds, operates or serves. */
const ENTERPRISE_ROLES: readonly [string, RegExp][] = [
  ['supervision', /监理/],
  // The works' client by its label (「建设单位：」): its owner's duty — schedule, money, the builders and the 监理 it hires (s80-2 [42], W).
  ['client', /建设单位[：:]?$|业主单位|项目业主|项目法人/],
  // A design or survey party answers for its designs and its service on site, never for the builder's 主体责任 (s67-6 [59], W).
  ['design', /勘察|勘测|设计(?!施工)/],
  ['testing', /检测|鉴定|检验|评估|估价|测绘/],
  ['maintenance', /维保|维修保养/],
  // Hired to keep up the speaker's side's works (管网养护, 河道保洁): held to its contract (s39-4 [69], E: 「把合同责任担起来」).
  ['upkeep', /养护|保洁|清扫|清运|疏通|管护|收运|转运/],
  ['default', /./],
];

/**
 * The paragraph before the closing that speaks to the guests, higher units first: none when the
 * attendees are only the speaker's own side. Its sentences come from the phrase bank; the names from
 * the attendees list; it is drawn in the closing's wording stream.
 */
/** A line that invites its people or marks them as sitting in (「（列席）」): the public there are thanked and asked to help (s78-1 [58]). */
const invitedOrSitting = (entry: string) => INVITED.test(entry) || OBSERVING.test(entry);

export function roomParagraph(input: SpeechInput, speaker: Speaker, phrases: Phrases, part: number, villageProblems: readonly Run[][] = [], everyone: readonly Present[] = guestsOf(input, speaker)): ParagraphBlock[] {
  // Those thanked at the opening (greeting.ts) are not spoken to again.
  const guests = everyone.filter((g) => !g.greet);
  const called = summoned(input);
  const visit = servesFirms(input) ? undefined : visitHosts(input);
  if (!guests.length && !called && !visit) return [];
  // At a 约谈 meeting, those called in are spoken to first, by name (s9-3: never spoken to at all).
  // Held to a pledge are those the item says gave it, in its words; where it names nobody, those called in are
  // spoken to without a word of who pledged (s21-2 [45], W: the 村委会主任 and 包村干部 had not spoken).
  const pledged = pledgeGiven(input) ? pledgers(input) : undefined;
  const runs: Run[] = called ? phrases.sayKeyed('roomSummoned', pledged ? 'pledged' : 'default', 0, { guests: pledged ? fact(pledged.text, pledged.src) : called.runs }) : [];
  // Those called in who gave no pledge are told to put things right all the same (s48-3 [51], W: the second company summoned
  // told nothing, only the one that pledged held to it).
  const silent = called && pledged && firmsIn(pledged.text).length ? firmsIn(called.text).filter((f) => !pledged.text.includes(f)) : [];
  if (called && silent.length) runs.push(...phrases.sayKeyed('roomSummoned', 'default', 1, { guests: joinRuns(silent.map((f) => fact(f, called.src)), '和') }));
  const callIn = calledInFirms(guests, input);
  for (const kind of ORDER) {
    // Those the meeting has just commended are congratulated where their kind is spoken to (commended-guests.ts; s78-9 [44], W).
    const praised = guests.filter((g) => g.kind === kind && g.commended);
    if (praised.length) runs.push(...phrases.sayKeyedOnce('roomCommended', praised.some((g) => g.tasked) ? 'tasked' : 'default', { guests: list(praised) }));
    const of = guests.filter((g) => g.kind === kind && !g.commended);
    // What follows a failure to put things right, once, after those called in and the companies.
    if (kind === 'village') runs.push(...consequenceSentence(input, phrases, !!called, runs.length > 0 && summonedFirmsIn(guests, input)));
    // The hosts the visit item names, the companies whose sites were seen with them, thanked in one sentence (visit-hosts.ts).
    if (kind === 'host' && visit) {
      runs.push(...visitHostsSentence(visit, of, phrases));
      continue;
    }
    if (kind === 'culprit') guests.filter((g) => g.called).forEach((g, n) => runs.push(...calledSentence(g, n, input, phrases))); // with the culprits, before the consequence
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
    else if (kind === 'supporter') runs.push(...supporterSentences(of, input, phrases));
    else if (kind === 'observer') {
      const project = of.filter((g) => g.project);
      const sitting = of.filter((g) => g.sitting);
      const present = of.filter((g) => !g.sitting && !g.project && !g.called);
      if (project.length) runs.push(...phrases.sayKeyedOnce('roomObserver', 'project', { guests: list(project) }));
      if (sitting.length) runs.push(...phrases.sayKeyedOnce('roomObserver', 'sitting', { guests: list(sitting) }));
      if (present.length) runs.push(...phrases.sayKeyedOnce('roomObserver', 'present', { guests: list(present) }));
    }
    // Families are thanked and asked to stand behind their own, parents by their children (roomFamily), others by their kin.
    else if (kind === 'family') runs.push(...phrases.say(of.every((g) => /家长/.test(g.text)) ? 'roomFamily' : 'roomKin', { guests: list(of) }));
    else if (kind === 'trainee') runs.push(...phrases.say('roomTrainee', { guests: [...lit('各位'), ...list(of)] }));
    // Residents the meeting invited are thanked for coming and asked to carry the word to their neighbours, not handed the
    // meeting's demands like cadres (s45-2 [53], E: 「希望小区居民代表…把会议的要求带回去」).
    else if (kind === 'public' && of.every((g) => invitedOrSitting(input.meeting.attendees?.[Number(/\[(\d+)\]$/.exec(g.src)?.[1] ?? -1)] ?? ''))) runs.push(...phrases.say('roomPublicInvited', { guests: list(of) }));
    else if (kind === 'supervisor') runs.push(...watcherSentences(of, input, phrases));
    else runs.push(...phrases.say(slotOf(kind, input, speaker), { guests: kind === 'village' ? lit(of[0]!.text) : list(of), roles: rolesOf(of, input) }));
    // The villages' own problem no task answers is theirs to take up, said to their secretaries.
    if (kind === 'village' && villageProblems.length) runs.push(...phrases.say('roomVillageProblem', { guests: lit(of[0]!.text), problem: joinRuns(villageProblems, '、') }));
  }
  // A name already saying its people (「…负责人」「…代表」「…同志」) takes no 「的同志」 after it.
  runs.forEach((r, k) => {
    const next = runs[k + 1];
    // Nor one named by its post (「…物业项目经理」: s16 pa's room sentences of label peers, speech-attendee-clerks).
    if (r.src && next && !next.src && /(同志|负责人|代表|人员|干部|经理|主任|行长|[局所站队科股]长)$/.test(r.text) && /^的(负责)?同志/.test(next.text)) runs[k + 1] = { ...next, text: next.text.replace(/^的(负责)?同志/, '') };
    // Nor a person named by post (「许超副科长的老师」).
    else if (r.src && next && !next.src && /\p{Script=Han}{2,3}(?:副?(?:科长|股长|处长|局长|主任|所长|站长|队长|大队长|支队长|中队长|院长|校长|书记|部长|组长))$/u.test(r.text) && /^的(同志|老师)/.test(next.text)) runs[k + 1] = { ...next, text: next.text.slice(3) };
  });
  // 「也希望…」 follows someone else spoken to; the paragraph's first sentence has nobody before it.
  const first = runs[0];
  if (first && !first.src && first.text.startsWith('也')) runs[0] = { ...first, text: first.text.slice(1) };
  return [{ type: 'paragraph', runs, role: 'closing', part }];
}

/**
 * Watchers the problems fault (「村务监督委员会普遍“不敢督、不会督”」) told to take up their duty, never welcomed and asked to watch over us
 * (r-s81 s81-7 [48], W); the others of their kind as before.
 */
function watcherSentences(of: readonly Present[], input: SpeechInput, phrases: Phrases): Run[] {
  const faulted = of.filter((g) => watcherFaulted(g.text, input));
  const rest = of.filter((g) => !faulted.includes(g));
  return [...(faulted.length ? phrases.say('roomSupervisorFaulted', { guests: list(faulted) }) : []), ...(rest.length ? phrases.say('roomSupervisor', { guests: list(rest) }) : [])];
}

/** Whether the problems fault the body a watcher sits on: 「村务监督委员会主任代表」 → 村务监督委员会, named in a clause that says what is wrong. */
function watcherFaulted(text: string, input: SpeechInput): boolean {
  const body = text.trim().replace(/(主任|副主任|委员|成员|人员)?(代表)?$/, '').replace(/^各/, '');
  return body.length >= 4 && faultsOf(input, input.campaign.problems.map((p) => [p.title, p.detail ?? ''].join('；')).join('；')).includes(body);
}

/** The hosts of a visit with the companies whose sites were seen (each once): 「这次现场会放在石门乡，感谢石门乡、枫林村和…合作社提供观摩现场…」. */
function visitHostsSentence(visit: VisitHosts, firms: readonly Present[], phrases: Phrases): Run[] {
  const said = visit.hosts.map((h) => h.map((r) => r.text).join(''));
  const hosts = [...visit.hosts, ...firms.filter((g) => !said.some((s) => s.includes(g.text) || g.text.includes(s))).map((g) => fact(g.text, g.src))];
  const joined = hosts.length < 3 ? joinRuns(hosts, '和') : [...joinRuns(hosts.slice(0, -1), '、'), ...lit('和'), ...hosts.at(-1)!];
  return phrases.sayKeyedOnce('roomVisitHosts', visit.place ? 'venue' : 'default', { hosts: joined, ...(visit.place ? { place: visit.place } : {}) });
}

/** The companies a line names by their own names, without their officers: 「…燃气有限公司总经理薛涛、…，…供应站」 → the two. */
function firmsIn(text: string): string[] {
  return [...text.matchAll(/(?:^|[、，,和])([^、，,和]{4,30}?(?:公司|集团|供应站|站|厂|场|店))(?=[^、，,]*(?:[、，,]|$))/gu)].map((m) => m[1]!.trim());
}

/** A company by its own name (「凤栖区鑫禾食品配送有限公司」), not a kind of them (「全区在建工程项目建设单位」「各物业服务企业」). */
const NAMED_FIRM = /^(?!全|各|辖区|有关|相关|部分|所有|[0-9一二三四五六七八九十]+家).*(公司|集团|厂|站|场)$/;

/** Whether a 约谈 has companies named one by one among these guests: those it calls in. */
function summonedFirmsIn(guests: readonly Present[], input: SpeechInput): boolean {
  return isSummons(input) && guests.some((g) => (g.kind === 'enterprise' || g.kind === 'enterpriseLead') && NAMED_FIRM.test(g.text));
}

/**
 * The companies among the guests a 约谈 calls in: those named one by one; where the lines mark who is called in (「（被约谈）」), only
 * those — a design firm beside them is told its own duty, never 「逐项整改、按期销号」 (s69-4 [50], W).
 */
function calledInFirms(guests: readonly Present[], input: SpeechInput): Present[] {
  const named = summonedFirmsIn(guests, input) ? guests.filter((g) => (g.kind === 'enterprise' || g.kind === 'enterpriseLead') && NAMED_FIRM.test(g.text)) : [];
  const lines = (input.meeting.attendees ?? []).filter((l) => /被约谈/.test(l));
  return lines.length ? named.filter((g) => lines.some((l) => l.includes(g.text))) : named;
}

/**
 * One a 约谈 calls in, named short on a line without the mark: said as called in, with the problem that faults it in the material's
 * words (its title without a closing 「问题」), told to examine itself and put it right (s79-4 [53], W: 「…也在座…认真开展自查」).
 */
function calledSentence(g: Present, n: number, input: SpeechInput, phrases: Phrases): Run[] {
  const title = g.problem === undefined ? undefined : input.campaign.problems[g.problem]?.title.trim().replace(/(的)?问题$/, '');
  const guests = fact(g.text, g.src);
  return title ? phrases.sayKeyed('roomSummonedNamed', 'faulted', n, { guests, problem: fact(title, `campaign.problems[${g.problem}].title`) }) : phrases.sayKeyed('roomSummonedNamed', 'plain', n, { guests });
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
  // The companies whose sites a campaign that serves them visited are thanked for the site, never told to 「当好标杆」 (s72-8 [52], W).
  if (kind === 'host' && servesFirms(input)) return 'roomSiteHostServed';
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

/**
 * Partners and companies here as supporters: those with a task asked to keep to it (one of them leading: each to do its part, s47-6
 * [54]); at a campaign serving companies those with no task told to come to us with their troubles (s61-10 [70]; not a utility or a
 * bank, a partner that serves them too); the others thanked; those the material names as behind urged, never thanked with the others
 * (room-behind.ts; s66-5 [39], W).
 */
function supporterSentences(of: readonly Present[], input: SpeechInput, phrases: Phrases): Run[] {
  const behind = of.filter((g) => g.behind);
  // An enterprise the campaign serves is served, whether or not it leads a task of its own: never listed with the banks and the
  // utilities as one of the campaign's helpers (r-s78 s78-10 [48], W).
  const served = servesFirms(input) && !isSummons(input) ? of.filter((g) => !g.behind && !OTHER_BODY.test(g.text) && !SERVES_TOO.test(g.text) && (!g.tasked || (isFirm(g.text) && !/担保|融资/.test(g.text)))) : [];
  const tasked = of.filter((g) => g.tasked && !g.behind && !served.includes(g));
  const untasked = of.filter((g) => !g.tasked && !g.behind);
  return [
    ...(tasked.length ? phrases.sayKeyedOnce('roomEnterprise', tasked.some((g) => g.leads) ? 'partnerTaskedLead' : 'partnerTasked', { guests: list(tasked) }) : []),
    ...(served.length ? phrases.sayKeyedOnce('roomEnterprise', 'served', { guests: list(served) }) : []),
    ...(untasked.some((g) => !served.includes(g)) ? phrases.sayKeyedOnce('roomEnterprise', 'partner', { guests: list(untasked.filter((g) => !served.includes(g))) }) : []),
    ...(behind.length ? phrases.sayKeyedOnce('roomEnterprise', 'behind', { guests: list(behind) }) : []),
  ];
}
