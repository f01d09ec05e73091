// The entry of the library's worker thread (worker-thread.ts starts it). As ANALYSE_WORKER it decodes
// and analyses files (analysis.ts) for an import running on the main thread, so that the analysis
// overlaps with the main thread's writes (SQLite building the trigram index is most of those): on
// two cores the import then costs about the larger of the two instead of their sum. As IMPORT_WORKER
// it runs whole imports on its own connection (import-worker.ts).
//
// Messages (ANALYSE_WORKER): in, { id, format, bytes }; out, the decoded text with its analysis, or
// the error (a LibraryError's message is shown to the user as it is; any other is a fault of ours).
// Nothing imports this file as a module: it would close a circle through import-worker.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { analyseFileBytes, type AnalyseReply, type AnalyseRequest } from './analysis.ts';
import { docRow } from './doc-row.ts';
import { LibraryError } from './errors.ts';
import { ANALYSE_WORKER, IMPORT_WORKER, type WorkerRole } from './worker-thread.ts';

// Its workerData says which role it has.
const role = (workerData as WorkerRole | null)?.role;
if (role === IMPORT_WORKER) {
  void import('./import-worker.ts').then((m) => m.serveImports(workerData as WorkerRole));
} else if (role === ANALYSE_WORKER) {
  // One file at a time, in order: the importer times the file at the head of its queue (analyser.ts).
  let queue = Promise.resolve();
  parentPort!.on('message', ({ id, format, bytes }: AnalyseRequest) => {
    const fail = (err: unknown) =>
      parentPort!.postMessage({ id, error: err instanceof Error ? err.message : String(err), libraryError: err instanceof LibraryError } satisfies AnalyseReply);
    // A reply that cannot be sent is this file's error, not the end of the queue.
    const converting = () => parentPort!.postMessage({ id, converting: true } satisfies AnalyseReply);
    // The rows the writer stores are made here too: the writer's thread then only inserts them (doc-row.ts).
    queue = queue
      .then(() => analyseFileBytes(format, bytes, converting).then((analysis) => parentPort!.postMessage({ id, ...analysis, rows: analysis.documents.map(docRow) } satisfies AnalyseReply), fail))
      .catch(fail);
  });
}
