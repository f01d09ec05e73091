// 0007: the unit's 领导名录 (roster): each leader's name, title and order (rank 1 is listed first).
// The proofreader checks names, titles and order against it (core/proof/roster.ts). Nothing is
// shipped in it: the user fills it, by hand or from a table. One row per name.
import type { Database } from 'better-sqlite3';

export const version = 7;

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE roster (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 2 AND 12),
      title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 50),
      rank INTEGER NOT NULL CHECK (rank >= 1),
      created_at INTEGER NOT NULL
    ) STRICT;
  `);
}
