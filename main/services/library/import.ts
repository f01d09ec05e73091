// Importing files into the 范文库: each file read, analysed and written (write.ts) — its source row
// (raw text and removal report kept for review and undo), documents, passages and harvested heading
// patterns — with the other files of its batch, visible together once the batch is written. A file
// that fails changes nothing; the others still import.
import { statSync } from 'node:fs';
import { wholeCollectionNotice } from '../../../core/outline/collection-notice.ts';
import { analyse, harvestPatterns, type AnalyseOptions } from '../../../core/outline/index.ts';
import { explain } from '../store/errors.ts';
import type { Store } from '../store/store.ts';
import { inlineAnalyser, workerAnalyser, type Analyser } from './analyser.ts';
import { LibraryError } from './errors.ts';
import { collectFiles, heldBytes, nothingToImport, readBytes, type FileResult, type ImportSummary } from './files.ts';
import { pendingToken, sweepAbandoned } from './pending.ts';
import { formatOf } from './read.ts';
import { duplicateOf, writeBatch, type Prepared } from './write.ts';
import { hasPurged } from './purged-return.ts';
import { carriedChoices, previousVersion } from './versions.ts';
import { joinPages } from './pages.ts';

/** The analysis again, in this thread, with the choices carried from the version before (rare). */
function analysedAgain(text: string, options: AnalyseOptions) {
  const { documents, report } = analyse(text, options);
  return { documents, report, patterns: documents.map((d) => harvestPatterns(d)) };
}

// ── import ─────────────────────────────────────────────────────────────────────────────────────
//
// Most of an import's time is SQLite building the trigram index, then the analysis. What keeps it
// fast (bench/library.ts: 50 MB of the shared documents):
//  · passages are indexed in bulk, one INSERT … SELECT per batch of files (indexPassages), not by
//    an insert trigger: FTS5 flushes its pending terms at every statement savepoint, so the trigger
//    wrote one tiny segment per passage and the import then spent its time merging them;
//  · files are written in batches of about BATCH_BYTES, each in as few transactions as keep what a
//    save made meanwhile waits for under SLICE_MS (write.ts), and one index segment per transaction
//    instead of per file;
//  · decoding and analysis run in a worker thread (analyser.ts) on the next files while the main
//    thread writes the current batch; there each file is read within a time budget.
// The guarantees stay: a batch that fails at the database is swept away whole and its files are
// written again one by one, so a file that fails changes nothing and the others still import;
// every batch is committed, its passages indexed, before importFiles returns.

/** Input per batch (the files shown together): large enough to amortise its last, durable commit,
 *  bounded so that what is prepared and waiting stays bounded. With a worker the first batches are
 *  smaller (1, 2, 4 MB): the writer starts as soon as the first megabyte is analysed instead of
 *  waiting for eight, and the analysis, faster than the writer, stays ahead of it. Analysed in this
 *  thread there is nothing to overlap: every batch is full size, and an import under 8 MB pays one
 *  checkpoint and durable commit instead of three (the writer's time on 4 MB: 979 → 754 ms). */
const BATCH_BYTES = 8 * 1024 * 1024;
const FIRST_BATCH_BYTES = 1024 * 1024;
/** Input read and handed to the analysis ahead of the writer, which is the slower: enough to keep the
 *  worker busy while a batch is written, bounded so that memory stays bounded. */
const AHEAD_BYTES = BATCH_BYTES;
/** Below this much plain text, starting a worker (≈0.2 s: tsx and the analyser loaded again) costs
 *  more than it saves. Any other format is read in the worker whatever its size: its reader is someone
 *  else's (pdf.js, the .doc reader, the HTML parser), and only there can a file that sends it into a
 *  loop be stopped (analyser.ts). */
const WORKER_MIN_BYTES = 4 * 1024 * 1024;
const plainText = (path: string) => ['txt', 'md'].includes(formatOf(path) ?? '');

