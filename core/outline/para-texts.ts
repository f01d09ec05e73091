import type { Para } from './join.ts';

/**
 * The paragraphs' texts. A loop, not map(): an array map() makes in interpreted code and one it
 * makes in optimised code can differ in kind, and V8 then throws away the optimised code of every
 * function the array reaches (buildDoc, detectGenre) and compiles it again, a cost that outweighs
 * the analysis of the first files of an import.
 */
export function texts(paras: readonly Para[]): string[] {
  const out: string[] = [];
  for (const p of paras) out.push(p.text);
  return out;
}
