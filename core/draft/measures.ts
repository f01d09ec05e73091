// Part three is proportional to what the tasks leave uncovered. Readers delete the general measures
// that say again what a task already orders (「统筹协调」 after every task named its supporting units,
// 「强化督导」 after 「每周五现场调度」) or that call for work the material never asks for (「严把质量
// 关口」 with no quality problem, 「备足队伍物资」 in a speech about inspections, 「健全工作机制」 in any
// speech). So a measure is drawn only for a problem of the material that no task takes up — the
// problem's own topic, which no task has and no task's words name — in the order of the problems, at
// most the template's number. Without one, part three is left out and the speech has two parts.
import type { SpeechInput } from '../input/schema.ts';
import { keywordScore, topicOf } from './domain.ts';
import { TOPICS, type Topic, type TopicBank } from './template-schema.ts';

/**
 * The measures of part three for this material: the topics of its problems that have measure wording
 * fit for it (`available`), that no task's topic is and that no task's words name.
 */
export function planMeasures(input: SpeechInput, taskTopics: readonly (Topic | undefined)[], bank: TopicBank, max: number, available: (t: Topic) => boolean): Topic[] {
  const c = input.campaign;
  const covered = coveredBy(input, taskTopics, bank);
  const out: Topic[] = [];
  for (const p of c.problems) {
    const t = topicOf(p.title, [p.detail, ...(p.examples ?? [])].filter(Boolean).join(' '), bank);
    if (t && available(t) && !covered(t) && !out.includes(t)) out.push(t);
  }
  return out.slice(0, max);
}

/** Whether a topic is the topic of a task, or named by a task's words: then no measure is made of it. */
function coveredBy(input: SpeechInput, taskTopics: readonly (Topic | undefined)[], bank: TopicBank): (t: Topic) => boolean {
  const taskText = input.campaign.tasks.map((t) => `${t.title} ${t.detail ?? ''} ${t.measure ?? ''}`).join(' ');
  return (t) => taskTopics.includes(t) || keywordScore(taskText, bank.topics[t].keywords) > 0;
}

/** The topics a problem could still bring a measure of part three for: measure wording fits, no task covers them. */
export function openTopics(input: SpeechInput, taskTopics: readonly (Topic | undefined)[], bank: TopicBank, available: (t: Topic) => boolean): Topic[] {
  const covered = coveredBy(input, taskTopics, bank);
  return TOPICS.filter((t) => available(t) && !covered(t));
}

/** The material's words that a variant of a measure needs (「典型引路」 needs a model to follow). */
export function variantFits(needs: string | undefined, material: string): boolean {
  return !needs || new RegExp(needs).test(material);
}
