// 0014: a 会议记录 is a genre of its own (record), and the user corrects a document's 体裁 or title.
// library_documents.genre gains 'record' — SQLite cannot change a CHECK in place, so the table is
// rebuilt (SQLite's 12-step procedure, as 0005 and 0009 did) with foreign keys off (dropping it with
// them on would cascade to every passage and pattern), its indexes and 0010's triggers made again
// (as they were then; 0015 drops the insert trigger) — and gains corrected_json: the fields the user
// corrected (library.update), each with what the analysis had found, so that a re-analysis of the
// file (review.ts reanalyse) keeps her choice.
import type { Database } from 'better-sqlite3';
import { HEADINGS_TRIGGERS_0010 } from './0010-library-headings.ts';

export const version = 14;

/** migrate() turns foreign keys off around this migration's transaction and checks them inside it. */
export const foreignKeysOff = true;

export const GENRES = ['speech', 'minutes', 'record', 'report', 'other'] as const;

const COLUMNS = 'id, source_id, seq, title, genre, year, salutation, closing, outline_json, meta_json, cleaned_text, removed_at, body_key';

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE library_documents_0014 (
      id INTEGER PRIMARY KEY,
      source_id INTEGER NOT NULL REFERENCES library_sources(id) ON DELETE CASCADE,
      seq INTEGER NOT NULL,
      title TEXT NOT NULL,
      genre TEXT NOT NULL CHECK (genre IN (${GENRES.map((g) => `'${g}'`).join(', ')})),
      year INTEGER,
      salutation TEXT,
      closing TEXT,
      outline_json TEXT NOT NULL,
      meta_json TEXT NOT NULL,
      cleaned_text TEXT NOT NULL,
      removed_at INTEGER,
      body_key TEXT,
      corrected_json TEXT,
      UNIQUE (source_id, seq)
    ) STRICT;
    INSERT INTO library_documents_0014 (${COLUMNS}) SELECT ${COLUMNS} FROM library_documents;
    DROP TABLE library_documents;
    ALTER TABLE library_documents_0014 RENAME TO library_documents;
    CREATE INDEX library_documents_by_year ON library_documents (year);
    CREATE INDEX library_documents_removed ON library_documents (removed_at) WHERE removed_at IS NOT NULL;
    CREATE INDEX library_documents_by_body ON library_documents (body_key) WHERE body_key IS NOT NULL;
    ${HEADINGS_TRIGGERS_0010}
  `);
}
