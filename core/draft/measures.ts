// Part three is proportional to what the tasks leave uncovered. Readers delete the general measures
// that say again what a task already orders (「统筹协调」 after every task named its supporting units)
// or that call for work the material never asks for (「严把质量关口」 with no quality or acceptance in
// sight). So a measure is drawn only where the material gives it ground — its problems, background or
// goal speak of the topic — and no task already covers it; the closest to the campaign first, and at
// most the template's number. The responsibility frame (组织领导与责任) opens part three whatever the
// material says, unless a task is about responsibility itself: every part three says who answers.
import type { SpeechInput } from '../input/schema.ts';
import { keywordScore } from './domain.ts';
import type { Topic, TopicBank } from './template-schema.ts';
import { TOPICS } from './template-schema.ts';

/** The measure every part three opens with: who answers for the work. */
export const FRAME_MEASURE: Topic = 'organisation';

export interface MeasurePlan {
  /** The responsibility frame, unless a task already covers it. */
  frame: Topic | undefined;
  /** Measures for ground the tasks leave uncovered, closest first (0 to `max`). */
  uncovered: Topic[];
}

/** The words in the material that call for a topic as a measure: its `grounds`, else its keywords. */
export function groundsOf(bank: TopicBank, topic: Topic): readonly string[] {
  const entry = bank.topics[topic];
  return entry.grounds ?? entry.keywords;
}

/**
 * The measures of part three for this material. A topic is covered when a task's topic is it or a
 * task's words name it; it has ground when the problems, the background or the goal name it (the
 * goal weighs double: it is what the campaign is for). Ties go to the domain's order of measures.
 */
export function planMeasures(input: SpeechInput, taskTopics: readonly (Topic | undefined)[], bank: TopicBank, domainOrder: readonly Topic[], max: number): MeasurePlan {
  const c = input.campaign;
  const taskText = c.tasks.map((t) => `${t.title} ${t.detail ?? ''} ${t.measure ?? ''}`).join(' ');
  const covered = (t: Topic) => taskTopics.includes(t) || keywordScore(taskText, groundsOf(bank, t)) > 0 || keywordScore(taskText, bank.topics[t].keywords) > 0;
  // The frame is covered only by a task about responsibility itself: 「划定包保村组」 or 「压实企业主体责任」
  // inside a task says who does that task, not who answers for the whole work.
  const goal = `${c.goal ?? ''}`;
  const rest = [...(c.background ?? []), ...c.problems.map((p) => `${p.title} ${p.detail ?? ''} ${(p.examples ?? []).join(' ')}`)].join(' ');
  const order = (t: Topic) => {
    const i = domainOrder.indexOf(t);
    return i < 0 ? domainOrder.length + TOPICS.indexOf(t) : i;
  };
  const uncovered = TOPICS.filter((t) => t !== FRAME_MEASURE && bank.topics[t].guarantee && !covered(t))
    .map((t) => ({ t, ground: 2 * keywordScore(goal, groundsOf(bank, t)) + keywordScore(rest, groundsOf(bank, t)) }))
    .filter((x) => x.ground > 0)
    .sort((a, b) => b.ground - a.ground || order(a.t) - order(b.t))
    .map((x) => x.t);
  const frame = taskTopics.includes(FRAME_MEASURE) ? undefined : FRAME_MEASURE;
  return { frame, uncovered: uncovered.slice(0, Math.max(0, max - (frame ? 1 : 0))) };
}

/** The material's words that a variant of a measure needs (「典型引路」 needs a model to follow). */
export function variantFits(needs: string | undefined, material: string): boolean {
  return !needs || new RegExp(needs).test(material);
}
