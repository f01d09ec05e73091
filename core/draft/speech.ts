// The speech engine: opening · three parts (as the template frames them) · closing. The material's
// facts carry the speech; the campaign's domain and each item's measure topic supply the argument
// around them, and the length controller adds elaboration only where it belongs and only as far as
// honesty allows (length.ts). Parts are numbered 0 (opening) to 4 (closing); each has its own seed.
import type { Block, DocModel, ParagraphBlock, Run } from '../doc/model.ts';
import type { SpeechInput } from '../input/schema.ts';
import { audienceOf, boundAudience } from './audience.ts';
import { Phrases } from './compose.ts';
import { recogniseDomain, familyOf } from './domain.ts';
import { goalReached } from './goal-met.ts';
import { presentOf } from './claims.ts';
import { fillHeading, type SlotName } from './headings.ts';
import { clause, dateRuns, scopeOf, workName } from './facts.ts';
import { speakerByline } from './byline.ts';
import { fit, lengthReport, type Anchor } from './length.ts';
import { mixSeed, pick, slotRng } from './random.ts';
import { concat, fact, fill, joinRuns, lit, type Vars } from './runs.ts';
import { aloud } from './spoken.ts';
import { runsText } from '../doc/text.ts';
import { own } from '../own.ts';
import { dispatches, emergency, offStage, renderSection, trains, type PartContext } from './speech-parts.ts';
import { holdsOwnMeeting, speakerKeys, speakerOf, speakerTitleSrc, type Speaker } from './speaker.ts';
import { isSummons, roomOf, type Room } from './room.ts';
import { closingUnits } from './closing-units.ts';
import { guestsOf, type Present } from './guests.ts';
import { answerOwners } from './owners.ts';
import { withCarried } from './carried.ts';
import { backgroundRuns } from './labels.ts';
import { fieldWork } from './field-work.ts';
import { roomParagraph } from './room-paragraph.ts';
import { greetingRuns } from './greeting.ts';
import type { PhraseBank, SpeechTemplate } from './template-schema.ts';
import { Units, type Banks } from './units.ts';
import { IdeaLedger } from './key-ideas.ts';
import { closingChaired, closingGreeting, closingRuns, occasionOf, pledgeOf } from './closing.ts';
// saidOnce is the closing's; tests reach it here too.
export { saidOnce } from './closing.ts';
import { answering, type Uncovered } from './measures.ts';
import { TAUGHT } from './guest-words.ts';
import { heardSaid } from './preceding-say.ts';
import { heardOf, oneVoice, practiceHeard } from './preceding-heard.ts';
import { relayTasked } from './training-heard.ts';
import { worksJob } from './works-parties.ts';
import { commendation, conveyedMeeting, ownHeadSpoke, ownUnitSpoke, coveredAchievements, pledgeGiven, precedingKind, seenSlot, summarisesAchievements, summoned } from './preceding.ts';
import { stageUnfit, unfitFor } from './voice.ts';
import { hasteUnfit } from './rush.ts';
import { sayAsSelf } from './self.ts';
import { closingTopicsOf, meetingHeading, meetingKeys, ownPurpose, annual } from './meeting-kinds.ts';
import { honouredRuns } from './honoured.ts';
import { preventionGoal } from './prevention.ts';
import { PART_NAMES, dispatchThirdEmpty, measuresOnlyThird, omittedThird, partThreeEmpty, splitUnanswered, thinMaterial, unansweredAfterTasks } from './speech-third.ts';

export interface SpeechSettings {
  seed: number;
  /** One seed per part: opening, the three parts, closing. */
  partSeeds: number[];
  /** Target body length in characters; none leaves the draft at its natural length. */
  target?: number;
  rate: number;
  /** 'di' writes long enumerations as 第一/第二 paragraphs instead of （一） headings. */
  enumeration: 'auto' | 'di';
  /** Part headings chosen by the user (1–3), checked, with 「X」 for the campaign's name. */
  headings?: Partial<Record<number, string>>;
}

export interface SpeechBanks extends Banks {
  speech: PhraseBank;
}