export interface ImportOptions {
  /** Decode and analyse in a worker thread; by default when a file is not plain text or there is
   *  more than WORKER_MIN_BYTES to read. */
  worker?: boolean;
  /** Where to decode and analyse (left open afterwards): an import worker keeps one for all its jobs. */
  analyser?: Analyser;
  /** The import's token (pending.ts), for whoever may have to sweep it away; a new one by default. */
  token?: string;
  /** Told when LibreOffice starts converting a file (half a minute for a .doc with automatic lists). */
  onConverting?: (file: string) => void;
  /** Files of the import held in memory (a pick's uploads), by path: read from there, not from disk. */
  held?: ReadonlyMap<string, Buffer>;
  /** Told of each file's outcome once it is final: written and committed, or not to be written
   *  (a duplicate, a refusal) — what stays if the import is stopped after it (a pick's 取消). */
  onSettled?: (result: FileResult) => void;
}

/** The files of an import, their sizes, and where they are analysed (importPlan). */
export interface ImportPlan {
  readonly files: readonly string[];
  readonly others: readonly FileResult[];
  readonly sizes: readonly number[];
  readonly analyser: Analyser;
  /** Whether the analyser was started for this import (and ends with it). */
  readonly own: boolean;
}

/**
 * The files and folders of an import found, and its analysis worker started if it needs one: a
 * caller that has yet to open the store (the CLI) plans first, so that the worker loads meanwhile
 * (about 0.2 s) instead of after. Hand the plan to importFiles, which ends the worker; a plan that
 * is not imported must be dropped with dropPlan.
 */
export function importPlan(paths: readonly string[], options: Pick<ImportOptions, 'worker' | 'analyser'> = {}): ImportPlan {
  const { files, others } = collectFiles(paths);
  const sizes = files.map((f) => {
    try {
      return statSync(f).size;
    } catch {
      return 0;
    }
  });
  const useWorker = options.worker ?? (!files.every(plainText) || sizes.reduce((a, b) => a + b, 0) >= WORKER_MIN_BYTES);
  const analyser = options.analyser ?? (files.length > 0 && useWorker ? workerAnalyser() : inlineAnalyser);
  return { files, others, sizes, analyser, own: analyser !== options.analyser };
}

/** Ends what a plan started, when it is not imported after all. */
export function dropPlan(plan: ImportPlan): void {
  if (plan.own) plan.analyser.close();
}

/**
 * Imports files and folders (or a plan of them: importPlan). A file that cannot be read, analysed
 * or written changes nothing, and the next file is tried. `onProgress` is called after each file is
 * read and analysed; everything reported imported is committed and searchable when the returned
 * promise resolves.
 */
