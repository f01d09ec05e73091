// 0008: a large import written in short transactions (main/services/library/write.ts), so that a
// save never waits for the whole of one.
//
// library_sources.pending: the token of the import still writing the source (its process id, then a
// random part), NULL once its last transaction has committed. Until then the source, its documents,
// passages and patterns are hidden from every list, search and review (library/pending.ts: READY);
// an import that fails, is cancelled, or whose process died leaves rows with a token, which are
// deleted (pending.ts: sweep).
//
// library_source_text: the decoded text of a source before cleaning (kept for review and undo), in
// pieces, so that a large file's is written a piece per transaction instead of one 50 MB value. The
// text moves here from library_sources.raw_text, which is dropped.
import type { Database } from 'better-sqlite3';

export const version = 8;

export function up(db: Database): void {
  db.exec(`
    ALTER TABLE library_sources ADD COLUMN pending TEXT;
    CREATE INDEX library_sources_pending ON library_sources (pending) WHERE pending IS NOT NULL;

    CREATE TABLE library_source_text (
      id INTEGER PRIMARY KEY,
      source_id INTEGER NOT NULL REFERENCES library_sources(id) ON DELETE CASCADE,
      seq INTEGER NOT NULL,
      text TEXT NOT NULL,
      UNIQUE (source_id, seq)
    ) STRICT;

    INSERT INTO library_source_text (source_id, seq, text) SELECT id, 1, raw_text FROM library_sources ORDER BY id;
    ALTER TABLE library_sources DROP COLUMN raw_text;
  `);
}