export function draftSpeech(input: SpeechInput, template: SpeechTemplate, banks: SpeechBanks, settings: SpeechSettings): DocModel {
  const { meeting, campaign } = input;
  const speaker = speakerOf(input);
  const domain = recogniseDomain(input, banks.domains);
  const family = familyOf(domain, banks.domains);
  const vars = speechVars(input, speaker);
  const keys = phraseKeys(speaker, meeting);
  // The meeting's name is mixed into each part's seed: same seed, other meeting, other words.
  const partSeed = (p: number) => mixSeed(settings.partSeeds[p] ?? settings.seed, `${meeting.name}#${p}`);
  // Parts one to three say each key idea once (key-ideas.ts); the opening announces and the closing
  // sums up, in wording written free of them, so that rewording one part leaves the others as they were.
  const ideas = new IdeaLedger();
  const stage = stageOf(input, speaker);
  const phrases = (p: number) => new Phrases(banks.speech, partSeed(p), vars, keys, p >= 1 && p <= 3 ? ideas : undefined, stage);
  const room = roomOf(input);
  const guests = guestsOf(input, speaker, room);
  vars.units = unitsVar(input, speaker, room, (villagesOnly) => new Phrases(banks.speech, partSeed(4), vars, villagesOnly ? ['townVillages', ...keys] : keys).say('unitsFallback'));
  if (speaker.ownUnit) vars.own = fact(speaker.ownUnit, speakerTitleSrc(meeting.speaker));
  const unfit = unfitFor(speaker, banks.domains.domains[domain], `${campaign.name} ${campaign.shortName ?? ''} ${meeting.name}`, campaign.goal ?? '');
  const units = new Units(banks, domain, family, vars, materialTexts(input), JSON.stringify({ c: campaign, a: meeting.attendees, p: meeting.precedingItems }), [campaign.name, campaign.shortName, campaign.goal, ...campaign.tasks.map((t) => t.title)].filter(Boolean).join(' '), (t) => unfit(t) || stage(t), ideas, Number(meeting.date.slice(5, 7)), campaignWords(input));
  const taskTopics = campaign.tasks.map((t) => units.topicOf(t.title, [t.detail, t.measure].filter(Boolean).join(' ')));
  const ctx: Omit<PartContext, 'phrases' | 'seed' | 'part' | 'sections'> = {
    input,
    speaker,
    room,
    units,
    vars,
    enumeration: settings.enumeration,
    // At a 约谈 the achievements are said briefly (a reader: 约谈会上讲成绩宜简); at a 调度会 too: it goes to
    // what is behind, not to the results one by one (s38-4 [16]–[23]: 调度会上…不宜把成绩分条铺开).
    brief: summarisesAchievements(input) || meetingKeys(meeting).some((k) => k === '约谈会' || (k === '调度会' && !emergency(input))),
    kinds: meetingKeys(meeting),
    covered: coveredAchievements(input),
    situationFirst: /部署/.test(meeting.type ?? '') || template.id === 'speech-situation',
    taskTopics,
    unanswered: [] as Uncovered[],
    // A problem a task carries though its words do not answer it is covered silently (carried.ts).
    links: withCarried(input, answering(input), taskTopics, campaign.problems.map((p) => units.topicOf(p.title, [p.detail, ...(p.examples ?? [])].filter(Boolean).join(' '))), (i) => answerOwners(input, speaker, [i], false, (u) => room.overseen(u)).filter((r) => r.src).map((r) => r.text)),
    // A thin material's part three holds no closing measures (speech-third.ts thinMaterial): its requirement is one line.
    closingTopics: thinMaterial(template, input, settings) ? [] : closingTopicsOf(meeting),
  };
  // A part three of measures only, with nothing left for a measure to take up, is left out: two parts.
  // A 调度会 settles progress and the nodes: a part three of 机制、督导、保障 beside its tasks is struck whole
  // (s38-4 [68]–[71], D); the problems no task answers are still taken up after the tasks.
  // A measure for a problem of the material's own no task answers, or the follow-up of a plan of deadlines, stays.
  const dispatch = measuresOnlyThird(template, settings) && dispatches(ctx.kinds) && dispatchThirdEmpty(template, input, ctx.taskTopics, units, speaker, ctx.links);
  const thin = thinMaterial(template, input, settings);
  const dropThird = dispatch || partThreeEmpty(template, input, ctx.taskTopics, units, settings, speaker, ctx.links, ctx.closingTopics);
  const omitted = dropThird ? [omittedThird(input, ctx.taskTopics, units, dispatch)] : [];
  const toVillages = splitUnanswered(ctx, guests, unansweredAfterTasks(template, input, ctx.taskTopics, units, dropThird, ctx.links, ctx.closingTopics));
  const headingKeys = headingKeysOf(input, family);
  // At a training the part of achievements is headed by the field it serves (field-work.ts): its record is not the training's.
  const headingOf = (part: SpeechTemplate['parts'][number], p: number) => partHeading(part.headings, settings.headings?.[p], headingKeys, partSeed(p), part.key, part.key === 'achievements' && vars.field ? { ...vars, work: vars.field } : vars, input, (h) => !unfit(h) && !stage(h) && units.speaks(h));
  const { blocks, anchors, optional, frame } = renderParts(template, dropThird, ctx, { phrases, partSeed, headingOf }, [opening(phrases(0), input, speaker, guests)]);

  // A thin material's requirement in a line after the tasks, or after part three's own measures (speech-third.ts thinMaterial).
  const lastPart = blocks.flatMap((b) => ('part' in b && typeof b.part === 'number' ? [b.part] : [])).at(-1) ?? 2;
  if (thin) blocks.push({ type: 'paragraph', runs: phrases(2).say(dropThird ? 'thinCharge' : 'thinChargeTail'), role: 'guarantee', part: lastPart });
  // At a 培训会 those trained are asked to pass it on at home, in a paragraph of its own before the room's.
  if (trains(meeting)) blocks.push({ type: 'paragraph', runs: phrases(4).say('relay', {}, '', relayTasked(input) ? 'tasked' : ''), role: 'closing', part: 4 });
  // The room's sentences say no key idea parts one to three said (s17 pb: 「亲自研究、亲自推动」 to the village secretaries after
  // 「主要负责同志要亲自部署、亲自督战」), on a ledger of their own: the closing's wording stays as it was.
  blocks.push(...roomParagraph(input, speaker, new Phrases(banks.speech, partSeed(4), vars, keys, ideas.fork(), stage), 4, toVillages.map((u) => u.name), guests));
  const everyone = campaign.units ? undefined : audienceOf(input, speaker, true);
  // The hand-over announces as many points as the speech has parts (a frame, or a part three with
  // nothing to say, may leave one out): the one place that sets the count.
  const parts = blocks.filter((b) => b.type === 'heading' && b.level === 1).length;
  const first = blocks[0];
  if (parts !== 3 && first?.type === 'paragraph') first.runs = announce(first.runs, parts);
  const closeOn = speaker.chaired ? closingChaired(phrases(4), vars, input) : closingRuns(units, phrases(4), partSeed(4), everyone ? { ...vars, units: everyone } : vars, stageKey(input.meeting));
  // Holidays typed as the occasion are greeted after the close, in a sentence of their own.
  const closing = concat(closeOn, closingGreeting(phrases(4), occasionOf(input.options?.closingOccasion, 'options.closingOccasion').greeting, stageKey(input.meeting), closeOn));
  const doc = speechDoc(input, template, settings, domain, blocks, closing);
  const outcome = fit(doc, anchors, optional, settings.target);
  sayAsSelf(doc.blocks, doc.closing ?? [], input, speaker);
  doc.length = { ...lengthReport(doc, settings.rate, settings.target, outcome, input, frame), ...(omitted.length ? { omitted } : {}) };
  return doc;
}


