// 0005: the 范文库 takes PDF, old Word (.doc) and WPS (.wps), and saved web pages (.html, .mhtml):
// library_sources.format gains 'pdf', 'doc', 'wps', 'html' and 'mhtml'. SQLite cannot change a CHECK
// in place, so the table is rebuilt (SQLite's 12-step procedure) with foreign keys off — dropping
// the old table with them on would cascade to every document — and checked before the commit.
import type { Database } from 'better-sqlite3';

export const version = 5;

/** migrate() turns foreign keys off around this migration's transaction and checks them inside it. */
export const foreignKeysOff = true;

export const FORMATS = ['txt', 'md', 'docx', 'pdf', 'doc', 'wps', 'html', 'mhtml'] as const;

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE library_sources_0005 (
      id INTEGER PRIMARY KEY,
      path TEXT NOT NULL,
      name TEXT NOT NULL,
      format TEXT NOT NULL CHECK (format IN (${FORMATS.map((f) => `'${f}'`).join(', ')})),
      encoding TEXT NOT NULL,
      bytes INTEGER NOT NULL,
      hash TEXT NOT NULL,
      raw_text TEXT NOT NULL,
      report_json TEXT NOT NULL,
      imported_at INTEGER NOT NULL
    ) STRICT;
    INSERT INTO library_sources_0005 (id, path, name, format, encoding, bytes, hash, raw_text, report_json, imported_at)
      SELECT id, path, name, format, encoding, bytes, hash, raw_text, report_json, imported_at FROM library_sources;
    DROP TABLE library_sources;
    ALTER TABLE library_sources_0005 RENAME TO library_sources;
    CREATE INDEX library_sources_by_hash ON library_sources (hash);
  `);
}
