// One section of a speech's part, as the template names it: a phrase slot, the domain's significance,
// the situation, the achievements, the problems, the tasks or the part-three measures. Each returns its
// blocks, the places where elaboration may go (with what it would draw) and what may be dropped
// when the material alone runs long.
import type { Block, ParagraphBlock, Role, Run } from '../doc/model.ts';
import type { SpeechInput } from '../input/schema.ts';
import { chooseEnumeration, enumerate, type Enumeration, type Item, type Phrases, type Placed } from './compose.ts';
import { achievementBody, type WholePlace } from './figures.ts';
import { achievementsContested, assignment, echoes, problemTitle, saysSomething, withDeadline } from './items.ts';
import { connectives, modelsOf, problemBody } from './cases.ts';
import { selfName, unitName } from './leads.ts';
import { taskDetail } from './spoken.ts';
import { runsText } from '../doc/text.ts';
import type { Anchor } from './length.ts';
import { GENERAL } from './domain.ts';
import { ATTITUDE, decidedAbove, planMeasures, shortOf, problemName, problemsAnsweredBy, problemsHardIn, type Links, type Uncovered } from './measures.ts';
import { answerOwners } from './owners.ts';
import { overseerOf } from './oversight.ts';
import { concat, fact, gap, joinRuns, lit, trimEnd, type Vars } from './runs.ts';
import { scopeOf } from './facts.ts';
import { annual } from './annual.ts';
import { commendingAchievement } from './preceding.ts';
import { sitesSeen } from './sites.ts';
import { behindProblems, catchUp, countdown, progressAsked } from './dispatch-say.ts';
import { isFirm, unitRelation, type Speaker } from './speaker.ts';
import type { Room } from './room.ts';
import type { Section, Topic } from './template-schema.ts';
import type { DomainPool, Units } from './units.ts';
import { summonsBackground } from './rush.ts';

export interface PartContext {
  input: SpeechInput;
  speaker: Speaker;
  /** Who is in the room: only they are asked (「请…」). */
  room: Room;
  units: Units;
  vars: Vars;
  phrases: Phrases;
  seed: number;
  part: number;
  enumeration: 'auto' | 'di';
  /** Achievements summed up by their titles: a report was just given, or the meeting looks ahead. */
  brief: boolean;
  /** The kinds of meeting its type or name says, most particular first (speech.ts meetingKeys). */
  kinds: readonly string[];
  /** Per achievement: a report just given was about it, so only a headline figure is said again. */
  covered: boolean[];
  situationFirst: boolean;
  /** The measure topic of each task, in order (undefined where none fits). */
  taskTopics: (Topic | undefined)[];
  /** The problems neither a task nor part three takes up: answered after the tasks. */
  unanswered: Uncovered[];
  /** Which task answers each problem (measures.ts), once per draft. */
  links: Links;
  /** Part three's closing measures the meeting's kind asks for (a 部署会's responsibility and discipline). */
  closingTopics: readonly Topic[];
  /** The sections of this part, as the template lists them. */
  sections: readonly Section[];
}

export interface Rendered {
  blocks: Block[];
  anchors: Anchor[];
  optional: Block[];
}

const NONE: Rendered = { blocks: [], anchors: [], optional: [] };
/** The leads a 部署会's closing measures prefer: responsibility, supervision, accountability, discipline. */
const CLOSING_LEADS = /责任|督|问责|纪律/;
/** Slots of a template that are the domain's own language rather than the phrase bank's. */
const DOMAIN_SLOTS = new Set<string>(['urgency', 'requirement', 'situation', 'outlook']);

/** Priorities of elaboration: a task's argument first, then a problem's. */
export const PRIORITY = { task: 1, problem: 2 } as const;

