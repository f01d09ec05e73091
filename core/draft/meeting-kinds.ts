// The kinds of meeting a speech is given at, as its type or name says them (调度会, 约谈, 现场会 at a model,
// 培训会, commendation, emergency): which parts and wording fit it (speech.ts, speech-parts.ts).
import type { SpeechInput } from '../input/schema.ts';
import type { Topic } from './template-schema.ts';
import { commendation } from './preceding.ts';
import { emergency, trains } from './speech-parts.ts';

/**
 * The kinds of meeting its type or name says, most particular first: an emergency (its lines speak of now,
 * s22-2, s25-1), a commendation, a 约谈, a 现场会
 * (「现场推进会」 is a 现场会 before it is a 推进会), then the kind of business (部署, 推进 …) — however
 * the clerk writes the type (「警示约谈会」「总结表彰暨部署会」).
 */
export function meetingKeys(meeting: SpeechInput['meeting']): string[] {
  const said = `${meeting.type ?? ''} ${meeting.name}`;
  const type = meeting.type ?? '';
  const business = ['部署会', '动员会', '推进会', '调度会', '总结会', '专题会'].filter((k) => type.includes(k.slice(0, 2)));
  // A commendation that also deploys (总结表彰暨部署会) says so; one that only commends deploys nothing.
  const commends = /表彰/.test(said) ? [...(/部署/.test(said) ? ['表彰部署会'] : []), '表彰会'] : [];
  return [emergency({ meeting }) ? '紧急' : '', ...commends, /约谈/.test(said) ? '约谈会' : '', viewsModel(meeting) ? '观摩会' : '', /现场/.test(type) ? '现场会' : '', trains(meeting) ? '培训会' : '', ...business].filter(Boolean);
}

/**
 * A 现场会 that shows a model to learn from (观摩, 演示, 样板, 经验做法): it is held to see it and spread it, not
 * to 「看进度、找差距」 (s38-7 [5]: a safety 现场会 at a model quarry). Said by its type or what was seen.
 */
function viewsModel(meeting: SpeechInput['meeting']): boolean {
  const type = meeting.type ?? '';
  return /观摩/.test(type) || (/现场/.test(type) && (meeting.precedingItems ?? []).some((p) => /观摩|演示|示范|样板|标杆|经验|做法/.test(p)));
}

/**
 * The first part's heading key for a meeting of its own kind: a commendation with work to review heads
 * it on that review, a 约谈 on the problems and their lessons (templates' `表彰会`, `约谈会` headings).
 */
export function meetingHeading(input: SpeechInput): string {
  if (emergency(input)) return '紧急';
  if (commendation(input) && input.campaign.achievements.length) return '表彰会';
  const keys = meetingKeys(input.meeting);
  // A training meeting without a review to give is headed on what it teaches; with one, by the review.
  return keys.includes('约谈会') ? '约谈会' : keys.includes('培训会') && !input.campaign.achievements.length ? '培训会' : keys.includes('调度会') ? '调度会' : '';
}

export { annual } from './annual.ts';

/**
 * A 约谈, a commendation, a training or a 调度 meeting is its own purpose, achievements or not
 * (purpose.约谈会 / 表彰会 / 培训会 / 调度会): none of them starts new work, so 「确保开好局、起好步」 is no
 * part of it (a 紧急调度会 on a coming typhoon, a 业务培训会 that teaches a procedure).
 */
export function ownPurpose(meeting: SpeechInput['meeting']): boolean {
  return meetingKeys(meeting).some((k) => k === '紧急' || k === '表彰会' || k === '约谈会' || k === '培训会' || k === '调度会');
}

/**
 * A 部署会 or 动员会 of its own ends its body on responsibility and discipline (压实责任、督导问责、严明纪律), in the
 * words the material gives ground for: an editor missed it in a 部署会 and a 动员会 that had none (s48-1, s48-6
 * Overall). Not at an emergency, a 约谈, a commendation, a training, a 调度会 or a 现场会: each has its own close.
 */
export function closingTopicsOf(meeting: SpeechInput['meeting']): Topic[] {
  const kinds = meetingKeys(meeting);
  const own = kinds.some((k) => ['紧急', '表彰会', '表彰部署会', '约谈会', '培训会', '调度会', '现场会', '观摩会'].includes(k));
  return !own && kinds.some((k) => k === '部署会' || k === '动员会') ? ['organisation', 'supervision', 'conduct'] : [];
}