/**
 * The frame's parts as printed, after the opening: a part the material leaves empty at a meeting that is its
 * own purpose is left out and the next moves up (printed numbering, the length line and the 篇幅 advice follow:
 * `frame` holds the parts printed).
 */
function renderParts(
  template: SpeechTemplate,
  dropThird: boolean,
  ctx: Omit<PartContext, 'phrases' | 'seed' | 'part' | 'sections'>,
  by: { phrases: (p: number) => Phrases; partSeed: (p: number) => number; headingOf: (part: SpeechTemplate['parts'][number], p: number) => Run[] },
  blocks: Block[],
): { blocks: Block[]; anchors: Anchor[]; optional: Block[]; frame: SpeechTemplate } {
  const anchors: Anchor[] = [];
  const optional: Block[] = [];
  const printed: SpeechTemplate['parts'][number][] = [];
  template.parts.forEach((part, i) => {
    if (dropThird && i === 2) return;
    const p = printed.length + 1;
    const part_ctx: PartContext = { ...ctx, phrases: by.phrases(p), seed: by.partSeed(p), part: p, sections: part.sections };
    blocks.push({ type: 'heading', level: 1, runs: by.headingOf(part, p), role: part.role, part: p });
    const sections = ctx.situationFirst ? situationFirst(part.sections) : part.sections;
    const before = blocks.length;
    for (const section of sections) {
      const r = renderSection(section, part.role, part_ctx);
      blocks.push(...r.blocks);
      anchors.push(...r.anchors);
      optional.push(...r.optional);
    }
    if (blocks.length === before) {
      // A 约谈, 调度会, 培训会 or commendation with nothing for this part says nothing here: the field's outlook
      // (「安全生产工作年年讲、月月抓…」 as part one of a 约谈 with no achievements) is filler (s13 open item).
      if (ownPurpose(ctx.input.meeting) && i < template.parts.length - 1) {
        blocks.pop();
        return;
      }
      // A part whose items the material lacks (a report without problems) speaks of the field's outlook.
      const outlook = ctx.units.domainUnit(by.partSeed(p), 'outlook', `part${p}`);
      if (outlook) blocks.push({ type: 'paragraph', runs: outlook, role: 'significance', part: p });
    }
    printed.push(part);
  });
  const frame = printed.length + (dropThird ? 1 : 0) === template.parts.length ? template : { ...template, parts: printed };
  return { blocks, anchors, optional, frame };
}

