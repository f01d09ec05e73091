// What came just before the speech (`meeting.precedingItems`) and what it changes: a report of this
// very work was just heard, so the speaker refers to it and cites only its headline figures; a report
// on another subject, a unit's 交流发言 or a higher meeting's spirit conveyed leave the achievements
// to be told with their figures (readers struck achievements read without the material's figures
// after a report on something else: 「一个数都没有，等于没讲」).
import { attendeeParts } from './line-parts.ts';
import type { SpeechInput } from '../input/schema.ts';
import { unitLevel, unitRelation, type Speaker } from './speaker.ts';
import type { Run } from '../doc/model.ts';
import { concat, fact, lit } from './runs.ts';

/** 「刚才，县应急局通报了…」「…汇报了…进展情况」: an item that reports on work. */
const REPORT_GIVEN = /通报|工作报告|(汇报|介绍)了?[^，。；]{0,30}(情况|进展|成效)/;

export function reportWasGiven(input: SpeechInput): boolean {
  return (input.meeting.precedingItems ?? []).some((t) => REPORT_GIVEN.test(t));
}

/**
 * What came before, as the opening must take it up. A speaker agrees (「我都同意」) only with what was
 * said: readers struck 「我完全同意」 after a film watched or a site visited (「对观看教育片也说同意，逻辑
 * 不通」) and 「我完全赞同」 after a discipline body's or a higher supervision group's criticism, which is
 * accepted and put right, not endorsed. Neither of those leaves 「我再讲…」 an opinion to follow.
 */
export type PrecedingKind = 'conveyed' | 'summons' | 'critique' | 'explained' | 'seen' | 'report' | 'said';

/**
 * A criticism read out by a discipline, inspection or supervision body: 「乡纪委通报了…明察暗访发现的问题」,
 * or a supervision group's feedback (「市第二督导组反馈了…督导情况」: a reader wanted 「照单全收、逐条整改」,
 * not a department head's 「结合实际认真研究」).
 */
const CRITIQUE = /(纪委|纪工委|监委|督导|督查|巡察|巡视|暗访|明察).{0,40}(问题|不足|差距)|(督导组|督查组|巡察组|检查组).{0,6}反馈/;
/**
 * Units behind schedule explained themselves (「北关街道、槐树岭街道作了说明发言」) at a meeting whose problems say some are behind:
 * the explanation is heard and the gap pressed, never judged 「讲得都很好，大家要认真抓好落实」 (final reading s70-8 [6], W;
 * hunt s69-5 [6], E: praise for the laggards at a 调度会).
 */
// Or gave the reasons they are behind (「分别说明了进度滞后原因」「汇报了进度滞后的原因和赶工计划」: hunt s69-5 [6], final s68-3 [7], E).
const EXPLAINED = /(?:作了?|做了?)(?:情况)?说明|说明发言|检讨|检查发言|(?:说明|汇报|讲)了?[^，。；]{0,10}(?:滞后|落后|缓慢)的?原因/;
const BEHIND = /滞后|落后|靠后|缓慢|偏慢|未完成|差距/;
function behindExplained(input: SpeechInput): boolean {
  return (input.meeting.precedingItems ?? []).some((t) => EXPLAINED.test(t)) && input.campaign.problems.some((p) => BEHIND.test(`${p.title} ${p.detail ?? ''}`));
}
/** Something watched or walked through, not said: 「观看了…警示教育片」「现场察看了…」. */
const SEEN = /观看|观摩|察看|查看|参观|视察|看了/;

export function precedingKind(input: SpeechInput): PrecedingKind | undefined {
  const items = input.meeting.precedingItems ?? [];
  if (!items.length) return undefined;
  if (items.some((t) => /传达/.test(t))) return 'conveyed';
  // At a 约谈 meeting the talk just held is what the speech takes up, whatever else was shown or read; a pledge given there is held
  // to, never judged 「讲得都很清楚」 though the line marks nobody the parser finds (hunt s69-4 [6], W: after a death on site).
  if (summoned(input) || (/约谈/.test(`${input.meeting.type ?? ''} ${input.meeting.name}`) && pledgeGiven(input))) return 'summons';
  if (items.some((t) => CRITIQUE.test(t))) return 'critique';
  if (behindExplained(input)) return 'explained';
  if (items.some((t) => SEEN.test(t))) return 'seen';
  // A report heard beside a deployment (「县长王立作了具体部署」) or a pledge (「三家施工单位项目经理作了表态发言」) is no report
  // alone: what was deployed or pledged is carried out (r-s76 s76-4 [7], K).
  return reportWasGiven(input) && !items.some((t) => DEPLOYED.test(t)) ? 'report' : 'said';
}

