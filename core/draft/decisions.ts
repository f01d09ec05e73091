// What a meeting decided, as the minutes write it. A decision of assignment (交办) carries
// （牵头单位：…；配合单位：…；完成时限：…）, with a visible gap where the material lacks the lead unit or the
// deadline, since an assignment without them cannot be supervised. An approval (批准: 「同意…」
// 「原则通过…」) or a standing rule (规定: 「一律…」「严禁…」) has no deadline by nature: it carries only
// what the material gives, and never a gap. A 会议记录 writes what was decided as it was: no gap at all.
import type { Run } from '../doc/model.ts';
import type { Decision } from '../input/schema.ts';
import type { DECISION_KINDS } from '../input/schema.ts';
import type { ItemView, SourcedDecision } from './agenda.ts';
import { clause, deadlineRuns, listRuns } from './facts.ts';
import { concat, fact, gap, lit } from './runs.ts';

export type DecisionKind = (typeof DECISION_KINDS)[number];

// 「同意…」「原则通过…」「会议原则同意…」「不同意…」「暂缓…」: the decision settles a request.
const APPROVAL = /^(?:会议)?(?:原则)?(?:同意|通过|批准|审议通过|审定|不同意|不予|暂缓|否决)/u;
// 「一律停产整顿」「严禁…」「不得…」「凡…的，…」「…暂缓加装」: a rule that stands, not a task that ends.
const RULE = /一律|严禁|禁止|不得|不准|一经发现|暂缓|凡是|^凡/u;

// 「负责泊位施划和收费管理」 with its unit as the lead, 「…分别由交警大队和城管局负责」: a division of
// duties, which stands like a rule; the minutes write it unit first: 「县城市管理局负责…」.
const DUTY = /^(?:会议)?负责/u;

// The meeting's own arrangements — when it meets next, what is sent in by when — stand as settled;
// they carry the time in their own words, and no gap.
export const BUSINESS = /下次(?:会议|调度会|例会|协调会|推进会|党委会)|下一次会议|报送/u;

/** Whether the decision gives a unit its standing duty: written 「{lead}负责…」. */
export function isDuty(d: Decision): boolean {
  return !!d.lead?.trim() && DUTY.test(d.text.trim());
}

/** The decision's kind as the material gives it, or as its wording says. */
export function decisionKind(d: Decision): DecisionKind {
  if (d.kind) return d.kind;
  const t = d.text.trim();
  if (APPROVAL.test(t)) return '批准';
  if (RULE.test(t) || isDuty(d) || /分别由/u.test(t) || BUSINESS.test(t)) return '规定';
  return '交办';
}

// 「长期」「汛期」「国庆期间」: a deadline that spans a period rather than ending on a day.
const DURATION = /^(?:长期(?:坚持)?|常态化?|持续|全年|整个汛期|汛期(?:内)?|主汛期|.{1,6}期间)$/u;

/**
 * 「（牵头单位：区委办公室；配合单位：…；完成时限：2026年12月10日）」, or only what is given. `gaps: false`
 * (a 会议记录, which records what was decided and is not the supervision's list): only what is given, ever.
 */
export function decisionTail(d: Decision, src: string, gaps = true): Run[] {
  const assignment = gaps && decisionKind(d) === '交办';
  const parts: Run[][] = [];
  // A duty names its unit in front (decisionText), not in the tail.
  if (d.lead && !isDuty(d)) parts.push(concat(lit('牵头单位：'), fact(d.lead, `${src}.lead`)));
  else if (assignment && !d.lead) parts.push(concat(lit('牵头单位：'), gap('牵头单位')));
  const support = listRuns(d.support, `${src}.support`);
  if (support) parts.push(concat(lit('配合单位：'), support));
  // A deadline may be a date or a term (「国庆期间」「长期」); without one an assignment shows the gap.
  // A term that spans a period (「长期」「汛期」「国庆期间」) is no completion date: it is the task's 时限.
  if (d.deadline) parts.push(concat(lit(DURATION.test(d.deadline.trim()) ? '时限：' : '完成时限：'), deadlineRuns(d.deadline, `${src}.deadline`)));
  else if (assignment) parts.push(concat(lit('完成时限：'), gap('完成时限')));
  if (!parts.length) return [];
  return concat(lit('（'), ...parts.flatMap((p, i) => (i ? [lit('；'), p] : [p])), lit('）'));
}

/** The decision's own words inside a sentence (「会议同意…」 drops a 「会议」 the material wrote). */
export function decisionText(s: SourcedDecision, dropMeeting = false): Run[] {
  const t = s.decision.text.trim();
  if (isDuty(s.decision)) return concat(fact(s.decision.lead!, `${s.src}.lead`), clause(t.replace(/^会议/u, ''), `${s.src}.text`));
  const text = dropMeeting && /^会议/u.test(t) && t.length > 2 ? t.slice(2) : t;
  return clause(text, `${s.src}.text`)!;
}

/** 「成立…领导小组（牵头单位：区委办公室；完成时限：2026年12月10日）」, to be closed by its sentence. */
export function decisionClause(s: SourcedDecision): Run[] {
  return concat(decisionText(s), decisionTail(s.decision, s.src));
}

/** A 会议议定 list item: the decision with its tail inside the sentence, then 「。」 (`gaps`: as decisionTail). */
export function decisionRuns(s: SourcedDecision, gaps = true): Run[] {
  return concat(decisionText(s), decisionTail(s.decision, s.src, gaps), lit('。'));
}

/** What an item's outcome settled: the 《…》 the title names, else the item's topic. */
function outcomeObject(item: ItemView): Run[] {
  const book = /《[^》]+》/u.exec(item.subject.text);
  return fact(book ? book[0] : item.topic.text, item.subject.src);
}

/**
 * 「原则通过《…》」「审议通过《…》」「同意…」「不同意…」「对《…》暂缓作出决定」: the outcome word is the
 * material's (`outcome`), the object its title's; only 「审议」 and 「暂缓」's frame are the template's.
 */
export function outcomeRuns(item: ItemView): Run[] {
  const o = fact(item.outcome!.text, item.outcome!.src);
  switch (item.outcome!.text) {
    case '通过':
      return concat(lit('审议'), o, outcomeObject(item));
    case '暂缓':
      // 「会议对…暂缓作出决定」: the item was discussed; what waits is the decision.
      return concat(lit('对'), outcomeObject(item), o, lit('作出决定'));
    default:
      return concat(o, outcomeObject(item));
  }
}

/**
 * Whether the outcome needs a sentence of its own: not when an approval of the item already says it
 * (outcome 同意 and the decision 「同意安排…资金186万元」).
 */
export function outcomeStated(item: ItemView): boolean {
  if (!item.outcome) return false;
  const verb = item.outcome.text.slice(-2);
  return !item.decisions.some((d) => decisionKind(d.decision) === '批准' && d.decision.text.replace(/^会议/u, '').includes(verb));
}
