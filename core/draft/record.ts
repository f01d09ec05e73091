// 会议记录: header fields (时间、地点、主持人、出席人、列席人、缺席人、记录人、议题) one line each ·
// one paragraph a speaker, in the first person and in order · 「会议决定：」 with numbered decisions,
// their lead units and deadlines · 「散会。」 · 主持人（签字）/ 记录人（签字）.
// A record keeps what was said, so the speakers' points are written verbatim: no phrase bank.
import type { Block, DocModel, LabelledBlock, Run } from '../doc/model.ts';
import { chineseNumeral } from '../doc/numbering.ts';
import type { MinutesInput, Person } from '../input/schema.ts';
import { clause, dateRuns, listRuns, personInline } from './facts.ts';
import { concat, fact, gap, joinRuns, lit } from './runs.ts';
import type { PhraseBank, RecordTemplate } from './template-schema.ts';
import { decisionRuns } from './minutes.ts';

export function draftRecord(input: MinutesInput, template: RecordTemplate, _bank: PhraseBank, seed: number): DocModel {
  const m = input.meeting;
  const blocks: Block[] = [
    ...headerFields(input),
    ...input.remarks.map((r, ri): Block => speakerParagraph(r, ri)),
    { type: 'paragraph', runs: lit('会议决定：'), role: 'decision' },
    ...input.decisions.map((d, i): Block => ({ type: 'paragraph', seq: 'cn', runs: decisionRuns(d, i), role: 'decision' })),
    { type: 'paragraph', runs: lit('散会。'), role: 'other' },
    signature('主持人（签字）'),
    signature('记录人（签字）'),
  ];
  return {
    kind: 'record',
    template: template.id,
    seed,
    title: concat(fact(m.name, 'meeting.name'), lit('记录')),
    blocks,
    parts: ['会议概况', '发言', '会议决定', '签字'],
  };
}

function field(label: string, runs: Run[]): LabelledBlock {
  return { type: 'labelled', style: 'field', label, runs, role: 'header' };
}

function signature(label: string): LabelledBlock {
  return { type: 'labelled', style: 'signature', label, runs: [], role: 'other' };
}

/** 时间、地点、主持人、出席人、列席人（if any）、缺席人（if any）、记录人、议题, in that order. */
function headerFields(input: MinutesInput): LabelledBlock[] {
  const m = input.meeting;
  const fields: LabelledBlock[] = [
    field('时间', concat(dateRuns(m.date, 'meeting.date'), m.time ? fact(m.time, 'meeting.time') : undefined)),
    field('地点', m.venue ? fact(m.venue, 'meeting.venue') : gap('会议地点')),
    field('主持人', m.host ? personInline(m.host, 'meeting.host') : gap('主持人')),
    field('出席人', listRuns(m.attendees, 'meeting.attendees', '，') ?? gap('出席人')),
  ];
  const observers = listRuns(m.observers, 'meeting.observers', '，');
  if (observers) fields.push(field('列席人', observers));
  if (m.absent?.length) fields.push(field('缺席人', absentRuns(m.absent)));
  fields.push(field('记录人', m.recorder ? personInline(m.recorder, 'meeting.recorder') : gap('记录人')));
  fields.push(field('议题', agendaRuns(input.agenda)));
  return fields;
}

/** 「刘海（副区长，在省里参加培训）」, several joined by 「，」. */
function absentRuns(absent: NonNullable<MinutesInput['meeting']['absent']>): Run[] {
  return joinRuns(
    absent.map((a, i) => {
      const src = `meeting.absent[${i}]`;
      const note = [a.title ? fact(a.title, `${src}.title`) : undefined, clause(a.reason, `${src}.reason`)].filter((r): r is Run[] => !!r);
      return concat(fact(a.name, `${src}.name`), note.length ? concat(lit('（'), joinRuns(note, '，'), lit('）')) : undefined);
    }),
    '，',
  );
}

/**
 * 「一是…；二是…」: the ordinals are Chinese numerals derived from position, so no literal run of the
 * draft carries a digit (「1.…；2.…」 would). A single item stands alone, without an ordinal.
 */
function agendaRuns(agenda: readonly string[]): Run[] {
  if (agenda.length === 1) return clause(agenda[0], 'agenda[0]')!;
  return joinRuns(
    agenda.map((a, i) => concat(lit(`${chineseNumeral(i + 1)}是`), clause(a, `agenda[${i}]`))),
    '；',
  );
}

/** 「张伟（区委书记）：」 — the speaker as a run-in lead without a level, which the exporter sets in 楷体. */
function speakerLabel(p: Person, src: string): Run[] {
  return concat(fact(p.name, `${src}.name`), p.title ? concat(lit('（'), fact(p.title, `${src}.title`), lit('）')) : undefined, lit('：'));
}

// A point that already ends a sentence keeps its own mark (「？」「！」, or 「。」 before a closing quote).
const SENTENCE_END = /[。！？…][”’」』]?$/u;

/** A point as the speaker said it: verbatim, closed with 「。」 unless it already ends a sentence. */
function sentence(text: string, src: string): Run[] {
  if (SENTENCE_END.test(text.trim())) return fact(text, src);
  return concat(clause(text, src), lit('。'));
}

function speakerParagraph(r: MinutesInput['remarks'][number], ri: number): Block {
  const src = `remarks[${ri}]`;
  return {
    type: 'paragraph',
    lead: { runs: speakerLabel(r.speaker, `${src}.speaker`) },
    runs: concat(...r.points.map((p, pi) => sentence(p, `${src}.points[${pi}]`))),
    role: 'remark',
  };
}

