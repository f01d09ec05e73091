// Starting the library's worker thread (analyse-worker.ts is its entry). It has two roles, chosen by
// its workerData: decoding and analysing files for an import running here (ANALYSE_WORKER), or
// running whole imports — reading, analysis and the database writes, on its own connection to the
// same database file — so that the thread that answers the UI and the API never waits for one
// (IMPORT_WORKER, import-thread.ts).
import { Worker } from 'node:worker_threads';

export const ANALYSE_WORKER = 'wengao-analyse';
export const IMPORT_WORKER = 'wengao-import';

export interface WorkerRole {
  role: typeof ANALYSE_WORKER | typeof IMPORT_WORKER;
  /** The database an import worker opens (IMPORT_WORKER). */
  dbPath?: string;
  /** The starting thread's count of waiting writers (store/transaction.ts), which an import worker gives way to. */
  writers?: Int32Array;
}

/**
 * A new library worker. Run from the TypeScript sources (the CLI and the tests run under tsx), the
 * worker registers tsx itself: Node 20 does not run `--import` preloads in a worker. Throws when a
 * worker cannot be started; the callers then do the work in this thread.
 */
export function startLibraryWorker(data: WorkerRole): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  // Beside this module: the source (.ts), the CLI and server bundles' entry (.mjs), Electron's build (.js).
  const entry = new URL(`./analyse-worker.${import.meta.url.split('.').pop()}`, import.meta.url);
  return fromSource
    ? new Worker(`import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`, {
        eval: true,
        workerData: data,
      })
    : new Worker(entry, { workerData: data });
}
