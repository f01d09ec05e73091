// 督办台账: a task table from a speech's tasks or the minutes' decisions. One row an item, in the
// order of the material: 序号 · 任务 · 牵头单位 · 配合单位 · 完成时限 · 目标; decisions made on agenda
// items keep the item as a column 「议题」 after 序号.
import type { DocModel, Run, TableBlock } from '../doc/model.ts';
import type { MinutesInput, WengaoInput } from '../input/schema.ts';
import { agendaItems, topDecisions, type ItemView, type SourcedDecision } from './agenda.ts';
import { decisionKind } from './decisions.ts';
import { clause, dateRuns, deadlineRuns, listRuns } from './facts.ts';
import { concat, fact, gap, lit } from './runs.ts';
import type { LedgerTemplate } from './template-schema.ts';

export const LEDGER_HEADER = ['序号', '任务', '牵头单位', '配合单位', '完成时限', '目标'];

/**
 * Relative column widths, in 四号 characters of the landscape type area (about 50 a line): 序号 two (and its cell margins),
 * a unit name of up to six on one line, 「2026年12月31日」 on one line (its digits are half width),
 * 目标 a short phrase; 任务, the longest text, takes the rest. The exporter scales them to the page.
 */
export function ledgerWidths(hasDeadline: boolean, hasMeasure: boolean): number[] {
  return [3, hasMeasure ? 15 : 20, 7.5, 7.5, hasDeadline ? 10.5 : 6, hasMeasure ? 8 : 3];
}

export function draftLedger(input: WengaoInput, template: LedgerTemplate, seed = 1): DocModel {
  const m = input.meeting;
  const table: TableBlock =
    input.kind === 'speech'
      ? {
          type: 'table',
          header: [...LEDGER_HEADER],
          widths: ledgerWidths(
            input.campaign.tasks.some((t) => t.deadline),
            input.campaign.tasks.some((t) => t.measure),
          ),
          role: 'task',
          rows: input.campaign.tasks.map((t, i) => {
            const src = `campaign.tasks[${i}]`;
            const detail = clause(t.detail, `${src}.detail`);
            return row(i, {
              task: concat(clause(t.title, `${src}.title`), detail ? concat(lit('：'), detail) : undefined),
              lead: fact(t.lead, `${src}.lead`),
              support: listRuns(t.support, `${src}.support`),
              deadline: t.deadline ? deadlineRuns(t.deadline, `${src}.deadline`) : undefined,
              measure: clause(t.measure, `${src}.measure`),
            });
          }),
        }
      : decisionTable(input);

  return {
    kind: 'ledger',
    template: template.id,
    seed,
    title: concat(fact(m.name, 'meeting.name'), lit(input.kind === 'speech' ? '重点任务督办台账' : '议定事项督办台账')),
    // The date the tasks were set: the meeting's.
    dateLine: concat(lit('（'), dateRuns(m.date, 'meeting.date'), lit('）')),
    blocks: [table],
    parts: ['督办事项'],
  };
}

interface RowFacts {
  task: Run[];
  lead: Run[];
  support: Run[] | undefined;
  deadline: Run[] | undefined;
  measure: Run[] | undefined;
}

/** The decisions' ledger: the assignments and whatever carries a lead unit; an approval or a rule
 *  without one has nothing to supervise (unless nothing else is left, so the table is never empty). */
function decisionTable(input: MinutesInput): TableBlock {
  const items = agendaItems(input);
  const all: { d: SourcedDecision; item?: ItemView }[] = [
    ...items.flatMap((item) => item.decisions.map((d) => ({ d, item }))),
    ...topDecisions(input).map((d) => ({ d })),
  ];
  const supervised = all.filter(({ d }) => decisionKind(d.decision) === '交办' || d.decision.lead);
  const rows = supervised.length ? supervised : all;
  const byItem = items.some((it) => it.decisions.length);
  const hasDeadline = rows.some(({ d }) => d.decision.deadline);
  return {
    type: 'table',
    header: byItem ? ['序号', '议题', ...LEDGER_HEADER.slice(1, 5)] : [...LEDGER_HEADER],
    widths: byItem ? [3, 9, 16, 7.5, 7.5, hasDeadline ? 10.5 : 6] : ledgerWidths(hasDeadline, false),
    role: 'decision',
    rows: rows.map(({ d, item }, i) => {
      const src = d.src;
      const cells = row(i, {
        task: clause(d.decision.text, `${src}.text`)!,
        lead: d.decision.lead ? fact(d.decision.lead, `${src}.lead`) : gap('牵头单位'),
        support: listRuns(d.decision.support, `${src}.support`),
        deadline: d.decision.deadline ? deadlineRuns(d.decision.deadline, `${src}.deadline`) : undefined,
        measure: undefined,
      });
      // An approval or a rule has no deadline by nature: an empty cell, not a gap.
      if (decisionKind(d.decision) !== '交办' && !d.decision.deadline) cells[4] = [];
      if (decisionKind(d.decision) !== '交办' && !d.decision.lead) cells[2] = [];
      if (!byItem) return cells;
      return [cells[0]!, item ? clause(item.title.text, item.title.src)! : [], ...cells.slice(1, 5)];
    }),
  };
}

/**
 * One row. 序号 is derived from the position (a literal run, like a heading number); a missing
 * 配合单位 or 目标 is an empty cell, since neither is required of a task; a missing 完成时限 is a gap,
 * since an item without a deadline cannot be supervised.
 */
function row(i: number, f: RowFacts): Run[][] {
  return [lit(String(i + 1)), f.task, f.lead, f.support ?? [], f.deadline ?? gap('完成时限'), f.measure ?? []];
}
