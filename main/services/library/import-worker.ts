// What the library's import worker does (worker-thread.ts, IMPORT_WORKER): imports of a file the
// user picked, from reading it to the last database write, on the worker's own connection to the
// database file. In WAL mode the connection of the thread that answers the UI and the API goes on
// reading meanwhile, and sees each import once it is committed (import-thread.ts starts the jobs).
//
// A job's file is written in short transactions (write.ts), hidden until the last one commits. A job
// that fails sweeps away what it wrote; a worker stopped in the middle of one (a cancelled import)
// or dead leaves it hidden, and the thread that started it has the next worker sweep it (a 'sweep'
// job). Between two transactions the worker gives way to the writers of that thread, which it
// counts with it (store/transaction.ts: joinWriters), so that a save there never waits long.
import { readFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import { ApiError } from '../../../core/api.ts';
import { StoreError } from '../store/errors.ts';
import { Store } from '../store/store.ts';
import { joinWriters } from '../store/transaction.ts';
import { withUploadedFile } from '../upload.ts';
import { workerAnalyser, type Analyser } from './analyser.ts';
import { fileInput, type UploadedFile } from './call-body.ts';
import { LibraryError } from './errors.ts';
import type { FileResult, ImportSummary } from './files.ts';
import { importFiles } from './import.ts';
import { runPick, type PickDone, type PickHooks, type PickJob, type PickProgress } from './import-pick.ts';
import { sweep, sweepAbandoned } from './pending.ts';
import type { WorkerRole } from './worker-thread.ts';

/**
 * An import of one picked file: `upload`, its base64 in a file (the desktop app's call); `call`, a
 * browser-mode request body `{"input":{"name","base64"}}` as it arrived, so that not even its JSON
 * is parsed in the thread that answers the API. Files are written under `dir`, which the caller
 * removes afterwards whatever happened; what is written carries `token` (pending.ts) until done.
 */
export type ImportJob = { kind: 'upload'; name: string; base64File: string; dir: string; token: string } | { kind: 'call'; bodyFile: string; dir: string; token: string } | PickJob;

/** The file's name and the import's summary; `reparse` when a body is not a well-formed call: the
 *  caller then refuses it the way every other call is refused (main/api/dispatch.ts). */
export type ImportDone = { name: string; summary: ImportSummary } | { reparse: true } | PickDone;

/** An error as it crosses between threads: the user's kind keeps its message (and details). */
export type SentError = { kind: 'library' | 'store' | 'internal'; message: string } | { kind: 'api'; message: string; details: string[] };

/** A job, or `sweep`: delete what the import of that token left unfinished (cancelled, or its worker
 *  died); null, only what imports of ended processes left (sweepAbandoned, done at the worker's start). */
export type ImportRequest = { id: number; job: ImportJob } | { id: number; sweep: string | null };
/** …or, before a job is done, that LibreOffice started converting its file (`converting`: its name);
 *  for a pick, how far it is (`progress`) and each file's final outcome (`settled`: its index). */
export type ImportReply =
  | { id: number; done: ImportDone }
  | { id: number; error: SentError }
  | { id: number; swept: true }
  | { id: number; converting: string }
  | { id: number; names: string[] }
  | { id: number; progress: PickProgress }
  | { id: number; settled: { index: number; result: FileResult } };

export function sendError(err: unknown): SentError {
  if (err instanceof ApiError) return { kind: 'api', message: err.message, details: err.details };
  if (err instanceof LibraryError) return { kind: 'library', message: err.message };
  if (err instanceof StoreError) return { kind: 'store', message: err.message };
  return { kind: 'internal', message: err instanceof Error ? (err.stack ?? err.message) : String(err) };
}

export function receiveError(e: SentError): Error {
  switch (e.kind) {
    case 'api':
      return new ApiError(e.message, e.details);
    case 'library':
      return new LibraryError(e.message);
    case 'store':
      return new StoreError(e.message);
    case 'internal':
      return new Error(e.message);
  }
}

/** Runs one job on `store` (in the worker, or in this thread where no worker can run); the file is
 *  read by `analyser`, in this thread when none is given; `hooks.converting` is told the file's name
 *  when LibreOffice starts on it, and a pick's hooks how far it is. */
export async function runImportJob(store: Store, job: ImportJob, analyser?: Analyser, hooks: PickHooks = {}): Promise<ImportDone> {
  if (job.kind === 'uploads' || job.kind === 'calls') return (await runPick(store, job, analyser, hooks)) ?? { reparse: true };
  const { converting } = hooks;
  let input: UploadedFile | undefined;
  if (job.kind === 'upload') input = { name: job.name, base64: await readFile(job.base64File, 'latin1') };
  else input = fileInput(await readFile(job.bodyFile, 'utf8'));
  if (!input) return { reparse: true };
  const { name, base64 } = input;
  const onConverting = converting && (() => converting(name));
  return withUploadedFile(name, base64, async (path) => ({ name, summary: await importFiles(store, [path], undefined, { worker: false, analyser, token: job.token, onConverting }) }), job.dir);
}

/** The worker's loop: one job at a time, in the order they come. */
export function serveImports({ dbPath, writers }: WorkerRole): void {
  if (writers) joinWriters(writers);
  let store: Store | undefined;
  // The files are read in a worker of this worker's own, kept for all its jobs, which ends with it:
  // there a file that a reader cannot finish is stopped and refused (analyser.ts).
  let analyser: Analyser | undefined;
  let queue = Promise.resolve();
  parentPort!.on('message', (request: ImportRequest) => {
    const { id } = request;
    queue = queue.then(async () => {
      try {
        // Started before the store opens (the first time), so that the analysis worker loads meanwhile.
        if (!('sweep' in request)) analyser ??= workerAnalyser();
        if (!store) {
          store = new Store(dbPath!);
          sweepAbandoned(store.db);
        }
        if ('sweep' in request) {
          if (request.sweep !== null) sweep(store.db, request.sweep);
          parentPort!.postMessage({ id, swept: true } satisfies ImportReply);
        } else {
          const hooks: PickHooks = {
            converting: (name) => parentPort!.postMessage({ id, converting: name } satisfies ImportReply),
            started: (names) => parentPort!.postMessage({ id, names } satisfies ImportReply),
            progress: (progress) => parentPort!.postMessage({ id, progress } satisfies ImportReply),
            settled: (index, result) => parentPort!.postMessage({ id, settled: { index, result } } satisfies ImportReply),
          };
          parentPort!.postMessage({ id, done: await runImportJob(store, request.job, analyser, hooks) } satisfies ImportReply);
        }
      } catch (err) {
        parentPort!.postMessage({ id, error: sendError(err) } satisfies ImportReply);
      }
    });
  });
}
