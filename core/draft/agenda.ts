// The agenda as the minutes engines read it: each item with its title parsed into what the text
// needs (the subject of 「关于…」, the verb of 「会议听取了…」, a reporter named in the title), and the
// remarks and decisions it carries with their source paths. Plain-string items and top-level remarks
// and decisions (the flat shape) come through the same way, so every engine handles both shapes.
import type { Run } from '../doc/model.ts';
import type { AGENDA_KINDS, AgendaItem, Decision, MinutesInput, Remark } from '../input/schema.ts';
import { personInline } from './facts.ts';
import { fact } from './runs.ts';

export type AgendaKind = (typeof AGENDA_KINDS)[number];

/** A piece of an input field, by position: the field's text is kept, only cut at its ends. */
export interface Slice {
  text: string;
  src: string;
}

export interface SourcedRemark {
  remark: Remark;
  /** `remarks[1]` or `agenda[2].remarks[0]`. */
  src: string;
}

export interface SourcedDecision {
  decision: Decision;
  src: string;
}

export interface ItemView {
  index: number;
  /** The input path of the item: `agenda[2]`. */
  src: string;
  /** The whole title as written, and its path (`agenda[2]` for a string item, `agenda[2].title`). */
  title: Slice;
  /** What 「关于…」 names: the title without the verbs and 「关于」 in front (「《…实施方案》」). */
  subject: Slice;
  /** The subject as it sits in 「会议听取了…关于{subject}的汇报」: also without 「的汇报」「的请示」. */
  topic: Slice;
  kind: AgendaKind;
  reporter?: Run[];
  /** A reporter the title names (「各乡镇汇报…」), for the opening's summary, even of a plain-string item. */
  titleReporter?: Slice;
  outcome?: { text: string; src: string };
  remarks: SourcedRemark[];
  decisions: SourcedDecision[];
}

// 「研究部署…」「听取并审议…」: the verbs an agenda title may open with, and the kind each means.
const VERBS = new Map<string, AgendaKind>([
  ['听取', '听取'],
  ['审议', '审议'],
  ['审定', '审议'],
  ['研究', '研究'],
  ['讨论', '研究'],
  ['通报', '通报'],
  ['部署', '部署'],
]);
const LEADING_VERBS = /^(?:(?:听取|审议|审定|研究|讨论|通报|部署)并?)+/u;
// 「县教育局关于秋季开学准备情况的汇报」: a reporter named in the title, then the subject.
const REPORTED = /^(.{2,30}?)关于(.+?)(?:的)?(?:情况)?(?:汇报|报告|说明|通报)$/u;
const REPORT_SUFFIX = /(?:的)?(?:汇报|报告)$/u;
// 「各乡镇汇报秸秆综合利用进展」「县应急管理局通报上半年安全生产形势」: who, the verb, then what.
const REPORTS_ON = /^([^，、；《》]{2,20}?)(汇报|通报)([^，；]{2,})$/u;
const DOCUMENT = /(?:》|方案|办法|意见|规划|计划|细则|规定|制度)$/u;

function slice(s: Slice, start: number, end = s.text.length): Slice {
  return { text: s.text.slice(start, end), src: s.src };
}

export function sliceRuns(s: Slice): Run[] {
  return fact(s.text, s.src);
}

/** Title → verbs in front, reporter named in it, subject, topic. Nothing is added, only cut away. */
export function parseTitle(title: Slice): { verb?: AgendaKind; reporter?: Slice; subject: Slice; topic: Slice } {
  let s = slice(title, 0, title.text.replace(/[。；;，,\s]+$/u, '').length);
  let verb: AgendaKind | undefined;
  const verbs = LEADING_VERBS.exec(s.text);
  if (verbs && verbs[0].length < s.text.length) {
    const last = verbs[0].replace(/并$/u, '').slice(-2);
    verb = VERBS.get(last);
    s = slice(s, verbs[0].length);
  }
  if (s.text.startsWith('关于') && s.text.length > 2) s = slice(s, 2);
  const reported = REPORTED.exec(s.text);
  if (reported) {
    const reporter = slice(s, 0, reported[1]!.length);
    const start = reported[1]!.length + 2;
    const subject = slice(s, start, start + reported[2]!.length);
    return { verb: verb ?? '听取', reporter, subject, topic: subject };
  }
  const on = verb ? null : REPORTS_ON.exec(s.text);
  if (on) {
    const start = on[1]!.length + 2;
    const subject = slice(s, start);
    return { verb: on[2] === '通报' ? '通报' : '听取', reporter: slice(s, 0, on[1]!.length), subject, topic: subject };
  }
  const suffix = REPORT_SUFFIX.exec(s.text);
  const subject = suffix && suffix.index > 0 ? slice(s, 0, suffix.index) : s;
  const ask = /(?:的)?请示$/u.exec(subject.text);
  const topic = ask && ask.index > 0 ? slice(subject, 0, ask.index) : subject;
  return { ...(verb ? { verb } : suffix ? { verb: '听取' as const } : {}), subject, topic };
}

