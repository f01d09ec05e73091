// Importing files into the 范文库: each file read, analysed and written — its source row (raw text
// and removal report kept for review and undo), documents, passages and harvested heading patterns
// — in a transaction with the other files of its batch, the batch's passages added to the trigram
// index at its end. A file that fails changes nothing; the others still import.
import type Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { CleanedDoc, ImportReport, Pattern } from '../../../core/outline/index.ts';
import { explain } from '../store/errors.ts';
import type { Store } from '../store/store.ts';
import { immediate } from '../store/transaction.ts';
import { analyseFileBytes, type Analysis, type AnalyseReply, type AnalyseRequest, type Format } from './analysis.ts';
import { LibraryError } from './errors.ts';
import { collectFiles, NO_TEXT, readBytes, type FileResult, type FileText, type ImportSummary } from './files.ts';
import { prepared } from './statements.ts';
import { ANALYSE_WORKER, startLibraryWorker } from './worker-thread.ts';

// ── import ─────────────────────────────────────────────────────────────────────────────────────
//
// Most of an import's time is SQLite building the trigram index, then the analysis. What keeps it
// fast (bench/library.ts: 50 MB of the shared documents):
//  · passages are indexed in bulk, one INSERT … SELECT per batch of files (indexPassages), not by
//    an insert trigger: FTS5 flushes its pending terms at every statement savepoint, so the trigger
//    wrote one tiny segment per passage and the import then spent its time merging them;
//  · files are written in batches of about BATCH_BYTES, one transaction each — one commit, one fsync
//    and one index segment per batch instead of per file;
//  · for a large import, decoding and analysis run in a worker thread (analyse-worker.ts) on the
//    next files while the main thread writes the current batch.
// The guarantees stay: a batch that fails at the database is rolled back whole and its files are
// written again one transaction each, so a file that fails changes nothing and the others still
// import; every batch is committed, its passages indexed, before importFiles returns.

/** Input per write transaction: large enough to amortise the commit and the index flush, small
 *  enough that a batch holds the write lock for about a second. The first batches are smaller
 *  (1, 2, 4 MB): the writer starts as soon as the first megabyte is analysed instead of waiting
 *  for eight, and the analysis, faster than the writer, stays ahead of it. */
const BATCH_BYTES = 8 * 1024 * 1024;
const FIRST_BATCH_BYTES = 1024 * 1024;
/** Input read and handed to the analysis ahead of the writer, which is the slower: enough to keep the
 *  worker busy while a batch is written, bounded so that memory stays bounded. */
const AHEAD_BYTES = BATCH_BYTES;
/** Below this much input, starting a worker (≈0.2 s: tsx and the analyser loaded again) costs more than it saves. */
const WORKER_MIN_BYTES = 4 * 1024 * 1024;

export interface ImportOptions {
  /** Decode and analyse in a worker thread; by default only when there is more than WORKER_MIN_BYTES to read. */
  worker?: boolean;
}

/**
 * Imports files and folders. A file that cannot be read, analysed or written changes nothing, and
 * the next file is tried. `onProgress` is called after each file is read and analysed; everything
 * reported imported is committed and searchable when the returned promise resolves.
 */
