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
    Atomics.add(shared, WAITING, 1);
    try {
      awaitSlice();
      return tx.immediate(...args);
    } finally {
      Atomics.sub(shared, WAITING, 1);
      Atomics.notify(shared, WAITING);
    }
  };
}

// ── long writes in short transactions ──────────────────────────────────────────────────────────
//
// better-sqlite3 waits for a busy database synchronously: a save made while another connection
// holds the write lock stalls the thread that answers the UI and the API for as long. A long write
// (a large library import, on the import worker's connection) is therefore cut into transactions
// of about SLICE_MS each, and between two it gives way to the writers of this process that wait.
//
// Two counters, shared between the thread that answers the UI and its import worker: the writers
// inside immediate() (WAITING), and whether a slice holds the write lock (SLICE). A save waits for
// the slice in progress to commit and is woken the moment it does — rather than by SQLite's busy
// handler, which sleeps in steps of up to 100 ms — and the long write does not begin its next
// slice while a save waits. A save then waits for one slice at most, never for the whole import.

const WAITING = 0;
const SLICE = 1;
let shared: Int32Array = new Int32Array(new SharedArrayBuffer(8));
/** This thread's long write holds the lock: its own writes (none are expected) must not wait for it. */
let holding = false;

/** The counters, to hand to a worker thread that writes long (joinWriters there). */
export function sharedWriters(): Int32Array {
  return shared;
}

/** In a worker thread: share the counters of the thread that started it. */
export function joinWriters(counters: Int32Array): void {
  shared = counters;
}

/** Longest a write waits here for a slice to commit; past that (a slice's thread ended without
 *  saying so) SQLite's own busy timeout decides. */
const SLICE_WAIT_MS = 1000;

/** Before a write begins: the slice of a long write in progress, if any, commits first. */
function awaitSlice(): void {
  if (holding) return;
  const deadline = performance.now() + SLICE_WAIT_MS;
  while (Atomics.load(shared, SLICE) === 1) {
    const left = deadline - performance.now();
    if (left <= 0) return;
    Atomics.wait(shared, SLICE, 1, left);
  }
}

/** The thread of a long write was stopped (its connection, and the lock, went with it). */
export function sliceEnded(): void {
  Atomics.store(shared, SLICE, 0);
  Atomics.notify(shared, SLICE);
}

/** SQLite's default: a commit that leaves the WAL at this many pages or more copies it into the
 *  database file (a checkpoint). A long write sets it aside and checkpoints on its own schedule. */
export const AUTOCHECKPOINT_PAGES = 1000;

/** How long a slice of a long write may hold the write lock, in milliseconds. */
export const SLICE_MS = 70;
/** While saves come (one waited for a slice in the last SAVES_RECENT_MS), slices are this much
 *  shorter: a save that comes at the worst moment waits for less, and the long write, which loses
 *  a little to more commits, only while someone is working beside it. */
const SHORTER_WHILE_SAVING = 3;
const SAVES_RECENT_MS = 1000;
/** After this long with no save waiting for a slice, a long write that ends its slice at once for
 *  a save (IndexedWrite) may hold the lock this much longer: FTS5 builds each transaction's index
 *  segment at its commit, and larger transactions cost less per character (distinct trigrams grow
 *  more slowly than the text: 300K characters cost about 40 % less per character than 100K). */
export const QUIET_MS = 3000;
const LONGER_WHILE_QUIET = 3;

/** When a save last waited for (or was let go before) a slice of a long write in this thread. */
let saveSeen = -Infinity;

/** A long write cut into transactions of about `sliceMs`; its caller keeps what it writes hidden
 *  from readers until the last one commits, and cleans up after a failure. */
export class SlicedWrite {
  private began: number | undefined;

  constructor(
    private readonly db: Database.Database,
    readonly sliceMs = SLICE_MS,
  ) {}

  /** How long this slice may take: sliceMs, or less while saves come. */
  budget(): number {
    return performance.now() - saveSeen < SAVES_RECENT_MS ? this.sliceMs / SHORTER_WHILE_SAVING : this.sliceMs;
  }

  /**
   * Whether a slice that checks writersWait() after every row, and ends at once when a save waits,
   * has had its time, with `pending` ms of work left before it can commit (what a save that came now
   * would wait for). While saves come, the slice keeps to budget(), pending work included. After
   * QUIET_MS without one, only the pending work keeps to sliceMs: a save that comes then waits for
   * no more than it could before, and the slice may hold the lock LONGER_WHILE_QUIET times as long.
   */
  spent(pending: number): boolean {
    if (performance.now() - saveSeen < QUIET_MS) return this.elapsed() + pending >= this.budget();
    return pending >= this.sliceMs || this.elapsed() + pending >= this.sliceMs * LONGER_WHILE_QUIET;
  }

  /** Whether a writer of this process waits for the lock (or is about to ask for it): the slice should end now. */
  writersWait(): boolean {
    if (Atomics.load(shared, WAITING) === 0) return false;
    saveSeen = performance.now();
    return true;
  }

  /** Milliseconds the open transaction has held the lock (0 when none is open). */
  elapsed(): number {
    return this.began === undefined ? 0 : performance.now() - this.began;
  }

  /** Begins a transaction unless one is open. */
  begin(): void {
    if (this.began !== undefined) return;
    assertWritable(this.db.name);
    this.claim();
    try {
      this.db.exec('BEGIN IMMEDIATE');
    } catch (err) {
      sliceEnded();
      throw err;
    }
    this.began = performance.now();
    holding = true;
  }

  /**
   * Marks a slice as begun (SLICE) before taking the lock, then looks for a save that waits: a save
   * counts itself (WAITING) before it looks at SLICE, so either it sees the mark and waits for the
   * slice to end (and is woken the moment it does), or it is seen here and goes first. Never both
   * ask SQLite for the lock at once: the loser would wait in SQLite's busy handler, which sleeps in
   * steps of up to 100 ms whenever the lock comes free.
   */
  private claim(): void {
    const deadline = performance.now() + BUSY_TIMEOUT_MS;
    for (;;) {
      Atomics.store(shared, SLICE, 1);
      if (!this.writersWait() || performance.now() >= deadline) return;
      sliceEnded();
      this.letWritersGo(deadline);
    }
  }

  private letWritersGo(deadline: number): void {
    for (let n = Atomics.load(shared, WAITING); n > 0 && performance.now() < deadline; n = Atomics.load(shared, WAITING)) Atomics.wait(shared, WAITING, n, 20);
  }

  commit(): void {
    if (this.began === undefined) return;
    this.db.exec('COMMIT');
    this.released();
  }

  rollback(): void {
    if (this.began === undefined) return;
    try {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
    } finally {
      this.released();
    }
  }

  /** Commits, lets the writers of this process that wait for the lock go first, and begins again. */
  giveWay(): void {
    this.commit();
    this.letWritersGo(performance.now() + BUSY_TIMEOUT_MS);
    this.begin();
  }

  private released(): void {
    this.began = undefined;
    holding = false;
    sliceEnded();
  }
}
