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

/**
 * The administrative level a speech is given at, in the words a clerk writes (readers of the s25 inputs
 * wrote 「区」「镇」「乡」「县级市」 and were refused): 区 speaks like 县 with its own words (全区), 镇 and 乡
 * like 乡镇, a 县级市 names its own units 「市…局」 as a city does.
 */
export const LEVELS = ['市', '县级市', '县', '区', '乡镇', '镇', '乡', '街道'] as const;
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
  '文明创建',
  '人居环境',
  '乡村振兴',
  '经济发展',
  '公共卫生',
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

/**
 * What a decision does, when the material says so (otherwise it is read from the wording, see
 * core/draft/decisions.ts): 交办 assigns work to a unit by a date; 批准 approves (「同意…」「原则通过…」);
 * 规定 sets a standing rule (「一律…」「严禁…」). Only 交办 needs a lead unit and a deadline.
 */
export const DECISION_KINDS = ['交办', '批准', '规定'] as const;

export const decision = z.strictObject({
  text,
  kind: z.enum(DECISION_KINDS).optional(),
  lead: optionalText,
  support: list(text).optional(),
  /** A date (YYYY-MM-DD) or a term: 「国庆期间」「长期」. */
  deadline: deadline.optional(),
});

/** What the meeting did with an agenda item; the verb of 「会议听取了…」「会议审议了…」. */
export const AGENDA_KINDS = ['听取', '审议', '研究', '通报', '部署'] as const;
/** How an item was settled: 「会议原则通过《…》」「会议同意…」「…暂缓审议」. */
export const OUTCOMES = ['原则通过', '通过', '同意', '原则同意', '不同意', '暂缓'] as const;

/**
 * An agenda item as the 常务会议/办公会议/专题会议 minutes treat it: its own report, remarks and decisions.
 * A plain string (today's shape) is an item with nothing attached.
 */
export const agendaObject = z.strictObject({
  title: text,
  kind: z.enum(AGENDA_KINDS).optional(),
  /** Who reported: a unit's name, or a person. */
  reporter: z.union([text, person]).optional(),
  outcome: z.enum(OUTCOMES).optional(),
  remarks: list(remark).optional(),
  decisions: list(decision).optional(),
});

export const agendaItem = z.union([text, agendaObject]);

export const minutesMeeting = z.strictObject({
  ...meetingBase,
  recorder: person.optional(),
  absent: list(absentee).optional(),
  observers: list(text).optional(),
});

export const minutesOptions = z.strictObject({
  /** 期号 of a numbered series: 「23」「第23期」 or 「〔2026〕23号」, printed in the head once and correctly. */
  issue: optionalText,
  /** The date printed on the minutes; the meeting's date when absent. */
  issueDate: isoDate.optional(),
  /** Name the speakers (「县长王明强调」) throughout, instead of the meeting's voice (「会议强调」). */
  nameSpeakers: z.boolean().optional(),
  /** 版记 (GB/T 9704 §7.4): offices the minutes are sent to (分送) and copied to (抄送). */
  distribution: list(text).optional(),
  copyTo: list(text).optional(),
  /** 印发机关 of the 版记; the meeting's organizer when absent. */
  printedBy: optionalText,
  /** 印发日期 of the 版记; the issue date when absent. */
  printedDate: isoDate.optional(),
});

export const minutesInput = z
  .strictObject({
    kind: z.literal('minutes'),
    template: optionalText,
    meeting: minutesMeeting,
    agenda: list(agendaItem).min(1),
    // When the agenda items carry their remarks and decisions, these hold what belongs to no item.
    remarks: list(remark).default([]),
    decisions: list(decision).default([]),
    options: minutesOptions.optional(),
  })
  .superRefine((m, ctx) => {
    const items = m.agenda.filter((a) => typeof a !== 'string');
    const remarks = m.remarks.length + items.reduce((n, a) => n + (a.remarks?.length ?? 0), 0);
    const settled = m.decisions.length + items.reduce((n, a) => n + (a.decisions?.length ?? 0) + (a.outcome ? 1 : 0), 0);
    if (remarks === 0 && settled === 0) {
      // A 会议记录 (the record frame) is said in the clerk's words, on the 议题 where its speakers are written.
      const record = m.template === 'record';
      ctx.addIssue({
        code: 'custom',
        path: [record ? 'agenda' : 'remarks'],
        message: record
          ? '会议记录没有内容：请在议题下至少记一位同志的发言（发言人和发言内容），或一项会议决定'
          : '纪要没有内容：请至少填写一位领导的发言要点，或一项议定事项（也可写在议题之下）',
        input: record ? m.agenda : m.remarks,
      });
    }
  });

export const wengaoInput = z.discriminatedUnion('kind', [speechInput, minutesInput]);

export type Person = z.infer<typeof person>;
export type Figure = z.infer<typeof figure>;
export type Achievement = z.infer<typeof achievement>;
export type Problem = z.infer<typeof problem>;
export type Task = z.infer<typeof task>;
export type Remark = z.infer<typeof remark>;
export type Decision = z.infer<typeof decision>;
export type AgendaObject = z.infer<typeof agendaObject>;
export type AgendaItem = z.infer<typeof agendaItem>;
export type SpeechInput = z.infer<typeof speechInput>;
export type MinutesInput = z.infer<typeof minutesInput>;
export type WengaoInput = z.infer<typeof wengaoInput>;
