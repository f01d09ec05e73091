// A 【待补充：…】 gap of a line filled with what the user typed (the speaker's name in the speaker line,
// typed where the gap is — session 21's screen test: only 材料 → 重新生成 could fill it, at the cost of
// her edits). The typed text has no source field; the runs around it keep theirs. Pure.
import type { Run } from './model.ts';

/** `runs` with the first `gap` (its whole text, 「【待补充：讲话人姓名】」) replaced by `value`; unchanged if absent. */
export function fillGap(runs: readonly Run[], gap: string, value: string): Run[] {
  const at = runs.findIndex((r) => r.text.includes(gap));
  if (at < 0 || !value) return [...runs];
  const r = runs[at]!;
  const [before, ...rest] = r.text.split(gap);
  const after = rest.join(gap);
  const pieces: Run[] = [...(before ? [{ ...r, text: before }] : []), { text: value }, ...(after ? [{ ...r, text: after }] : [])];
  // A gap is a run of its own (core/draft/runs.ts gap()): what stood beside it inside the run keeps its source.
  return [...runs.slice(0, at), ...pieces, ...runs.slice(at + 1)];
}
