// Imports of picked files off the thread that answers the UI and the API (browser mode's server,
// Electron's main process): each runs in the library's import worker (import-worker.ts), which
// reads, analyses and writes on its own connection to the same database file. This thread only
// hands over a file's path and waits; its own connection goes on reading meanwhile (WAL) and sees
// the import when it is committed.
//
// One worker per database, started at the first import and kept while imports come (a folder is
// imported one file a call); it ends after a while without one. Cancelling an import stops the
// worker at once: its open transaction is rolled back with it, and what its earlier transactions
// wrote (hidden until the import's last one) is swept away by the next worker, as after a worker
// that died. The worker counts this thread's writers (store/transaction.ts) and gives way to them.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { Store } from '../store/store.ts';
import { AUTOCHECKPOINT_PAGES, sharedWriters, sliceEnded } from '../store/transaction.ts';
import { LibraryError } from './errors.ts';
import type { FileResult } from './files.ts';
import type { PickDone, PickProgress } from './import-pick.ts';
import { receiveError, runImportJob, type ImportDone, type ImportJob, type ImportReply, type ImportRequest } from './import-worker.ts';
import { pendingToken } from './pending.ts';
import { IMPORT_WORKER, startLibraryWorker } from './worker-thread.ts';

/** A worker with no import for this long ends (its connection closed); the next import starts one. */
const IDLE_MS = 60_000;

export const CANCELLED = '导入已取消，这个文件没有写入范文库';

/** What a job is given: the files it reads are put in `dir`, removed when it ends; `token` is new. */
type JobOf<K extends ImportJob['kind']> = Omit<Extract<ImportJob, { kind: K }>, 'dir' | 'token'>;

export class ImportThread {
  private worker: Worker | undefined;
  private idle: ReturnType<typeof setTimeout> | undefined;
  private nextId = 0;
  private readonly waiting = new Map<number, Waiting>();
  /** Tokens of imports cancelled or lost with a worker: the next worker sweeps what they left. */
  private readonly unswept: string[] = [];

  constructor(private readonly store: Store) {}

  /** A picked file (name, base64) imported off this thread. */
  async upload(name: string, base64: string, signal?: AbortSignal): Promise<ImportDone> {
    return this.withDir(async (dir) => {
      const base64File = join(dir, 'upload.b64');
      await writeFile(base64File, base64, 'latin1');
      return this.run({ kind: 'upload', name, base64File, dir, token: pendingToken() }, signal);
    });
  }

  /** The files of a pick (name, base64 each) imported as one import off this thread. */
  async pick(files: readonly { name: string; base64: string }[], signal?: AbortSignal): Promise<ImportDone> {
    return this.withDir(async (dir) => {
      const base64File = join(dir, 'pick.b64');
      await writeFile(base64File, files.map((f) => f.base64).join(''), 'latin1');
      const parts = files.map((f) => ({ name: f.name, length: f.base64.length }));
      return this.run({ kind: 'uploads', base64File, parts, dir, token: pendingToken() }, signal);
    });
  }

  /** A browser-mode request body (library.import or library.importFiles), saved as it came to `bodyFile`, imported off this thread. */
  async call(job: JobOf<'call'> | JobOf<'calls'>, signal?: AbortSignal): Promise<ImportDone> {
    return this.withDir((dir) => this.run({ ...job, dir, token: pendingToken() } as ImportJob, signal));
  }

  /** The file LibreOffice is converting for an import now running, if any (the panel says so). */
  converting(): string | null {
    for (const w of this.waiting.values()) if (w.converting !== undefined) return w.converting;
    return null;
  }

  /** How far the pick being imported now is, if one is. */
  progress(): PickProgress | undefined {
    for (const w of this.waiting.values()) if (w.progress) return w.progress;
    return undefined;
  }

  /** Has the worker sweep what imports of ended processes left unfinished (a crash). */
  sweepAbandoned(): void {
    const worker = this.started();
    if (!worker) return;
    worker.postMessage({ id: this.nextId++, sweep: null } satisfies ImportRequest);
    this.idleSoon();
  }

  /** 取消: every import running or waiting is stopped, as when its page gives up on it; how many. */
  async cancelAll(): Promise<number> {
    const n = this.waiting.size;
    if (n === 0) return 0;
    for (const w of this.waiting.values()) this.unswept.push(w.job.token);
    await this.stop(new LibraryError(CANCELLED));
    // A new worker deletes what the stopped one had committed, then ends when idle.
    this.started();
    this.idleSoon();
    return n;
  }

  /** Ends the worker (the server closing); an import in progress is cancelled. */
  async close(): Promise<void> {
    await this.stop(new LibraryError(CANCELLED));
  }