export async function importFiles(
  store: Store,
  paths: readonly string[],
  onProgress?: (done: number, total: number, file: string) => void,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const { files, others } = collectFiles(paths);
  const sizes = files.map((f) => {
    try {
      return statSync(f).size;
    } catch {
      return 0;
    }
  });
  const useWorker = options.worker ?? sizes.reduce((a, b) => a + b, 0) >= WORKER_MIN_BYTES;
  const analyser = files.length > 0 && useWorker ? startWorker() : inline;
  const done = new Array<FileResult>(files.length);
  try {
    // Files are prepared (read, checked for duplicates, analysed) up to AHEAD_BYTES ahead of the
    // writer and taken in order; a batch is written once it holds batchLimit bytes, and at the end.
    const queue: Promise<Prepared | FileResult>[] = [];
    let next = 0;
    let ahead = 0;
    let batch: { index: number; file: Prepared }[] = [];
    let batchBytes = 0;
    let batchLimit = FIRST_BATCH_BYTES;
    const flush = () => {
      const written = writeBatch(store, batch.map((b) => b.file));
      batch.forEach((b, k) => (done[b.index] = written[k]!));
      batch = [];
      batchBytes = 0;
      batchLimit = Math.min(BATCH_BYTES, 2 * batchLimit);
    };
    for (let i = 0; i < files.length; i++) {
      while (next < files.length && (queue.length === 0 || ahead + sizes[next]! <= AHEAD_BYTES)) {
        ahead += sizes[next]!;
        queue.push(prepare(store, files[next++]!, analyser));
      }
      const r = await queue.shift()!;
      ahead -= sizes[i]!;
      if ('status' in r) done[i] = r;
      else {
        batch.push({ index: i, file: r });
        batchBytes += r.file.bytes;
      }
      onProgress?.(i + 1, files.length, files[i]!);
      // Synchronous: meanwhile the worker goes on with the files already handed to it.
      if (batchBytes >= batchLimit) flush();
    }
    if (batch.length > 0) flush();
  } finally {
    analyser.close();
  }
  const results: FileResult[] = [...others, ...done];
  const count = (s: FileResult['status']) => results.filter((r) => r.status === s).length;
  return {
    files: results,
    imported: count('imported'),
    duplicates: count('duplicate'),
    skipped: count('skipped'),
    failed: count('failed'),
    documents: results.reduce((n, r) => n + (r.status === 'imported' ? r.documents.length : 0), 0),
  };
}

/** A file read and analysed, waiting to be written. */
interface Prepared {
  path: string;
  file: FileText;
  documents: CleanedDoc[];
  report: ImportReport;
  patterns: Pattern[][];
}