export function renderSection(section: Section, role: Role, c: PartContext): Rendered {
  const isNew = c.input.campaign.achievements.length === 0;
  if ('only' in section && section.only && (section.only === 'new') !== isNew) return NONE;
  const paragraph = (runs: Run[], r: Role = role, topic?: string): ParagraphBlock => ({ type: 'paragraph', runs, role: r, part: c.part, ...(topic ? { topic } : {}) });
  if ('slot' in section) {
    const goals = /[，；]/.test(c.input.campaign.goal?.trim().replace(/[。；，]$/, '') ?? '');
    const slot = section.slot !== 'taskIntro' ? section.slot : c.vars.goalMet ? 'taskIntroGoalMet' : !c.vars.goal ? 'taskIntroNoGoal' : goals ? 'taskIntroGoals' : section.slot;
    // At a 观摩会 the sites seen are named and what others take from them said first; the tasks' lead is then the plain one.
    const seen = section.slot === 'taskIntro' && c.kinds.includes('观摩会') ? sitesSeen(c.input) : undefined;
    // A 调度会 counts down to the node the material sets before it says the goal (dispatch.ts).
    if (!seen) return { blocks: [paragraph(concat(section.slot === 'taskIntro' ? countdown(c) : undefined, say(slot, c)))], anchors: [], optional: [] };
    const lesson = c.phrases.sayKeyed('siteLesson', seen.practice ? 'practice' : seen.shown ? 'shown' : 'default', 0, { sites: seen.sites, practice: seen.practice ?? seen.shown ?? [] });
    return { blocks: [paragraph(lesson), paragraph(c.phrases.sayKeyed(slot, 'default', 0))], anchors: [], optional: [] };
  }
  if ('domain' in section) {
    // A field we have no language for argues nothing of its own: where the material gives part one
    // its situation or its problems, a 通用 significance (「今天部署的每一项任务，都是实打实的硬要求」)
    // only delays them, and readers strike it.
    const { background, achievements, problems } = c.input.campaign;
    const material = !!(background?.length || achievements.length || problems.length);
    if ((c.units.domain === GENERAL && material) || emergency(c.input) || trains(c.input.meeting) || !argues(c.kinds, achievements.length > 0)) return NONE;
    // Beside the material's own situation, only a line on this campaign's own work (named in its
    // name) is said: a line on the field at large reads as 套话 and is struck.
    const { campaign } = c.input;
    const near = material ? `${campaign.name} ${campaign.shortName ?? ''}` : undefined;
    return significance(paragraph(c.units.domainUnit(c.seed, 'significance', 'first', near) ?? [], 'significance'));
  }
  if ('measures' in section) return measures(section, c);
  switch (section.items) {
    case 'background':
      return situation(section.lead, c, paragraph);
    case 'achievements':
      return achievements(section, c);
    case 'problems':
      return problems(section, c);
    case 'tasks':
      return tasks(section, c);
  }
}

/**
 * An emergency meeting (a 紧急调度会, or one opened by an urgent notice just conveyed) goes straight to
 * what is happening and what to do: why the work matters is no news there (s17 mid, s16-2 [7]: 「人员伤亡
 * 一旦发生，就再也无法挽回」 at an eight-minute 紧急调度会 was struck as 套话).
 */
export function emergency({ meeting }: Pick<PartContext['input'], 'meeting'>): boolean {
  return /紧急/.test(`${meeting.name} ${meeting.type ?? ''}`) || (meeting.precedingItems ?? []).some((p) => /紧急(?:通知|部署|指令|命令)/.test(p));
}

/**
 * Wording a meeting's stage does not take beside the rules of voice.ts: an emergency meeting that acts on
 * a coming danger reviews no 「短板和弱项」 and calls for no 「攻坚克难」 (s20 hunt, s20-1, at a 21:30 紧急
 * 调度会); those called in at a 约谈 face no difficulty to 「迎难而上」 — they were told of their faults (s23 hunt).
 */
export function offStage(input: PartContext['input']): (text: string) => boolean {
  const urgent = emergency(input);
  const summons = /约谈/.test(`${input.meeting.type ?? ''} ${input.meeting.name}`);
  const dispatch = !urgent && /调度/.test(`${input.meeting.type ?? ''} ${input.meeting.name}`);
  const year = annual(input.meeting);
  return (text) => (urgent && EMERGENCY_OFF.test(text)) || (summons && SUMMONS_OFF.test(text)) || (dispatch && DISPATCH_OFF.test(text)) || (year ? ANNUAL_OFF.test(text) : /一年来|年度目标/.test(text));
}

// A year's summing up: its results are the year's, not a stage's (s45-8 [15] [24], E: 把全年成绩当成「前段时间的进展」「阶段性的」).
const ANNUAL_OFF = /前段|前一阶段|阶段性|初步成效|初步进展/;

// A 调度会 settles progress and who catches up: no pledge (「时间紧、任务重，大家一定要迎难而上」, s40-5 [21] D), no
// 「起点，而不是终点」 (s40-5 [14] D), no heading on the work's 重要性 (s38-4 [10], a twelfth 调度会).
// Nor the 动员 register of a campaign's start (「吹响冲锋号」「开好局、起好步」): a 调度会 meets on work under way.
const DISPATCH_OFF = /时间紧、任务重|迎难而上|起点，而不是终点|重要性|重要意义|思想自觉|冲锋号|吹响|誓师|号角|动员令|打响|开好局|起好步/;

const EMERGENCY_OFF = /短板和弱项|短板弱项|攻坚克难|久久为功|持久战|开好局|起好步|一旦遇到|防患未然|做在前面/;
// Nor are they spoken to as partners in a shared burden, nor are their faults 「我们的」 (s13: 「需要各方面共同
// 努力」「这些问题必须引起我们的高度重视」 at a 警示约谈会).
// Nor does the speaker tell them of the work's 推进情况和下步打算 or ask them to correct him (s42-4 [8], E: 写得像推进会).
const SUMMONS_OFF = /迎难而上|攻坚克难|共同努力|共同推动|齐心协力|携手|迅速进入状态|引起我们|我们的高度重视|感谢|辛勤|付出|推进情况|下步打算|下一步安排|前一阶段工作情况|不妥之处/;

/** A 调度会 that is no emergency: it settles progress, the gap and the nodes. */
export function dispatches(kinds: readonly string[]): boolean {
  return kinds.includes('调度会') && !kinds.includes('紧急');
}

