// The representative .txt/.md mix of the 范文库 bench (bench/library-formats.ts): every .txt and .md
// file of ../shared/genre, ../shared/fixtures/import and test/fixtures that imports without refusal
// (single speeches and reports, minutes, scraped collections, government work reports, notes),
// each once per round, repeated to about 4 MB. Beside the scraped-collection row (one 7.6 KB file of
// six documents, the analysis's worst case per byte) it shows what a folder of mixed material costs.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { analyseFileBytes } from '../main/services/library/analysis.ts';
import { formatOf } from '../main/services/library/read.ts';

const ROOT = join(import.meta.dirname, '..');
const FOLDERS = [join(ROOT, '..', 'shared', 'genre'), join(ROOT, '..', 'shared', 'fixtures', 'import'), join(ROOT, 'test', 'fixtures')];

function walk(dir: string, out: string[]): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of names) {
    const p = join(dir, name);
    // hostile/ holds files that test the import's time budget, not material anyone collects.
    if (name === 'node_modules' || name === 'hostile' || name.startsWith('.')) continue;
    if (statSync(p).isDirectory()) walk(p, out);
    else if (['txt', 'md'].includes(formatOf(p) ?? '')) out.push(p);
  }
}

/** The mix's files: read, analysed here once, kept if they give documents; byte-identical copies once. */
export async function mixSources(): Promise<{ path: string; bytes: Buffer }[]> {
  const paths: string[] = [];
  for (const dir of FOLDERS) walk(dir, paths);
  const seen = new Set<string>();
  const out: { path: string; bytes: Buffer }[] = [];
  for (const path of paths) {
    const bytes = readFileSync(path);
    const hash = createHash('sha256').update(bytes).digest('hex');
    if (seen.has(hash)) continue;
    seen.add(hash);
    try {
      const a = await analyseFileBytes(formatOf(path)!, bytes);
      if (a.documents.length > 0) out.push({ path, bytes });
    } catch {
      // Refused (an empty file, a binary named .txt): not in the mix.
    }
  }
  return out;
}

/** Writes rounds of the mix into `dir` until `target` bytes; each copy made distinct by trailing spaces (one per round). */
export function writeMix(sources: readonly { path: string; bytes: Buffer }[], dir: string, target: number): { n: number; total: number } {
  let n = 0;
  let total = 0;
  for (let round = 0; total < target; round++) {
    sources.forEach((s, k) => {
      const copy = round === 0 ? s.bytes : Buffer.concat([s.bytes, Buffer.from(`\n${' '.repeat(round)}`)]);
      writeFileSync(join(dir, `${String(round).padStart(3, '0')}-${String(k).padStart(3, '0')}-${basename(s.path)}`), copy);
      total += copy.length;
      n++;
    });
  }
  return { n, total };
}
