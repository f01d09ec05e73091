// Loads the built-in proofreading lexicon (corpus/proof/*.yaml) and compiles it once per process.
// The user's own entries (SQLite, see main/services/store) are merged in by the caller through
// `loadProofLexicon({ user })`; the built-in part is compiled only once however often that is called.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { compileLexicon, type CompiledLexicon } from '../../../core/proof/index.ts';
import { confusionList, formulationList, type ProofLexicon, type UserEntry } from '../../../core/proof/types.ts';
import { PACKAGE_ROOT } from '../library-files.ts';
import { loadSpellingModel } from './spelling-data.ts';

export interface LoadProofOptions {
  /** Package root holding corpus/proof (tests point it elsewhere). */
  root?: string;
  /** The user's lexicon entries, from the store; disabled ones are ignored by the compiler. */
  user?: readonly UserEntry[];
  /** Look for typos by dictionary and sound too (default); its model is read once per process. */
  spelling?: boolean;
}

function readList<T>(root: string, name: string, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: Error } }): T {
  const file = `corpus/proof/${name}`;
  let raw: unknown;
  try {
    raw = parse(readFileSync(join(root, file), 'utf8'));
  } catch (err) {
    throw new Error(`${file}: ${(err as Error).message}`, { cause: err });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.message}`);
  return parsed.data;
}

/** Reads and checks the built-in lexicon; a malformed file names itself in the error. */
export function readProofLexicon(root = PACKAGE_ROOT): ProofLexicon {
  return {
    confusions: readList(root, 'confusions.yaml', confusionList).entries,
    formulations: readList(root, 'formulations.yaml', formulationList).entries,
    user: [],
  };
}

interface BuiltIn {
  lexicon: ProofLexicon;
  compiled: CompiledLexicon;
  /** `compiled` with the spelling model, made on first use. */
  spelled?: CompiledLexicon;
}

const cache = new Map<string, BuiltIn>();

function builtIn(root: string): BuiltIn {
  let hit = cache.get(root);
  if (!hit) {
    const lexicon = readProofLexicon(root);
    hit = { lexicon, compiled: compileLexicon(lexicon) };
    cache.set(root, hit);
  }
  return hit;
}

/**
 * The lexicon to proofread with: the built-in one (compiled once per process) plus the user's
 * entries when given (compiled on each call: they are few, and they change while the app runs).
 */
export function loadProofLexicon(options: LoadProofOptions = {}): CompiledLexicon {
  const root = options.root ?? PACKAGE_ROOT;
  const hit = builtIn(root);
  const user = options.user ?? [];
  const spelling = options.spelling === false ? undefined : loadSpellingModel(root);
  const base = spelling ? (hit.spelled ??= { ...hit.compiled, spelling }) : hit.compiled;
  if (user.length === 0) return base;
  const { compiled } = hit;
  const own = compileLexicon({ confusions: [], formulations: [], user: [...user] });
  return { ...compiled, user: own.user, allow: own.allow, ...(spelling ? { spelling } : {}) };
}