/** The problems no task answers whose topic is this measure's, as the material names them. */
export function ownProblems(input: PartContext['input'], topic: Topic, units: Units, links: Links): Run[][] {
  return input.campaign.problems.flatMap((p, i) => (!links[i] && units.topicOf(p.title, [p.detail, ...(p.examples ?? [])].filter(Boolean).join(' ')) === topic ? [problemName(input, i)] : []));
}

/**
 * Whether a meeting argues why its work matters (part one's significance). A 调度会 goes to progress and who
 * is behind (s38-4 [10][11]: 都开到第十二次调度会了，不需要再讲创城的意义); a 约谈 to findings and demands; a
 * commendation with a year to review to its results and those commended (s39-4 [11], D).
 */
export function argues(kinds: readonly string[], reviewed: boolean): boolean {
  return !kinds.some((k) => k === '调度会' || k === '约谈会' || (k === '表彰会' && reviewed));
}

/**
 * A meeting that trains (业务培训会, 培训班; not one about a 培训 trade, 校外培训机构): it teaches rules and a
 * procedure, so the field's argument of why the work matters and what the situation asks is no part of it
 * (s18 final, s17-4: 「统一思想、压实责任」 and 「这项工作政策性强…」 read as a 动员会's).
 */
export function trains(meeting: PartContext['input']['meeting']): boolean {
  return /培训(?:会|班)|业务培训/.test(`${meeting.type ?? ''} ${meeting.name}`);
}

/** A phrase slot, or the domain's language for the slots that belong to the domain. */
function say(slot: string, c: PartContext): Run[] {
  // At a 约谈 the problems close on their gravity and a warning to all in the room (s42-4 [28]).
  if (slot === 'urgency' && c.kinds.includes('约谈会')) return c.phrases.say('urgencySummons');
  return DOMAIN_SLOTS.has(slot) ? (c.units.domainUnit(c.seed, slot as DomainPool, slot) ?? []) : c.phrases.say(slot);
}

/** One unit of the field's significance: editors keep one and strike a second as 套话, whatever the length. */
function significance(block: ParagraphBlock): Rendered {
  if (!block.runs.length) return NONE;
  return { blocks: [block], anchors: [], optional: [] };
}

/** A background that says when: 「今年区里下达…」「入秋以来…」「截至5月底…」. */
const TIMED = /^(今年|去年|明年|当前|目前|现在|近年来?|近期|近来|截至|截止|\d{4}年|[一二三四五六七八九十\d]+月|[^，。]{1,8}以来)/;

/** A background that states a danger or a pressure: only such a one is 形势 to be soberly seen (situationLead). */
// A rank is a pressure only where it is low or falling (「排名第9，比10月份下降3位」): 「排名全市第四」 is none (s39-4 [16]).
const RISK = /一旦|难度大|风险|隐患|严峻|压力|排名(?:靠后|落后|倒数|末位|后列)|倒数第|下降|下滑|靠后|滞后|落后|事故|险情|灾情|火情|汛情|偏早|偏多|偏少|偏高|偏低|极端|高发|多发|频发|反弹|紧迫/;

/** 形势: the background in the speaker's voice and what it asks of us; without one, for new work, the field's outlook. */
function situation(lead: string | undefined, c: PartContext, paragraph: (runs: Run[], r?: Role) => ParagraphBlock): Rendered {
  const { campaign } = c.input;
  if (c.vars.background && lead) {
    // A background that opens with its own time (「今年…」「入秋以来…」) takes a lead without one.
    const timed = TIMED.test(campaign.background?.[0]?.trim() ?? '') && c.phrases.has(`${lead}Timed`);
    // At a training meeting the background is the setting of what is taught: no 形势 to be soberly seen.
    const training = trains(c.input.meeting);
    const kind = !training && RISK.test((campaign.background ?? []).join('')) ? 'risk' : 'default';
    // At an emergency the background is what is happening: the field's 形势 tail (「今年的防汛形势不容乐观…
    // 做好充分准备」) read as a year's outlook said in the middle of the storm (s25-1 [9]).
    // A background that ends on those commended is no 形势 to face (s25-8 [13]: 「面对这样的形势」 after the list).
    const honours = /表彰|先进集体|先进个人/.test(campaign.background?.at(-1) ?? '');
    // What the field's line asserts (「形势不容乐观」「面对这样的形势」) must be what these facts say (s39-4 [16]).
    // Plain facts (a task's size, a plan adopted, a rank won) ask nothing of us: 「面对这样的情况」「这些都要求我们…」
    // after them was padding an editor struck or rewrote every time (s48-2 [14], s48-6 [14], s48-8 [14]).
    // At a 约谈 an incident's lesson, or findings to be corrected before the work goes on: not the field's line (s79-4 [12]).
    const told = c.kinds.includes('约谈会') ? summonsBackground(campaign.background) : undefined;
    const tail = training || honours || kind !== 'risk' || emergency(c.input) ? [] : told ? c.phrases.sayKeyedOnce('situationSummons', told) : c.units.domainUnit(c.seed, 'situation', '', undefined, (campaign.background ?? []).join('。'));
    return { blocks: [paragraph(concat(c.phrases.sayKeyed(timed ? `${lead}Timed` : lead, kind, 0), tail), 'significance')], anchors: [], optional: [] };
  }
  // A 约谈 starts no new work: its part one is the findings, with no outlook on a work ahead (s13); a 调度会
  // has none to give, and a 培训会 teaches (「做好这项工作，既有有利条件，也面临不少困难」 before its rules is filler).
  if (campaign.achievements.length === 0 && !/约谈/.test(`${c.input.meeting.type ?? ''} ${c.input.meeting.name}`) && argues(c.kinds, false) && !trains(c.input.meeting)) {
    const outlook = c.units.domainUnit(c.seed, 'outlook');
    return outlook ? { blocks: [paragraph(outlook, 'significance')], anchors: [], optional: [] } : NONE;
  }
  return NONE;
}

