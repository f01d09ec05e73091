// The 会议纪要 engine. Two layouts share the head, the opening's first clause and the attendance:
//   general (推进会、调度会、动员会、协调会): opening with the agenda · the leaders' remarks in the
//     meeting's voice, one paragraph a speaker · 「会议议定：」 with numbered decisions · attendance;
//   items (常务会议、办公会议、专题会议): see minutes-items.ts.
// Attendance is printed once, at the foot (出席/请假/列席, GB/T 9704 §10.3), never again in the opening.
import type { Block, DocModel, LabelledBlock, Run } from '../doc/model.ts';
import { chineseNumeral } from '../doc/numbering.ts';
import type { MinutesInput, Person } from '../input/schema.ts';
import { agendaItems, allDecisions, allRemarks, chooseLayout, type ItemView, type MinutesLayout, type SourcedRemark } from './agenda.ts';
import { Phrases } from './compose.ts';
import { decisionRuns, outcomeRuns } from './decisions.ts';
import { clause, dateRuns, listRuns, personInline } from './facts.ts';
import { itemsBody } from './minutes-items.ts';
import { colophon, convenedVars, issueRuns } from './minutes-head.ts';
import { pointKind, pointRuns, type SourcedPoint } from './points.ts';
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

function generalBody(input: MinutesInput, items: ItemView[], phrases: Phrases): Block[] {
  const decisions = allDecisions(input, items);
  const outcomes = items.filter((it) => it.outcome).map(outcomeDecision);
  const blocks: Block[] = [
    { type: 'paragraph', runs: openingParagraph(input, items, phrases), role: 'header' },
    ...bySpeaker(allRemarks(input, items)).map((r): Block => ({ type: 'paragraph', runs: speakerSentences(input, r, phrases), role: 'remark' })),
  ];
  if (outcomes.length || decisions.length) {
    blocks.push({ type: 'paragraph', runs: phrases.say('decisionsLead'), role: 'decision' });
    for (const runs of [...outcomes, ...decisions.map(decisionRuns)]) blocks.push({ type: 'paragraph', seq: 'cn', runs, role: 'decision' });
  }
  return blocks;
}

/** 「原则通过《…实施方案》。」: an item's outcome as a decision of the general layout. */
function outcomeDecision(item: ItemView): Run[] {
  return concat(outcomeRuns(item), lit('。'));
}

function openingParagraph(input: MinutesInput, items: ItemView[], phrases: Phrases): Run[] {
  const agenda = joinRuns(
    items.map((it, i) => concat(lit(`${chineseNumeral(i + 1)}是`), trimEnd(fact(it.title.text, it.title.src)))),
    '；',
  );
  return concat(phrases.say('convened', convenedVars(input)), phrases.say('agendaLead'), agenda, lit('。'), phrases.say('transition'));
}

/** A speaker's points in one place, in the order they came, however many items they spoke on. */
function bySpeaker(remarks: readonly SourcedRemark[]): SourcedPoints[] {
  const out: SourcedPoints[] = [];
  for (const r of remarks) {
    const points = r.remark.points.map((text, pi) => ({ text, src: `${r.src}.points[${pi}]` }));
    const same = out.find((o) => o.speaker.name === r.remark.speaker.name && o.speaker.title === r.remark.speaker.title);
    if (same) same.points.push(...points);
    else out.push({ speaker: r.remark.speaker, speakerSrc: `${r.src}.speaker`, points });
  }
  return out;
}

interface SourcedPoints {
  speaker: Person;
  speakerSrc: string;
  points: SourcedPoint[];
}

/**
 * One paragraph a speaker: the first point names the leader (unless the material asks for the
 * meeting's voice throughout), later ones speak as 「会议」, each with the verb its kind calls for.
 */
function speakerSentences(input: MinutesInput, r: SourcedPoints, phrases: Phrases): Run[] {
  const speaker = personInline(r.speaker, r.speakerSrc);
  const named = input.options?.nameSpeakers ?? true;
  const used = new Set<string>();
  return concat(
    ...r.points.map((p, pi) => {
      const kind = pointKind(p.text);
      const use = `:${p.src}`;
      if (pi === 0 && named) return phrases.say(kind === 'statement' || kind === 'settled' ? 'pointFirst' : 'pointFirstImperative', { speaker, point: pointRuns(p) }, use);
      const slot = { statement: 'pointNote', directive: 'pointStress', instruction: 'pointRequire', settled: 'pointSettle' }[kind];
      const again = used.has(slot) ? `${slot}Again` : slot;
      used.add(slot);
      return phrases.say(again, { point: pointRuns(p, slot === 'pointRequire') }, use);
    }),
  );
}

/** 出席 / 请假 / 列席, in that order (GB/T 9704 §10.3). */
function attendance(input: MinutesInput): LabelledBlock[] {
  const m = input.meeting;
  const lines: LabelledBlock[] = [];
  const attendees = nameList(m.attendees, 'meeting.attendees');
  if (attendees) lines.push({ type: 'labelled', style: 'attendance', label: '出席', runs: attendees, role: 'attendance' });
  if (m.absent?.length) lines.push({ type: 'labelled', style: 'attendance', label: '请假', runs: absentRuns(m.absent), role: 'attendance' });
  const observers = nameList(m.observers, 'meeting.observers');
  if (observers) lines.push({ type: 'labelled', style: 'attendance', label: '列席', runs: observers, role: 'attendance' });
  return lines;
}

/** 「周建国、王立新、陈静」; entries that list units themselves (「县水利局、县财政局主要负责人」) take 「，」. */
function nameList(items: readonly string[] | undefined, src: string): Run[] | undefined {
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

