// The 范文库: import files and folders of past speeches into the store, search their passages,
// list the documents with their outlines.
//
// Import: each file is read (decoded, or its .docx paragraphs reconstructed), analysed into one or
// more cleaned documents, and written — its source row (raw text and removal report kept for review
// and undo), documents, passages and harvested heading patterns — in a transaction with the other
// files of its batch, the batch's passages added to the trigram index at its end. A file that
// fails changes nothing; the others still import. (How it is kept fast: see the import section.)
//
// Search: terms of 3 or more characters go through the FTS5 trigram index (ranked by bm25); a
// query of only 1–2 character terms is matched with LIKE, its candidates found from the index's
// vocabulary (every trigram starting with the term — each passage is indexed with two padding
// characters, so this covers every occurrence) when the term is rare, or by scanning until enough
// hits are found when it is common. Those are ranked by where the term first occurs.
import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { analyse } from '../../../core/outline/index.ts';
import { PASSAGE_ROLES } from '../../../core/outline/types.ts';
import type { CleanedDoc, DocGenre, ImportReport, OutlineNode, PassageRole, Pattern } from '../../../core/outline/index.ts';
import { explain } from '../store/errors.ts';
import type { Store } from '../store/store.ts';
import { immediate } from '../store/transaction.ts';
import { analyseFileBytes, ANALYSE_WORKER, decodeFile, type Analysis, type AnalyseReply, type AnalyseRequest, type Format } from './analyse-worker.ts';
import { LibraryError, MAX_FILE_BYTES, tooLarge } from './errors.ts';
import { formatOf, UNSUPPORTED } from './read.ts';

export { LibraryError } from './errors.ts';

export const ROLES: readonly PassageRole[] = PASSAGE_ROLES;
export { EXTENSIONS, UNSUPPORTED } from './read.ts';

// ── reading one file ───────────────────────────────────────────────────────────────────────────

export interface FileText {
  text: string;
  /** Lines of `text` the reader knows are not the document's (a web page's navigation, comments…). */
  debris?: { line: number; reason: string }[];
  format: Format;
  /** utf-8 · utf-16le · utf-16be · gb18030 · docx · pdf · doc … */
  encoding: string;
  bytes: number;
  hash: string;
  /** Characters a .docx cannot carry, dropped when the file was read (read.ts). */
  removedChars?: number;
}

/** A file's bytes and their hash, not yet decoded; a LibraryError says in Chinese why it cannot be read. */
function readBytes(path: string): { format: Format; bytes: Buffer; hash: string } {
  const format = formatOf(path);
  if (!format) throw new LibraryError(UNSUPPORTED);
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new LibraryError('这是一个文件夹');
    size = st.size;
  } catch (err) {
    if (err instanceof LibraryError) throw err;
    throw new LibraryError('找不到文件');
  }
  // Refused before reading: a 2 GB file is never pulled into memory.
  if (size > MAX_FILE_BYTES) throw tooLarge(size);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new LibraryError('无法读取文件（请检查权限）');
  }
  return { format, bytes, hash: createHash('sha256').update(bytes).digest('hex') };
}

/** Reads and decodes one file as the library does; a LibraryError says in Chinese why it cannot be read. */
export async function readFile(path: string): Promise<FileText> {
  const { format, bytes, hash } = readBytes(path);
  const { text, encoding, debris, removedChars } = await decodeFile(format, bytes);
  return { text, ...(debris?.length ? { debris } : {}), format, encoding, bytes: bytes.length, hash, ...(removedChars ? { removedChars } : {}) };
}

/**
 * A file's text for a reader of it (importing a speech as a document, proofreading it): the lines
 * its reader knows are not the document's — a web page's navigation and comments — and a PDF's
 * page breaks are left out. (A PDF's running headers are found only by the library's analysis.)
 */
export async function readTextFile(path: string): Promise<FileText> {
  const file = await readFile(path);
  if (!file.debris && !file.text.includes('\f')) return file;
  const drop = new Set(file.debris?.map((d) => d.line));
  const text = file.text
    .split('\n')
    .filter((line, i) => !drop.has(i + 1) && line !== '\f')
    .join('\n');
  return { ...file, text, debris: undefined };
}

/** Reads a file and finds the documents in it, without storing anything (`wengao outline`). */
export async function analyseFile(path: string): Promise<{ file: FileText; documents: CleanedDoc[]; report: ImportReport }> {
  const file = await readFile(path);
  const { documents, report } = analyse(file.text, { debris: file.debris });
  if (documents.length === 0) throw new LibraryError(NO_TEXT);
  return { file, documents, report };
}

