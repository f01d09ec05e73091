// Imports not yet finished. A large import is written in short transactions (write.ts); until its
// last one commits, its sources carry the import's token in library_sources.pending (migration
// 0008) and every reader of the library leaves them out (READY). An import that fails, is
// cancelled or dies leaves rows with a token: sweep() deletes them, itself in short transactions
// so that it holds up no save either; sweepAbandoned() finds those of processes that ended (a
// crash, a machine switched off) at the next start.
import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { SlicedWrite } from '../store/transaction.ts';
import { prepared } from './statements.ts';

/** A row (alias `alias`, with a source_id) whose source is fully imported. */
export const readyAs = (alias: string) => `${alias}.source_id NOT IN (SELECT id FROM library_sources WHERE pending IS NOT NULL)`;

/**
 * A document (alias `d`) whose source is fully imported and that is not in the 回收站 (migration
 * 0011): the filter of every library reader — search, headings offered to drafting, the list.
 */
export const READY = `d.removed_at IS NULL AND ${readyAs('d')}`;

/** A new import's token: the process that writes it, then a random part. */
export function pendingToken(): string {
  return `${process.pid}:${randomUUID()}`;
}

/** Passages deleted per statement when a sweep deletes an import (each also leaves the index). */
const SWEEP_ROWS = 500;

/** Deletes everything the import `token` wrote and did not finish. */
export function sweep(db: Database.Database, token: string): void {
  const passages = prepared(
    db,
    `DELETE FROM passages WHERE id IN (SELECT p.id FROM library_sources s JOIN library_documents d ON d.source_id = s.id JOIN passages p ON p.document_id = d.id WHERE s.pending = ? LIMIT ${SWEEP_ROWS})`,
  );
  const write = new SlicedWrite(db);
  try {
    write.begin();
    while (passages.run(token).changes > 0) if (write.writersWait() || write.elapsed() >= write.budget()) write.giveWay();
    // The rest (documents, patterns, texts) goes with the sources, by cascade.
    prepared(db, `DELETE FROM library_sources WHERE pending = ?`).run(token);
    write.commit();
  } catch (err) {
    write.rollback();
    throw err;
  }
}

/** Sweeps the unfinished imports of processes that are no longer running. */
export function sweepAbandoned(db: Database.Database): void {
  const tokens = prepared(db, `SELECT DISTINCT pending FROM library_sources WHERE pending IS NOT NULL`).pluck().all() as string[];
  for (const token of tokens) if (!running(Number(token.split(':')[0]))) sweep(db, token);
}

function running(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it runs, as another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
