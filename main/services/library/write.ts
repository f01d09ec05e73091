// Writing imported files into the 范文库: each file's source row (its decoded text kept for review
// and undo, in pieces), documents, passages and harvested heading patterns, the passages added to
// the trigram index in bulk.
//
// A batch of files is written in transactions of about SLICE_MS each (store/transaction.ts:
// SlicedWrite), not in one: better-sqlite3 waits for a busy database synchronously, so a save made
// meanwhile on another connection (the UI's, while the import worker writes a 50 MB file) would
// stall for as long as the transaction. Until the batch's last transaction commits, its sources
// carry the import's token (pending.ts) and nobody sees them; a batch that fails is swept away and
// its files are written again one by one, so a file that fails changes nothing and the others
// still import.
import type Database from 'better-sqlite3';
import { basename } from 'node:path';
import type { CleanedDoc, Pattern } from '../../../core/outline/index.ts';
import { AUTOCHECKPOINT_PAGES, SlicedWrite } from '../store/transaction.ts';
import type { FileResult } from './files.ts';
import { IndexMerge, mergeByHand } from './index-merge.ts';
import { sweep } from './pending.ts';
import { insertDocument, type DocRow } from './doc-row.ts';
import { insertPassages } from './passage-rows.ts';
import { sameAsOf } from './same-body.ts';
import { prepared } from './statements.ts';
import { returnPurged } from './purged-return.ts';
import type { Prepared, WrittenDocument } from './written.ts';
import { supersede } from './versions.ts';

export type { Prepared, WrittenDocument } from './written.ts';


/** Characters of a source's decoded text per row of library_source_text. */
const TEXT_PIECE = 64 * 1024;
/** Slices written between two checkpoints of the WAL into the database file (see IndexedWrite). */
const CHECKPOINT_SLICES = 10;
/** What indexing and committing a slice cost per character of passage text (ms; about 0.75 µs on
 *  the bench's 50 MB), until an import has measured it: a slice stops early enough for both to fit. */
const INDEX_MS_PER_CHAR = 0.001;
/** Most characters of source text (kept for review, not indexed) a slice writes. Much of what they
 *  cost is paid at the commit, writing their pages into the WAL, which the rate above does not
 *  foresee: slices of 70 ms of such inserts took 37–44 ms more to commit, a save waiting all along. */
const STORED_PER_SLICE = 512 * 1024;
/** Fewest characters a slice indexes for its cost to count in that rate. */
const MEASURED_CHARS = 4000;

/**
 * Writes a batch of files, visible together once the last of its transactions commits. If the
 * database fails (full disk, read-only, busy), what the batch wrote is swept away and each file is
 * written again on its own: those that can be written are, and the others change nothing and say
 * why (`failure` explains the error).
 */
export function writeBatch(db: Database.Database, batch: readonly Prepared[], token: string, failure: (path: string, err: unknown) => FileResult): FileResult[] {
  try {
    return writeAll(db, batch, token);
  } catch (err) {
    const swept = trySweep(db, token);
    if (batch.length === 1 || !swept) return batch.map((f) => failure(f.path, err));
    return batch.map((f) => {
      try {
        return writeAll(db, [f], token)[0]!;
      } catch (e) {
        trySweep(db, token);
        return failure(f.path, e);
      }
    });
  }
}

function trySweep(db: Database.Database, token: string): boolean {
  try {
    sweep(db, token);
    return true;
  } catch {
    // The database refuses writes: what was written stays hidden, swept at the next start.
    return false;
  }
}

function writeAll(db: Database.Database, files: readonly Prepared[], token: string): FileResult[] {
  const write = new IndexedWrite(db);
  try {
    write.begin();
    const results = files.map((f) => writeFile(db, f, token, write));
    write.finish(token);
    return results;
  } catch (err) {
    write.rollback();
    throw err;
  } finally {
    write.close();
  }
}

/**
 * A SlicedWrite that also keeps the trigram index: the passages a slice inserted are indexed before
 * it commits (FTS5 writes its new segment at the commit), and the slice ends early enough for that
 * indexing and commit to fit in its time, at the rate measured on the slices before. The index's
 * segments are merged after each slice in steps of their own (index-merge.ts), not inside its
 * commit, whose cost then follows the text it indexed and can be foreseen.
 *
 * What keeps many short transactions about as cheap as one long one:
 *  · slices before the last commit without waiting for the disk (synchronous = NORMAL): what they
 *    hold is hidden until the last one, which does wait (FULL) and so makes them all durable;
 *  · the WAL is copied into the database file (a checkpoint: two fsyncs, and every page written
 *    again) every CHECKPOINT_SLICES slices, not after every commit that finds it over 1,000 pages,
 *    which is every slice during a large import.
 */
