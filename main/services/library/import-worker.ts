// What the library's import worker does (worker-thread.ts, IMPORT_WORKER): imports of a file the
// user picked, from reading it to the last database write, on the worker's own connection to the
// database file. In WAL mode the connection of the thread that answers the UI and the API goes on
// reading meanwhile, and sees each import once it is committed (import-thread.ts starts the jobs).
//
// A job's file is written in one transaction (import.ts): a job that fails, or a worker stopped
// in the middle of one (a cancelled import), leaves nothing of the file behind.
import { readFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import { ApiError } from '../../../core/api.ts';
import { StoreError } from '../store/errors.ts';
import { Store } from '../store/store.ts';
import { withUploadedFile } from '../upload.ts';
import { LibraryError } from './errors.ts';
import type { ImportSummary } from './files.ts';
import { importFiles } from './import.ts';

/**
 * An import of one picked file: `upload`, its base64 in a file (the desktop app's call); `call`, a
 * browser-mode request body `{"input":{"name","base64"}}` as it arrived, so that not even its JSON
 * is parsed in the thread that answers the API. Files are written under `dir`, which the caller
 * removes afterwards whatever happened.
 */
export type ImportJob = { kind: 'upload'; name: string; base64File: string; dir: string } | { kind: 'call'; bodyFile: string; dir: string };

/** The file's name and the import's summary; `reparse` when a body is not a well-formed call: the
 *  caller then refuses it the way every other call is refused (main/api/dispatch.ts). */
export type ImportDone = { name: string; summary: ImportSummary } | { reparse: true };

/** An error as it crosses between threads: the user's kind keeps its message (and details). */
export type SentError = { kind: 'library' | 'store' | 'internal'; message: string } | { kind: 'api'; message: string; details: string[] };

export type ImportRequest = { id: number; job: ImportJob };
export type ImportReply = { id: number; done: ImportDone } | { id: number; error: SentError };

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

/** The input of a browser-mode call if it is exactly `{ input: { name, base64 } }` as the contract
 *  takes it (core/api.ts, library.import); anything else is left to the API's own refusal. */
function callInput(body: string): { name: string; base64: string } | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  const only = (v: unknown, keys: string[]): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === keys.length && keys.every((k) => Object.hasOwn(v, k));
  if (!only(parsed, ['input']) || !only(parsed.input, ['name', 'base64'])) return undefined;
  const { name, base64 } = parsed.input;
  if (typeof name !== 'string' || typeof base64 !== 'string' || name.length < 1 || name.length > 255) return undefined;
  return { name, base64 };
}

/** Runs one job on `store` (in the worker, or in this thread where no worker can run). */
export async function runImportJob(store: Store, job: ImportJob): Promise<ImportDone> {
  let input: { name: string; base64: string } | undefined;
  if (job.kind === 'upload') input = { name: job.name, base64: await readFile(job.base64File, 'latin1') };
  else input = callInput(await readFile(job.bodyFile, 'utf8'));
  if (!input) return { reparse: true };
  const { name, base64 } = input;
  // One file: nothing to overlap its analysis with, so no analysis worker of its own.
  return withUploadedFile(name, base64, async (path) => ({ name, summary: await importFiles(store, [path], undefined, { worker: false }) }), job.dir);
}

/** The worker's loop: one job at a time, in the order they come. */
export function serveImports(dbPath: string): void {
  let store: Store | undefined;
  let queue = Promise.resolve();
  parentPort!.on('message', ({ id, job }: ImportRequest) => {
    queue = queue.then(async () => {
      try {
        store ??= new Store(dbPath);
        parentPort!.postMessage({ id, done: await runImportJob(store, job) } satisfies ImportReply);
      } catch (err) {
        parentPort!.postMessage({ id, error: sendError(err) } satisfies ImportReply);
      }
    });
  });
}