/**
 * Whom the closing calls on ({units}): the campaign's units without those the work regulates (no 「不等不靠、
 * 主动作为」 to landlords, s12-8 [43]); else the audience the material implies; else the level's own (a
 * township whose material never names a 社区 is addressed as 各村, not 各村（社区）).
 */
function unitsVar(input: SpeechInput, speaker: Speaker, room: Room, fallback: (villagesOnly: boolean) => Run[]): Run[] {
  if (input.campaign.units) return closingUnits(input.campaign.units, room, speaker, input.campaign.tasks, isSummons(input));
  return audienceOf(input, speaker, false) ?? boundAudience(input, speaker, room.calledIn, scopeOf(input.campaign.region, 'campaign.region')) ?? fallback(speaker.level === 'town' && !JSON.stringify(input).includes('社区'));
}

/** Wording the meeting's stage does not take: by the speaker's voice (voice.ts) and by the meeting's kind. */
function stageOf(input: SpeechInput, speaker: Speaker): (text: string) => boolean {
  const byVoice = stageUnfit(input.meeting.type ?? input.meeting.name, speaker);
  const byStage = offStage(input);
  const haste = hasteUnfit(input);
  return (text) => byVoice(text) || byStage(text) || haste(text);
}

/** The keys of the part headings, most particular first. */
function headingKeysOf(input: SpeechInput, family: string | undefined): string[] {
  const { campaign, meeting } = input;
  // A campaign no domain claims whose goal is that something not happen (「不发生溺水事故」) takes the
  // headings of prevention, not 「再上台阶」.
  const prevention = !family && preventionGoal(campaign.goal, [campaign.name, campaign.shortName]) ? 'safety' : '';
  // New work's headings (「统一思想，凝聚共识」) come after the field's where the meeting starts no work (a
  // 调度 or 培训 meeting): they are kept only where a frame has nothing else for work without achievements.
  const fresh = campaign.achievements.length ? '' : 'new';
  const starts = !ownPurpose(meeting);
  // A safety field's 调度会 (防汛, 森林防火) is headed on its risks first; another on progress and the gap — and so is one
  // on a safety field's works (「内涝点整治」 by builders: end-2 [8] [19], E: 「调度会第一部分讲的是进度和问题」).
  const kind = meetingHeading(input);
  const first = kind === '调度会' && family === 'safety' && !worksJob(input) ? '' : kind;
  return [first, starts ? fresh : '', kind !== first ? (family ?? '') : '', campaign.problems.length ? '' : 'noProblems', family ?? prevention, starts ? '' : fresh, campaign.achievements.length && campaign.problems.length > campaign.achievements.length ? 'weighed' : '', campaign.achievements.length && campaign.problems.length ? 'review' : '', 'default'].filter(Boolean);
}