function styleOf(section: Extract<Section, { items: string }>, items: readonly Item[], c: PartContext): Enumeration {
  const long = c.enumeration === 'di' ? 'di' : section.long;
  const style = section.enumerate === 'auto' ? chooseEnumeration(items, long) : section.enumerate;
  return c.enumeration === 'di' && style === 'headings' ? 'di' : style;
}

function achievements(section: Extract<Section, { items: string }>, c: PartContext): Rendered {
  // At a commendation the commendation itself is no result of the year: it is said in the congratulation.
  const commending = commendingAchievement(c.input);
  const shown = c.input.campaign.achievements.map((a, i) => ({ a, i })).filter(({ i }) => i !== commending);
  const list = shown.map(({ a }) => a);
  // A 调度会 whose material gives no progress asks for it (【待补充：总体进度…】), never invents it.
  const asked = progressAsked(c);
  if (!list.length) return asked ? { blocks: [asked], anchors: [], optional: [] } : NONE;
  // A single achievement is one sentence: no 「以下几个方面」 for one, and no judgement around it.
  if (c.brief || list.length === 1) {
    const one = list.length === 1;
    // Each title with what was done (「从前段工作看，危险水域警示全覆盖」 alone says too little), with
    // every figure, even after a report of the same work: readers of every blind reading counted a
    // figure left out against the draft (「一个数都没有，等于没讲」; 86.4万羽 and 96.3% dropped after
    // the first figure).
    const summary = (a: (typeof list)[number], k: number) => {
      const i = shown[k]!.i;
      const title = trimEnd(fact(a.title, `campaign.achievements[${i}].title`));
      const body = achievementBody(a, `campaign.achievements[${i}]`, undefined, wholeOf(c));
      // A title that only names the work, with nothing done or achieved (「去年防溺水工作」), asks for what was (screen test s21).
      if (!body.length) return saysSomething(a.title) ? title : concat(lit('在'), title, lit('方面，'), gap(THIN));
      // A title that the body already says (「开展两轮执法检查」 and 「开展执法检查」) is not said again.
      if (echoes(runsText(body), a.title)) return trimEnd(body);
      // The title first, then what was done (readers struck titles tacked on at the end: 「…，汛前检查全面
      //完成」); a title that only names the work (「前期工作」) is no clause: it names the field.
      return saysSomething(a.title) ? concat(title, lit('，'), trimEnd(body)) : concat(lit('在'), title, lit('方面，'), trimEnd(body));
    };
    // Several achievements are a sentence each, the title first (「一是参保资助基本到位。会同…」): strung
    // with 「；」 into one sentence they crammed titles, details and figures together (s19-2 [8], s19-3 [7], E).
    const sentences = (a: (typeof list)[number], k: number) => {
      const i = shown[k]!.i;
      const title = trimEnd(fact(a.title, `campaign.achievements[${i}].title`));
      const body = achievementBody(a, `campaign.achievements[${i}]`, undefined, wholeOf(c));
      const ordinal = lit(`${'一二三四五六七八九十'[k] ?? ''}是`);
      if (!body.length || echoes(runsText(body), a.title) || !saysSomething(a.title)) return concat(ordinal, summary(a, k), lit('。'));
      return concat(ordinal, title, lit('。'), trimEnd(body), lit('。'));
    };
    const lead = counted(c.phrases.say(one ? 'achievementBriefOne' : 'achievementBrief'), list.length);
    const runs = one ? concat(lead, summary(list[0]!, 0), lit('。')) : concat(trimEnd(lead.map((r, k) => (k === lead.length - 1 ? { ...r, text: r.text.replace(/[：:]$/u, '') } : r))), lit('：'), ...list.map(sentences));
    return { blocks: [{ type: 'paragraph', runs, role: 'achievement', part: c.part }, ...(asked ? [asked] : [])], anchors: [], optional: [] };
  }
  const items: Item[] = shown.map(({ a, i }) => ({ title: fact(a.title, `campaign.achievements[${i}].title`), body: orAsked(a.title, achievementBody(a, `campaign.achievements[${i}]`, undefined, wholeOf(c))) }));
  // Achievements a problem of the material qualifies are closed without praise (items.ts achievementsContested);
  // where the problems have a part of their own, not at all: its opening weighs them (s13 hunt s12-1, struck).
  const problemsHere = c.sections.some((s) => 'items' in s && s.items === 'problems');
  const contested = achievementsContested(c.input.campaign);
  // A year's results are not called 「阶段性的」 (s45-8 [24], E: 冲淡了刚刚宣读的表彰).
  const after = section.after && !(contested && !problemsHere) ? (contested ? c.phrases.sayKeyed(section.after, annual(c.input.meeting) ? 'annualContested' : 'contested', 0) : say(section.after, c)) : undefined;
  const { blocks } = enumerate({ items, style: styleOf(section, items, c), role: 'achievement', part: c.part, lead: section.lead ? counted(c.vars.field ? c.phrases.sayKeyed(section.lead, 'field', 0) : c.phrases.say(section.lead), list.length) : undefined, after });
  return { blocks: asked ? [...blocks, asked] : blocks, anchors: [], optional: [] };
}