export const NO_TEXT = '没有找到可导入的正文（清理后没有留下文字）';

// ── collecting files ───────────────────────────────────────────────────────────────────────────

export type FileResult =
  | {
      file: string;
      status: 'imported';
      sourceId: number;
      encoding: string;
      documents: { id: number; title: string; genre: DocGenre; year: number | null; passages: number; patterns: number }[];
      report: ImportReport;
    }
  | { file: string; status: 'duplicate'; documentIds: number[] }
  | { file: string; status: 'skipped'; reason: string }
  | { file: string; status: 'failed'; error: string };

export interface ImportSummary {
  files: FileResult[];
  /** Files imported, already in the library, skipped (unsupported type) and failed. */
  imported: number;
  duplicates: number;
  skipped: number;
  failed: number;
  documents: number;
}

/**
 * The files to import under `paths`: files as given, folders walked recursively (in name order,
 * hidden files and Word's ~$ lock files left out, each folder once even through links).
 */
export function collectFiles(paths: readonly string[]): { files: string[]; others: FileResult[] } {
  const files: string[] = [];
  const others: FileResult[] = [];
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();
  const addFile = (path: string) => {
    const abs = resolve(path);
    if (seenFiles.has(abs)) return;
    seenFiles.add(abs);
    if (formatOf(abs)) files.push(abs);
    else others.push({ file: abs, status: 'skipped', reason: UNSUPPORTED });
  };
  const walk = (dir: string) => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch {
      return;
    }
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      others.push({ file: resolve(dir), status: 'failed', error: '无法读取文件夹（请检查权限）' });
      return;
    }
    for (const name of names) {
      if (name.startsWith('.') || name.startsWith('~$')) continue;
      const full = join(dir, name);
      let st;
      try {
        st = statSync(full);
      } catch {
        continue; // a broken link
      }
      if (st.isDirectory()) walk(full);
      else if (st.isFile()) addFile(full);
    }
  };
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      others.push({ file: resolve(p), status: 'failed', error: '找不到文件或文件夹' });
      continue;
    }
    if (st.isDirectory()) walk(p);
    else addFile(p);
  }
  return { files, others };
}

/** Prepared statements per connection: import and search run the same few shapes of SQL over and over. */
type Statement = Database.Statement<unknown[], unknown>;
const statements = new WeakMap<Database.Database, Map<string, Statement>>();

export function prepared(db: Database.Database, sql: string): Statement {
  let map = statements.get(db);
  if (!map) statements.set(db, (map = new Map()));
  let stmt = map.get(sql);
  if (!stmt) map.set(sql, (stmt = db.prepare<unknown[], unknown>(sql)));
  return stmt;
}

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

/**
 * Decoding and analysis in a worker thread. Run from the TypeScript sources (the CLI and the tests
 * run under tsx), the worker registers tsx itself: Node 20 does not run `--import` preloads in a
 * worker. Should the worker fail to start or die, the files it had and all after are done here
 * instead: slower, not wrong.
 */