/** 「县长作了具体部署」「对下一步工作提出了要求」「作了表态发言」: a deployment or a pledge heard, to be carried out. */
const DEPLOYED = /作了?[^，。；]{0,12}部署|提出了?[^，。；]{0,12}要求|动员讲话|表态/;

/**
 * Whether what was conveyed is a meeting's spirit (「传达了全市安全生产工作会议精神」), not a notice or a
 * leader's instruction: 「对传达的会议精神…」 after 「传达了县防指…的紧急通知」 was read wrong (s17 mid, s16-2 [3]).
 */
export function conveyedMeeting(input: SpeechInput): boolean {
  // A document's or a speech's spirit (「…的通知精神」「重要讲话精神」) is that document's, not a meeting's
  // (s22-8 [3], W).
  return (input.meeting.precedingItems ?? []).some((t) => /传达[^，。；]*(会议|(?<!通知|文件|讲话|指示|批示|意见|决定|方案|函|信)精神)/.test(t));
}

/** Whether a place was visited or walked through (not only a film watched): 「看了现场」 is said only then. */
const SITE = /现场|观摩|实地|参观|察看|视察|走访|调研/;
export function seenSlot(input: SpeechInput): 'precedingSeen' | 'precedingSeenSite' {
  return (input.meeting.precedingItems ?? []).some((t) => SITE.test(t)) ? 'precedingSeenSite' : 'precedingSeen';
}

/** Pairs of characters that say nothing of a subject: the level, the time, 工作 and 情况. */
const STOP = /^(全[县区市镇乡省]|[县区市镇乡]级|今年|去年|上半|半年|下半|年度|前期|前段|阶段|以来|工作|情况|进展|有关|相关|开展|推进|全面|当前|一年|年来)$/;

/** The subject of a report: 「…通报了全镇改厕和生活污水治理工作进展情况」 → 全镇改厕和生活污水治理. */
function subjectOf(item: string): string {
  const m = /(?:通报|汇报|介绍|报告)了?(.*)$/.exec(item);
  return (m?.[1] ?? item).replace(/[。；，]$/, '').replace(/(有关)?(工作)?(推进|进展|开展|落实|完成)?(情况|进展|成效)$/, '').replace(/工作$/, '');
}

/** The pairs of Han characters of a text that carry its subject. */
function pairs(text: string): string[] {
  const out: string[] = [];
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) {
      const p = run.slice(i, i + 2);
      if (!/[和与及的了等]/.test(p) && !STOP.test(p)) out.push(p);
    }
  }
  return out;
}

/** The share of a report's subject that a text of the material says too, and how many pairs that is. */
function overlap(words: readonly string[], text: string): { share: number; shared: number } {
  const shared = words.filter((w) => text.includes(w)).length;
  return { share: words.length ? shared / words.length : 0, shared };
}

/**
 * Which achievements a report just given was about, one flag each: all of them when the report was
 * on the campaign as a whole (most of its subject's words are the campaign's name and goal:
 * 「全镇改厕和生活污水治理工作进展情况」 at the 污水治理和改厕 meeting); otherwise those whose own words
 * the report's subject shares (「汛前隐患排查情况」 covers 「汛前检查全面完成」, not the 物资储备 beside
 * it). 「全县特种设备安全检查情况」 at a meeting on 有限空间作业 covers none.
 */