/** What a bare achievement lacks: never made up. */
const THIN = '做了什么、取得了什么成效（最好有数字）';
const orAsked = (title: string, body: Run[]) => (body.length || saysSomething(title) ? body : gap(THIN));

/** The speaker's place as a whole (「全县」), for an area's totals said before one place's example. */
function wholeOf(c: PartContext): WholePlace {
  return { whole: concat(lit('全'), scopeOf(c.input.campaign.region, 'campaign.region')), region: c.input.campaign.region.trim() };
}

/**
 * 「以下几个方面」 before two or three items says how many (a reader: 原句说「几个方面」，下面只有两项);
 * only the phrase bank's words change.
 */
function counted(runs: Run[], n: number): Run[] {
  const count = n === 2 ? '两' : n === 3 ? '三' : undefined;
  if (!count) return runs;
  return runs.map((r) => (r.src ? r : { ...r, text: r.text.replace(/(以下|这样|这么)?几(个方面|件事|项|点)/g, (_, w: string | undefined, unit: string) => `${w ?? ''}${count}${unit}`) }));
}



function problems(section: Extract<Section, { items: string }>, c: PartContext): Rendered {
  const list = c.input.campaign.problems;
  if (!list.length) return NONE;
  const topics = list.map((p) => c.units.topicOf(p.title, p.detail));
  const next = connectives();
  const models = modelsOf(c.input.meeting.precedingItems ?? []);
  const items: Item[] = list.map((p, i) => ({ title: problemTitle(p, `campaign.problems[${i}].title`), body: problemBody(p, `campaign.problems[${i}]`, next, models), ...(topics[i] ? { topic: topics[i] } : {}) }));
  const style = styleOf(section, items, c);
  // Without achievements, the lead does not weigh problems against 「成绩」. After achievements this part
  // closed as contested (achievements(): more than one, not summed up) there is none: the close turned to
  // the shortfall, and readers struck a second transition every time, weighing (「差距同样明显」, s13 hunt)
  // or not (「具体来看，主要有以下几个问题」, s14 mid).
  const achieved = c.input.campaign.achievements.length > 0;
  const closed = c.sections.some((s) => 'items' in s && s.items === 'achievements' && s.after) && !c.brief && c.input.campaign.achievements.length > 1;
  const contested = closed && achievementsContested(c.input.campaign);
  const lead = section.lead && !contested ? c.phrases.say(achieved ? section.lead : `${section.lead}New`) : undefined;
  const { blocks, items: placed } = enumerate({ items, style, role: 'problem', part: c.part, lead, after: section.after ? say(section.after, c) : undefined });
  // A list of problems is closed by its urgency sentence, not argued one by one: a reader struck the
  // argument set after the third of four parallel problems (s10-1). A single problem may be argued.
  if (style === 'shi' || list.length > 1) return { blocks, anchors: [], optional: [] };
  const units = c.units.itemUnits(c.seed, 'problem', list.map((p, i) => ({ topic: topics[i], about: `${p.title} ${p.detail ?? ''}` })));
  const anchors: Anchor[] = placed.map((p, i) => ({ block: p.block, part: c.part, priority: PRIORITY.problem, draw: () => units[i] }));
  return { blocks, anchors, optional: [] };
}

/** Public institutions another system runs: a level may ask them, never tell them. */
const OTHER_SYSTEM = /派出所|卫生院|医院|学校|中学|小学|幼儿园|消防|供电|银行|邮政/;