  private async withDir<T>(use: (dir: string) => Promise<T>): Promise<T> {
    const dir = await mkdtemp(join(tmpdir(), 'wengao-import-'));
    try {
      return await use(dir);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  private run(job: ImportJob, signal?: AbortSignal): Promise<ImportDone> {
    if (signal?.aborted) return Promise.reject(new LibraryError(CANCELLED));
    // An in-memory database cannot be shared with another thread: the import runs here.
    const worker = this.store.path === ':memory:' || this.store.path === '' ? undefined : this.started();
    if (!worker) return runImportJob(this.store, job);
    clearTimeout(this.idle);
    worker.ref();
    // The worker checkpoints the WAL it fills; a commit here would otherwise copy its pages, on this thread.
    this.store.db.pragma('wal_autocheckpoint = 0');
    const id = this.nextId++;
    return new Promise<ImportDone>((resolve, reject) => {
      const onAbort = () => void this.cancel(id);
      signal?.addEventListener('abort', onAbort, { once: true });
      const settle = () => {
        signal?.removeEventListener('abort', onAbort);
        this.idleSoon();
      };
      this.waiting.set(id, {
        job,
        resolve: (d) => (resolve(d), settle()),
        reject: (e) => (reject(e), settle()),
      });
      worker.postMessage({ id, job } satisfies ImportRequest);
    });
  }

  /**
   * Stops the worker in the middle of import `id`, which is rolled back; the imports queued behind
   * it (or the one running, if it was still waiting its turn) start again on a new worker.
   */
  private async cancel(id: number): Promise<void> {
    const cancelled = this.waiting.get(id);
    if (!cancelled) return;
    this.waiting.delete(id);
    const others = [...this.waiting];
    this.waiting.clear();
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
    sliceEnded();
    cancelled.reject(new LibraryError(CANCELLED));
    this.unswept.push(cancelled.job.token);
    const next = this.started();
    for (const [otherId, w] of others) {
      this.waiting.set(otherId, w);
      if (next) next.postMessage({ id: otherId, job: w.job } satisfies ImportRequest);
      else runImportJob(this.store, w.job).then(w.resolve, w.reject);
    }
    if (!next) this.waiting.clear();
    this.idleSoon();
  }

  /** With no import waiting, the worker no longer keeps the process alive, and ends after IDLE_MS. */
  private idleSoon(): void {
    if (this.waiting.size > 0) return;
    this.checkpointHere();
    if (!this.worker) return;
    clearTimeout(this.idle);
    this.worker.unref();
    this.idle = setTimeout(() => void this.stop(new LibraryError(CANCELLED)), IDLE_MS).unref();
  }

  private started(): Worker | undefined {
    if (this.worker) return this.worker;
    let worker: Worker;
    try {
      worker = startLibraryWorker({ role: IMPORT_WORKER, dbPath: this.store.path, writers: sharedWriters() });
    } catch {
      return undefined;
    }
    worker.on('message', (reply: ImportReply) => {
      const w = this.waiting.get(reply.id);
      if (!w || 'swept' in reply) return;
      if ('converting' in reply) return void (w.converting = reply.converting);
      if ('names' in reply) return void ((w.names = reply.names), (w.settled = new Map()));
      if ('progress' in reply) return void ((w.progress = reply.progress), (w.converting = undefined));
      if ('settled' in reply) return void w.settled?.set(reply.settled.index, reply.settled.result);
      this.waiting.delete(reply.id);
      if ('done' in reply) w.resolve(reply.done);
      else w.reject(receiveError(reply.error));
    });
    // A worker that dies (out of memory, a fault of ours) took its transaction with it: the imports
    // it had say so, nothing of them is written, and the next import starts a new worker.
    const died = (err?: unknown) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      sliceEnded();
      for (const w of this.waiting.values()) this.unswept.push(w.job.token);
      this.failAll(new LibraryError(`导入没有完成（文稿台的导入线程意外结束${err instanceof Error && /memory/i.test(err.message) ? '：内存不足' : ''}），这个文件没有写入范文库，请重试`));
    };
    worker.on('error', died);
    worker.on('exit', () => died());
    this.worker = worker;
    for (const token of this.unswept.splice(0)) worker.postMessage({ id: this.nextId++, sweep: token } satisfies ImportRequest);
    return worker;
  }

  /** With no import running, this thread's commits checkpoint the WAL again, as SQLite's default does. */
  private checkpointHere(): void {
    try {
      this.store.db.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
    } catch {
      // A closed store: nothing to restore.
    }
  }

  private failAll(err: Error): void {
    const all = [...this.waiting.values()];
    this.waiting.clear();
    this.checkpointHere();
    for (const w of all) {
      // A pick stopped in the middle: the files whose outcome was final are in (or were refused) all the same.
      const partial = stoppedPick(w, err);
      if (partial) w.resolve(partial);
      else w.reject(err);
    }
  }

  private async stop(reason: Error): Promise<void> {
    clearTimeout(this.idle);
    const worker = this.worker;
    this.worker = undefined;
    this.failAll(reason);
    if (worker) await worker.terminate();
    sliceEnded();
  }
}

/** An import running or waiting its turn; for a pick, its names and the outcomes final so far. */
interface Waiting {
  job: ImportJob;
  resolve: (d: ImportDone) => void;
  reject: (e: Error) => void;
  converting?: string | undefined;
  progress?: PickProgress;
  names?: string[];
  settled?: Map<number, FileResult>;
}

/** What a pick stopped by `err` did: each file's final outcome, the others not imported. */
function stoppedPick(w: Waiting, err: Error): PickDone | undefined {
  if (!w.names || !w.settled) return undefined;
  const { names, settled } = w;
  return { names, results: names.map((_, i) => settled.get(i)), stopped: { cancelled: err.message === CANCELLED, message: err.message } };
}

const threads = new WeakMap<Store, ImportThread>();

/** Ends the import thread of a store, if it has one (the store is about to close). */
export async function closeImportThread(store: Store): Promise<void> {
  await threads.get(store)?.close();
  threads.delete(store);
}

/**
 * At start: if imports of an earlier run were left unfinished (the app or the machine stopped in
 * the middle of one), the import worker deletes what they wrote. Hidden as it is, it only takes room.
 */
export function sweepUnfinishedImports(store: Store): void {
  if (store.path === ':memory:' || store.path === '') return;
  try {
    if (store.db.prepare(`SELECT 1 FROM library_sources WHERE pending IS NOT NULL LIMIT 1`).get() === undefined) return;
  } catch {
    return; // A database that cannot be read says so at its first real use.
  }
  importThread(store).sweepAbandoned();
}

/** The import thread of a store's database (one per open store). */
export function importThread(store: Store): ImportThread {
  let t = threads.get(store);
  if (!t) threads.set(store, (t = new ImportThread(store)));
  return t;
}