function startWorker(): Analyser {
  const fromSource = import.meta.url.endsWith('.ts');
  // Beside this module: the source (.ts), the CLI and server bundles' entry (.mjs), Electron's build (.js).
  const entry = new URL(`./analyse-worker.${import.meta.url.split('.').pop()}`, import.meta.url);
  let worker: Worker;
  try {
    worker = fromSource
      ? new Worker(`import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`, {
          eval: true,
          workerData: ANALYSE_WORKER,
        })
      : new Worker(entry, { workerData: ANALYSE_WORKER });
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

// ── search ─────────────────────────────────────────────────────────────────────────────────────

export interface SearchOptions {
  role?: PassageRole;
  documentId?: number;
  year?: number;
  /** At most this many hits (default 20, at most 500). */
  limit?: number;
}

export interface SearchHit {
  passageId: number;
  documentId: number;
  title: string;
  year: number | null;
  role: PassageRole;
  path: string;
  heading: string | null;
  /** About 60 characters around the first match, each match marked 【…】. */
  snippet: string;
  text: string;
}

export interface SearchResult {
  query: string;
  terms: string[];
  /** fts: ranked by bm25 over the trigram index; like: 1–2 character terms only, ranked by position. */
  mode: 'fts' | 'like';
  hits: SearchHit[];
}

/** The terms of a query: split at spaces (ASCII or full-width); control characters dropped. */
export function queryTerms(query: string): string[] {
  // eslint-disable-next-line no-control-regex
  const terms = query.replace(/[\u0000-\u001F\u007F]/g, ' ').split(/[\s\u3000]+/).filter(Boolean);
  return [...new Set(terms)];
}

const chars = (s: string) => [...s].length;
const quote = (term: string) => `"${term.replace(/"/g, '""')}"`;
const likePattern = (term: string) => `%${term.replace(/[\\%_]/g, (c) => '\\' + c)}%`;

/** A 1–2 character term whose trigrams start in more passages than this is searched by scanning. */
export const DENSE = 2000;

interface HitRow {
  id: number;
  document_id: number;
  role: PassageRole;
  path: string;
  heading: string | null;
  text: string;
  title: string;
  year: number | null;
}

export function search(store: Store, query: string, options: SearchOptions = {}): SearchResult {
  const terms = queryTerms(query);
  if (terms.length === 0) throw new LibraryError('请输入要查找的文字');
  if (options.role !== undefined && !ROLES.includes(options.role)) throw new LibraryError(`没有“${options.role}”这一部分（可用：${ROLES.join('、')}）`);
  const limit = Math.max(1, Math.min(500, Math.floor(options.limit ?? 20)));
  const long = terms.filter((t) => chars(t) >= 3);
  const short = terms.filter((t) => chars(t) < 3);

  const filters: string[] = [];
  const params: unknown[] = [];
  for (const t of short) {
    filters.push(`p.text LIKE ? ESCAPE '\\'`);
    params.push(likePattern(t));
  }
  if (options.role !== undefined) {
    filters.push('p.role = ?');
    params.push(options.role);
  }
  if (options.documentId !== undefined) {
    filters.push('p.document_id = ?');
    params.push(options.documentId);
  }
  if (options.year !== undefined) {
    filters.push('d.year = ?');
    params.push(options.year);
  }
  const and = filters.map((f) => ` AND ${f}`).join('');
  let rows: HitRow[];
  let mode: SearchResult['mode'];
  try {
    if (long.length > 0) {
      mode = 'fts';
      // CROSS JOIN keeps the index as the outer loop (otherwise the planner may walk a role's
      // passages and run the full-text query once per row); FTS5's rank is its bm25, computed inside.
      rows = prepared(store.db, `SELECT ${COLUMNS} ${FROM_FTS} WHERE passages_fts MATCH ?${and} ORDER BY passages_fts.rank LIMIT ?`).all(long.map(quote).join(' AND '), ...params, limit) as HitRow[];
    } else {
      mode = 'like';
      rows = shortSearch(store, short, and, params, limit);
    }
  } catch (err) {
    throw explain(err, store.path);
  }
  return {
    query,
    terms,
    mode,
    hits: rows.map((r) => ({
      passageId: r.id,
      documentId: r.document_id,
      title: r.title,
      year: r.year,
      role: r.role,
      path: r.path,
      heading: r.heading,
      snippet: snippet(r.text, terms),
      text: r.text,
    })),
  };
}

const COLUMNS = `p.id, p.document_id, p.role, p.path, p.heading, p.text, d.title, d.year`;
const FROM_FTS = `FROM passages_fts CROSS JOIN passages p ON p.id = passages_fts.rowid CROSS JOIN library_documents d ON d.id = p.document_id`;
/** SQLite's lower() folds ASCII only, as LIKE does: the position is found the same way. */
const asciiLower = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

/**
 * 1–2 character terms only: LIKE. The candidates come from the index vocabulary — every trigram
 * that starts with the term — when the term is rare; when it is common, matches are dense and a
 * plain scan finds enough of them at once. Either way ranked by where the term first occurs.
 */
function shortSearch(store: Store, short: string[], and: string, params: unknown[], limit: number): HitRow[] {
  const db = store.db;
  // The most selective-looking term drives the lookup: a 2-character one if there is one.
  const key = [...short].sort((a, b) => chars(b) - chars(a))[0]!;
  const folded = key.toLowerCase();
  const next = folded.slice(0, -1) + String.fromCodePoint(folded.codePointAt(folded.length - 1)! + 1);
  const terms: string[] = [];
  let estimate = 0;
  // Stopped early: the vocabulary counts each term's documents as it goes, which costs for common ones.
  for (const v of prepared(db, `SELECT term, doc FROM passages_vocab WHERE term >= ? AND term < ?`).iterate(folded, next) as Iterable<{ term: string; doc: number }>) {
    terms.push(v.term);
    estimate += v.doc;
    if (estimate > DENSE || terms.length > 500) break;
  }
  if (terms.length === 0) return [];
  const order = `ORDER BY instr(lower(text), ?), length(text), id LIMIT ?`;
  if (estimate > DENSE || terms.length > 500) {
    return prepared(db, `SELECT * FROM (SELECT ${COLUMNS} FROM passages p JOIN library_documents d ON d.id = p.document_id WHERE 1${and} LIMIT ?) ${order}`).all(...params, limit * 3, asciiLower(key), limit) as HitRow[];
  }
  return prepared(db, `SELECT * FROM (SELECT ${COLUMNS} ${FROM_FTS} WHERE passages_fts MATCH ?${and}) ${order}`).all(terms.map(quote).join(' OR '), ...params, asciiLower(key), limit) as HitRow[];
}

/** About `width` characters of `text` around the first match of any term, matches marked 【…】. */
export function snippet(text: string, terms: readonly string[], width = 60): string {
  const flat = text.replace(/\s*\n\s*/g, ' ');
  const lower = flat.toLowerCase();
  const hay = lower.length === flat.length ? lower : flat;
  const needles = [...terms].map((t) => (hay === lower ? t.toLowerCase() : t)).sort((a, b) => b.length - a.length);
  let first = -1;
  let firstLen = 0;
  for (const n of needles) {
    const at = hay.indexOf(n);
    if (at >= 0 && (first < 0 || at < first)) {
      first = at;
      firstLen = n.length;
    }
  }
  let start = 0;
  let end = Math.min(flat.length, width);
  if (first >= 0) {
    start = Math.max(0, first - Math.floor((width - firstLen) / 3));
    end = Math.min(flat.length, Math.max(start + width, first + firstLen));
    start = Math.max(0, Math.min(start, end - width));
  }
  if (start > 0 && /[\uDC00-\uDFFF]/.test(flat[start]!)) start++;
  if (end < flat.length && /[\uDC00-\uDFFF]/.test(flat[end]!)) end++;
  let out = '';
  for (let i = start; i < end; ) {
    const n = needles.find((x) => x.length > 0 && hay.startsWith(x, i));
    if (n) {
      const stop = Math.min(i + n.length, end);
      out += `【${flat.slice(i, stop)}】`;
      i = stop;
    } else {
      out += flat[i];
      i++;
    }
  }
  return (start > 0 ? '…' : '') + out + (end < flat.length ? '…' : '');
}

// ── documents ──────────────────────────────────────────────────────────────────────────────────

export interface LibraryDocument {
  id: number;
  title: string;
  genre: DocGenre;
  year: number | null;
  sourceId: number;
  sourceName: string;
  sourcePath: string;
  importedAt: number;
  passages: number;
  /** Part of the text is missing (the site it was copied from cut it). */
  truncated: boolean;
  outline: OutlineNode[];
}

export function libraryDocuments(store: Store): LibraryDocument[] {
  try {
    const rows = store.db
      .prepare(
        `SELECT d.id, d.title, d.genre, d.year, d.outline_json, d.meta_json, s.id AS source_id, s.name, s.path, s.imported_at,
                (SELECT count(*) FROM passages p WHERE p.document_id = d.id) AS passages
         FROM library_documents d JOIN library_sources s ON s.id = d.source_id ORDER BY d.id`,
      )
      .all() as Record<string, unknown>[];
    return rows.map((r) => ({
      id: r.id as number,
      title: r.title as string,
      genre: r.genre as DocGenre,
      year: (r.year as number | null) ?? null,
      sourceId: r.source_id as number,
      sourceName: r.name as string,
      sourcePath: r.path as string,
      importedAt: r.imported_at as number,
      passages: r.passages as number,
      truncated: !!(JSON.parse(r.meta_json as string) as { truncated?: boolean }).truncated,
      outline: JSON.parse(r.outline_json as string) as OutlineNode[],
    }));
  } catch (err) {
    throw explain(err, store.path);
  }
}

/** The counts of the library's tables (for a summary, and for tests that check nothing changed). */
export function libraryCounts(store: Store): Record<'sources' | 'documents' | 'passages' | 'patterns', number> {
  const n = (table: string) => store.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  return { sources: n('library_sources'), documents: n('library_documents'), passages: n('passages'), patterns: n('patterns') };
}