function tasks(section: Extract<Section, { items: string }>, c: PartContext): Rendered {
  const list = c.input.campaign.tasks;
  const answers = problemsAnsweredBy(c.input, c.links);
  const hard = problemsHardIn(c.input, c.links);
  // The units of the material, as a task's detail may open with one (「各乡镇成立…」) — those the speaker may tell: a body of another
  // system or a higher level opening the detail (「镇卫生院指导5个村卫生室…」 at a 镇) is read as typed, never given 「要」.
  const subjects = list.flatMap((t) => [t.lead, ...(t.support ?? [])]).map(unitName)
    .filter((u) => !(OTHER_SYSTEM.test(u) && !isFirm(u) && ['partner', 'higher'].includes(unitRelation(u, c.speaker))));
  const items: Item[] = list.map((t, i) => {
    const topic = c.taskTopics[i];
    // A time the work recurs at, or a step it repeats, is said with the detail (items.ts deadlinePlace).
    const detail = withDeadline(t, taskDetail(t, subjects, `campaign.tasks[${i}].detail`), `campaign.tasks[${i}].deadline`);
    // The problems this task answers in other words than its title (measures.ts); 「…问题突出」 opens as 「针对…的问题」.
    const named = answers[i]!.map((k) => problemName(c.input, k).map((r, j, all) => (j === all.length - 1 ? { ...r, text: r.text.replace(/(?<=.{2})问题(?:比较|较为)?(?:突出|较多|严重|多发)$/, '') } : r)));
    // A problem whose hard thing the task only does: the task is to find a way, not said to solve it (s26-2 [34]).
    const eased = hard[i]!.map((k) => problemName(c.input, k));
    // The problems it answers open its own first sentence (「针对…的问题，…」), never a stock sentence after it.
    if (named.length && detail) return { title: fact(t.title, `campaign.tasks[${i}].title`), body: trimEnd(c.phrases.sayKeyed('taskAnswers', named.length === 1 ? 'one' : 'default', i, { problem: listed(named), detail })), tail: assignment(t, i, c.phrases, c.speaker, c.room, c.input.meeting.date, c.input.campaign.tasks.slice(0, i)), ...(topic ? { topic } : {}) };
    const link = named.length ? c.phrases.sayKeyed('taskAnswers', named.length === 1 ? 'oneAfter' : 'defaultAfter', i, { problem: listed(named) })
      : eased.length ? c.phrases.sayKeyed('taskHard', eased.length === 1 ? 'one' : 'default', i, { problem: listed(eased) }) : undefined;
    const body = link ? concat(detail ? concat(detail, lit('。')) : undefined, trimEnd(link)) : (detail ?? []);
    return { title: fact(t.title, `campaign.tasks[${i}].title`), body, tail: assignment(t, i, c.phrases, c.speaker, c.room, c.input.meeting.date, c.input.campaign.tasks.slice(0, i)), ...(topic ? { topic } : {}) };
  });
  const { blocks, items: placed } = enumerate({ items, style: styleOf(section, items, c), role: 'task', part: c.part, lead: section.lead ? c.phrases.say(section.lead) : undefined });
  const answer = answerParagraph(c);
  if (answer) blocks.push({ type: 'paragraph', runs: answer, role: 'task', part: c.part });
  // Each task's own topic or the domain's words, whichever speaks most closely to it; the deadline is
  // part of what it may not bend (「随时待命」 after a task done 「每季度一次」).
  const units = c.units.itemUnits(c.seed, 'task', list.map((t, i) => ({ topic: c.taskTopics[i], about: `${t.title} ${t.detail ?? ''} ${t.measure ?? ''} ${t.deadline ?? ''}` })));
  // Tasks written inline (一是…二是…) have one place for argument, after the last of them: it argues that one.
  const inline = placed.length !== items.length;
  const places = inline ? placed : placed.slice(0, list.length);
  const of = (i: number) => (inline ? list.length - 1 : i);
  const anchors = places.map((p: Placed, i): Anchor => ({ block: p.block, at: p.at, part: c.part, priority: PRIORITY.task, draw: () => units[of(i)] }));
  return { blocks, anchors, optional: [] };
}

/** Problems named in one breath: 「A和B」, 「A、B和C」; 「、」 throughout when a name has its own 和. */
function listed(names: readonly Run[][]): Run[] {
  if (names.some((n) => runsText(n).includes('和'))) return joinRuns(names, '、');
  return names.length < 3 ? joinRuns(names, '和') : concat(joinRuns(names.slice(0, -1), '、'), lit('和'), names.at(-1));
}

/**
 * The problems of part one that neither a task nor part three takes up (measures.ts), answered after
 * the tasks in a paragraph of their own: the problems named, then responsibility and follow-up only —
 * the material gives no measure for them. Not a numbered item: readers struck 「（六）…」 as a task the
 * material does not have, with no lead and no deadline (s11-2, s12-5, s12-6, s12-8).
 */
