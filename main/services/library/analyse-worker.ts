// The CPU work of an import that needs no database — decoding a file's bytes (or reading a .docx)
// and analysing the text — run in a worker thread for a large import, so that it overlaps with the
// main thread's writes (SQLite building the trigram index is most of those): on two cores the
// import then costs about the larger of the two instead of their sum.
//
// Messages: in, { id, format, bytes }; out, the decoded text with its analysis, or the error (a
// LibraryError's message is shown to the user as it is; any other is a fault of ours).
import { parentPort, workerData } from 'node:worker_threads';
import { analyse, harvestPatterns } from '../../../core/outline/index.ts';
import type { CleanedDoc, ImportReport, Pattern } from '../../../core/outline/index.ts';
import { LibraryError } from './errors.ts';
import { readFormat, type Format } from './read.ts';
import type { ReadText } from './read-text.ts';
import { ANALYSE_WORKER, IMPORT_WORKER, type WorkerRole } from './worker-thread.ts';

export type { Format } from './read.ts';

export interface Analysis {
  text: string;
  /** utf-8 · utf-16le · utf-16be · gb18030 · docx · pdf · doc … */
  encoding: string;
  documents: CleanedDoc[];
  report: ImportReport;
  /** The heading patterns of each document. */
  patterns: Pattern[][];
}

export async function decodeFile(format: Format, bytes: Uint8Array): Promise<ReadText> {
  return readFormat(format, bytes);
}

/** A file's bytes → its text, the documents found in it, the removal report, the heading patterns. */
export async function analyseFileBytes(format: Format, bytes: Uint8Array): Promise<Analysis> {
  const { text, encoding, debris } = await decodeFile(format, bytes);
  const { documents, report } = analyse(text, { debris });
  return { text, encoding, documents, report, patterns: documents.map((d) => harvestPatterns(d)) };
}

export interface AnalyseRequest {
  id: number;
  format: Format;
  bytes: Uint8Array;
}

export type AnalyseReply = ({ id: number } & Analysis) | { id: number; error: string; libraryError: boolean };

// The entry of the library's worker thread (worker-thread.ts): its workerData says which role it has;
// imported as a module (import.ts, files.ts), it does nothing.
const role = (workerData as WorkerRole | null)?.role;
if (role === IMPORT_WORKER) {
  void import('./import-worker.ts').then((m) => m.serveImports((workerData as WorkerRole).dbPath!));
} else if (role === ANALYSE_WORKER) {
  parentPort!.on('message', ({ id, format, bytes }: AnalyseRequest) => {
    analyseFileBytes(format, bytes).then(
      (analysis) => parentPort!.postMessage({ id, ...analysis } satisfies AnalyseReply),
      (err: unknown) =>
        parentPort!.postMessage({ id, error: err instanceof Error ? err.message : String(err), libraryError: err instanceof LibraryError } satisfies AnalyseReply),
    );
  });
}
