// The 会议纪要 engine: opening paragraph · the leaders' remarks in the meeting's voice ·
// 「会议议定：」 with numbered decisions, their lead units and deadlines · attendance lines.
import type { Block, DocModel, LabelledBlock, Run } from '../doc/model.ts';
import { chineseNumeral } from '../doc/numbering.ts';
import type { MinutesInput } from '../input/schema.ts';
import { Phrases } from './compose.ts';
import { mixSeed } from './random.ts';
import { clause, dateRuns, listRuns, personInline } from './facts.ts';
import { concat, fact, gap, joinRuns, lit, trimEnd, type Vars } from './runs.ts';
import type { MinutesTemplate, PhraseBank } from './template-schema.ts';

export function draftMinutes(input: MinutesInput, template: MinutesTemplate, bank: PhraseBank, seed: number): DocModel {
  const m = input.meeting;
  const vars: Vars = { meeting: fact(m.name, 'meeting.name') };
  // The meeting's name is mixed into the seed so that two meetings drafted with the same seed
  // do not come out in the same words.
  const phrases = new Phrases(bank, mixSeed(seed, m.name), vars);
  const issueDate = input.options?.issueDate;

  const blocks: Block[] = [
    { type: 'paragraph', runs: openingParagraph(input, phrases), role: 'header' },
    ...remarks(input, phrases),
    { type: 'paragraph', runs: phrases.say('decisionsLead'), role: 'decision' },
    ...input.decisions.map((d, i): Block => ({ type: 'paragraph', seq: 'cn', runs: decisionRuns(d, i), role: 'decision' })),
    ...attendance(input),
  ];

  return {
    kind: 'minutes',
    template: template.id,
    seed,
    title: concat(fact(m.name, 'meeting.name'), lit('纪要')),
    minutesHead: {
      issue: input.options?.issue ? concat(lit('第'), fact(input.options.issue, 'options.issue'), lit('期')) : undefined,
      organizer: m.organizer ? fact(m.organizer, 'meeting.organizer') : gap('印发单位'),
      date: issueDate ? dateRuns(issueDate, 'options.issueDate') : dateRuns(m.date, 'meeting.date'),
    },
    blocks,
    parts: ['开头', '会议精神', '议定事项', '出席'],
  };
}

function openingParagraph(input: MinutesInput, phrases: Phrases): Run[] {
  const m = input.meeting;
  const when = concat(dateRuns(m.date, 'meeting.date'), m.time ? fact(m.time, 'meeting.time') : undefined);
  const host = m.host ? personInline(m.host, 'meeting.host') : gap('主持人');
  const venue = m.venue ? fact(m.venue, 'meeting.venue') : gap('会议地点');
  const attendees = listRuns(m.attendees, 'meeting.attendees', '，');
  const agenda = joinRuns(
    input.agenda.map((a, i) => concat(lit(`${chineseNumeral(i + 1)}是`), trimEnd(fact(a, `agenda[${i}]`)))),
    '；',
  );
  return concat(
    phrases.say('convened', { when, host, venue }),
    attendees ? phrases.say('attended', { attendees }) : undefined,
    phrases.say('agendaLead'),
    agenda,
    lit('。'),
    phrases.say('transition'),
  );
}

// A point already phrased as an instruction reads as 「强调/要求」, not 「指出」.
const IMPERATIVE = /^(要|把|按照|高度|坚持|加强|做好|严格|切实|进一步|全力|持续|认真|抓好|确保|强化)/;

/** One paragraph per speaker: the first point names the leader, later ones speak as 「会议」. */
function remarks(input: MinutesInput, phrases: Phrases): Block[] {
  return input.remarks.map((r, ri) => {
    const speaker = personInline(r.speaker, `remarks[${ri}].speaker`);
    const used = new Set<string>();
    const sentences = r.points.map((p, pi) => {
      const src = `remarks[${ri}].points[${pi}]`;
      const startsWithYao = /^要/.test(p);
      const point = startsWithYao ? clause(p.slice(1), src)! : clause(p, src)!;
      const use = `:${ri}:${pi}`;
      if (pi === 0) return phrases.say(IMPERATIVE.test(p) ? 'pointFirstImperative' : 'pointFirst', { speaker, point }, use);
      // A point with its own subject and 要 is stressed; a bare instruction is required.
      const kind = !startsWithYao && /要/.test(p.slice(0, 14)) ? 'pointStress' : 'pointRequire';
      const slot = used.has(kind) ? `${kind}Again` : kind;
      used.add(kind);
      return phrases.say(slot, { point }, use);
    });
    return { type: 'paragraph', runs: concat(...sentences), role: 'remark' };
  });
}

/** 「成立…领导小组。（牵头单位：区委办公室；配合单位：…；完成时限：2026年12月10日）」 */
export function decisionRuns(d: MinutesInput['decisions'][number], i: number): Run[] {
  const src = `decisions[${i}]`;
  const support = listRuns(d.support, `${src}.support`);
  return concat(
    clause(d.text, `${src}.text`),
    lit('。（牵头单位：'),
    fact(d.lead, `${src}.lead`),
    support ? concat(lit('；配合单位：'), support) : undefined,
    lit('；完成时限：'),
    // A decision without a deadline cannot be tracked: show the gap rather than guess one.
    d.deadline ? dateRuns(d.deadline, `${src}.deadline`) : gap('完成时限'),
    lit('）'),
  );
}

/** 出席 / 请假 / 列席, in that order (GB/T 9704 §10.3). */
function attendance(input: MinutesInput): LabelledBlock[] {
  const m = input.meeting;
  const lines: LabelledBlock[] = [];
  const attendees = listRuns(m.attendees, 'meeting.attendees', '，');
  if (attendees) lines.push({ type: 'labelled', style: 'attendance', label: '出席', runs: attendees, role: 'attendance' });
  if (m.absent?.length) {
    const absent = joinRuns(
      m.absent.map((a, i) => {
        const src = `meeting.absent[${i}]`;
        const note = [a.title ? fact(a.title, `${src}.title`) : undefined, a.reason ? fact(a.reason, `${src}.reason`) : undefined].filter(
          (r): r is Run[] => !!r,
        );
        return concat(fact(a.name, `${src}.name`), note.length ? concat(lit('（'), joinRuns(note, '，'), lit('）')) : undefined);
      }),
      '，',
    );
    lines.push({ type: 'labelled', style: 'attendance', label: '请假', runs: absent, role: 'attendance' });
  }
  const observers = listRuns(m.observers, 'meeting.observers', '，');
  if (observers) lines.push({ type: 'labelled', style: 'attendance', label: '列席', runs: observers, role: 'attendance' });
  return lines;
}