/** Keys for phrase variants: the speaker's, then the meeting's kinds and type, then a year's summing up. */
function phraseKeys(speaker: Speaker, meeting: SpeechInput['meeting']): string[] {
  return [...speakerKeys(speaker), ...meetingKeys(meeting), meeting.type ?? '', annual(meeting) ? 'annual' : ''].filter(Boolean);
}

/** Part three holds only measures and the user chose no heading for it. */
/**
 * The work the speech calls on. At a year's summing up the year its name carries is over and the slots naming the work look
 * ahead: never 「对下一步2026年征兵工作提出要求」 on 2026-12-28 (final reading s67-7 [5] [10] [11] [25], W).
 */
function workOf(input: SpeechInput): Run[] {
  const { campaign, meeting } = input;
  const [name, src] = campaign.shortName ? [campaign.shortName, 'campaign.shortName'] : [campaign.name, 'campaign.name'];
  const bare = annual(meeting) ? name.replace(/^\d{4}年度?/u, '') : name;
  return workName(bare.length >= 2 ? bare : name, src);
}

function speechVars(input: SpeechInput, speaker: Speaker): Vars {
  const { meeting, campaign } = input;
  return {
    meeting: fact(meeting.name, 'meeting.name'),
    campaign: fact(campaign.name, 'campaign.name'),
    // The short name reads better when repeated: 「做好创卫工作」 rather than the full campaign title.
    // At a training named for itself (「…培训」) the work is the field it serves (field-work.ts; r-s69 s69-3 [5] [9] [10], E).
    work: (trains(meeting) && fieldWork(campaign)) || workOf(input),
    scope: scopeOf(campaign.region, 'campaign.region'),
    // A goal the achievements show reached is no next step's target nor the close's pledge (goal-met.ts, hunt s63-8 [35], W).
    ...(goalReached(campaign.goal, campaign.achievements) ? { goalMet: clause(campaign.goal, 'campaign.goal') } : { goal: clause(campaign.goal, 'campaign.goal'), pledge: pledgeOf(campaign.goal, emergency(input)) }),
    occasion: occasionOf(input.options?.closingOccasion, 'options.closingOccasion').occasion,
    preceding: precedingRuns(meeting.precedingItems, speaker),
    // Each item of the background its own sentence: strung together with 「；」 they read as pasted. The clerk's labels
    // (「观摩点一：」「本次培训内容：」) are not read out (labels.ts).
    // At a training, the clerk's 「培训内容：…」 the lectures said is not read again (s74-4 [9], s73-5 [10], D: 和刚才重复).
    background: backgroundRuns(campaign.background, trains(meeting), lectured(input) ? meeting.precedingItems : undefined),
    // At a training, the field it serves (field-work.ts): its record is not the training's progress.
    ...(trains(meeting) && fieldWork(campaign) ? { field: fieldWork(campaign) } : {}),
  };
}

/**
 * 「刚才，大家现场观摩了…，大家对…都有了直观的认识」: what was seen already says who saw it, so the line
 * after it says 「对…」 without a second 大家.
 */
function onceEveryone(runs: Run[]): Run[] {
  if (!/^刚才，大家/.test(runsText(runs))) return runs;
  let seen = false;
  return runs.map((r) => {
    if (seen && !r.src && /，大家(?=对)/.test(r.text)) return { ...r, text: r.text.replace(/，大家(?=对)/, '，') };
    if (/大家/.test(r.text)) seen = true;
    return r;
  });
}

/** An item that opens on what was done, with no one doing it: 「通报了…」「宣读了…」. */
const NO_SUBJECT = /^(通报|传达|宣读|解读|听取|介绍|汇报|播放|观看|集中观看|观摩|察看|实地察看|现场察看|现场观摩)/;
/** 「与会人员实地观摩了…」: those in the room, as the speaker says it to them. */
const ATTENDEES = /^(与会人员|参会人员|与会同志|参会同志|全体参会人员)/;

/**
 * What was said or done before the speech, as the speaker tells it: 「大家实地观摩了…」 (not 「与会人员…」,
 * which is the minutes' word), 「会议通报了…」 where the clerk wrote no one (a reader added the subject:
 * 「刚才，通报了11月份…」 read as half a sentence); a film or a site watched is 「大家…」.
 */