export async function importFiles(
  store: Store,
  paths: readonly string[] | ImportPlan,
  onProgress?: (done: number, total: number, file: string) => void,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const plan = 'files' in paths ? paths : undefined;
  const { files, others, sizes, analyser } = plan ?? importPlan(paths as readonly string[], options);
  const own = plan ? plan.own : analyser !== options.analyser;
  const token = options.token ?? pendingToken();
  const done = new Array<FileResult>(files.length);
  for (const r of others) options.onSettled?.(r);
  try {
    sweepAbandoned(store.db);
    // Files are prepared (read, checked for duplicates, analysed) up to AHEAD_BYTES ahead of the
    // writer and taken in order; a batch is written once it holds batchLimit bytes, and at the end.
    const queue: Promise<Prepared | FileResult>[] = [];
    let next = 0;
    let ahead = 0;
    let batch: { index: number; file: Prepared }[] = [];
    let batchBytes = 0;
    let batchLimit = analyser === inlineAnalyser ? BATCH_BYTES : FIRST_BATCH_BYTES;
    const flush = () => {
      // The writes below hold this thread: the worker takes as many more files meanwhile (analysing
      // a file takes longer than writing it: it cannot finish more before the writes end).
      analyser.lend(batch.length);
      const written = writeBatch(
        store.db,
        batch.map((b) => b.file),
        token,
        (path, err) => failure(store, path, err),
      );
      batch.forEach((b, k) => (done[b.index] = written[k]!));
      for (const r of written) options.onSettled?.(r);
      batch = [];
      batchBytes = 0;
      batchLimit = Math.min(BATCH_BYTES, 2 * batchLimit);
    };
    for (let i = 0; i < files.length; i++) {
      while (next < files.length && (queue.length === 0 || ahead + sizes[next]! <= AHEAD_BYTES)) {
        ahead += sizes[next]!;
        queue.push(prepare(store, files[next++]!, analyser, options));
      }
      // Meanwhile this thread may analyse small files the worker has not taken up (analyser.ts).
      const r = await analyser.await(queue.shift()!);
      ahead -= sizes[i]!;
      if ('status' in r) {
        done[i] = r;
        options.onSettled?.(r);
      } else {
        batch.push({ index: i, file: r });
        batchBytes += r.file.bytes;
      }
      onProgress?.(i + 1, files.length, files[i]!);
      // Synchronous: meanwhile the worker goes on with the files already handed to it.
      if (batchBytes >= batchLimit) flush();
    }
    if (batch.length > 0) flush();
  } finally {
    if (own) analyser.close();
  }
  const results: FileResult[] = [...others, ...done];
  // Pages of one article saved as files of their own, joined in page order (pages.ts).
  joinPages(store, results);
  const count = (s: FileResult['status']) => results.filter((r) => r.status === s).length;
  return {
    files: results,
    imported: count('imported'),
    duplicates: count('duplicate'),
    skipped: count('skipped'),
    failed: count('failed'),
    documents: results.reduce((n, r) => n + (r.status === 'imported' ? r.documents.length : 0), 0),
    copies: results.reduce((n, r) => n + (r.status === 'imported' ? r.documents.filter((d) => d.sameAs).length : 0), 0),
  };
}

/** Reads a file, checks that it is not in the library already, and analyses it. */
async function prepare(store: Store, path: string, analyser: Analyser, { onConverting, held }: ImportOptions): Promise<Prepared | FileResult> {
  try {
    const inMemory = held?.get(path);
    const { format, bytes, hash } = inMemory ? heldBytes(path, inMemory) : readBytes(path);
    // Checked again when written: a copy of a file earlier in the same import is only found then.
    const already = duplicateOf(store.db, path, hash);
    // A file some of whose documents were deleted for good is read again: those come back (write.ts).
    if (already && !hasPurged(store.db, hash)) return already;
    const analysed = await analyser.analyse(format, bytes, onConverting && (() => onConverting(path)));
    const { text, encoding } = analysed;
    let { documents, report, patterns, rows } = analysed;
    // A new version of a file imported before is analysed with the cuts, merges and undos she made on that one (versions.ts).
    const previous = already ? undefined : previousVersion(store.db, path);
    const carried = previous && carriedChoices(store.db, previous, text, report);
    if (carried) {
      ({ documents, report, patterns } = analysedAgain(text, carried));
      // The worker's rows were of the first analysis: the writer makes them again (doc-row.ts).
      rows = undefined;
    }
    const empty = nothingToImport(documents);
    if (empty) throw new LibraryError(empty);
    const collection = wholeCollectionNotice(path, documents, report);
    if (collection) report.collection = collection;
    return { path, file: { text, format, encoding, bytes: bytes.length, hash }, documents, report, patterns, rows, ...(previous ? { previous } : {}) };
  } catch (err) {
    return failure(store, path, err);
  }
}

function failure(store: Store, path: string, err: unknown): FileResult {
  if (err instanceof LibraryError) return { file: path, status: 'failed', error: err.message };
  // A database failure (disk full, read-only, busy) is explained; anything else is a fault of ours,
  // reported with the file rather than ending the whole import.
  const code = (err as { code?: unknown }).code;
  const message = typeof code === 'string' ? explain(err, store.path).message : `内部错误：${err instanceof Error ? err.message : String(err)}`;
  return { file: path, status: 'failed', error: message };
}
