// The 范文库's list of documents and its 回收站 (migration 0011). Removing a document only marks it
// (removed_at): its text, outline, passages, index entries, patterns and its file's review choices
// stay, every reader of the library leaves it out (pending.ts READY), and 恢复 brings it back exactly.
// Removing for good (only from the bin) deletes it; a file left with no document is deleted whole,
// else the document's place is kept in the file's purged_json so that a re-analysis of the file
// (review.ts reanalyse) leaves it out again.
import type Database from 'better-sqlite3';
import type { DocGenre, OutlineNode } from '../../../core/outline/index.ts';
import { explain } from '../store/errors.ts';
import type { Store } from '../store/store.ts';
import { immediate } from '../store/transaction.ts';
import { LibraryError } from './errors.ts';
import { everySameAs, type SameAs } from './same-body.ts';
import { prepared } from './statements.ts';

/** What every listing of the library says of a document (the 范文库's list, `wengao library`, the reader). */
export interface LibraryListing {
  id: number;
  title: string;
  genre: DocGenre;
  year: number | null;
  sourceId: number;
  /** The file it was imported from. */
  sourceName: string;
  importedAt: number;
}

/** One row of the 范文库's list of documents, live or in the 回收站. */
export interface LibraryEntry extends LibraryListing {
  /** Characters of its cleaned text. */
  chars: number;
  /** When it went to the 回收站; null for a live document. */
  removedAt: number | null;
  /** The live document imported before it with the same body: this one is its copy (same-body.ts). */
  sameAs?: SameAs;
  /** The fields the user corrected, each with what the analysis had found (correct.ts). */
  corrected?: Corrected;
}

/** What the analysis had found for each field the user corrected (library_documents.corrected_json). */
export interface Corrected {
  title?: string;
  genre?: DocGenre;
}

export interface LibraryText extends LibraryEntry {
  /** The lines under the title: subtitle, date line, speaker. */
  head: string[];
  outline: OutlineNode[];
  /** The cleaned text, as search and drafting use it. */
  text: string;
}

const ENTRY = `d.id, d.title, d.genre, d.year, d.source_id, s.name, s.imported_at, length(d.cleaned_text) AS chars, d.removed_at, d.corrected_json`;
const FROM = `FROM library_documents d JOIN library_sources s ON s.id = d.source_id WHERE s.pending IS NULL`;

type Row = Record<string, unknown>;

/** What every listing of the library says of a document, from a library_documents row joined to its
 *  library_sources row (columns id, title, genre, year, source_id, name, imported_at). */
export function documentOf(r: Row): LibraryListing {
  return {
    id: r.id as number,
    title: r.title as string,
    genre: r.genre as DocGenre,
    year: (r.year as number | null) ?? null,
    sourceId: r.source_id as number,
    sourceName: r.name as string,
    importedAt: r.imported_at as number,
  };
}

function entryOf(r: Row): LibraryEntry {
  return {
    ...documentOf(r),
    chars: r.chars as number,
    removedAt: (r.removed_at as number | null) ?? null,
    ...(typeof r.corrected_json === 'string' ? { corrected: JSON.parse(r.corrected_json) as Corrected } : {}),
  };
}

function guarded<T>(store: Store, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    throw err instanceof LibraryError ? err : explain(err, store.path);
  }
}

/** The live documents in import order, or (`removed`) those in the 回收站, last removed first. */
export function libraryEntries(store: Store, options: { removed?: boolean } = {}): LibraryEntry[] {
  return guarded(store, () => {
    const sql = options.removed ? `SELECT ${ENTRY} ${FROM} AND d.removed_at IS NOT NULL ORDER BY d.removed_at DESC, d.id` : `SELECT ${ENTRY} ${FROM} AND d.removed_at IS NULL ORDER BY d.id`;
    const same = everySameAs(store.db);
    return (prepared(store.db, sql).all() as Row[]).map((r) => {
      const entry = entryOf(r);
      const copy = same.get(entry.id);
      return copy ? { ...entry, sameAs: copy } : entry;
    });
  });
}

export const noDocument = (id: number) => new LibraryError(`范文库中没有编号为 ${id} 的文档（用 wengao library 查看，回收站中的用 wengao library bin）`);

/** One document as the list shows it, live or in the 回收站. */
export function libraryEntry(store: Store, documentId: number): LibraryEntry {
  return guarded(store, () => {
    const r = prepared(store.db, `SELECT ${ENTRY} ${FROM} AND d.id = ?`).get(documentId) as Row | undefined;
    if (!r) throw noDocument(documentId);
    return entryOf(r);
  });
}

/** One document whole, live or in the 回收站, to read. */
export function libraryText(store: Store, documentId: number): LibraryText {
  return guarded(store, () => {
    const r = prepared(store.db, `SELECT ${ENTRY}, d.outline_json, d.meta_json, d.cleaned_text ${FROM} AND d.id = ?`).get(documentId) as Row | undefined;
    if (!r) throw noDocument(documentId);
    const meta = JSON.parse(r.meta_json as string) as { subtitle?: string; dateLine?: string; speaker?: string; issuer?: string };
    return {
      ...entryOf(r),
      head: [meta.subtitle, meta.issuer, meta.dateLine, meta.speaker].filter((x): x is string => !!x),
      outline: JSON.parse(r.outline_json as string) as OutlineNode[],
      text: r.cleaned_text as string,
    };
  });
}

interface DocState {
  id: number;
  sourceId: number;
  removedAt: number | null;
  keys: string[];
}

/**
 * Where a document stands in its file, to find it again after a re-analysis: the raw line it starts
 * at (else its rank), and its title — an undo of a removal above a document moves its first line.
 */
