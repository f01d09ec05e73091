// A file imported again after some of its documents were deleted for good (彻底删除): those come back
// from it, the others stay as they are (same ids, same place in the 回收站 or not). bin.ts keeps a
// purged document's place keys in its file's purged_json; the file is analysed again and each
// document at such a place is written anew, at its place in the file, and its keys leave the list.
// Inside the import's write (write.ts), whose slices index the new passages.
import type Database from 'better-sqlite3';
import type { CleanedDoc, Pattern } from '../../../core/outline/index.ts';
import type { DocRow } from './doc-row.ts';
import type { FileResult } from './files.ts';
import { prepared } from './statements.ts';
import type { Prepared, WrittenDocument } from './written.ts';

type Duplicate = Extract<FileResult, { status: 'duplicate' }>;
type WriteDocs = (sourceId: number, documents: readonly CleanedDoc[], patterns: readonly Pattern[][], seqOf: (index: number) => number, rows?: readonly DocRow[]) => WrittenDocument[];

interface PurgedSource {
  id: number;
  purged: string[][];
}

/** The file's source in the library (by its hash) and the places of its documents deleted for good. */
function purgedSource(db: Database.Database, hash: string): PurgedSource | undefined {
  const row = prepared(db, `SELECT id, purged_json FROM library_sources WHERE hash = ? AND pending IS NULL ORDER BY id LIMIT 1`).get(hash) as { id: number; purged_json: string | null } | undefined;
  if (!row) return undefined;
  const purged = JSON.parse(row.purged_json ?? '[]') as string[][];
  return { id: row.id, purged };
}

/** Whether the library's copy of the file (by its hash) lacks documents deleted for good. */
export function hasPurged(db: Database.Database, hash: string): boolean {
  return (purgedSource(db, hash)?.purged.length ?? 0) > 0;
}

/** A document's place keys as bin.ts reads them from its row: its first line (else its place), and its title. */
function keysOf(doc: CleanedDoc, index: number): string[] {
  const keys = [doc.line === undefined ? `seq:${index + 1}` : `line:${doc.line}`];
  if (doc.title) keys.push(`title:${doc.title}`);
  return keys;
}

/**
 * `already` (the file found in the library) with its documents deleted for good written again from
 * the file as analysed now (`f`): `returned` names them. Without such documents, `already` as it is.
 */
export function returnPurged(db: Database.Database, already: Duplicate, f: Prepared, writeDocs: WriteDocs): Duplicate {
  const source = purgedSource(db, f.file.hash);
  if (!source || source.purged.length === 0 || f.documents.length === 0) return already;
  const left = [...source.purged];
  const back: number[] = [];
  f.documents.forEach((doc, i) => {
    const keys = keysOf(doc, i);
    // The line first: two documents of a file may share a title (bin.ts take).
    for (const k of keys) {
      const at = left.findIndex((p) => p.includes(k));
      if (at < 0) continue;
      left.splice(at, 1);
      back.push(i);
      return;
    }
  });
  if (back.length === 0) return already;
  const written = writeDocs(
    source.id,
    back.map((i) => f.documents[i]!),
    back.map((i) => f.patterns[i] ?? []),
    (k) => back[k]! + 1,
    f.rows && back.map((i) => f.rows![i]!),
  );
  prepared(db, `UPDATE library_sources SET purged_json = ? WHERE id = ?`).run(JSON.stringify(left), source.id);
  const returned = written.map((d) => ({ id: d.id, title: d.title }));
  return { ...already, documentIds: [...already.documentIds, ...returned.map((d) => d.id)].sort((a, b) => a - b), returned };
}
