// The 范文库: import files and folders of past speeches into the store, search their passages,
// list the documents with their outlines.
//
// Import: each file is read (decoded, or its .docx paragraphs reconstructed), analysed into one or
// more cleaned documents, and written in one transaction — its source row (raw text and removal
// report kept for review and undo), documents, passages (indexed by trigger) and harvested
// heading patterns. A file that fails changes nothing; the others still import.
//
// Search: terms of 3 or more characters go through the FTS5 trigram index (ranked by bm25); a
// query of only 1–2 character terms is matched with LIKE, its candidates found from the index's
// vocabulary (every trigram starting with the term — each passage is indexed with two padding
// characters, so this covers every occurrence) when the term is rare, or by scanning until enough
// hits are found when it is common. Those are ranked by where the term first occurs.
import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { analyse, harvestPatterns } from '../../../core/outline/index.ts';
import type { CleanedDoc, DocGenre, ImportReport, OutlineNode, PassageRole } from '../../../core/outline/index.ts';
import { explain } from '../store/errors.ts';
import type { Store } from '../store/store.ts';
import { decodeText } from './decode.ts';
import { docxToText } from './docx.ts';
import { LibraryError, MAX_FILE_BYTES, tooLarge } from './errors.ts';

export { LibraryError } from './errors.ts';

export const ROLES: readonly PassageRole[] = ['开场', '意义', '成绩', '问题', '任务', '保障', '结尾', '其他'];
export const EXTENSIONS = ['.txt', '.md', '.docx'] as const;
type Format = 'txt' | 'md' | 'docx';

export const UNSUPPORTED = '不支持的文件类型（可导入 .txt、.md、.docx）';

// ── reading one file ───────────────────────────────────────────────────────────────────────────

export interface FileText {
  text: string;
  format: Format;
  /** utf-8 · utf-16le · utf-16be · gb18030 · docx */
  encoding: string;
  bytes: number;
  hash: string;
}

function formatOf(path: string): Format | undefined {
  const ext = extname(path).toLowerCase();
  return ext === '.txt' ? 'txt' : ext === '.md' || ext === '.markdown' ? 'md' : ext === '.docx' ? 'docx' : undefined;
}

/** Reads and decodes one .txt/.md/.docx file; a LibraryError says in Chinese why it cannot be read. */
export async function readTextFile(path: string): Promise<FileText> {
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
  const hash = createHash('sha256').update(bytes).digest('hex');
  if (format === 'docx') return { text: await docxToText(bytes), format, encoding: 'docx', bytes: bytes.length, hash };
  const decoded = decodeText(bytes);
  return { text: decoded.text, format, encoding: decoded.encoding, bytes: bytes.length, hash };
}

/** Reads a file and finds the documents in it, without storing anything (`wengao outline`). */
export async function analyseFile(path: string): Promise<{ file: FileText; documents: CleanedDoc[]; report: ImportReport }> {
  const file = await readTextFile(path);
  const { documents, report } = analyse(file.text);
  if (documents.length === 0) throw new LibraryError(NO_TEXT);
  return { file, documents, report };
}

const NO_TEXT = '没有找到可导入的正文（清理后没有留下文字）';

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

// ── import ─────────────────────────────────────────────────────────────────────────────────────

/**
 * Imports files and folders. Each file is one transaction: a file that cannot be read, analysed or
 * written changes nothing, and the next file is tried. `onProgress` is called after each file.
 */
export async function importFiles(
  store: Store,
  paths: readonly string[],
  onProgress?: (done: number, total: number, file: string) => void,
): Promise<ImportSummary> {
  const { files, others } = collectFiles(paths);
  const results: FileResult[] = [...others];
  for (let i = 0; i < files.length; i++) {
    const file = files[i]!;
    results.push(await importOne(store, file));
    onProgress?.(i + 1, files.length, file);
  }
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

async function importOne(store: Store, path: string): Promise<FileResult> {
  try {
    const file = await readTextFile(path);
    const already = store.db
      .prepare(`SELECT d.id FROM library_sources s JOIN library_documents d ON d.source_id = s.id WHERE s.hash = ? ORDER BY d.id`)
      .pluck()
      .all(file.hash) as number[];
    if (already.length > 0) return { file: path, status: 'duplicate', documentIds: already };
    const { documents, report } = analyse(file.text);
    if (documents.length === 0) throw new LibraryError(NO_TEXT);
    const written = write(store, path, file, documents, report);
    return { file: path, status: 'imported', sourceId: written.sourceId, encoding: file.encoding, documents: written.documents, report };
  } catch (err) {
    if (err instanceof LibraryError) return { file: path, status: 'failed', error: err.message };
    // A database failure (disk full, read-only, busy) is explained; anything else is a fault of ours,
    // reported with the file rather than ending the whole import.
    const code = (err as { code?: unknown }).code;
    const message = typeof code === 'string' ? explain(err, store.path).message : `内部错误：${err instanceof Error ? err.message : String(err)}`;
    return { file: path, status: 'failed', error: message };
  }
}

function write(store: Store, path: string, file: FileText, documents: CleanedDoc[], report: ImportReport) {
  const db = store.db;
  return db.transaction(() => {
    const now = Date.now();
    const sourceId = Number(
      db
        .prepare(`INSERT INTO library_sources (path, name, format, encoding, bytes, hash, raw_text, report_json, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
        .run(path, basename(path), file.format, file.encoding, file.bytes, file.hash, file.text, JSON.stringify(report), now).lastInsertRowid,
    );
    const insertDoc = db.prepare(
      `INSERT INTO library_documents (source_id, seq, title, genre, year, salutation, closing, outline_json, meta_json, cleaned_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertPassage = db.prepare(`INSERT INTO passages (document_id, seq, role, path, heading, text) VALUES (?, ?, ?, ?, ?, ?)`);
    const insertPattern = db.prepare(`INSERT INTO patterns (pattern, level, source, document_id) VALUES (?, ?, ?, ?) ON CONFLICT (pattern) DO NOTHING`);
    const out: Extract<FileResult, { status: 'imported' }>['documents'] = [];
    documents.forEach((doc, i) => {
      const meta = { subtitle: doc.subtitle, dateLine: doc.dateLine, speaker: doc.speaker, truncated: doc.truncated };
      const id = Number(
        insertDoc.run(sourceId, i + 1, doc.title, doc.genre, doc.year ?? null, doc.salutation ?? null, doc.closing ?? null, JSON.stringify(doc.outline), JSON.stringify(meta), doc.text)
          .lastInsertRowid,
      );
      doc.passages.forEach((p, k) => insertPassage.run(id, k + 1, p.role, p.path, p.heading ?? null, p.text));
      let patterns = 0;
      for (const p of harvestPatterns(doc)) {
        if (p.level < 1 || p.level > 4 || !p.pattern) continue;
        patterns += insertPattern.run(p.pattern, p.level, p.source, id).changes;
      }
      out.push({ id, title: doc.title, genre: doc.genre, year: doc.year ?? null, passages: doc.passages.length, patterns });
    });
    return { sourceId, documents: out };
  })();
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

/** Prepared statements per connection: search runs the same few shapes of SQL over and over. */
type Statement = Database.Statement<unknown[], unknown>;
const statements = new WeakMap<Database.Database, Map<string, Statement>>();

function prepared(db: Database.Database, sql: string): Statement {
  let map = statements.get(db);
  if (!map) statements.set(db, (map = new Map()));
  let stmt = map.get(sql);
  if (!stmt) map.set(sql, (stmt = db.prepare<unknown[], unknown>(sql)));
  return stmt;
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
