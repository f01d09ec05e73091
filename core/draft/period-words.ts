/**
 * A deadline that names the campaign's period by a kind of work it is not: 「整治期间」 typed under a renovation or a repair
 * job (r-s72 s72-2 [42] 「施工期间全程落实」, s72-6 [38] 「一直执行到工程完工」, s72-3 [46] 「专项行动期间持续抓好」, r-s22-check: 「整治
 * 期间」 said of a 水毁修复 job, E). The period is read by the work the material names: 整治 where the campaign, the meeting or the
 * task says it; else a 专项行动's period, or a works job's 施工期间; else as typed. Pure.
 */
import type { SpeechInput } from '../input/schema.ts';

type Task = SpeechInput['campaign']['tasks'][number];

/** The period a work's name makes fit, or none where 整治 fits or nothing better is known. */
function periodOf(work: string): string | undefined {
  if (/整治/.test(work)) return undefined;
  if (/专项行动/.test(work)) return '专项行动期间';
  if (/改造|建设|修复|工程|项目|施工/.test(work)) return '施工期间';
  return undefined;
}

/** A task's deadline with its period word fitted to the work (「整治期间」 → 「施工期间」 on a renovation); as typed otherwise. */
export function fittedDeadline(input: SpeechInput, task: Task): string | undefined {
  const d = task.deadline;
  if (!d || !/^整治期间/.test(d.trim())) return d;
  const c = input.campaign;
  if (/整治/.test(`${task.title} ${task.detail ?? ''}`)) return d;
  const period = periodOf(`${c.name} ${c.shortName ?? ''} ${input.meeting.name}`);
  return period ? d.trim().replace(/^整治期间/, period) : d;
}

/** The material with every task's period word fitted (the src stays the deadline's). */
export function withPeriodsFitted(input: SpeechInput): SpeechInput {
  const tasks = input.campaign.tasks.map((t) => (fittedDeadline(input, t) === t.deadline ? t : { ...t, deadline: fittedDeadline(input, t)! }));
  return { ...input, campaign: { ...input.campaign, tasks } };
}
