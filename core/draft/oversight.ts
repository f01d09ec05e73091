// Part three from what the plan lacks: a plan of many dated tasks with no task that follows them up is
// followed up by the unit the material names for that (a 督查办 in the room), and by no one else. Readers
// struck the same 组织领导/督查考核 paragraphs under every campaign; a unit the material does not name,
// told to 督查, would be a claim (s13).
import type { SpeechInput } from '../input/schema.ts';
import { keywordScore } from './domain.ts';
import { unitRelation, type Speaker } from './speaker.ts';
import type { TopicBank } from './template-schema.ts';

/** A unit whose work is following others up: 「镇督查办」「县委督查室」「区效能办」「督导组」. */
const OVERSEER = /督查(室|办|组|科|专班)|督导(组|办|专班)|效能办|目标办|考评办/;
/** What an attendees line adds to the names it lists. */
const TAIL = /(主要)?(负责同志|负责人|有关同志|同志|全体人员|工作人员|主任|科长)$/;
/** A deadline that names no time to meet: the work goes on. */
const STANDING = /^(长期|常态|持续|全年|随时)/;

/** The names an attendees line, a lead or a support lists: 「镇纪委、镇督查办负责同志」 → 镇纪委, 镇督查办. */
function namesIn(entry: string): string[] {
  return entry.split(/[、，,和及]/).map((n) => n.trim().replace(TAIL, '')).filter((n) => n.length >= 2);
}

/**
 * The unit the material names to follow up a plan no task follows up, if the plan is one of deadlines:
 * three tasks or more with a time to meet, none of them about 督查/考核, and such a unit the speaker
 * directs in the room or among the tasks' units. Undefined otherwise: no one is told to 督查 on the draft's own say.
 */
export function overseerOf(input: SpeechInput, bank: TopicBank, speaker: Speaker): { name: string; src: string } | undefined {
  const { tasks } = input.campaign;
  const dated = tasks.filter((t) => t.deadline && !STANDING.test(t.deadline.trim()));
  if (dated.length < 3) return undefined;
  const taskText = tasks.map((t) => `${t.title} ${t.detail ?? ''} ${t.measure ?? ''}`).join(' ');
  if (keywordScore(taskText, bank.topics.supervision.keywords) > 0) return undefined;
  const entries = [
    ...(input.meeting.attendees ?? []).map((text, i) => ({ text, src: `meeting.attendees[${i}]` })),
    ...tasks.flatMap((t, k) => [{ text: t.lead, src: `campaign.tasks[${k}].lead` }, ...(t.support ?? []).map((text, j) => ({ text, src: `campaign.tasks[${k}].support[${j}]` }))]),
  ];
  for (const e of entries) {
    const name = namesIn(e.text).find((n) => OVERSEER.test(n));
    // A name the entry holds as typed (its source says it), else none: no unit is made up.
    // Only a unit the speaker directs is told to follow up: a higher body's 督查组 in the room is thanked
    // and asked, never given the work (「市文明办第二督查组要逐项盯住」 would order a city team about).
    if (name && e.text.includes(name) && ['direct', 'own'].includes(unitRelation(name, speaker))) return { name, src: e.src };
  }
  return undefined;
}