export function coveredAchievements(input: SpeechInput): boolean[] {
  const c = input.campaign;
  const whole = [c.name, c.shortName, c.goal].filter(Boolean).join(' ');
  const reports = (input.meeting.precedingItems ?? []).filter((t) => REPORT_GIVEN.test(t)).map((t) => pairs(subjectOf(t))).filter((w) => w.length > 0);
  if (reports.some((w) => overlap(w, whole).share >= 0.5)) return c.achievements.map(() => true);
  return c.achievements.map((a) => {
    const own = [a.title, a.detail, ...(a.figures ?? []).map((f) => f.label)].filter(Boolean).join(' ');
    return reports.some((w) => {
      const o = overlap(w, own);
      return o.shared >= 2 && o.share >= 0.3;
    });
  });
}

/** A 部署会 looks ahead: last year's results are summed up, not re-run; so when this work was just reported. */
export function summarisesAchievements(input: SpeechInput): boolean {
  return coveredAchievements(input).some(Boolean) || /部署/.test(input.meeting.type ?? '');
}

/**
 * A commendation at this meeting: a 表彰决定 read out before the speech, or a meeting whose type says
 * 表彰. The speaker congratulates those commended, as the material names them (readers marked a
 * 总结表彰暨部署会 speech that never congratulated the 6 collectives and 20 people commended: 「大缺项」).
 */
export interface Commendation {
  /** The precedingItems entry that read it out, when one did. */
  item?: number;
  collectives?: string;
  individuals?: string;
  /** The material calls them 先进集体 / 先进个人. */
  advanced: boolean;
}

const COMMENDED = /表彰/;

export function commendation(input: SpeechInput): Commendation | undefined {
  const items = input.meeting.precedingItems ?? [];
  const item = items.findIndex((t) => COMMENDED.test(t));
  if (item < 0) return COMMENDED.test(`${input.meeting.type ?? ''} ${input.meeting.name}`) ? { advanced: false } : undefined;
  const text = items[item]!;
  const collectives = /先进(?:集体|单位)(\d+)个|(\d+)个先进(?:集体|单位)/.exec(text);
  const individuals = /先进个人(\d+)名|(\d+)名先进个人/.exec(text);
  return {
    item,
    ...(collectives ? { collectives: collectives[1] ?? collectives[2] } : {}),
    ...(individuals ? { individuals: individuals[1] ?? individuals[2] } : {}),
    advanced: /先进集体|先进单位|先进个人/.test(text),
  };
}

/**
 * At a commendation, the achievement that is the commendation itself (「表彰一批先进典型」, its figures the
 * commended): the meeting's business, not a result of the year — an editor struck it from the results and
 * said its counts in the congratulation (s48-8 [23] [24], D). -1 where there is none.
 */
export function commendingAchievement(input: SpeechInput): number {
  if (!commendation(input)) return -1;
  return input.campaign.achievements.findIndex((a) => /表彰|评选[^，。；]{0,10}先进|命名[^，。；]{0,10}先进/.test(a.title));
}

/**
 * Who was called in at a 约谈 meeting, in the material's words: 「郝立群同志对大柳村、前营村、小王庄村
 * 党支部书记进行了集体约谈」 → 大柳村、前营村、小王庄村党支部书记, with the entry it is in. A 警示约谈会
 * speech that never spoke to the villages called in was read as an ordinary 部署会.
 */