class IndexedWrite {
  private readonly slices: SlicedWrite;
  private readonly merge: IndexMerge;
  private after = 0;
  private chars = 0;
  private stored = 0;
  private sliced = 0;
  private msPerChar = INDEX_MS_PER_CHAR;

  constructor(private readonly db: Database.Database) {
    this.slices = new SlicedWrite(db);
    this.merge = new IndexMerge(db, this.slices);
  }

  begin(): void {
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('wal_autocheckpoint = 0');
    this.slices.begin();
    mergeByHand(this.db);
    this.after = maxPassage(this.db);
  }

  /**
   * After each row written: `chars` more characters to index, `stored` more characters of text
   * kept but not indexed. Ends the slice if its time is spent, or at once if a save waits: it then
   * waits only for this slice's indexing and commit, not for the rest of its time. That indexing
   * and commit is kept to SLICE_MS (at the rate measured); while no save has come for a while, the
   * slice may go on longer beside it (SlicedWrite.spent), in fewer, larger and cheaper commits.
   */
  tick(chars = 0, stored = 0): void {
    this.chars += chars;
    this.stored += stored;
    if (!this.slices.writersWait() && !this.slices.spent(this.chars * this.msPerChar) && this.stored < STORED_PER_SLICE) return;
    this.indexAndCommit();
    this.merge.catchUp();
    if (++this.sliced % CHECKPOINT_SLICES === 0) this.db.pragma('wal_checkpoint(PASSIVE)');
    this.slices.giveWay();
    this.after = maxPassage(this.db);
  }

  /** Indexes the rest, then shows the batch (the import's sources) in a last, durable transaction. */
  finish(token: string): void {
    this.indexAndCommit();
    this.merge.catchUp();
    // The WAL synced and copied into the database file before the last transaction, with no slice
    // held: a save meanwhile goes ahead. That commit then syncs only its own pages, and none of it
    // checkpoints while the saves wait for the slice to end.
    this.db.pragma('wal_checkpoint(PASSIVE)');
    this.db.pragma('synchronous = FULL');
    this.slices.begin();
    prepared(this.db, `UPDATE library_sources SET pending = NULL WHERE pending = ?`).run(token);
    this.slices.commit();
  }

  rollback(): void {
    this.slices.rollback();
  }

  close(): void {
    this.db.pragma('synchronous = FULL');
    this.db.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
  }

  private indexAndCommit(): void {
    const started = performance.now();
    if (this.chars > 0) indexPassages(this.db, this.after);
    this.slices.commit();
    // Measured on enough text to mean something: a higher rate is taken at once, a lower one only
    // by halves. (It must be measurable on the slices it sizes: with a higher floor, one slow slice
    // on a busy machine set a rate whose slices were all under that floor, and it never came down.)
    if (this.chars >= MEASURED_CHARS) this.msPerChar = Math.max((performance.now() - started) / this.chars, (this.msPerChar + (performance.now() - started) / this.chars) / 2);
    this.chars = 0;
    this.stored = 0;
  }
}

const maxPassage = (db: Database.Database) => (prepared(db, `SELECT max(id) FROM passages`).pluck().get() as number | null) ?? 0;

/**
 * Adds the passages with an id above `after` to the trigram index, in one statement. Migration 0002
 * has no insert trigger (see there): whoever inserts passages calls this in the same transaction.
 * Each passage is indexed with two U+0001 after it, so that every character, the last two included,
 * begins a trigram: the 1–2 character search finds its candidates in the vocabulary.
 */
export function indexPassages(db: Database.Database, after = 0): void {
  prepared(db, `INSERT INTO passages_fts (rowid, text) SELECT id, text || char(1, 1) FROM passages WHERE id > ?`).run(after);
}

