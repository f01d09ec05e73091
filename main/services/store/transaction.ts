// Every write transaction of the store, in one place.
//
// A deferred transaction (better-sqlite3's default, BEGIN) starts as a reader and asks for the write
// lock at its first write. In WAL mode, if another connection committed in between, that upgrade
// fails at once with SQLITE_BUSY_SNAPSHOT — the busy timeout cannot help, since waiting would not
// make the snapshot current. Two writers then refused 7 % of the CLI's saves (73 % in a tight loop).
// BEGIN IMMEDIATE takes the write lock first, waiting up to busy_timeout for the other writer, so a
// save is refused only when the database stays locked for the whole timeout.
//
// Before it begins, a write checks that the database's files can still be written (writable.ts):
// SQLite keeps the WAL index (-shm) memory-mapped, and a write into that map after the file became
// unwritable (an immutable file, a read-only remount, a network share gone read-only) kills the
// process with SIGBUS, losing the request in flight. Checked first, it is refused as 只读 instead.
import type Database from 'better-sqlite3';
import { assertWritable } from './errors.ts';

/** Milliseconds a write waits for another writer (another window, the CLI, an import) before giving up. */
export const BUSY_TIMEOUT_MS = 10_000;

/** `fn` as a write transaction that begins with BEGIN IMMEDIATE. */
export function immediate<A extends unknown[], T>(db: Database.Database, fn: (...args: A) => T): (...args: A) => T {
  // eslint-disable-next-line no-restricted-syntax -- the one place a transaction is made
  const tx = db.transaction(fn);
  return (...args: A) => {
    assertWritable(db.name);
    return tx.immediate(...args);
  };
}