export function summoned(input: SpeechInput): { text: string; src: string; runs: Run[] } | undefined {
  const { meeting } = input;
  if (!/约谈/.test(`${meeting.type ?? ''} ${meeting.name}`)) return undefined;
  const items = meeting.precedingItems ?? [];
  for (const [k, t] of items.entries()) {
    const m = /对(.{2,80}?)(?:进行了?|开展了?)?(?:集体|警示|提醒|诫勉)?约谈/.exec(t) ?? /约谈了(.{2,80}?)(?:[，。；]|$)/.exec(t);
    if (m?.[1]) return { text: m[1], src: `meeting.precedingItems[${k}]`, runs: fact(m[1], `meeting.precedingItems[${k}]`) };
  }
  // Every line marked as called in: two companies on two lines are both called in (s36-3 [5], W: the opening
  // named one of them, the next sentence spoke of 「两家被约谈企业」).
  const called: { text: string; src: string }[] = [];
  // Each labelled party of a line apart (「监理单位：…（被约谈）；设计单位：…」: r-s79 s79-4 [5], W — the 监理 called in was left out).
  for (const { text: t, i: k } of attendeeParts(meeting.attendees ?? [])) {
    // Four companies named in full run past 40 characters (s23-4: never spoken to as called in).
    // The mark after the party's role as well: 「…（建设单位，被约谈）」 (s49-6 [5], W: the client left out of those called in).
    // And before the officers' posts: 「A公司、B公司（被约谈）法定代表人、项目经理」 (s69-4 [50], W: both left out of the room).
    const m = /^(.{2,90}?)[（(](?:[^（）()]{1,12}[，,、；;])?被约谈[^）)]*[）)]((?:[^（）()、和及]{1,12}(?:、|和|及)?){0,4})$/.exec(t.trim()) ?? /^被约谈(?:的?(?:企业|单位|对象)?[：:])?的?(.{2,90})$/.exec(t.trim());
    if (m?.[2] && !OFFICERS_AFTER.test(m[2])) continue;
    // The companies, not their officers' posts: 「…岩前宏昌液化气供应站法定代表人、安全负责人」 (s25-3, E).
    // The party without its line's label: 「施工单位：」 is never read out (r-s79 s79-4 [5], W).
    if (m?.[1]) called.push({ text: m[1].replace(PARTY_LABEL, '').replace(FIRM_OFFICERS, '$1'), src: `meeting.attendees[${k}]` });
  }
  if (!called.length) return undefined;
  // 「A、B和C」: three called in are no 「A和B和C」.
  const runs = called.flatMap((c, k) => [...(k === 0 ? [] : [lit(k === called.length - 1 ? '和' : '、')]), fact(c.text, c.src)]);
  return { text: called.map((c) => c.text).join('、'), src: called[0]!.src, runs: concat(...runs) };
}

/**
 * Who gave the pledge, in the item's own words: 「枫树湾村、黄泥垄村…党组织书记逐一作了表态发言」 → 枫树湾村、
 * 黄泥垄村…党组织书记. Never taken from the attendees: the 村委会主任 and 包村干部 summoned with those
 * secretaries had not spoken (s21-2 [45], W). None when the item names nobody.
 */
export function pledgers(input: SpeechInput): { text: string; src: string } | undefined {
  for (const [k, t] of (input.meeting.precedingItems ?? []).entries()) {
    // 「…法定代表人汤某某代表企业作了表态发言」: 代表 of 法定代表人 is a post, never the 「代表…」 before the verb (s37-6 [51], W).
    const m = /^(?:会上|刚才|随后|最后)?[，,]?(.{2,60}?)(?:分别|逐一|依次|先后|一一|(?<!法定)代表(?!人)[^，。；]{0,12})?(?:作了|作|进行了|进行)?(?:表态发言|表态)/.exec(t.trim());
    const who = m?.[1]?.replace(/(作了|进行了)[^，。；]*$/, '').replace(/(分别|逐一|依次|先后|一一)$/, '').trim().replace(FIRM_OFFICERS, '$1');
    if (who && who.length >= 2 && !/^(与会|参会|大家|有关|相关)/.test(who)) return { text: who, src: `meeting.precedingItems[${k}]` };
  }
  return undefined;
}