function precedingRuns(items: readonly string[] | undefined, speaker: Speaker): Run[] | undefined {
  if (!items?.length) return undefined;
  const one = (text: string, k: number): Run[] => {
    const src = `meeting.precedingItems[${k}]`;
    const t = text.trim().replace(/[。；，、]+$/u, '');
    const own = ownHeadSpoke(t, speaker);
    if (own) return concat(fact(own.given, src), lit('同志'), aloud(t.slice(own.end), src));
    const room = ATTENDEES.exec(t);
    if (room) return concat(lit('大家'), aloud(t.slice(room[0].length), src));
    if (k === 0 && NO_SUBJECT.test(t)) return concat(lit(/观看|观摩|察看/.test(t.slice(0, 4)) ? '大家' : '会议'), aloud(t, src));
    return aloud(t, src);
  };
  return joinRuns(items.map(one), '，');
}

/** The situation (background) before the significance: a 部署会 opens with 形势. */
function situationFirst(sections: SpeechTemplate['parts'][number]['sections']) {
  const i = sections.findIndex((s) => 'items' in s && s.items === 'background');
  const j = sections.findIndex((s) => 'domain' in s);
  if (i < 0 || j < 0 || i < j) return sections;
  const out = [...sections];
  const [bg] = out.splice(i, 1);
  out.splice(j, 0, bg!);
  return out;
}

function partHeading(headings: SpeechTemplate['parts'][number]['headings'], chosen: string | undefined, keys: string[], seed: number, key: string, vars: Vars, input: SpeechInput, fits: (text: string) => boolean): Run[] {
  if (chosen) {
    const c = input.campaign;
    const name: SlotName = c.shortName ? { text: c.shortName, src: 'campaign.shortName' } : { text: c.name, src: 'campaign.name' };
    return fillHeading(chosen, name);
  }
  // Each slot draws from its own stream: skipping the template's draw shifts no other wording.
  const lists = Array.isArray(headings) ? [headings] : keys.map((k) => own(headings, k)).filter((l): l is string[] => !!l);
  // A heading this speaker may not say (「失职必究」 from a department head) or that speaks a field the
  // campaign's own text never touches (units.ts speaks) is not drawn; when a list has none left, the next
  // key's is used (the safety headings, then the default ones).
  // Nor one that says a word of the campaign's name again (「聚焦重点，攻坚克难，逐项抓好大气攻坚工作重点任务」:
  // 攻坚 twice, rewritten in the s13 hunt).
  const name = runsText(vars.work ?? []);
  const fit = lists.map((l) => l.filter((h) => fits(h) && !repeatsName(h, name))).find((l) => l.length) ?? lists[0] ?? [];
  return fill(pick(slotRng(seed, `heading:${key}`), fit), vars);
}

/** Whether a heading pattern says a two-character word of the campaign's name (工作 aside) besides the name. */
function repeatsName(pattern: string, name: string): boolean {
  if (!pattern.includes('{work}')) return false;
  const rest = pattern.replace(/\{\w+\}/g, '|');
  for (let i = 0; i + 2 <= name.length; i++) {
    const w = name.slice(i, i + 2);
    if (/^\p{Script=Han}{2}$/u.test(w) && w !== '工作' && rest.includes(w)) return true;
  }
  return false;
}

/** A 培训会 at which an item before the speech taught (「…讲解了…条款」「…分析了3起事故案例」). */
const lectured = (input: SpeechInput) => trains(input.meeting) && (input.meeting.precedingItems ?? []).some((t) => TAUGHT.test(t) || /案例/.test(t));

/**
 * 开场: why we meet, what was said just before, and the hand-over to three points. Who is in the
 * room is the chair's to say, not the speaker's: editors strike a 「今天参会的有…」 sentence everywhere.
 */
