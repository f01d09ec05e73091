// Located recall, precision and clean sentences flagged on the development set
// (test/fixtures/proof/spelling-dev.jsonl), each report's sentences checked with character
// statistics counted without that report (held out).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileSpelling, type SpellingModel } from '../core/proof/spelling/model.ts';
import { readSpellingData } from '../main/services/proof/spelling-data.ts';
import { bigramCounts, bigramSources } from '../scripts/spelling-corpus.ts';

const ROOT = join(import.meta.dirname, '..');

export interface DevPair {
  fold: string;
  clean: string;
  typo: string;
  edits: { offset: number; wrong: string; right: string }[];
}

export function readDevSet(): DevPair[] {
  return readFileSync(join(ROOT, 'test', 'fixtures', 'proof', 'spelling-dev.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as DevPair);
}

/** One model per fold: the bigrams counted in every source but that fold's report. */
export function heldOutModels(folds: readonly string[]): Map<string, SpellingModel> {
  const sources = bigramSources(ROOT);
  const base = readSpellingData(ROOT, new Map());
  const out = new Map<string, SpellingModel>();
  for (const fold of folds) {
    const bigrams = bigramCounts(sources.filter((s) => s.name !== fold).map((s) => s.text));
    out.set(fold, compileSpelling({ ...base, bigrams }));
  }
  return out;
}

export interface Span {
  offset: number;
  length: number;
}

export interface DevScore {
  typos: number;
  located: number;
  findings: number;
  correctFindings: number;
  clean: number;
  cleanFlagged: number;
}

/**
 * `check` returns the findings' spans for a sentence. A typo is located when a finding covers its
 * character; a finding is correct when it covers a typo; a clean sentence is flagged when it has any.
 */
export function scoreDevSet(pairs: readonly DevPair[], check: (text: string, fold: string) => Span[]): DevScore {
  const s: DevScore = { typos: 0, located: 0, findings: 0, correctFindings: 0, clean: 0, cleanFlagged: 0 };
  const covers = (f: Span, at: number) => f.offset <= at && at < f.offset + Math.max(1, f.length);
  for (const p of pairs) {
    const found = check(p.typo, p.fold);
    s.typos += p.edits.length;
    s.located += p.edits.filter((e) => found.some((f) => covers(f, e.offset))).length;
    s.findings += found.length;
    s.correctFindings += found.filter((f) => p.edits.some((e) => covers(f, e.offset))).length;
    s.clean++;
    if (check(p.clean, p.fold).length > 0) s.cleanFlagged++;
  }
  return s;
}