/** The documents of a file already in the library (fully imported, or earlier in this import). */
/** A file's documents already in the library (by its hash), and those of them in the 回收站. */
export function duplicateOf(db: Database.Database, path: string, hash: string, token: string | null = null): Extract<FileResult, { status: 'duplicate' }> | null {
  const rows = prepared(
    db,
    `SELECT d.id, d.title, d.removed_at FROM library_sources s JOIN library_documents d ON d.source_id = s.id WHERE s.hash = ? AND (s.pending IS NULL OR s.pending = ?) ORDER BY d.id`,
  ).all(hash, token) as { id: number; title: string; removed_at: number | null }[];
  if (rows.length === 0) return null;
  return { file: path, status: 'duplicate', documentIds: rows.map((r) => r.id), binned: rows.filter((r) => r.removed_at !== null).map((r) => ({ id: r.id, title: r.title })) };
}

function writeFile(db: Database.Database, f: Prepared, token: string, write: IndexedWrite): FileResult {
  const { path, file, documents, report, patterns } = f;
  const already = duplicateOf(db, path, file.hash, token);
  if (already) return returnPurged(db, already, f, (sourceId, docs, pats, seqOf, rows) => writeDocuments(db, sourceId, docs, pats, (chars) => write.tick(chars), seqOf, rows));
  const sourceId = Number(
    prepared(db, `INSERT INTO library_sources (path, name, format, encoding, bytes, hash, report_json, imported_at, pending) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
      path,
      basename(path),
      file.format,
      file.encoding,
      file.bytes,
      file.hash,
      JSON.stringify(report),
      Date.now(),
      token,
    ).lastInsertRowid,
  );
  writeSourceText(db, sourceId, file.text, (chars) => write.tick(0, chars));
  const written = writeDocuments(db, sourceId, documents, patterns, (chars) => write.tick(chars), undefined, f.rows);
  // A new version of a file imported before takes the old one's place (versions.ts), before copies are looked for.
  const version = f.previous ? supersede(db, f.previous, path, written, documents) : undefined;
  // A copy of a document in the library, or earlier in this import: said at the import (same-body.ts).
  const same = sameAsOf(
    db,
    written.map((d) => d.id),
    token,
  );
  for (const d of written) if (same.has(d.id)) d.sameAs = same.get(d.id)!;
  return { file: path, status: 'imported', sourceId, encoding: file.encoding, documents: written, report, ...(version ? { version } : {}) };
}

/** A source's decoded text, in pieces of TEXT_PIECE characters (never between the halves of a surrogate pair). */
export function writeSourceText(db: Database.Database, sourceId: number, text: string, tick: (chars: number) => void): void {
  const insert = prepared(db, `INSERT INTO library_source_text (source_id, seq, text) VALUES (?, ?, ?)`);
  let seq = 0;
  for (let at = 0; at < text.length || seq === 0; ) {
    let end = Math.min(text.length, at + TEXT_PIECE);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    insert.run(sourceId, ++seq, text.slice(at, end));
    tick(end - at);
    at = end;
  }
}

/** A source's decoded text, as it was imported. */
export function sourceText(db: Database.Database, sourceId: number): string {
  return (prepared(db, `SELECT text FROM library_source_text WHERE source_id = ? ORDER BY seq`).pluck().all(sourceId) as string[]).join('');
}


/** A source's documents with their passages and heading patterns (the passages not yet indexed);
 *  `tick` is told after each statement of passages how many characters they hold (passage-rows.ts). */
export function writeDocuments(
  db: Database.Database,
  sourceId: number,
  documents: readonly CleanedDoc[],
  patterns: readonly Pattern[][],
  tick: (chars: number) => void = () => undefined,
  /** Each document's place in its file (1-based): its index + 1 unless told (purged-return.ts). */
  seqOf: (index: number) => number = (i) => i + 1,
  /** Each document's rows as computed before the write (analysis.ts); computed here where not given. */
  rows?: readonly DocRow[],
): WrittenDocument[] {
  const insertPattern = prepared(db, `INSERT INTO patterns (pattern, level, source, document_id) VALUES (?, ?, ?, ?) ON CONFLICT (document_id, pattern) DO NOTHING`);
  const out: WrittenDocument[] = [];
  documents.forEach((doc, i) => {
    const id = insertDocument(db, sourceId, seqOf(i), doc, rows?.[i]);
    insertPassages(db, id, doc.passages, tick);
    let n = 0;
    for (const p of patterns[i]!) {
      if (p.level < 1 || p.level > 4 || !p.pattern) continue;
      n += insertPattern.run(p.pattern, p.level, p.source, id).changes;
    }
    out.push({ id, title: doc.title, genre: doc.genre, year: doc.year ?? null, passages: doc.passages.length, patterns: n });
  });
  return out;
}
