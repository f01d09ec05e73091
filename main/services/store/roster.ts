// The 领导名录 (table roster, migration 0007): list, replace from a table (all or nothing), add one,
// remove one. Ranks are kept 1…n in order; a problem the user can fix is a RosterError (a
// StoreError: the CLI exits 2 with it, the API answers it in Chinese) and nothing has been written.
import type { RosterEntry } from '../../../core/proof/roster.ts';
import { parseRoster, RosterTableError } from '../../../core/proof/roster-table.ts';
import { explain, StoreError } from './errors.ts';
import type { Store } from './store.ts';
import { immediate } from './transaction.ts';

export type { RosterEntry } from '../../../core/proof/roster.ts';

export class RosterError extends StoreError {
  constructor(message: string) {
    super(message);
    this.name = 'RosterError';
  }
}

function guarded<T>(store: Store, fn: () => T, write = false): T {
  try {
    return write ? immediate(store.db, fn)() : fn();
  } catch (err) {
    if (err instanceof RosterTableError) throw new RosterError(err.message);
    throw explain(err, store.path);
  }
}

/** The roster in order. */
export function listRoster(store: Store): RosterEntry[] {
  return guarded(store, () => store.db.prepare('SELECT name, title, rank FROM roster ORDER BY rank, id').all() as RosterEntry[]);
}

function writeAll(store: Store, entries: readonly RosterEntry[]): void {
  store.db.prepare('DELETE FROM roster').run();
  const insert = store.db.prepare('INSERT INTO roster (name, title, rank, created_at) VALUES (?, ?, ?, ?)');
  const now = Date.now();
  entries.forEach((e, k) => insert.run(e.name, e.title, k + 1, now));
}

/** Replaces the whole roster with the rows of a table (header optional); returns the new roster. */
export function replaceRoster(store: Store, rows: readonly (readonly string[])[]): RosterEntry[] {
  const entries = guarded(store, () => parseRoster(rows));
  guarded(store, () => writeAll(store, entries), true);
  return listRoster(store);
}

/** Adds one leader at `rank` (default: last); those from that rank on move down one. */
export function addLeader(store: Store, name: string, title: string, rank?: number): RosterEntry[] {
  return guarded(
    store,
    () => {
      const current = listRoster(store);
      const [entry] = parseRoster([[name, title]]);
      if (current.some((e) => e.name === entry!.name)) throw new RosterError(`“${entry!.name}”已在领导名录中`);
      const at = Math.min(Math.max(1, rank ?? current.length + 1), current.length + 1);
      writeAll(store, [...current.slice(0, at - 1), entry!, ...current.slice(at - 1)]);
      return listRoster(store);
    },
    true,
  );
}

/** Removes a leader by name; the others close up. */
export function removeLeader(store: Store, name: string): RosterEntry[] {
  return guarded(
    store,
    () => {
      const current = listRoster(store);
      if (!current.some((e) => e.name === name)) throw new RosterError(`领导名录中没有“${name}”`);
      writeAll(store, current.filter((e) => e.name !== name));
      return listRoster(store);
    },
    true,
  );
}