function opening(phrases: Phrases, input: SpeechInput, speaker: Speaker, guests: readonly Present[]): ParagraphBlock {
  const { campaign } = input;
  const isNew = campaign.achievements.length === 0;
  // A higher meeting's spirit just conveyed (传达) is carried out; a report is acknowledged, not 「抓好落实」;
  // a criticism is accepted and a visit taken in, neither agreed with (preceding.ts).
  const kind = precedingKind(input);
  const commend = commendation(input);
  // A 表彰决定 is congratulated, not 「认真对照、逐项落实」: after one, what else was said is only listed.
  const plain = commend?.item !== undefined && (kind === 'said' || kind === 'report' || kind === 'critique');
  const slot = kind && (plain ? 'precedingListed' : { conveyed: conveyedMeeting(input) ? 'precedingConveyed' : 'precedingConveyedNotice', summons: 'precedingSummons', critique: 'precedingCritique', explained: 'precedingExplained', seen: seenSlot(input), report: 'precedingReport', said: 'preceding' }[kind]);
  // A report or an address by the speaker's own deputy or office is the speaker's to take up, not 「涉及我们的事项…
  // 认真抓好落实」 as after a superior's briefing (s21-4 [2], s30-5 [2], W).
  // So is one by the own bureau's 股, 站 or staff (「县教育局基础教育股股长宣讲了…」「电教站工作人员演示了…」, s41-6 [6], W).
  const ownReports = (slot === 'precedingReport' || slot === 'preceding') && (input.meeting.precedingItems ?? []).every((t, _, all) => ownHeadSpoke(t, speaker) || ownUnitSpoke(t, speaker, all));
  // At his own bureau's meeting a department head tells the room what to do with what it heard (holdsOwnMeeting).
  const toRoom = (slot === 'precedingReport' || slot === 'preceding') && holdsOwnMeeting(speaker, input.meeting.organizer);
  // At a 培训会 a lecture just given is taken in and put to use, not 「我们将逐项对照、认真研究」 (hunt s66-4 [8], s64-6 [7], s65-5 [7]).
  const taught = !plain && (kind === 'report' || kind === 'said') && lectured(input);
  // A document read, firms' difficulties, an accident report or a practice introduced each takes its own remark (preceding-heard.ts).
  const heard = plain ? (practiceHeard(input) ? 'practice' : undefined) : (slot === 'precedingReport' || slot === 'preceding') && !taught ? heardOf(input) : undefined;
  // One voice heard is 「讲得很实在」, not 「讲得都很…」: the slots' variants marked 「+one」 (s67-11 [6], s70-7 [6], E).
  const one = kind !== 'seen' && oneVoice(input) ? 'one' : '';
  const said = heard ? heardSaid(phrases, heard, speaker.rank === 'department' && !toRoom && !ownReports) : taught ? phrases.say('precedingTaught') : kind === 'summons' ? phrases.sayKeyed('precedingSummons', pledgeGiven(input) ? 'pledged' : 'default', 0) : ownReports && slot ? phrases.sayKeyed(slot, 'default', 0, {}, one) : toRoom && slot ? phrases.sayKeyed(slot, 'principal', 0, {}, one) : slot ? phrases.say(slot, {}, '', one) : undefined;
  const preceding = said && kind === 'seen' ? onceEveryone(said) : said;
  const after = kind && kind !== 'critique' && kind !== 'seen' && kind !== 'summons' && kind !== 'explained';
  const congratulate = commend ? phrases.say('commend', { honoured: honouredRuns(input, commend), organs: organsRuns(speaker, input) }) : undefined;
  // A commendation that sums up a season's work thanks those who did it, not only those commended (s61-9, s62-11: 「表彰的分量太轻」).
  const thanks = commend && !isNew ? phrases.say('commendThanks') : undefined;
  const own = ownPurpose(input.meeting);
  // A criticism heard beside the commendation is taken up after the congratulation.
  const critique = plain && kind === 'critique' ? phrases.say('critiqueAfter') : undefined;
  // A department head under the level's chair does not say why the meeting is held: that is the
  // chair's (a reader struck 「我们今天召开…压责任」 from a 区政务服务中心主任 at a 副区长's meeting).
  // At a 约谈 the opening names who is called in (s28-6 [1], E), unless the item after it already does.
  const called = kind === 'summons' ? summoned(input) : undefined;
  // A list label before the names (「单位负责人：星乐汇量贩KTV、…」) is no name.
  const named = called?.src.startsWith('meeting.attendees') ? called.runs.map((r, k) => (k === 0 && r.src ? { ...r, text: r.text.replace(/^[^：:、，]{1,12}[：:]/, '') } : r)) : undefined;
  const purpose = speaker.chaired ? undefined : named ? phrases.say('purposeSummons', { summoned: named }) : phrases.say(isNew && !own ? 'purposeNew' : 'purpose');
  // The guests a higher level sent, those invited and those sitting in are thanked first (greeting.ts).
  const runs = concat(purpose, todayOnce(purpose, greetingRuns(guests, input, speaker, phrases)), preceding, congratulate, thanks, critique, phrases.say(after ? 'handoverAfter' : 'handover'));
  return { type: 'paragraph', runs, role: 'opening', part: 0 };
}

