// The material's fields in the user's words: the one place that names them. The form takes its
// labels from here, a refusal names the field with them (「第1项任务的完成时限」), and the editor
// shows where a fact came from (「来自材料：第2项成绩中第1项数据的数值」). A test walks both schemas
// (schema.ts) and fails on a field that has no name here: a new field gets its label in this file.

import { own } from '../own.ts';

export type MaterialKind = 'speech' | 'minutes';
/** A path into the material: `['campaign', 'tasks', 0, 'deadline']`. */
export type FieldPath = readonly (string | number)[];

/** A field's label; a list's label and what one of its items is called (成绩 → 第1项成绩). */
interface Label {
  label: string;
  item?: string;
}

const person = (who: string): Record<string, Label> => ({ '': { label: who }, name: { label: who }, title: { label: `${who}职务` } });

function prefixed(prefix: string, fields: Record<string, Label>): Record<string, Label> {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k ? `${prefix}.${k}` : prefix, v]));
}

const MEETING: Record<string, Label> = {
  kind: { label: '文种' },
  template: { label: '框架' },
  meeting: { label: '会议' },
  'meeting.name': { label: '会议名称' },
  'meeting.type': { label: '会议类型' },
  'meeting.date': { label: '会议日期' },
  'meeting.time': { label: '会议时间' },
  'meeting.venue': { label: '会议地点' },
  'meeting.organizer': { label: '主办单位' },
  ...prefixed('meeting.host', person('主持人')),
  options: { label: '选项' },
};

/** Keys are paths with `[]` for any item: `campaign.tasks[].deadline`. */
const SPEECH: Record<string, Label> = {
  ...MEETING,
  ...prefixed('meeting.speaker', person('讲话人')),
  'meeting.attendees': { label: '参会人员', item: '参会人员' },
  'meeting.precedingItems': { label: '会上此前的议程', item: '议程' },
  'meeting.level': { label: '讲话层级' },
  'meeting.speakerRank': { label: '讲话人身份' },
  campaign: { label: '工作' },
  'campaign.name': { label: '工作名称' },
  'campaign.shortName': { label: '简称' },
  'campaign.region': { label: '地区' },
  'campaign.units': { label: '责任单位' },
  'campaign.background': { label: '背景', item: '背景' },
  'campaign.goal': { label: '目标' },
  'campaign.domain': { label: '工作领域' },
  'campaign.achievements': { label: '成绩', item: '成绩' },
  'campaign.achievements[].title': { label: '标题' },
  'campaign.achievements[].detail': { label: '具体情况' },
  'campaign.achievements[].figures': { label: '数据', item: '数据' },
  'campaign.achievements[].figures[].label': { label: '指标' },
  'campaign.achievements[].figures[].value': { label: '数值' },
  'campaign.achievements[].figures[].unit': { label: '单位' },
  'campaign.problems': { label: '问题', item: '问题' },
  'campaign.problems[].title': { label: '标题' },
  'campaign.problems[].detail': { label: '具体表现' },
  'campaign.problems[].examples': { label: '事例', item: '事例' },
  'campaign.tasks': { label: '任务', item: '任务' },
  'campaign.tasks[].title': { label: '标题' },
  'campaign.tasks[].detail': { label: '具体要求' },
  'campaign.tasks[].lead': { label: '牵头单位' },
  'campaign.tasks[].support': { label: '配合单位', item: '配合单位' },
  'campaign.tasks[].deadline': { label: '完成时限' },
  'campaign.tasks[].measure': { label: '量化目标' },
  'options.durationMinutes': { label: '讲话时长（分钟）' },
  'options.charsPerMinute': { label: '语速（每分钟字数）' },
  'options.closingOccasion': { label: '结尾场合' },
  'options.enumeration': { label: '列举方式' },
};