/** Reads a file, checks that it is not in the library already, and analyses it. */
async function prepare(store: Store, path: string, analyser: Analyser): Promise<Prepared | FileResult> {
  try {
    const { format, bytes, hash } = readBytes(path);
    // Checked again when written: a copy of a file earlier in the same import is only found then.
    const already = documentsOf(store.db, hash);
    if (already.length > 0) return { file: path, status: 'duplicate', documentIds: already };
    const { text, encoding, documents, report, patterns } = await analyser.analyse(format, bytes);
    if (documents.length === 0) throw new LibraryError(NO_TEXT);
    return { path, file: { text, format, encoding, bytes: bytes.length, hash }, documents, report, patterns };
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

function documentsOf(db: Database.Database, hash: string): number[] {
  return prepared(db, `SELECT d.id FROM library_sources s JOIN library_documents d ON d.source_id = s.id WHERE s.hash = ? ORDER BY d.id`).pluck().all(hash) as number[];
}

/**
 * Writes a batch of files in one transaction, their passages indexed at the end of it. If the
 * database fails (full disk, read-only, busy), the batch is rolled back whole and each file is
 * written again in a transaction of its own: those that can be written are, and the others change
 * nothing and say why.
 */
function writeBatch(store: Store, batch: readonly Prepared[]): FileResult[] {
  const db = store.db;
  const write = immediate(db, (files: readonly Prepared[]) => {
    const after = (prepared(db, `SELECT max(id) FROM passages`).pluck().get() as number | null) ?? 0;
    const results = files.map((f) => writeFile(db, f));
    indexPassages(db, after);
    return results;
  });
  try {
    return write(batch);
  } catch (err) {
    if (batch.length === 1) return [failure(store, batch[0]!.path, err)];
    return batch.map((f) => {
      try {
        return write([f])[0]!;
      } catch (e) {
        return failure(store, f.path, e);
      }
    });
  }
}

/**
 * Adds the passages with an id above `after` to the trigram index, in one statement. Migration 0002
 * has no insert trigger (see there): whoever inserts passages calls this in the same transaction.
 * Each passage is indexed with two U+0001 after it, so that every character, the last two included,
 * begins a trigram: the 1–2 character search finds its candidates in the vocabulary.
 */
export function indexPassages(db: Database.Database, after = 0): void {
  prepared(db, `INSERT INTO passages_fts (rowid, text) SELECT id, text || char(1, 1) FROM passages WHERE id > ?`).run(after);
}

function writeFile(db: Database.Database, f: Prepared): FileResult {
  const { path, file, documents, report, patterns } = f;
  const already = documentsOf(db, file.hash);
  if (already.length > 0) return { file: path, status: 'duplicate', documentIds: already };
  const sourceId = Number(
    prepared(db, `INSERT INTO library_sources (path, name, format, encoding, bytes, hash, raw_text, report_json, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
      path,
      basename(path),
      file.format,
      file.encoding,
      file.bytes,
      file.hash,
      file.text,
      JSON.stringify(report),
      Date.now(),
    ).lastInsertRowid,
  );
  return { file: path, status: 'imported', sourceId, encoding: file.encoding, documents: writeDocuments(db, sourceId, documents, patterns), report };
}

export type WrittenDocument = Extract<FileResult, { status: 'imported' }>['documents'][number];

/** A source's documents with their passages and heading patterns (the passages not yet indexed). */
export function writeDocuments(db: Database.Database, sourceId: number, documents: readonly CleanedDoc[], patterns: readonly Pattern[][]): WrittenDocument[] {
  const insertDoc = prepared(
    db,
    `INSERT INTO library_documents (source_id, seq, title, genre, year, salutation, closing, outline_json, meta_json, cleaned_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertPassage = prepared(db, `INSERT INTO passages (document_id, seq, role, path, heading, text) VALUES (?, ?, ?, ?, ?, ?)`);
  const insertPattern = prepared(db, `INSERT INTO patterns (pattern, level, source, document_id) VALUES (?, ?, ?, ?) ON CONFLICT (pattern) DO NOTHING`);
  const out: WrittenDocument[] = [];
  documents.forEach((doc, i) => {
    const meta = { subtitle: doc.subtitle, dateLine: doc.dateLine, speaker: doc.speaker, truncated: doc.truncated, line: doc.line };
    const id = Number(
      insertDoc.run(sourceId, i + 1, doc.title, doc.genre, doc.year ?? null, doc.salutation ?? null, doc.closing ?? null, JSON.stringify(doc.outline), JSON.stringify(meta), doc.text)
        .lastInsertRowid,
    );
    doc.passages.forEach((p, k) => insertPassage.run(id, k + 1, p.role, p.path, p.heading ?? null, p.text));
    let n = 0;
    for (const p of patterns[i]!) {
      if (p.level < 1 || p.level > 4 || !p.pattern) continue;
      n += insertPattern.run(p.pattern, p.level, p.source, id).changes;
    }
    out.push({ id, title: doc.title, genre: doc.genre, year: doc.year ?? null, passages: doc.passages.length, patterns: n });
  });
  return out;
}

// ── decoding and analysis, in this thread or in a worker ───────────────────────────────────────

interface Analyser {
  analyse(format: Format, bytes: Uint8Array): Promise<Analysis>;
  close(): void;
}

const inline: Analyser = { analyse: analyseFileBytes, close() {} };

/** Decoding and analysis in a worker thread. Should the worker fail to start or die, the files it
 *  had and all after are done here instead: slower, not wrong. */
function startWorker(): Analyser {
  let worker: Worker;
  try {
    worker = startLibraryWorker({ role: ANALYSE_WORKER });
  } catch {
    return inline;
  }
  const waiting = new Map<number, { request: AnalyseRequest; resolve: (a: Analysis) => void; reject: (err: Error) => void }>();
  let broken = false;
  let nextId = 0;
  const fallBack = () => {
    broken = true;
    for (const [id, w] of waiting) {
      waiting.delete(id);
      inline.analyse(w.request.format, w.request.bytes).then(w.resolve, w.reject);
    }
  };
  worker.on('message', (reply: AnalyseReply) => {
    const w = waiting.get(reply.id);
    if (!w) return;
    waiting.delete(reply.id);
    if (!('error' in reply)) w.resolve(reply);
    else w.reject(reply.libraryError ? new LibraryError(reply.error) : new Error(reply.error));
  });
  worker.on('error', fallBack);
  worker.on('exit', fallBack);
  return {
    analyse(format, bytes) {
      if (broken) return inline.analyse(format, bytes);
      return new Promise((resolve, reject) => {
        const request: AnalyseRequest = { id: nextId++, format, bytes };
        waiting.set(request.id, { request, resolve, reject });
        worker.postMessage(request);
      });
    },
    close() {
      // Nothing is waiting after a finished import; after one that threw, nobody needs the rest.
      waiting.clear();
      broken = true;
      void worker.terminate();
    },
  };
}