function answerParagraph(c: PartContext): Run[] | undefined {
  // At a 调度会 those a lagging problem names as behind are told to catch up (dispatch-say.ts), not 「前面提到的…也要抓在手上」.
  const behind = behindProblems(c);
  const all = c.unanswered.filter((u) => !behind.has(u.problem));
  const caught = catchUp(c);
  if (!all.length) return caught;
  // A wrong that others commit (抢栽抢建, 违规, 私搭乱建 …) is to be stopped where it is found, by those who
  // have the place: 「要尽快研究解决的办法」 after it said nothing (s19-1 [44], E). Said apart from the rest.
  // The wrong is what the title names (or a 苗头/现象/行为 its detail describes): 「群众意见统一难」 whose detail
  // mentions 拆除违建 is no wrong to stop (s16-4).
  const isWrong = (u: Uncovered) => {
    const p = c.input.campaign.problems[u.problem]!;
    return WRONG_ACT.test(p.title) || (/苗头|现象|行为/.test(p.title) && WRONG_ACT.test(p.detail ?? ''));
  };
  const wrongs = all.filter(isWrong);
  const stop = wrongs.length ? answerRuns(c, wrongs, true) : undefined;
  // A problem of attitude alone (思想认识不到位, 重视不够) that names no unit at fault is answered by the speech
  // itself: those present are told to change, no lead is to be named to 「研究解决」 it (s28-1 [48]).
  const mind = all.filter((u) => !isWrong(u) && attitudeOnly(c.input.campaign.problems[u.problem]!.title) && !answerOwners(c.input, c.speaker, [u.problem], false, c.room.overseen).length);
  // The public's attitude (「部分家长对义务教育认识不足」) is changed by work with them, never by telling the units to reflect
  // (s45-5 [54], W: 怪错了对象).
  const publicMind = mind.some((u) => PUBLIC.test(c.input.campaign.problems[u.problem]!.title));
  const said = mind.length ? c.phrases.sayKeyed('uncoveredAttitude', publicMind ? 'public' : mind.length === 1 ? 'one' : 'default', 0, { problem: listed(mind.map((u) => u.name)) }) : undefined;
  // A problem whose remedy the material places at a higher level is reported up, not given to anyone
  // here to 「研究提出解决办法」 (s29-6 [53]: the city's pilot decides who is covered).
  // So is money a department head's problem says has no source, for no unit of his (s60-5 [32], W: a 市场监管局长 took on 「我局要切实负起
  // 责任」 the village schools' canteens whose 「改造资金没有来源」 — neither his to spend nor his to build).
  const unfunded = (u: Uncovered) => c.speaker.rank === 'department' && UNFUNDED.test(c.input.campaign.problems[u.problem]!.detail ?? '') && !answerOwners(c.input, c.speaker, [u.problem], false, c.room.overseen).length;
  const above = all.filter((u) => !isWrong(u) && !mind.includes(u) && (decidedAbove(c.input.campaign.problems[u.problem]!, c.speaker) || unfunded(u)));
  const up = above.length ? c.phrases.sayKeyed('uncoveredHigher', above.length === 1 ? 'one' : 'default', 0, { problem: listed(above.map((u) => u.name)) }) : undefined;
  const open = all.filter((u) => !isWrong(u) && !mind.includes(u) && !above.includes(u));
  return concat(caught, open.length ? answerRuns(c, open, false) : undefined, said, up, stop);
}

function answerRuns(c: PartContext, open: readonly Uncovered[], wrong: boolean, nth = 0): Run[] {
  const key = open.length === 1 ? 'one' : 'default';
  const problem = listed(open.map((u) => u.name));
  // Those the problems name as at fault and the speaker directs take them up; else no one is named.
  // A department head's own unit takes up what the problems leave to no one (「我局要抓紧研究…」): readers
  // struck an answer with no one named (「要一并研究」「专门研究由谁研究不清楚」, s20-2, s20-6, s23-1, s23-3).
  // A shortage of people or money is the principal's to settle, not the short unit's to 「拿出解决办法」
  // (「镇里质量监管力量薄弱」, the centre's two technicians, s30-4): he takes it up after the meeting.
  const problems = c.input.campaign.problems;
  // So is it a department head's where his own branches are short (「全县13个市场监管所平均每所4.2人」): 我局 settles it, the short
  // 所 do not 「认领」 their own staffing (s50-4 [44], W).
  const settles = (c.speaker.rank === 'principal' || (c.speaker.rank === 'department' && !!c.speaker.ownUnit)) && !c.speaker.chaired;
  // A wrong is stopped by those who have the place where it is found (属地): there a place named is its owner.
  const owners = answerOwners(c.input, c.speaker, [...new Set(open.filter((u) => !(settles && shortOf(problems[u.problem]!.title))).map((u) => u.problem))], wrong, c.room.overseen);
  // Beside problems others are named for, the shortage is said apart, with the one who settles it.
  const short = !wrong ? open.filter((u) => shortOf(problems[u.problem]!.title)) : [];
  if (owners.length && short.length && short.length < open.length) return concat(answerRuns(c, open.filter((u) => !short.includes(u)), false), answerRuns(c, short, false, 1));
  // A shortage the speaker does not settle: those named propose, it is settled above them (s60-1 [42], W).
  if (owners.length && short.length && !settles) return concat(c.phrases.sayKeyed('uncoveredNamed', key, nth, { problem }), c.phrases.sayKeyedOnce('uncoveredBody', 'short', { units: owners }));
  // A wrong others commit is stopped where it is found (uncoveredStop), whoever speaks.
  if (wrong) return c.phrases.sayKeyed(owners.length ? 'uncoveredStopNamed' : 'uncoveredStop', key, 0, { problem, units: owners });
  // A principal decides who takes it up: no 「要尽快明确由哪个单位牵头」 at his own meeting (s28-3 [45]).
  if (!owners.length && c.speaker.rank === 'principal' && !c.speaker.chaired) return c.phrases.sayKeyed('uncoveredChief', key, nth, { problem });
  if (!owners.length && c.speaker.ownUnit) return concat(c.phrases.sayKeyed('uncoveredNamed', key, nth, { problem }), c.phrases.sayKeyedOnce('uncoveredOwn', key, { units: lit(selfName(c.speaker.ownUnit)) }));
  // With no one to name, one sentence: a second saying 「明确专人负责…不能等、不能拖」 without saying who was
  // struck as empty (s15-7 [41], s15-6 [40] in the s16 hunt).
  if (!owners.length) return c.phrases.sayKeyed('uncoveredAlone', key, nth, { problem });
  return concat(c.phrases.sayKeyed('uncoveredNamed', key, 0, { problem }), c.phrases.sayKeyedOnce('uncoveredBody', key, { units: owners }));
}

