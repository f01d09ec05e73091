// The crash test of issue #4: a child process saving versions in a loop is killed with SIGKILL at
// random moments, 100 times, reusing one database file (each child continues where the last one
// stopped, facing the WAL the killed one left). After each kill the file passes integrity_check
// and every version whose save had returned is there, with its number, its hash and the very bytes
// of its DocModel, recomputed here from (seed, n).
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { createRng } from '../../core/draft/random.ts';
import { PACKAGE_ROOT } from '../../main/services/library-files.ts';
import { toChunks } from '../../main/services/store/snapshot.ts';
import { Store } from '../../main/services/store/store.ts';
import { crashDoc, crashKind } from '../fixtures/store-crash-child.ts';

const KILLS = 100;
const SEED = 4;
const CHILD = join(PACKAGE_ROOT, 'test', 'fixtures', 'store-crash-child.ts');
/** Most kills land 30–300 ms after the child's first saved version; every tenth lands at random
 *  from its start, often while it opens the file and recovers the WAL the last one left. */
const KILL_AFTER_FIRST_SAVE = [30, 300] as const;

const tmp = mkdtempSync(join(tmpdir(), 'wengao-crash-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Run {
  saved: { number: number; hash: string }[];
  signal: NodeJS.Signals | null;
  code: number | null;
  stderr: string;
  firstSaveMs: number | undefined;
}

/** Starts a child on `dbPath` and kills it `killAfter(firstSaveMs)` ms after its first saved line
 *  (or `early` ms after its start). Resolves with the complete `saved` lines it wrote. */
function runChild(dbPath: string, delay: { early?: number; afterFirst: number }): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx/esm', CHILD, dbPath, String(SEED)], { cwd: PACKAGE_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let stderr = '';
    let firstSaveMs: number | undefined;
    const kill = () => child.kill('SIGKILL');
    const timers = [setTimeout(kill, 20_000)]; // a child that never saves is killed too, and the test fails below
    if (delay.early !== undefined) timers.push(setTimeout(kill, delay.early));
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      if (firstSaveMs === undefined && out.includes('\n')) {
        firstSaveMs = performance.now() - started;
        if (delay.early === undefined) timers.push(setTimeout(kill, delay.afterFirst));
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      for (const t of timers) clearTimeout(t);
      // Only whole lines: a line cut short was never a returned save.
      const lines = out.split('\n').slice(0, -1);
      const saved = lines.map((line) => {
        const m = /^saved (\d+) ([0-9a-f]{64})$/.exec(line);
        if (!m) throw new Error(`unexpected child output: ${line}`);
        return { number: Number(m[1]), hash: m[2]! };
      });
      resolve({ saved, signal, code, stderr, firstSaveMs });
    });
  });
}

const expected = new Map<number, { json: string; hash: string }>();
function version(n: number): { json: string; hash: string } {
  let v = expected.get(n);
  if (!v) {
    const doc = crashDoc(SEED, n);
    v = { json: JSON.stringify(doc), hash: toChunks(doc).hash };
    expected.set(n, v);
  }
  return v;
}

/** Reads the killed child's file without writing to it: integrity, numbers, kinds and hashes. */
function checkReadOnly(dbPath: string, reported: ReadonlyMap<number, string>): number {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const rows = db.prepare(`SELECT number, kind, hash FROM versions WHERE document_id = 1 ORDER BY number`).all() as {
      number: number;
      kind: string;
      hash: string;
    }[];
    // Versions 1…max, none missing, each the content the child was asked to save.
    expect(rows.map((r) => r.number)).toEqual(rows.map((_r, i) => i + 1));
    for (const [n, hash] of reported) {
      const row = rows[n - 1];
      expect(row, `version ${n} reported saved`).toBeDefined();
      expect(row!.hash, `version ${n}`).toBe(hash);
    }
    for (const r of rows) {
      expect(r.hash, `version ${r.number}`).toBe(version(r.number).hash);
      expect(r.kind).toBe(crashKind(r.number));
    }
    return rows.length;
  } finally {
    db.close();
  }
}

/** Opens a copy of the killed child's files with the store (recovering its WAL there, so that the
 *  next child still meets the crashed state) and compares the DocModels' bytes. */
function checkDocs(dbPath: string, numbers: Iterable<number>): void {
  const copy = join(tmp, 'check.db');
  for (const side of ['', '-wal', '-shm']) rmSync(copy + side, { force: true });
  copyFileSync(dbPath, copy);
  if (existsSync(`${dbPath}-wal`)) copyFileSync(`${dbPath}-wal`, `${copy}-wal`);
  const store = new Store(copy);
  try {
    for (const n of numbers) expect(JSON.stringify(store.versionDoc(1, n)), `version ${n}`).toBe(version(n).json);
  } finally {
    store.close();
  }
}

it(`keeps every returned save through ${KILLS} SIGKILLs of a saving process`, { timeout: 300_000 }, async () => {
  const dbPath = join(tmp, 'wengao.db');
  const rng = createRng(SEED);
  const reported = new Map<number, string>();
  const startupTimes: number[] = [];
  let present = 0;
  let earlyKills = 0;
  const t0 = performance.now();

  for (let k = 0; k < KILLS; k++) {
    const typicalStart = startupTimes.length ? [...startupTimes].sort((a, b) => a - b)[startupTimes.length >> 1]! : 800;
    const early = k % 10 === 9 ? Math.floor(rng() * typicalStart) : undefined;
    const afterFirst = KILL_AFTER_FIRST_SAVE[0] + Math.floor(rng() * (KILL_AFTER_FIRST_SAVE[1] - KILL_AFTER_FIRST_SAVE[0]));
    const run = await runChild(dbPath, { early, afterFirst });

    // It died of the kill, not of an error of its own.
    expect(run.signal, `child ${k} exited with code ${run.code}: ${run.stderr}`).toBe('SIGKILL');
    if (early === undefined) expect(run.firstSaveMs, `child ${k} never saved: ${run.stderr}`).toBeDefined();
    else earlyKills++;
    if (run.firstSaveMs !== undefined) startupTimes.push(run.firstSaveMs);

    // Each child continues from the newest version, whether or not it lived to report it.
    const previous = present;
    if (run.saved.length) expect(run.saved[0]!.number).toBeGreaterThan(Math.max(0, ...reported.keys()));
    for (const s of run.saved) reported.set(s.number, s.hash);
    present = checkReadOnly(dbPath, reported);
    expect(present).toBeGreaterThanOrEqual(Math.max(0, ...reported.keys()));

    // The bytes of every version this child wrote (reported or not), and a sample of older ones.
    const sample = Array.from({ length: Math.min(10, previous) }, () => 1 + Math.floor(rng() * previous));
    checkDocs(dbPath, [...Array.from({ length: present - previous }, (_v, i) => previous + 1 + i), ...sample]);
  }

  // At the end, every version ever reported, byte for byte.
  checkDocs(dbPath, reported.keys());
  const seconds = (performance.now() - t0) / 1000;
  console.log(
    `crash test: ${KILLS} kills (${earlyKills} early), ${reported.size} saves reported, ${present} versions in the file, ` +
      `median start to first save ${[...startupTimes].sort((a, b) => a - b)[startupTimes.length >> 1]?.toFixed(0)} ms, ${seconds.toFixed(1)} s`,
  );
  expect(reported.size).toBeGreaterThan(KILLS);
});
