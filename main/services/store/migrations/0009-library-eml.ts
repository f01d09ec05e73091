// 0009: an e-mail (.eml) imported into the 范文库 is stored as what it is: library_sources.format
// gains 'eml'. Until now (since the import of .eml) it was stored as 'mhtml' with encoding 'eml',
// the only value the CHECK allowed for a MIME file; those rows become 'eml' here, so that the
// library can tell an e-mail from a saved web page. SQLite cannot change a CHECK in place: the table
// is rebuilt (SQLite's 12-step procedure, as 0005 did) with foreign keys off — dropping the old
// table with them on would cascade to every document and its text — and checked before the commit.
import type { Database } from 'better-sqlite3';
import { FORMATS as FORMATS_0005 } from './0005-library-formats.ts';

export const version = 9;

/** migrate() turns foreign keys off around this migration's transaction and checks them inside it. */
export const foreignKeysOff = true;

export const FORMATS = [...FORMATS_0005, 'eml'] as const;

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE library_sources_0009 (
      id INTEGER PRIMARY KEY,
      path TEXT NOT NULL,
      name TEXT NOT NULL,
      format TEXT NOT NULL CHECK (format IN (${FORMATS.map((f) => `'${f}'`).join(', ')})),
      encoding TEXT NOT NULL,
      bytes INTEGER NOT NULL,
      hash TEXT NOT NULL,
      report_json TEXT NOT NULL,
      imported_at INTEGER NOT NULL,
      pending TEXT
    ) STRICT;
    INSERT INTO library_sources_0009 (id, path, name, format, encoding, bytes, hash, report_json, imported_at, pending)
      SELECT id, path, name, CASE WHEN format = 'mhtml' AND encoding = 'eml' THEN 'eml' ELSE format END, encoding, bytes, hash, report_json, imported_at, pending
      FROM library_sources;
    DROP TABLE library_sources;
    ALTER TABLE library_sources_0009 RENAME TO library_sources;
    CREATE INDEX library_sources_by_hash ON library_sources (hash);
    CREATE INDEX library_sources_pending ON library_sources (pending) WHERE pending IS NOT NULL;
  `);
}
