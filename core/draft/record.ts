// 会议记录: header fields (时间、地点、主持人、出席人、列席人、缺席人、记录人、议题) one line each ·
// one paragraph a speaker, in the first person and in order · 「会议决定：」 with numbered decisions,
// their lead units and deadlines (a single one run on, unnumbered) · 「散会。」 · 主持人（签字）/ 记录人（签字）. When the agenda items carry
// their remarks and decisions, each item is recorded in turn: 「议题一：…」, its speakers, its 会议决定.
// A record keeps what was said, so the speakers' points are written verbatim: no phrase bank.
import type { Block, DocModel, LabelledBlock, Run } from '../doc/model.ts';
import { chineseNumeral } from '../doc/numbering.ts';
import { clockTime } from '../input/clock-time.ts';
import type { MinutesInput, Person } from '../input/schema.ts';
import { agendaItems, hasContent, topDecisions, topRemarks, type ItemView, type SourcedDecision, type SourcedRemark } from './agenda.ts';
import { decisionRuns, outcomeRuns, outcomeStated } from './decisions.ts';
import { clause, dateRuns, namesOnlyPost, personInline } from './facts.ts';
import { absentRuns, nameList } from './minutes.ts';
import { concat, fact, gap, joinRuns, lit } from './runs.ts';
import type { PhraseBank, RecordTemplate } from './template-schema.ts';

export function draftRecord(input: MinutesInput, template: RecordTemplate, _bank: PhraseBank, seed: number): DocModel {
  const m = input.meeting;
  const items = agendaItems(input);
  // When the items carry their remarks and decisions, the record follows them: 「议题一：…」, the
  // speakers in order, 会议决定; what belongs to no item comes after.
  const byItem = items.some((it) => it.remarks.length || it.decisions.length || it.outcome);
  const blocks: Block[] = [
    ...headerFields(input, items),
    ...(byItem ? items.filter(hasContent).flatMap((it, n) => itemRecord(it, n)) : []),
    // After the items, what belongs to none of them was decided besides: 「会议还决定：」.
    ...spoken(topRemarks(input), topDecisions(input), [], byItem ? '会议还决定：' : '会议决定：'),
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

/** 「议题一：审议《…》」, who reported, then what was said and decided on it. */
function itemRecord(it: ItemView, n: number): Block[] {
  const head: Block[] = [field(`议题${chineseNumeral(n + 1)}`, clause(it.title.text, it.title.src)!)];
  if (it.reporter) head.push(field('汇报', it.reporter));
  const outcome = outcomeStated(it) ? [concat(outcomeRuns(it), lit('。'))] : [];
  return [...head, ...spoken(it.remarks, it.decisions, outcome)];
}

/** Each speaker in order, then 「会议决定：」 with the outcome and the decisions, numbered when several. */
function spoken(remarks: readonly SourcedRemark[], decisions: readonly SourcedDecision[], outcome: Run[][], lead = '会议决定：'): Block[] {
  // A record writes down what was decided, with the unit and deadline only where the material gives them:
  // 「成立…指挥部，由…任指挥长」 has neither, and the clerk would have to delete two gaps by hand.
  const settled = [...outcome, ...decisions.map((d) => decisionRuns(d, false))];
  const decided: Block[] =
    settled.length === 1
      ? [{ type: 'paragraph', runs: concat(lit(lead), settled[0]), role: 'decision' }]
      : settled.length
        ? [{ type: 'paragraph', runs: lit(lead), role: 'decision' }, ...settled.map((runs): Block => ({ type: 'paragraph', seq: 'cn', runs, role: 'decision' }))]
        : [];
  return [...remarks.map(speakerParagraph), ...decided];
}

function field(label: string, runs: Run[]): LabelledBlock {
  return { type: 'labelled', style: 'field', label, runs, role: 'header' };
}

function signature(label: string): LabelledBlock {
  return { type: 'labelled', style: 'signature', label, runs: [], role: 'other' };
}

/** 时间、地点、主持人、出席人、列席人（if any）、缺席人（if any）、记录人、议题, in that order. */
function headerFields(input: MinutesInput, items: readonly ItemView[]): LabelledBlock[] {
  const m = input.meeting;
  const fields: LabelledBlock[] = [
    field('时间', concat(dateRuns(m.date, 'meeting.date'), m.time ? fact(clockTime(m.time), 'meeting.time') : undefined)),
    field('地点', m.venue ? fact(m.venue, 'meeting.venue') : gap('会议地点')),
    field('主持人', m.host ? personInline(m.host, 'meeting.host') : gap('主持人')),
    field('出席人', nameList(m.attendees, 'meeting.attendees') ?? gap('出席人')),
  ];
  const observers = nameList(m.observers, 'meeting.observers');
  if (observers) fields.push(field('列席人', observers));
  if (m.absent?.length) fields.push(field('缺席人', absentRuns(m.absent)));
  fields.push(field('记录人', m.recorder ? personInline(m.recorder, 'meeting.recorder') : gap('记录人')));
  fields.push(field('议题', agendaRuns(items)));
  return fields;
}

/**
 * 「一是…；二是…」: the ordinals are Chinese numerals derived from position, so no literal run of the
 * draft carries a digit (「1.…；2.…」 would). A single item stands alone, without an ordinal.
 */
function agendaRuns(items: readonly ItemView[]): Run[] {
  const title = (it: ItemView) => clause(it.title.text, it.title.src)!;
  if (items.length === 1) return title(items[0]!);
  return joinRuns(
    items.map((it, i) => concat(lit(`${chineseNumeral(i + 1)}是`), title(it))),
    '；',
  );
}

/**
 * 「张伟（区委书记）：」 — the speaker as a run-in lead without a level, which the exporter sets in 楷体; by
 * post alone (「区委副书记、区长：」) where the name field only repeats it, never 「区长（区委副书记、区长）：」.
 */
function speakerLabel(p: Person, src: string): Run[] {
  if (namesOnlyPost(p)) return concat(fact(p.title!, `${src}.title`), lit('：'));
  return concat(fact(p.name, `${src}.name`), p.title ? concat(lit('（'), fact(p.title, `${src}.title`), lit('）')) : undefined, lit('：'));
}

// A point that already ends a sentence keeps its own mark (「？」「！」, or 「。」 before a closing quote).
const SENTENCE_END = /[。！？…][”’」』]?$/u;

/** A point as the speaker said it: verbatim, closed with 「。」 unless it already ends a sentence. */
function sentence(text: string, src: string): Run[] {
  if (SENTENCE_END.test(text.trim())) return fact(text, src);
  return concat(clause(text, src), lit('。'));
}

function speakerParagraph(r: SourcedRemark): Block {
  return {
    type: 'paragraph',
    lead: { runs: speakerLabel(r.remark.speaker, `${r.src}.speaker`) },
    runs: concat(...r.remark.points.map((p, pi) => sentence(p, `${r.src}.points[${pi}]`))),
    role: 'remark',
  };
}
