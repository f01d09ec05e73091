// The user's decisions on the incoming changes, applied: the lines of the new version. Pure.
import type { Decision, Incoming, PreviewParagraph, ResultLine } from './types.ts';

export type Decide = (change: number) => Decision;

/** Accept all, reject all, or these accepted and those rejected with the rest one way. */
export function decider(rest: Decision, accept: readonly number[] = [], reject: readonly number[] = []): Decide {
  const a = new Set(accept);
  const r = new Set(reject);
  return (id) => (a.has(id) ? 'accept' : r.has(id) ? 'reject' : rest);
}

export function applyDecisions(inc: Incoming, decide: Decide): ResultLine[] {
  const accepted = (id: number | undefined) => id !== undefined && decide(id) === 'accept';
  const levelOf = (p: PreviewParagraph) => {
    if (p.levelChange === undefined) return p.level;
    const levels = inc.changes[p.levelChange - 1]!.levels!;
    return accepted(p.levelChange) ? levels.to : levels.from;
  };
  const out: ResultLine[] = [];
  const push = (line: ResultLine) => {
    if (line.text.trim() !== '') out.push(line);
  };
  const origin = (p: PreviewParagraph) => ({ ...(p.base !== undefined ? { base: p.base } : {}), ...(p.file !== undefined ? { file: p.file } : {}) });
  for (const p of inc.paragraphs) {
    switch (p.kind) {
      case 'equal':
        push({ level: levelOf(p), text: p.text, ...origin(p) });
        break;
      case 'changed': {
        const text = p.spans.map((s) => (s.op === 'equal' || (s.op === 'insert') === accepted(s.change) ? s.text : '')).join('');
        push({ level: levelOf(p), text, ...origin(p) });
        break;
      }
      case 'inserted':
        if (accepted(p.change)) push({ level: p.level, text: p.text, ...origin(p) });
        break;
      case 'deleted':
        if (!accepted(p.change)) push({ level: p.level, text: p.text, ...origin(p) });
        break;
      case 'moved': {
        // The paragraph stands at its new place when the move is accepted, at its old one otherwise;
        // its level is decided on its own, and shown on the new place.
        const partner = inc.paragraphs.find((q) => q !== p && q.kind === 'moved' && q.change === p.change);
        const to = p.side === 'to' ? p : partner;
        const level = to ? levelOf(to) : p.level;
        if ((p.side === 'to') === accepted(p.change)) push({ level, text: p.text, ...origin(p), ...(p.side === 'from' && to?.file !== undefined ? { file: to.file } : {}) });
        break;
      }
    }
  }
  return out;
}