function inferKind(parsed: ReturnType<typeof parseTitle>): AgendaKind {
  if (parsed.verb) return parsed.verb;
  return DOCUMENT.test(parsed.subject.text) ? '审议' : '研究';
}

function view(item: AgendaItem, index: number): ItemView {
  const src = `agenda[${index}]`;
  if (typeof item === 'string') {
    const parsed = parseTitle({ text: item, src });
    return {
      index,
      src,
      title: { text: item, src },
      subject: parsed.subject,
      topic: parsed.topic,
      kind: inferKind(parsed),
      ...(parsed.reporter ? { titleReporter: parsed.reporter } : {}),
      remarks: [],
      decisions: [],
    };
  }
  const title = { text: item.title, src: `${src}.title` };
  const parsed = parseTitle(title);
  const reporter =
    item.reporter === undefined
      ? parsed.reporter && sliceRuns(parsed.reporter)
      : typeof item.reporter === 'string'
        ? fact(item.reporter, `${src}.reporter`)
        : personInline(item.reporter, `${src}.reporter`);
  return {
    index,
    src,
    title,
    subject: parsed.subject,
    topic: parsed.topic,
    kind: item.kind ?? inferKind(parsed),
    ...(parsed.reporter ? { titleReporter: parsed.reporter } : {}),
    ...(reporter ? { reporter } : {}),
    ...(item.outcome ? { outcome: { text: item.outcome, src: `${src}.outcome` } } : {}),
    remarks: (item.remarks ?? []).map((remark, i) => ({ remark, src: `${src}.remarks[${i}]` })),
    decisions: (item.decisions ?? []).map((decision, i) => ({ decision, src: `${src}.decisions[${i}]` })),
  };
}

export function agendaItems(input: MinutesInput): ItemView[] {
  return input.agenda.map(view);
}

/** Whether an item has anything to record: a reporter, an outcome, remarks or decisions. */
export function hasContent(item: ItemView): boolean {
  return !!item.reporter || !!item.outcome || item.remarks.length > 0 || item.decisions.length > 0;
}

/** The top-level remarks and decisions, with their paths. */
export function topRemarks(input: MinutesInput): SourcedRemark[] {
  return input.remarks.map((remark, i) => ({ remark, src: `remarks[${i}]` }));
}

export function topDecisions(input: MinutesInput): SourcedDecision[] {
  return input.decisions.map((decision, i) => ({ decision, src: `decisions[${i}]` }));
}

/** Every remark and decision in reading order: the items' in agenda order, then the top level's. */
export function allRemarks(input: MinutesInput, items = agendaItems(input)): SourcedRemark[] {
  return [...items.flatMap((it) => it.remarks), ...topRemarks(input)];
}

export function allDecisions(input: MinutesInput, items = agendaItems(input)): SourcedDecision[] {
  return [...items.flatMap((it) => it.decisions), ...topDecisions(input)];
}

/** Whether `speaker` chaired the meeting: the host of the meeting, by name. */
export function isChair(input: MinutesInput, remark: Remark): boolean {
  return !!input.meeting.host && input.meeting.host.name === remark.speaker.name;
}

export type MinutesLayout = 'items' | 'general';

// 常务会议、县长/书记/镇长办公会、党委会、专题会议: minutes organised by agenda item.
const ITEM_MEETINGS = /常务会|办公会|专题会|党委会|党组会|党工委会|常委会|联席会/u;
// 推进会、调度会、动员会、协调会 and their kin: the general layout.
const GENERAL_MEETINGS = /推进会|调度会|动员会|协调会|部署会|现场会|座谈会|总结会|观摩会|培训会|表彰会|大会/u;

/**
 * The layout the meeting calls for: by its type (or, without one, its name); for a meeting of
 * neither family, items when the material attaches remarks or decisions to items. Items need
 * something attached to at least one of them: a flat material has nothing to organise by item.
 */
export function chooseLayout(input: MinutesInput, requested: 'auto' | MinutesLayout, items = agendaItems(input)): MinutesLayout {
  if (!items.some((it) => it.remarks.length || it.decisions.length || it.outcome)) return 'general';
  if (requested !== 'auto') return requested;
  const m = input.meeting;
  for (const label of [m.type, m.name]) {
    if (!label) continue;
    if (ITEM_MEETINGS.test(label)) return 'items';
    if (GENERAL_MEETINGS.test(label)) return 'general';
  }
  return 'items';
}