/** Officers' posts after a 「（被约谈）」 mark: 「法定代表人、分管安全副总经理、“滨江华府”项目经理」. */
/** A party's label at the head of its part: 「施工单位：」「被约谈单位：」. */
const PARTY_LABEL = /^[^：:、，,（(]{1,12}[：:]/;
// A post may end in 员 and be followed by its holder's name: 「总经理、项目经理、专职安全员黄建」 (r-s81 s81-4 [5], W: the builder called in
// left out of the opening's list).
const OFFICERS_AFTER = /^(?:[^、和及]{0,12}?(?:代表人|负责人|经理|总监|工程师|[长任员]|代表|董事长)(?:\p{Script=Han}{2,3})?(?:、|和|及)?)+$/u;
/** A company's officers after its name, as a list of attendees gives them. */
const FIRM_OFFICERS = /(公司|集团|站|厂|场|店)(?:(?:分管[^、和及]{0,4})?(?:法定代表人|董事长|副?总经理|经理|主要负责人|安全负责人|安全管理负责人|负责人|安全管理人员|项目经理|安全总监|总监理工程师|总监|[^、和及]{1,10}?项目(?:经理|负责人))(?:\p{Script=Han}{2,3}(?=、|和|及|$))?(?:、|和|及)?)+$/u;

/** Whether those called in spoke for themselves (「…作了表态发言」): the speech holds them to it. */
export function pledgeGiven(input: SpeechInput): boolean {
  return (input.meeting.precedingItems ?? []).some((t) => /表态/.test(t));
}

/**
 * The head of a unit the speaker directs, who spoke before: 「区医疗保障事务中心主任黄晓琴通报了…」 is
 * 「晓琴同志通报了…」 from the 局长 (s19-2 [2]: the office and full name read as of a stranger's). The given
 * name of a three-character name; a two-character name is said whole.
 */
const HEAD_SPOKE = /^(.{2,24}?)(?:党组书记、|党委书记、)?(?:常务)?副?(?:主任|局长|所长|站长|股长|队长|大队长|科长|中队长)(\p{Script=Han}{2,3}?)(?=通报|汇报|介绍|作了|就|传达|解读|宣读|报告|说明)/u;
/**
 * A piece of the speaker's own bureau that spoke before, named by its 股, 站, 室 or 中心, with or without the
 * bureau's name (「县教育局基础教育股股长宣讲了…」「局信息中心工作人员演示了…」): a department head's own people,
 * whose briefing he takes up as his own, not 「涉及我们的事项，我们将…」 (s41-6 [6], W).
 */
const PART_SPOKE = /^(.{0,16}?(?:股|站|所|室|中心|科|办公室|大队))(?:股长|站长|主任|科长|工作人员|负责同志|同志)?(?:\p{Script=Han}{2,3}?)?(?=通报|汇报|介绍|作了|就|传达|解读|宣读|报告|说明|宣讲|演示|讲解)/u;
export function ownUnitSpoke(item: string, speaker: Speaker, items: readonly string[] = [item]): boolean {
  const m = PART_SPOKE.exec(item);
  if (!m || speaker.rank !== 'department' || !speaker.ownUnit) return false;
  const bureau = speaker.ownUnit.replace(/^.*?[县区市镇乡]/, '');
  // Named under the bureau (「县教育局基础教育股」「局电教站」).
  // Not the same kind of bureau of another level (「市应急管理局…科」 before a 县应急管理局局长, s43-7 [6]).
  const level = unitLevel(speaker.ownUnit) ?? speaker.level;
  const named = (unit: string) => unit.startsWith('局') || (bureau.length >= 2 && unit.includes(bureau) && (unitLevel(unit) ?? level) === level);
  // Or one the speaker directs as its own (an institution of the bureau's own system, speaker.ts ownParts; s54-3 [6], W).
  // Or one his bureau runs by its field (branches.ts: a 交通运输局's 道路运输服务中心; r-s80 s80-4 [6], W: 「我们将结合职责认真研究」
  // to his own 中心's report, a subordinate's answer to a superior).
  if (named(m[1]!) || speaker.ownParts?.includes(m[1]!.trim()) || unitRelation(m[1]!.trim(), speaker) === 'direct') return true;
  // A bare piece (「电教站」) is the bureau's where another item names one of the bureau's own.
  return !/^.{0,4}[县区市镇乡]/.test(m[1]!) && /(股|站|室)$/.test(m[1]!) && items.some((t) => { const o = PART_SPOKE.exec(t); return !!o && named(o[1]!); });
}

export function ownHeadSpoke(item: string, speaker: Speaker): { given: string; end: number } | undefined {
  const m = HEAD_SPOKE.exec(item);
  if (!m || !['direct', 'own'].includes(unitRelation(m[1]!, speaker)) || speaker.rank !== 'department') return undefined;
  const name = m[2]!;
  return { given: name.length === 3 ? name.slice(1) : name, end: m[0].length };
}
