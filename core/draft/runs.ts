// Building text out of runs: literal phrase-bank text has no source; facts carry their input path.
import type { Elaboration, Run } from '../doc/model.ts';
import { own } from '../own.ts';

export type Vars = Record<string, Run[] | undefined>;

export function fact(text: string, src: string): Run[] {
  return [{ text, src }];
}

export function lit(text: string): Run[] {
  return text ? [{ text }] : [];
}

/** A visible gap the user must fill: never a made-up value. */
export function gap(what: string): Run[] {
  return [{ text: `【待补充：${what}】` }];
}

/** Joins run lists with a literal separator: 「区水务局、各街道」. */
export function joinRuns(parts: readonly Run[][], sep: string): Run[] {
  const out: Run[] = [];
  parts.forEach((p, i) => {
    if (i > 0 && sep) out.push({ text: sep });
    out.push(...p);
  });
  return out;
}

export function concat(...parts: (Run[] | undefined)[]): Run[] {
  return merge(parts.flatMap((p) => p ?? []));
}

/** Merges adjacent runs of the same source (and elaboration) so that the model stays small and readable. */
export function merge(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    if (!r.text) continue;
    const last = out[out.length - 1];
    if (last && last.src === r.src && sameElab(last.elab, r.elab)) last.text += r.text;
    else out.push({ text: r.text, ...(r.src ? { src: r.src } : {}), ...(r.elab ? { elab: r.elab } : {}) });
  }
  return out;
}

function sameElab(a: Elaboration | undefined, b: Elaboration | undefined): boolean {
  return a === b || (!!a && !!b && a.pool === b.pool && a.tag === b.tag);
}

/** The runs marked as elaboration from `pool`, tagged with a topic or domain. */
export function tagged(runs: readonly Run[], pool: string, tag: string): Run[] {
  return runs.map((r) => ({ ...r, elab: { pool, tag } }));
}

/**
 * Fills a phrase pattern: 「今天，我们召开{meeting}。」. A slot the pattern names but the caller did
 * not supply is a bug in the phrase bank, so it throws rather than printing the braces.
 */
export function fill(pattern: string, vars: Vars): Run[] {
  const out: Run[] = [];
  let last = 0;
  for (const m of pattern.matchAll(/\{(\w+)\}/g)) {
    out.push({ text: pattern.slice(last, m.index) });
    const value = own(vars, m[1]!);
    if (!value) throw new Error(`phrase slot {${m[1]}} has no value in: ${pattern}`);
    out.push(...value);
    last = m.index! + m[0].length;
  }
  out.push({ text: pattern.slice(last) });
  return merge(out);
}

export function runsLength(runs: readonly Run[]): number {
  return runs.reduce((n, r) => n + r.text.length, 0);
}

/** Removes one trailing full stop (or similar) so that a fact can sit inside a sentence. */
export function trimEnd(runs: Run[]): Run[] {
  const out = runs.map((r) => ({ ...r }));
  const last = out[out.length - 1];
  if (last) last.text = last.text.replace(/[。；，、！;,.!\s]+$/u, '');
  return merge(out);
}

/** The runs without the characters from `start` to `end` of their text (a span may cross runs). */
export function cut(runs: readonly Run[], start: number, end: number): Run[] {
  const out: Run[] = [];
  let at = 0;
  for (const r of runs) {
    const from = at;
    at += r.text.length;
    const keep = r.text.slice(0, Math.max(0, start - from)) + r.text.slice(Math.max(0, end - from));
    if (keep) out.push(keep === r.text ? r : { ...r, text: keep });
  }
  return out;
}