/** 「今天，…专程到会指导」 after a purpose that said 今天 already: said once (an editor strikes the second). */
function todayOnce(before: readonly Run[] | undefined, runs: Run[]): Run[] {
  const first = runs[0];
  if (!first || first.src || !first.text.startsWith('今天，') || !(before ?? []).some((r) => r.text.includes('今天'))) return runs;
  return [{ ...first, text: first.text.slice(3) }, ...runs.slice(1)];
}

/** 「县委、县政府」「镇党委、镇政府」「街道党工委、办事处」: the level's leadership a principal speaks for. */
function organsRuns(speaker: Speaker, input: SpeechInput): Run[] | undefined {
  if (speaker.rank !== 'principal') return undefined;
  const scope = scopeOf(input.campaign.region, 'campaign.region');
  if (speaker.level === 'street') return concat(scope, lit('党工委、办事处'));
  if (speaker.level === 'town' || speaker.level === 'xiang') return concat(scope, lit('党委、'), scope, lit('政府'));
  return concat(scope, lit('委、'), scope, lit('政府'));
}

/** 「我讲三点意见」 → 「我讲两点意见」 in the phrase bank's words (never in the material's). */
function announce(runs: Run[], parts: number): Run[] {
  const count = ['', '一', '两', '三', '四', '五'][parts];
  if (!count) return runs;
  return runs.map((r) => (r.src ? r : { ...r, text: r.text.replace(/三(点|个方面)/g, `${count}$1`) }));
}

/** The kind of meeting whose close is its own (closingStage): an emergency, a training, a 约谈. */
const stageKey = (meeting: SpeechInput['meeting']) => ['紧急', '约谈会', '培训会'].find((k) => meetingKeys(meeting).includes(k));

/**
 * The words that may name what the argument speaks of (Units `named`): what the campaign calls itself and
 * sets out to do (its name, its meeting's, its goal and background), the titles of its tasks and problems, and all its problems say.
 */
function campaignWords({ campaign, meeting }: SpeechInput): { own: string; titles: string; problems: string; eachProblem: string[] } {
  return {
    eachProblem: campaign.problems.map((p) => [p.title, p.detail, ...(p.examples ?? [])].join(' ')),
    own: [campaign.name, campaign.shortName, meeting.name, campaign.goal, ...(campaign.background ?? []).map(presentOf)].filter(Boolean).join(' '),
    titles: [...campaign.tasks, ...campaign.problems].map((i) => i.title).join(' '),
    problems: campaign.problems.map((p) => [p.title, p.detail, ...(p.examples ?? [])].join(' ')).join(' '),
  };
}

/** What the secretary wrote of the campaign, item by item: elaboration may not say it again. */
function materialTexts({ campaign }: SpeechInput): string[] {
  const items = [...campaign.achievements, ...campaign.problems, ...campaign.tasks];
  return [...(campaign.background ?? []), campaign.goal ?? '', ...items.map((i) => `${i.title} ${i.detail ?? ''}`)].filter(Boolean);
}

/** The speech as a document: the head lines from the meeting, the seeds it was drafted with, its blocks and closing. */
function speechDoc(input: SpeechInput, template: SpeechTemplate, settings: SpeechSettings, domain: string, blocks: Block[], closing: Run[]): DocModel {
  const { meeting } = input;
  return {
    kind: 'speech',
    template: template.id,
    seed: settings.seed,
    partSeeds: PART_NAMES.map((_, p) => settings.partSeeds[p] ?? settings.seed),
    ...(settings.headings && Object.keys(settings.headings).length > 0 ? { headings: { ...settings.headings } } : {}),
    title: concat(lit('在'), fact(meeting.name, 'meeting.name'), lit('上的讲话')),
    dateLine: concat(lit('（'), dateRuns(meeting.date, 'meeting.date'), lit('）')),
    speakerLine: speakerByline(meeting.speaker, 'meeting.speaker'),
    salutation: lit('同志们：'),
    blocks,
    closing,
    parts: PART_NAMES,
    domain,
  };
}