const MINUTES: Record<string, Label> = {
  ...MEETING,
  'meeting.attendees': { label: '出席人员', item: '出席人员' },
  ...prefixed('meeting.recorder', person('记录人')),
  'meeting.absent': { label: '请假人员', item: '请假人员' },
  'meeting.absent[].name': { label: '姓名' },
  'meeting.absent[].title': { label: '职务' },
  'meeting.absent[].reason': { label: '请假原因' },
  'meeting.observers': { label: '列席人员', item: '列席人员' },
  agenda: { label: '议程', item: '议题' },
  remarks: { label: '发言', item: '发言' },
  'remarks[].speaker': { label: '发言人' },
  'remarks[].speaker.name': { label: '发言人' },
  'remarks[].speaker.title': { label: '职务' },
  'remarks[].points': { label: '要点', item: '要点' },
  decisions: { label: '议定事项', item: '议定事项' },
  'decisions[].text': { label: '内容' },
  'decisions[].lead': { label: '牵头单位' },
  'decisions[].support': { label: '配合单位', item: '配合单位' },
  'decisions[].deadline': { label: '完成时限' },
  'decisions[].kind': { label: '事项类型' },
  // An agenda item written as an object: its own report, remarks and decisions.
  'agenda[].title': { label: '议题名称' },
  'agenda[].kind': { label: '议题类型' },
  'agenda[].reporter': { label: '汇报单位' },
  ...prefixed('agenda[].reporter', person('汇报人')),
  'agenda[].outcome': { label: '审议结果' },
  'agenda[].remarks': { label: '发言', item: '发言' },
  'agenda[].remarks[].speaker': { label: '发言人' },
  'agenda[].remarks[].speaker.name': { label: '发言人' },
  'agenda[].remarks[].speaker.title': { label: '职务' },
  'agenda[].remarks[].points': { label: '要点', item: '要点' },
  'agenda[].decisions': { label: '议定事项', item: '议定事项' },
  'agenda[].decisions[].text': { label: '内容' },
  'agenda[].decisions[].kind': { label: '事项类型' },
  'agenda[].decisions[].lead': { label: '牵头单位' },
  'agenda[].decisions[].support': { label: '配合单位', item: '配合单位' },
  'agenda[].decisions[].deadline': { label: '完成时限' },
  'options.issue': { label: '期号' },
  'options.issueDate': { label: '纪要日期' },
  'options.nameSpeakers': { label: '写明发言人姓名' },
  'options.distribution': { label: '分送', item: '分送单位' },
  'options.copyTo': { label: '抄送', item: '抄送单位' },
  'options.printedBy': { label: '印发机关' },
  'options.printedDate': { label: '印发日期' },
};

export const FIELD_LABELS: Record<MaterialKind, Readonly<Record<string, Label>>> = { speech: SPEECH, minutes: MINUTES };

/** `['campaign', 'tasks', 0, 'deadline']` → `campaign.tasks[].deadline`, the key of the tables above. */
export function patternOf(path: FieldPath): string {
  let out = '';
  for (const step of path) out += typeof step === 'number' ? '[]' : out ? `.${step}` : step;
  return out;
}

/** `campaign.tasks[0].lead` (a fact's `src`, an error's printed path) → its steps. */
export function parseFieldPath(text: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of text.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return out;
}

/** The label of the field itself, as the form prints it above its box: 「完成时限」. */
export function shortLabel(kind: MaterialKind, path: FieldPath): string | undefined {
  // One item of a list of texts is called what the list calls its items (议程 → 议题).
  if (typeof path[path.length - 1] === 'number') return itemName(kind, path.slice(0, -1));
  return own(FIELD_LABELS[kind], patternOf(path))?.label;
}

/** What one item of a list is called: 「任务」 (for 「第1项任务」), 「议题」. */
export function itemName(kind: MaterialKind, listPath: FieldPath): string | undefined {
  const l = own(FIELD_LABELS[kind], patternOf(listPath));
  return l?.item ?? l?.label;
}

/**
 * A field named as the user sees it: 「第1项任务的完成时限」, 「第2项成绩中第1项数据的数值」,
 * 「第3项参会人员」, 「讲话人职务」. A field this file does not know keeps its own name in quotes, so
 * a message still says where the problem is.
 */
export function fieldLabel(kind: MaterialKind, path: FieldPath): string {
  const table = FIELD_LABELS[kind];
  // Phrases from outer to inner; inside one object only the innermost label is kept (会议 → 会议名称).
  const phrases: { text: string; item: boolean }[] = [];
  let afterItem = false;
  path.forEach((step, i) => {
    if (typeof step === 'number') {
      const list = own(table, patternOf(path.slice(0, i)));
      const text = `第${step + 1}项${list?.item ?? list?.label ?? ''}`;
      if (phrases.length) phrases[phrases.length - 1] = { text, item: true };
      else phrases.push({ text, item: true });
      afterItem = true;
      return;
    }
    const known = own(table, patternOf(path.slice(0, i + 1)))?.label;
    const text = known ?? `“${step}”`;
    // A field the material should not have is named after the object it is in: 「会议的“room”」.
    if (afterItem || !phrases.length || known === undefined) phrases.push({ text, item: false });
    else phrases[phrases.length - 1] = { text, item: false };
    afterItem = false;
  });
  return phrases.map((p, i) => (i === 0 ? '' : p.item ? '中' : '的') + p.text).join('');
}
