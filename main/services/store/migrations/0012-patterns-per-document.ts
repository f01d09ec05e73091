// 0012: harvested heading patterns per document. They were unique by their text alone, the first
// document to bring a heading keeping it: with that document in the 回收站 (0011) or deleted, the
// same heading of another document was offered by none. Now unique per document (a document's own
// heading once; its index also serves the cascade from library_documents); library/review.ts libraryPatterns offers each text once, from the first live
// document that has it. Every row is kept; a pattern dropped before this (a later document's copy)
// comes back with its document's next re-analysis.
import type { Database } from 'better-sqlite3';

export const version = 12;

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE patterns_new (
      id INTEGER PRIMARY KEY,
      pattern TEXT NOT NULL,
      level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
      source TEXT NOT NULL,
      document_id INTEGER NOT NULL REFERENCES library_documents(id) ON DELETE CASCADE,
      UNIQUE (document_id, pattern)
    ) STRICT;
    INSERT INTO patterns_new (id, pattern, level, source, document_id) SELECT id, pattern, level, source, document_id FROM patterns;
    DROP TABLE patterns;
    ALTER TABLE patterns_new RENAME TO patterns;
  `);
}