export function placeKeys(r: Row): string[] {
  const line = (JSON.parse(r.meta_json as string) as { line?: number }).line;
  const keys = [line === undefined ? `seq:${r.seq as number}` : `line:${line}`];
  if (r.title) keys.push(`title:${r.title as string}`);
  // Its body too (when the row has one): a new version of the file finds a piece removed for good by it (versions.ts).
  if (typeof r.body_key === 'string') keys.push(`body:${r.body_key}`);
  return keys;
}

function states(db: Database.Database, ids: readonly number[]): DocState[] {
  const one = prepared(db, `SELECT d.id, d.source_id, d.removed_at, d.meta_json, d.seq, d.title, d.body_key ${FROM} AND d.id = ?`);
  return [...new Set(ids)].map((id) => {
    const r = one.get(id) as Row | undefined;
    if (!r) throw noDocument(id);
    return { id, sourceId: r.source_id as number, removedAt: (r.removed_at as number | null) ?? null, keys: placeKeys(r) };
  });
}

/** Moves documents to the 回收站 (all or none); those already there stay as they are. Returns how many moved. */
export function removeDocuments(store: Store, ids: readonly number[], now = Date.now()): number {
  return guarded(store, () =>
    immediate(store.db, () => {
      const live = states(store.db, ids).filter((d) => d.removedAt === null);
      const mark = prepared(store.db, `UPDATE library_documents SET removed_at = ? WHERE id = ?`);
      for (const d of live) mark.run(now, d.id);
      return live.length;
    })(),
  );
}

/** Brings documents back from the 回收站 (all or none), as they were. Returns how many came back. */
export function recoverDocuments(store: Store, ids: readonly number[]): number {
  return guarded(store, () =>
    immediate(store.db, () => {
      const binned = states(store.db, ids).filter((d) => d.removedAt !== null);
      const mark = prepared(store.db, `UPDATE library_documents SET removed_at = NULL WHERE id = ?`);
      for (const d of binned) mark.run(d.id);
      return binned.length;
    })(),
  );
}

/** Deletes documents of the 回收站 for good (all or none); a live document is refused. Returns how many. */
export function purgeDocuments(store: Store, ids: readonly number[]): number {
  return guarded(store, () =>
    immediate(store.db, () => {
      const db = store.db;
      const docs = states(db, ids);
      const live = docs.find((d) => d.removedAt === null);
      if (live) throw new LibraryError(`文档 ${live.id} 不在回收站中：请先移到回收站，再彻底删除`);
      for (const d of docs) {
        // Passages leave the index with them (delete trigger); patterns and passages by cascade.
        prepared(db, `DELETE FROM library_documents WHERE id = ?`).run(d.id);
        const left = prepared(db, `SELECT count(*) FROM library_documents WHERE source_id = ?`).pluck().get(d.sourceId) as number;
        if (left === 0) prepared(db, `DELETE FROM library_sources WHERE id = ?`).run(d.sourceId);
        else {
          const purged = JSON.parse(prepared(db, `SELECT purged_json FROM library_sources WHERE id = ?`).pluck().get(d.sourceId) as string) as string[][];
          prepared(db, `UPDATE library_sources SET purged_json = ? WHERE id = ?`).run(JSON.stringify([...purged, d.keys]), d.sourceId);
        }
      }
      return docs.length;
    })(),
  );
}

/** What a file's documents have of the bin before a re-analysis replaces them (review.ts reanalyse). */
export interface BinState {
  /** Each removed document's place keys, with when it was removed. */
  removed: { keys: string[]; at: number }[];
  /** Each document removed for good, by its place keys. */
  purged: string[][];
}

export function binState(db: Database.Database, sourceId: number): BinState {
  const rows = prepared(db, `SELECT meta_json, seq, title, body_key, removed_at FROM library_documents WHERE source_id = ? AND removed_at IS NOT NULL`).all(sourceId) as Row[];
  const purged = JSON.parse((prepared(db, `SELECT purged_json FROM library_sources WHERE id = ?`).pluck().get(sourceId) as string | undefined) ?? '[]') as string[][];
  return { removed: rows.map((r) => ({ keys: placeKeys(r), at: r.removed_at as number })), purged };
}

/** The first of `places` that shares a key with `keys`, taken out of the list (one document matches one place). */
function take<T>(places: T[], keysOf: (p: T) => string[], keys: readonly string[]): T | undefined {
  // The line first: two documents of a file may share a title (篇一 and 篇二 of 「会议纪要」).
  for (const k of keys) {
    const i = places.findIndex((p) => keysOf(p).includes(k));
    if (i >= 0) return places.splice(i, 1)[0];
  }
  return undefined;
}

/**
 * After a re-analysis wrote a file's documents anew: those at the place of a removed one go back to
 * the bin (with the date they were removed), those at the place of one removed for good are deleted.
 * Returns the ids deleted.
 */
export function applyBinState(db: Database.Database, sourceId: number, state: BinState): Set<number> {
  const deleted = new Set<number>();
  if (state.removed.length === 0 && state.purged.length === 0) return deleted;
  const removed = [...state.removed];
  const purged = [...state.purged];
  const rows = prepared(db, `SELECT id, meta_json, seq, title, body_key FROM library_documents WHERE source_id = ? ORDER BY seq`).all(sourceId) as Row[];
  for (const r of rows) {
    const keys = placeKeys(r);
    if (take(purged, (p) => p, keys)) {
      prepared(db, `DELETE FROM library_documents WHERE id = ?`).run(r.id);
      deleted.add(r.id as number);
      continue;
    }
    const was = take(removed, (p) => p.keys, keys);
    if (was) prepared(db, `UPDATE library_documents SET removed_at = ? WHERE id = ?`).run(was.at, r.id);
  }
  return deleted;
}
