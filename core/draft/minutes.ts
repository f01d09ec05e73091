// The 会议纪要 engine. Two layouts share the head, the opening's first clause and the attendance:
//   general (推进会、调度会、动员会、协调会、现场会): see minutes-general.ts;
//   items (常务会议、办公会议、专题会议、党委会): see minutes-items.ts.
// Attendance is printed once, at the foot (出席/请假/列席, GB/T 9704 §10.3), never again in the opening.
import type { DocModel, LabelledBlock, Run } from '../doc/model.ts';
import type { MinutesInput } from '../input/schema.ts';
import { agendaItems, chooseLayout, type MinutesLayout } from './agenda.ts';
import { Phrases } from './compose.ts';
import { clause, dateRuns, listRuns, personInline } from './facts.ts';
import { generalBody } from './minutes-general.ts';
import { itemsBody } from './minutes-items.ts';
import { colophon, issueRuns } from './minutes-head.ts';
import { speakerRank } from './speaker.ts';
import { mixSeed } from './random.ts';
import { concat, fact, gap, joinRuns, lit, trimEnd, type Vars } from './runs.ts';
import type { MinutesTemplate, PhraseBank } from './template-schema.ts';

export function draftMinutes(input: MinutesInput, template: MinutesTemplate, bank: PhraseBank, seed: number): DocModel {
  const m = input.meeting;
  const vars: Vars = { meeting: fact(m.name, 'meeting.name') };
  // The meeting's name is mixed into the seed so that two meetings drafted with the same seed
  // do not come out in the same words.
  const phrases = new Phrases(bank, mixSeed(seed, m.name), vars);
  const items = agendaItems(input);
  const layout: MinutesLayout = chooseLayout(input, template.layout, items);
  const body = layout === 'items' ? itemsBody(input, items, phrases) : generalBody(input, items, phrases);
  const issueDate = input.options?.issueDate;
  const foot = colophon(input);
  return {
    kind: 'minutes',
    template: template.id,
    seed,
    title: concat(fact(m.name, 'meeting.name'), lit('纪要')),
    minutesHead: {
      issue: input.options?.issue ? issueRuns(input.options.issue) : undefined,
      organizer: m.organizer ? fact(m.organizer, 'meeting.organizer') : gap('印发单位'),
      date: issueDate ? dateRuns(issueDate, 'options.issueDate') : dateRuns(m.date, 'meeting.date'),
    },
    blocks: [...body, ...attendance(input)],
    ...(foot ? { colophon: foot } : {}),
    parts: layout === 'items' ? ['开头', '议题', '出席'] : ['开头', '会议精神', '议定事项', '出席'],
  };
}

/** 出席 / 请假 / 列席, in that order (GB/T 9704 §10.3). */
function attendance(input: MinutesInput): LabelledBlock[] {
  const m = input.meeting;
  const lines: LabelledBlock[] = [];
  const attendees = withChair(input, nameList(m.attendees, 'meeting.attendees'));
  if (attendees) lines.push({ type: 'labelled', style: 'attendance', label: '出席', runs: attendees, role: 'attendance' });
  if (m.absent?.length) lines.push({ type: 'labelled', style: 'attendance', label: '请假', runs: absentRuns(m.absent), role: 'attendance' });
  const observers = nameList(m.observers, 'meeting.observers');
  if (observers) lines.push({ type: 'labelled', style: 'attendance', label: '列席', runs: observers, role: 'attendance' });
  return lines;
}

// 「县政府分管领导」: an entry that stands for the deputy who chaired, at the chair's own level.
const CHAIR_ROLE = /^(街道|[县区市镇乡旗])[^各、，]{0,6}?(?:分管|主管)(?:负责)?(?:领导|同志|负责同志)$/u;
const LEVEL_WORD = /街道|[县区市镇乡旗]/u;

/**
 * The chair heads the 出席 line: by name alone in a list of names, else with title and name, in place
 * of an entry that only stands for a deputy chair (「县政府分管领导」). Nothing is added when the list
 * already names the chair, or when there is no list.
 */
function withChair(input: MinutesInput, runs: Run[] | undefined): Run[] | undefined {
  const { host, attendees = [] } = input.meeting;
  if (!runs || !host || attendees.some((a) => a.includes(host.name))) return runs;
  const names = attendees.every((a) => /^\p{Script=Han}{2,4}$/u.test(a.trim()) && !/[局委办室队所站院部会府]$/u.test(a.trim()));
  const chair = names ? fact(host.name, 'meeting.host.name') : personInline(host, 'meeting.host');
  const level = LEVEL_WORD.exec(host.title ?? '')?.[0];
  const stands = speakerRank(host.title) === 'deputy' ? attendees.findIndex((a) => CHAIR_ROLE.exec(a.trim())?.[1] === level) : -1;
  const kept = attendees.map((a, i) => ({ a, i })).filter(({ i }) => i !== stands);
  if (!kept.length) return chair;
  const sep = names ? '、' : '，';
  return joinRuns([chair, ...kept.map(({ a, i }) => trimEnd(fact(a, `meeting.attendees[${i}]`)))], sep);
}

/** 「周建国、王立新、陈静」; entries that list units themselves (「县水利局、县财政局主要负责人」) take 「，」. */
export function nameList(items: readonly string[] | undefined, src: string): Run[] | undefined {
  return listRuns(items, src, items?.some((s) => /[、，,]/u.test(s)) ? '，' : '、');
}

/** 「刘海（副区长，在省里参加培训）」, several joined by 「，」: 请假 in minutes, 缺席人 in a record. */
export function absentRuns(absent: NonNullable<MinutesInput['meeting']['absent']>): Run[] {
  return joinRuns(
    absent.map((a, i) => {
      const src = `meeting.absent[${i}]`;
      const note = [a.title ? fact(a.title, `${src}.title`) : undefined, clause(a.reason, `${src}.reason`)].filter((r): r is Run[] => !!r);
      return concat(fact(a.name, `${src}.name`), note.length ? concat(lit('（'), joinRuns(note, '，'), lit('）')) : undefined);
    }),
    '，',
  );
}

