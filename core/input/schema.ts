// The shape of a user's material: a speech (campaign data) or a meeting's minutes.
// Every object is strict: an unknown field is an error with its path, never silently dropped.
// Limits and messages live in fields.ts (text ≤ 2000 characters, lists ≤ 50 items) and index.ts.
import { z } from 'zod';
import { deadline } from './deadline.ts';
import { isoDate, list, text, optionalText } from './fields.ts';

export const person = z.strictObject({
  name: text,
  title: optionalText,
});

export const figure = z.strictObject({
  label: text,
  value: text,
  unit: optionalText,
});

export const achievement = z.strictObject({
  title: text,
  detail: optionalText,
  figures: list(figure).optional(),
});

export const problem = z.strictObject({
  title: text,
  detail: optionalText,
  examples: list(text).optional(),
});

export const task = z.strictObject({
  title: text,
  detail: optionalText,
  lead: text,
  support: list(text).optional(),
  /** A date (YYYY-MM-DD) or a term as the material states it: 「9月底前」「汛期」「长期坚持」. */
  deadline: deadline.optional(),
  measure: optionalText,
});

const meetingBase = {
  name: text,
  type: optionalText,
  date: isoDate,
  time: optionalText,
  venue: optionalText,
  organizer: optionalText,
  host: person.optional(),
  attendees: list(text).optional(),
};

/** The administrative level a speech is given at; 区 speaks like 县, 乡 like 镇. */
export const LEVELS = ['市', '县', '乡镇', '街道'] as const;
/** The speaker's standing at that level: the party or government head, a deputy, a department head. */
export const SPEAKER_RANKS = ['主要领导', '副职', '部门负责人', '其他'] as const;
/** The campaign's field: decides the idiom of significance, situation, requirements and closing. Narrower fields first. */
export const DOMAINS = [
  '森林防火',
  '消防安全',
  '防汛抗旱',
  '安全生产',
  '城市建设',
  '生态环境',
  '人居环境',
  '乡村振兴',
  '经济发展',
  '社会事业',
  '基层治理',
  '通用',
] as const;

export const speechMeeting = z.strictObject({
  ...meetingBase,
  speaker: person,
  /** Overrides the level derived from the speaker's title and the region. */
  level: z.enum(LEVELS).optional(),
  /** Overrides the rank derived from the speaker's title. */
  speakerRank: z.enum(SPEAKER_RANKS).optional(),
  precedingItems: list(text).optional(),
});

export const campaign = z.strictObject({
  name: text,
  shortName: optionalText,
  region: text,
  units: optionalText,
  background: list(text).optional(),
  goal: optionalText,
  /** Overrides the field recognised from the campaign's name, goal and tasks. */
  domain: z.enum(DOMAINS).optional(),
  // A 动员会 for new work has nothing achieved yet, and a meeting may set tasks without a list of problems.
  achievements: list(achievement).default([]),
  problems: list(problem).default([]),
  tasks: list(task).min(1),
});

export const speechOptions = z.strictObject({
  durationMinutes: z.number().int().min(1).max(180).optional(),
  charsPerMinute: z.number().int().min(100).max(400).optional(),
  closingOccasion: optionalText,
  /** 'di' writes long enumerations as 第一/第二 paragraphs instead of （一） headings. */
  enumeration: z.enum(['auto', 'di']).optional(),
});

export const speechInput = z.strictObject({
  kind: z.literal('speech'),
  template: optionalText,
  meeting: speechMeeting,
  campaign,
  options: speechOptions.optional(),
});

export const absentee = z.strictObject({
  name: text,
  title: optionalText,
  reason: optionalText,
});

export const remark = z.strictObject({
  speaker: person,
  points: list(text).min(1),
});

export const decision = z.strictObject({
  text,
  lead: text,
  support: list(text).optional(),
  deadline: isoDate.optional(),
});

export const minutesMeeting = z.strictObject({
  ...meetingBase,
  recorder: person.optional(),
  absent: list(absentee).optional(),
  observers: list(text).optional(),
});

export const minutesOptions = z.strictObject({
  /** 期号 of a numbered series, printed as 「第N期」. */
  issue: optionalText,
  /** The date printed on the minutes; the meeting's date when absent. */
  issueDate: isoDate.optional(),
});

export const minutesInput = z.strictObject({
  kind: z.literal('minutes'),
  template: optionalText,
  meeting: minutesMeeting,
  agenda: list(text).min(1),
  remarks: list(remark).min(1),
  decisions: list(decision).min(1),
  options: minutesOptions.optional(),
});

export const wengaoInput = z.discriminatedUnion('kind', [speechInput, minutesInput]);

export type Person = z.infer<typeof person>;
export type Figure = z.infer<typeof figure>;
export type Achievement = z.infer<typeof achievement>;
export type Problem = z.infer<typeof problem>;
export type Task = z.infer<typeof task>;
export type Remark = z.infer<typeof remark>;
export type Decision = z.infer<typeof decision>;
export type SpeechInput = z.infer<typeof speechInput>;
export type MinutesInput = z.infer<typeof minutesInput>;
export type WengaoInput = z.infer<typeof wengaoInput>;
