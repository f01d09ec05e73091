// Fuzzing the material → draft → .docx path: any JSON value, and the examples mutated at random
// places, must end in a Chinese refusal or in a draft whose .docx is valid XML and holds every fact
// of the draft (each run that carries a `src`).
import fc from 'fast-check';
import JSZip from 'jszip';
import type { DocModel } from '../../core/doc/model.ts';
import { xmlSafe } from '../../core/doc/xml-text.ts';
import { DraftRequestError } from '../../core/draft/compose.ts';
import { draft } from '../../core/draft/index.ts';
import { formatErrors, validateInput } from '../../core/input/index.ts';
import { exportDocx } from '../../main/services/export/docx.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { docxXmlProblems } from '../helpers/docx-xml.ts';
import { loadExamples } from '../helpers/examples.ts';
import { anyText, count, fail, HOSTILE_STRINGS, messageProblem, tally, type Tally } from './common.ts';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** One change at a place in the material: the place is picked by index among all its places. */
interface Mutation {
  at: number;
  /** retype: a value of the same type (text for text, a number for a number): most mutants still validate. */
  op: 'retype' | 'set' | 'delete' | 'duplicate' | 'rename';
  value: Json;
  key: string;
  text: string;
  number: number;
}

function retyped(old: Json, m: Mutation): Json {
  if (typeof old === 'string') return m.text;
  if (typeof old === 'number') return m.number;
  return m.value;
}

const jsonLeaf: fc.Arbitrary<Json> = fc.oneof(anyText, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constantFrom(...HOSTILE_STRINGS));
const jsonValue: fc.Arbitrary<Json> = fc.oneof(
  { weight: 3, arbitrary: jsonLeaf },
  { weight: 1, arbitrary: fc.array(jsonLeaf, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.oneof(anyText, fc.constantFrom(...HOSTILE_STRINGS)), jsonLeaf, { maxKeys: 3 }) },
);
const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  op: fc.oneof({ weight: 12, arbitrary: fc.constant('retype' as const) }, fc.constantFrom('set', 'delete', 'duplicate', 'rename')),
  text: anyText,
  number: fc.oneof(fc.integer({ min: -5, max: 100_000 }), fc.double({ min: -1, max: 1e7, noNaN: true })),
  value: jsonValue,
  key: fc.oneof(anyText, fc.constantFrom(...HOSTILE_STRINGS)),
});

/** Every container in a JSON value with one of its keys: the places a mutation can touch. */
function places(root: Json): { parent: Json[] | { [k: string]: Json }; key: string | number }[] {
  const out: { parent: Json[] | { [k: string]: Json }; key: string | number }[] = [];
  const walk = (v: Json) => {
    if (Array.isArray(v)) {
      v.forEach((c, i) => {
        out.push({ parent: v, key: i });
        walk(c);
      });
    } else if (v !== null && typeof v === 'object') {
      for (const k of Object.keys(v)) {
        out.push({ parent: v, key: k });
        walk(v[k]!);
      }
    }
  };
  walk(root);
  return out;
}

function mutate(example: Json, mutations: readonly Mutation[]): Json {
  const root = structuredClone(example);
  for (const m of mutations) {
    const all = places(root);
    if (all.length === 0) break;
    const { parent, key } = all[m.at % all.length]!;
    if (Array.isArray(parent)) {
      const i = key as number;
      if (m.op === 'delete') parent.splice(i, 1);
      else if (m.op === 'duplicate') parent.splice(i, 0, structuredClone(parent[i]!));
      else parent[i] = m.op === 'retype' ? retyped(parent[i]!, m) : m.value;
    } else {
      const k = key as string;
      if (m.op === 'delete') delete parent[k];
      else if (m.op === 'rename') {
        Object.defineProperty(parent, m.key, { value: parent[k], enumerable: true, configurable: true, writable: true });
        if (m.key !== k) delete parent[k];
      } else if (m.op === 'duplicate') parent[k] = [structuredClone(parent[k]!), structuredClone(parent[k]!)] as Json;
      else parent[k] = m.op === 'retype' ? retyped(parent[k]!, m) : m.value;
    }
  }
  // As the API and the CLI receive it: through JSON (NaN becomes null, -0 becomes 0).
  return JSON.parse(JSON.stringify(root)) as Json;
}

/** The text of every run of a draft that carries a fact (`src`). */
function factTexts(doc: DocModel): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.text === 'string' && typeof o.src === 'string' && o.text.trim() !== '') out.push(o.text);
      Object.values(o).forEach(walk);
    }
  };
  walk(doc);
  return out;
}

async function documentText(bytes: Uint8Array): Promise<string> {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!).join('').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

const squeeze = (s: string) => s.replace(/\s+/g, '');

export interface FuzzRun {
  runs: number;
  seed: number;
  /** Count failures and go on (npm run fuzz) rather than throw (the test suite). */
  collect?: boolean;
}

export async function fuzzInput({ runs, seed, collect = false }: FuzzRun): Promise<Tally> {
  const t = tally();
  const library = loadDraftLibrary();
  const examples = loadExamples().map((e) => e.raw as Json);
  const material = fc.oneof(
    { weight: 1, arbitrary: fc.jsonValue() as fc.Arbitrary<Json> },
    { weight: 6, arbitrary: fc.tuple(fc.nat(examples.length - 1), fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([i, ms]) => mutate(examples[i]!, ms)) },
  );
  await fc.assert(
    fc.asyncProperty(material, fc.nat(1000), async (raw, draftSeed) => {
      t.tried++;
      const v = validateInput(raw);
      if (!v.ok) {
        count(t, 'refused');
        for (const message of formatErrors(v.errors)) {
          const problem = messageProblem(message);
          if (problem) fail(t, 'bad refusal', problem, collect);
        }
        return;
      }
      let doc: DocModel;
      let bytes: Uint8Array;
      try {
        doc = draft(v.value, library, { seed: draftSeed });
        bytes = await exportDocx(doc);
      } catch (err) {
        // A request the material cannot satisfy (a template it names that does not exist) is a
        // refusal the API shows as it is; its message must read like one.
        if (err instanceof DraftRequestError) {
          count(t, 'refused');
          const problem = messageProblem(err.message);
          if (problem) fail(t, 'bad refusal', problem, collect);
          return;
        }
        fail(t, 'uncaught exceptions', `${(err as Error).stack ?? String(err)}\n${JSON.stringify(raw).slice(0, 300)}`, collect);
        return;
      }
      count(t, 'drafted');
      const problems = await docxXmlProblems(bytes);
      if (problems.length) return fail(t, 'invalid .docx', problems.join('; '), collect);
      const text = squeeze(await documentText(bytes));
      const facts = factTexts(doc);
      t.counts['facts checked'] = (t.counts['facts checked'] ?? 0) + facts.length;
      const missing = facts.filter((f) => !text.includes(squeeze(xmlSafe(f).text)));
      if (missing.length) fail(t, 'facts missing from the .docx', missing.slice(0, 3).join(' | '), collect);
    }),
    { numRuns: runs, seed, endOnFailure: true },
  );
  return t;
}
