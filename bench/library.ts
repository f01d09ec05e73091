// Issue #5 figures, on a real database file in a temporary folder (WAL, synchronous = FULL):
//  · import throughput: the shared documents (genre/ + fixtures/import/) copied to 50 MB of files,
//    imported with importFiles — read, decode, analyse (in a worker thread), insert and index in
//    batches of files — in MB of input per second, with the load average around it: the machine
//    may be busy with other work, and the import wants both cores;
//  · search p50/p95 over 100,000 passages (the imported ones, trimmed to 100,000), on the index as
//    the import left it (not optimized): 200 queries, 3–8 character phrases cut from the text and
//    1–2 character strings, some with a role filter;
//  · ripgrep over the same text (the passages, one a line) as a baseline, process start included.
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyse } from '../core/outline/index.ts';
import { decodeText } from '../main/services/library/decode.ts';
import { importFiles, indexPassages, search, type SearchOptions } from '../main/services/library/library.ts';
import { migrate } from '../main/services/store/migrations/index.ts';
import { Store } from '../main/services/store/store.ts';
import { SHARED } from '../test/helpers/examples.ts';
import { ms, percentile, row } from './measure.ts';

const TARGET_IMPORT_MBS = 5;
const TARGET_SEARCH_P95_MS = 10;
const IMPORT_BYTES = 50 * 1024 * 1024;
const PASSAGES = 100_000;
const QUERIES = 200;
const RG_QUERIES = 50;
/** Rounds of the shared documents through analyse() before and while its rate is measured. */
const WARM_ROUNDS = 20;
const ROUNDS = 40;

/** A small deterministic generator (mulberry32): the same queries every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Query {
  text: string;
  options: SearchOptions;
}

/** Phrases cut from passages: ¾ of 3–8 characters, ¼ of 1–2; every 8th with a role filter. */
function makeQueries(texts: readonly string[], n: number): Query[] {
  const rnd = random(5);
  const out: Query[] = [];
  while (out.length < n) {
    const chars = [...texts[Math.floor(rnd() * texts.length)]!];
    const len = out.length % 4 === 3 ? 1 + Math.floor(rnd() * 2) : 3 + Math.floor(rnd() * 6);
    if (chars.length < len) continue;
    const at = Math.floor(rnd() * (chars.length - len + 1));
    const text = chars.slice(at, at + len).join('');
    if (/[\s\u3000]/.test(text)) continue;
    out.push({ text, options: out.length % 8 === 7 ? { role: '任务' } : {} });
  }
  return out;
}

/** Milliseconds of CPU (user and system, every thread of the process) since `from`. */
function cpuMs(from: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
}

function mbs(bytes: number, msTaken: number): string {
  return `${(bytes / 1048576 / (msTaken / 1000)).toFixed(2)} MB/s`;
}

const WIDTHS = [46, 14, 14, 14];

interface Fixture {
  name: string;
  bytes: Buffer;
}

