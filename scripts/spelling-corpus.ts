// The texts the spelling checker's character statistics are counted in, and the counting itself.
// Shared by the data build (scripts/build-spelling-data.ts) and the held-out measurement
// (bench/spelling.ts), which counts again without the report its sentences come from.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { modelChar } from '../core/proof/spelling/model.ts';

export const SPELLING_DIR = 'corpus/proof/spelling';

export interface SourceText {
  /** Path relative to the package root or to ../shared, for SOURCES.md and for holding a text out. */
  name: string;
  text: string;
}

/** Every string inside a parsed YAML value. */
function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) strings(x, out);
  return out;
}

/**
 * The public-domain government work reports (../shared/fixtures/import: state documents, PRC
 * Copyright Law art. 5) and our own wording (every corpus/*.yaml and templates/*.yaml, and the proofreader's
 * lexicon, whose right-hand sides are correct forms). Not ../shared/genre: those speeches carry
 * real errors, and who may use them is unclear.
 */
export function bigramSources(root: string): SourceText[] {
  const shared = join(root, '..', 'shared', 'fixtures', 'import');
  const reports = readdirSync(shared)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: `fixtures/import/${f}`, text: readFileSync(join(shared, f), 'utf8') }));
  const yamlIn = (dir: string) => readdirSync(join(root, dir)).filter((f) => f.endsWith('.yaml')).sort().map((f) => `${dir}/${f}`);
  const own = [...yamlIn('corpus'), 'corpus/proof/formulations.yaml', ...yamlIn('templates')]
    .map((name) => ({ name, text: strings(parse(readFileSync(join(root, name), 'utf8'))).join('\n') }));
  const confusions = parse(readFileSync(join(root, 'corpus/proof/confusions.yaml'), 'utf8')) as { entries: { right: string }[] };
  own.push({ name: 'corpus/proof/confusions.yaml', text: confusions.entries.map((e) => e.right).join('\n') });
  return [...reports, ...own];
}

/** A Chinese character or a digit (counted as the model's DIGIT, 0). */
const COUNTED = /[\u4e00-\u9fff〇0-9０-９]/u;

/** Counts of adjacent pairs of Chinese characters and digits (every digit as 0: 0月, 月0, 00). */
export function bigramCounts(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (let i = 0; i + 1 < text.length; i++) {
      const a = text[i]!;
      const b = text[i + 1]!;
      if (!COUNTED.test(a) || !COUNTED.test(b)) continue;
      const k = modelChar(a) + modelChar(b);
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  return counts;
}

export function writeBigrams(file: string, counts: Map<string, number>): void {
  const lines = [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([k, n]) => `${k}\t${n}`);
  writeFileSync(file, lines.join('\n') + '\n');
}
