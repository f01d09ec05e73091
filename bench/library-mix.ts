// The representative .txt/.md mix of the 范文库 bench (bench/library-formats.ts): every .txt and .md
// file of ../shared/genre, ../shared/fixtures/import and test/fixtures that the import takes
// (single speeches and reports, minutes, scraped collections, government work reports, notes),
// each once per round, repeated to about 4 MB. Beside the scraped-collection row (one 7.6 KB file of
// six documents, the analysis's worst case per byte) it shows what a folder of mixed material costs.
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { importFiles } from '../main/services/library/library.ts';
import { formatOf } from '../main/services/library/read.ts';
import { Store } from '../main/services/store/store.ts';

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

/**
 * The mix's files: those the import itself takes. Every candidate is imported once, as the rows
 * will import it (importFiles, one thread, into a scratch database in `scratch`), and kept only if it
 * came out 'imported' — not refused (an empty file, a binary named .txt, a title alone), not a
 * duplicate of an earlier one. Whatever the import comes to refuse or merge later, the mix follows,
 * so its rows cannot fail on a count of their own making.
 */
export async function mixSources(scratch: string, folders: readonly string[] = FOLDERS): Promise<{ path: string; bytes: Buffer }[]> {
  const paths: string[] = [];
  for (const dir of folders) walk(dir, paths);
  const file = join(scratch, 'mix-trial.db');
  const store = new Store(file);
  let summary;
  try {
    summary = await importFiles(store, paths, undefined, { worker: false });
  } finally {
    store.close();
    for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  }
  const imported = new Set(summary.files.filter((r) => r.status === 'imported').map((r) => r.file));
  return paths.filter((p) => imported.has(p)).map((path) => ({ path, bytes: readFileSync(path) }));
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
