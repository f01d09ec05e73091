/**
 * Part three's emptiness: whether the material leaves part three anything to say, which problems no task
 * and no measure answers, and how the 篇幅 panel tells a part three left out. Split from speech.ts (its size).
 */
import type { LengthInfo } from '../doc/model.ts';
import type { SpeechInput } from '../input/schema.ts';
import { keywordScore } from './domain.ts';
import { ownProblems } from './speech-parts.ts';
import type { Speaker } from './speaker.ts';
import { villageSecretariesIn, type Present } from './guests.ts';
import { villagesOwn } from './owners.ts';
import type { SpeechTemplate, Topic } from './template-schema.ts';
import type { Units } from './units.ts';
import { overseerOf } from './oversight.ts';
import { partsLeft } from './problem-parts.ts';
import { openTopics, planMeasures, uncoveredProblems, type Links, type Uncovered } from './measures.ts';
import { closingTopicsOf } from './meeting-kinds.ts';

export const PART_NAMES = ['开场', '一', '二', '三', '结尾'];
/** The user's own part headings (SpeechSettings.headings): a chosen heading keeps part three. */
type Chosen = { headings?: Partial<Record<number, string>> };

export function measuresOnlyThird(template: SpeechTemplate, settings: Chosen): boolean {
  const sections = template.parts[2]?.sections ?? [];
  return sections.length > 0 && sections.every((s) => 'measures' in s) && !settings.headings?.[3];
}

/** At a 调度会: no measure takes up a problem of the material's own and no plan of deadlines wants following up. */
export function dispatchThirdEmpty(template: SpeechTemplate, input: SpeechInput, taskTopics: readonly (Topic | undefined)[], units: Units, speaker: Speaker, links: Links): boolean {
  const measures = template.parts[2]?.sections.find((s) => 'measures' in s);
  const max = measures && 'measures' in measures ? measures.max : 2;
  const planned = planMeasures(input, taskTopics, units.topicBank, max, (t) => units.hasMeasure(t), links);
  return !planned.some((t) => ownProblems(input, t, units, links).length > 0) && !overseerOf(input, units.topicBank, speaker);
}

/** Part three holds only measures, the material leaves none to make, and the user chose no heading for it. */
export function partThreeEmpty(template: SpeechTemplate, input: SpeechInput, taskTopics: readonly (Topic | undefined)[], units: Units, settings: Chosen, speaker: Speaker, links: Links, closing: readonly Topic[]): boolean {
  const sections = template.parts[2]?.sections ?? [];
  const measures = sections.find((s) => 'measures' in s);
  if (!measures || !('measures' in measures) || !sections.every((s) => 'measures' in s) || settings.headings?.[3]) return false;
  return planMeasures(input, taskTopics, units.topicBank, measures.max, (t) => units.hasMeasure(t), links, closing).length === 0 && !overseerOf(input, units.topicBank, speaker);
}

/** Tasks at most: a material this thin (a street's 部署会 of three tasks, each with its lead) has no part three of its own. */
const THIN_TASKS = 3;

/**
 * A 部署会 or 动员会 of a thin material (three tasks at most) whose part three holds only measures and no chosen heading:
 * the meeting's closing measures (细化责任分工, 严守工作纪律: no fact of the material behind them) are not made; the part
 * keeps the measures of the material's own problems, or is left out, and the requirement is said in a line (thinCharge).
 * s73-10 (a street's 防溺水 部署会, three tasks, parents in the room): the whole part struck as boilerplate, 「要求已在[32]里
 * 归并」; s71-12 Overall 「通用套话，可以压缩」; r-s75 s75-10 Overall 「应压缩成一段宣传引导加督导问效的话」.
 */
export function thinMaterial(template: SpeechTemplate, input: SpeechInput, settings: Chosen): boolean {
  return closingTopicsOf(input.meeting).length > 0 && input.campaign.tasks.length <= THIN_TASKS && measuresOnlyThird(template, settings);
}

/**
 * The problems no task answers (measures.ts) that part three does not take up either — it takes a
 * problem's topic when it has measure wording for it and no task's topic or words cover it — in a
 * frame that has part three and keeps it.
 */
export function unansweredAfterTasks(template: SpeechTemplate, input: SpeechInput, taskTopics: readonly (Topic | undefined)[], units: Units, dropThird: boolean, links: Links, closing: readonly Topic[]): Uncovered[] {
  const measures = template.parts[2]?.sections.find((s) => 'measures' in s);
  const taken = measures && 'measures' in measures && !dropThird ? planMeasures(input, taskTopics, units.topicBank, measures.max, (t) => units.hasMeasure(t), links, closing) : [];
  // A problem the tasks take up in part is named by what they leave (problem-parts.ts).
  return uncoveredProblems(input, units.topicBank, links)
    .filter((u) => !u.topic || !taken.includes(u.topic))
    .map((u) => (u.name[0]?.src?.endsWith('.title') ? { ...u, name: partsLeft(input, u.problem) ?? u.name } : u));
}

/**
 * The problems no task answers: a problem of the villages alone, with their secretaries in the room, is
 * said to them there (s12-5: 「个别村对征兵工作重视不够」 as an extra item was struck; readers put it in
 * what the secretaries are told); the rest are answered after the tasks (set on the context).
 */
export function splitUnanswered(ctx: { input: SpeechInput; speaker: Speaker; unanswered: Uncovered[] }, guests: readonly Present[], open: Uncovered[]): Uncovered[] {
  const { input, speaker } = ctx;
  const toVillages = villageSecretariesIn(guests) ? open.filter((u) => villagesOwn(input, speaker, u.problem)) : [];
  ctx.unanswered = open.filter((u) => !toVillages.includes(u));
  return toVillages;
}

/**
 * Part three as the 篇幅 panel and the CLI tell it when it is left out: why, and the topics (by name)
 * whose problem, with no task taking it up, would bring a measure back — only those the campaign's own
 * words touch (a 医保 campaign is not told to add a 值班值守 problem), at most three.
 */
export function omittedThird(input: SpeechInput, taskTopics: readonly (Topic | undefined)[], units: Units, dispatch = false): NonNullable<LengthInfo['omitted']>[number] {
  if (dispatch) return { part: 3, name: PART_NAMES[3]!, why: 'meeting', topics: [] };
  const c = input.campaign;
  const words = [c.name, c.shortName, c.goal, ...(c.background ?? []), ...c.problems.map((p) => `${p.title} ${p.detail ?? ''}`)].filter(Boolean).join(' ');
  const topics = openTopics(input, taskTopics, units.topicBank, (t) => units.hasMeasure(t))
    .filter((t) => keywordScore(words, units.topicBank.topics[t].keywords) > 0)
    .slice(0, 3);
  return { part: 3, name: PART_NAMES[3]!, why: input.campaign.problems.length ? 'covered' : 'noProblems', topics: topics.map((t) => units.topicBank.topics[t].name) };
}