/** Money the material says is not there: 「改造资金没有来源」「经费无着落」「缺少资金」. */
const UNFUNDED = /(资金|经费)[^，。；]{0,2}(没有|无)(来源|着落|渠道)|(没有|缺少|缺乏)[^，。；]{0,4}(资金|经费)(来源|渠道|保障)?|(资金|经费)(缺口|短缺|不足|紧张|难以落实)/;

/** The public, not the units: 家长, 群众, 村民, 户主 … */
const PUBLIC = /群众|家长|村民|居民|农户|农民|户主|商户|经营户|业主|住户|市民|学生|患者|游客|车主|养殖户|种植户|监护人|老人/;

/** A title every clause of which is attitude (「思想认识不到位」; not 「思想认识不够到位，工作推进不够均衡」). */
const attitudeOnly = (title: string) => title.split(/[，、；,;]/).filter(Boolean).every((p) => ATTITUDE.test(p));

/** A problem that is a wrong others commit, to be stopped: 抢栽抢建, 违规搭建, 私拉乱接, 偷排 … */
const WRONG_ACT = /抢栽|抢建|抢种|抢搭|违规(搭建|建设|占用|种植|养殖|经营|倾倒)|违法(建设|占地|用地|搭建)|违建|私搭|乱搭|乱建|私拉|乱接|偷排|偷倒|乱倒|突击(种植|建房|搭建|栽种)/;

/**
 * Part three: the measures for the problems the tasks leave uncovered (measures.ts), none beyond the
 * template's `max`. Two are enumerated; one is said in the part's opening paragraph, after the
 * requirement, without a lone 「（一）」; none leaves the requirement alone (when the user chose a
 * heading for the part — else the part is left out, speech.ts).
 */
function measures(section: Extract<Section, { measures: string }>, c: PartContext): Rendered {
  const items: Item[] = [];
  const dispatch = dispatches(c.kinds);
  for (const topic of planMeasures(c.input, c.taskTopics, c.units.topicBank, section.max, (t) => c.units.hasMeasure(t), c.links, c.closingTopics)) {
    // The problems it takes up, named first in the material's words (no task answers them).
    const own = ownProblems(c.input, topic, c.units, c.links);
    // At a 调度会 only a measure for a problem of the material's own is said (s38-4 [68]–[71]: 机制、督导 in general struck).
    if (dispatch && !own.length) continue;
    // A 部署会's closing measures say responsibility and discipline, not 作风 in general (s48-1 Overall: 压实责任、严明纪律).
    const m = c.units.measure(c.seed, topic, c.closingTopics.includes(topic) && !own.length ? CLOSING_LEADS : undefined);
    const named = own.length ? c.phrases.sayKeyed('measureFor', own.length === 1 ? 'one' : 'default', 0, { problem: listed(own) }) : undefined;
    if (m) items.push({ title: m.lead, body: concat(named, m.body), topic });
  }
  // A plan of deadlines no task follows up, followed up by the unit the material names for it (oversight.ts).
  const overseer = overseerOf(c.input, c.units.topicBank, c.speaker);
  if (overseer) items.push({ title: c.phrases.sayKeyed('oversightLead', 'default', 0), body: c.phrases.sayKeyed('oversight', 'default', 0, { units: fact(overseer.name, overseer.src) }), topic: 'supervision' });
  const lead = section.lead ? say(section.lead, c) : undefined;
  if (items.length <= 1) {
    const only = items[0];
    const runs = concat(lead, only ? concat(trimEnd(only.body), lit('。')) : undefined);
    if (!runs.length) return NONE;
    return { blocks: [{ type: 'paragraph', runs, role: 'guarantee', part: c.part, ...(only?.topic ? { topic: only.topic } : {}) }], anchors: [], optional: [] };
  }
  const style: Enumeration = section.enumerate === 'auto' ? chooseEnumeration(items, 'headings') : section.enumerate;
  // A measure is argument already: it takes no further elaboration.
  return { blocks: enumerate({ items, style, role: 'guarantee', part: c.part, lead }).blocks, anchors: [], optional: [] };
}