export async function benchLibrary(): Promise<boolean> {
  const tmp = mkdtempSync(join(tmpdir(), 'wengao-bench-library-'));
  try {
    console.log('\n## 范文库 (issue #5) — import, search over 100,000 passages, ripgrep baseline');
    const fixtures = [join(SHARED, 'genre'), join(SHARED, 'fixtures', 'import')].flatMap((d) =>
      readdirSync(d)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => ({ name: f, bytes: readFileSync(join(d, f)) })),
    );
    const input = writeImportFiles(join(tmp, 'import'), fixtures);
    // For the breakdown: analysis alone, and the trigram index alone.
    const analysis = measureAnalysis(input.texts);
    const indexing = measureIndexing(input.texts);

    const store = new Store(join(tmp, 'data', 'wengao.db'));
    try {
      const importOk = await benchImport(store, input, fixtures, analysis, indexing);
      const searchOk = benchSearch(store, tmp);
      console.log(`targets: import ≥ ${TARGET_IMPORT_MBS} MB/s — ${importOk ? 'met' : 'NOT MET'}; search p95 ≤ ${TARGET_SEARCH_P95_MS} ms — ${searchOk ? 'met' : 'NOT MET'}`);
      return importOk && searchOk;
    } finally {
      store.close();
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The shared documents copied into `dir` until they make IMPORT_BYTES; the texts of the first copy. */
function writeImportFiles(dir: string, fixtures: readonly Fixture[]): { dir: string; total: number; files: number; texts: string[]; sample: number } {
  mkdirSync(dir);
  let total = 0;
  let files = 0;
  const texts: string[] = [];
  for (let copy = 0; total < IMPORT_BYTES; copy++) {
    for (const f of fixtures) {
      // Each copy differs by its trailing spaces, so the import does not take it for a duplicate.
      const bytes = Buffer.concat([f.bytes, Buffer.from('\n' + ' '.repeat(copy))]);
      writeFileSync(join(dir, `${String(copy).padStart(4, '0')}-${f.name}`), bytes);
      if (copy === 0) texts.push(decodeText(bytes).text);
      total += bytes.length;
      files++;
    }
  }
  return { dir, total, files, texts, sample: fixtures.reduce((n, f) => n + f.bytes.length, 0) };
}

/** The analysis of the texts, per round, in wall-clock and CPU milliseconds. */
function measureAnalysis(texts: readonly string[]): { ms: number; cpuMs: number } {
  // Warmed up first, as it is in an import (the worker analyses thousands of files): measured
  // cold, the first rounds — the JIT still compiling the analysis — read about three times slow.
  for (let k = 0; k < WARM_ROUNDS; k++) for (const t of texts) analyse(t);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (let k = 0; k < ROUNDS; k++) for (const t of texts) analyse(t);
  return { ms: (performance.now() - t0) / ROUNDS, cpuMs: cpuMs(c0) / ROUNDS };
}

/** The trigram index alone: in memory, the texts' passages ×20 indexed the way an import batch is (migration 0002's table, indexPassages). */
function measureIndexing(texts: readonly string[]): { bytes: number; ms: number } {
  const passageTexts = texts.flatMap((t) => analyse(t).documents.flatMap((d) => d.passages.map((p) => p.text)));
  const mem = new Database(':memory:');
  migrate(mem);
  mem.pragma('foreign_keys = OFF'); // passages without their documents: only the index is measured
  const put = mem.prepare(`INSERT INTO passages (document_id, seq, role, path, heading, text) VALUES (1, ?, '其他', '', NULL, ?)`);
  let bytes = 0;
  let seq = 0;
  for (let k = 0; k < 20; k++) {
    for (const text of passageTexts) {
      put.run(++seq, text);
      bytes += Buffer.byteLength(text);
    }
  }
  const t2 = performance.now();
  mem.transaction(() => indexPassages(mem))();
  const ms = performance.now() - t2;
  mem.close();
  return { bytes, ms };
}

/** The import of the folder into the store, printed with its breakdown; whether it met its target. */
async function benchImport(
  store: Store,
  input: ReturnType<typeof writeImportFiles>,
  fixtures: readonly Fixture[],
  analysis: { ms: number; cpuMs: number },
  indexing: { bytes: number; ms: number },
): Promise<boolean> {
  const { dir, total, files, sample } = input;
  const loadBefore = loadavg()[0]!;
  const t1 = performance.now();
  const c1 = process.cpuUsage();
  const summary = await importFiles(store, [dir]);
  const importMs = performance.now() - t1;
  const importCpuMs = cpuMs(c1);
  const load = `load average ${loadBefore.toFixed(2)} → ${loadavg()[0]!.toFixed(2)} (${cpus().length} cores)`;
  if (summary.imported !== files) throw new Error(`bench import: ${summary.imported} of ${files} files imported`);
  const passages = store.db.prepare(`SELECT count(*) FROM passages`).pluck().get() as number;
  const widths = WIDTHS;
  console.log(row(['import', 'input', 'time', 'throughput'], widths));
  console.log(row([`${files} files (7 shared documents × ${files / fixtures.length}), ${passages.toLocaleString('en-US')} passages`, `${(total / 1048576).toFixed(1)} MB`, `${(importMs / 1000).toFixed(1)} s`, mbs(total, importMs)], widths));
  console.log(row([`  ${load}`, '', '', ''], widths));
  // CPU seconds do not grow with other processes' load as wall-clock time does: the import's
  // own cost, what one quiet core would take (its worker runs beside it, so a quiet machine is faster).
  console.log(row(['  the same per CPU second (all its threads)', '', `${(importCpuMs / 1000).toFixed(1)} s`, mbs(total, importCpuMs)], widths));
  console.log(row(['  analysis alone, warmed up (clean, split, outline, roles)', '', '', mbs(sample, analysis.ms)], widths));
  console.log(row(['  analysis alone, per CPU second', '', '', mbs(sample, analysis.cpuMs)], widths));
  console.log(row(['  FTS5 trigram indexing alone (in memory, one batch)', '', '', mbs(indexing.bytes, indexing.ms)], widths));
  return total / 1048576 / (importMs / 1000) >= TARGET_IMPORT_MBS;
}

/** Search over the imported passages trimmed to PASSAGES, printed by mode, then ripgrep's baseline; whether p95 met its target. */
function benchSearch(store: Store, tmp: string): boolean {
  const passages = store.db.prepare(`SELECT count(*) FROM passages`).pluck().get() as number;
  if (passages < PASSAGES) throw new Error(`bench search: only ${passages} passages`);
  const cut = store.db.prepare(`SELECT id FROM passages ORDER BY id LIMIT 1 OFFSET ?`).pluck().get(PASSAGES) as number;
  store.db.transaction(() => store.db.prepare(`DELETE FROM passages WHERE id >= ?`).run(cut))();
  const all = store.db.prepare(`SELECT text FROM passages ORDER BY id`).pluck().all() as string[];
  const queries = makeQueries(all, QUERIES);
  for (const q of queries.slice(0, 20)) search(store, q.text, q.options); // warm the cache
  const times: number[] = [];
  const byMode: Record<string, number[]> = { fts: [], like: [] };
  let hits = 0;
  for (const q of queries) {
    const t = performance.now();
    const r = search(store, q.text, q.options);
    const took = performance.now() - t;
    times.push(took);
    byMode[r.mode]!.push(took);
    hits += r.hits.length;
  }
  const p95 = percentile(times, 95);
  console.log(row([`search (${all.length.toLocaleString('en-US')} passages, limit 20)`, 'p50', 'p95', 'max'], WIDTHS));
  console.log(row([`${QUERIES} queries, ${(hits / QUERIES).toFixed(1)} hits each on average`, ms(percentile(times, 50)), ms(p95), ms(Math.max(...times))], WIDTHS));
  for (const [mode, t] of Object.entries(byMode)) {
    if (t.length === 0) continue;
    const label = mode === 'fts' ? `  ${t.length} of 3–8 characters (FTS5 trigram, bm25)` : `  ${t.length} of 1–2 characters (LIKE)`;
    console.log(row([label, ms(percentile(t, 50)), ms(percentile(t, 95)), ms(Math.max(...t))], WIDTHS));
  }
  ripgrepBaseline(tmp, all, queries);
  return p95 <= TARGET_SEARCH_P95_MS;
}

/** ripgrep over the same text (the passages, one a line), process start included. */
function ripgrepBaseline(tmp: string, all: readonly string[], queries: readonly Query[]): void {
  const probe = spawnSync('rg', ['--version']);
  if (probe.error || probe.status !== 0) {
    console.log(row(['ripgrep over the same text', 'ripgrep 未安装', '', ''], WIDTHS));
    return;
  }
  const file = join(tmp, 'passages.txt');
  writeFileSync(file, all.join('\n') + '\n');
  const rgTimes: number[] = [];
  for (const q of queries.slice(0, RG_QUERIES)) {
    const t = performance.now();
    spawnSync('rg', ['--fixed-strings', '--ignore-case', '--count', '--', q.text, file]);
    rgTimes.push(performance.now() - t);
  }
  const size = Buffer.byteLength(all.join('\n'));
  console.log(row([`rg -F -i -c, ${RG_QUERIES} of the queries, ${(size / 1048576).toFixed(1)} MB file`, ms(percentile(rgTimes, 50)), ms(percentile(rgTimes, 95)), ms(Math.max(...rgTimes))], WIDTHS));
}

// Run on its own: `npx tsx bench/library.ts`.
if (import.meta.url === `file://${process.argv[1]}`) await benchLibrary();
