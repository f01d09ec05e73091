// 0006: the Word round trip. `settings` holds what the user sets once in the app (their name, which
// Word shows beside every change of a 修订稿). `comments` holds the 批注 of an edited .docx imported
// as a version: who wrote them and when, the text, and where they are anchored — the line of that
// version (docLines) and the text they cover — until the user marks them resolved.
import type { Database } from 'better-sqlite3';

export const version = 6;

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE comments (
      id INTEGER PRIMARY KEY,
      document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      version_id INTEGER REFERENCES versions(id) ON DELETE SET NULL,
      author TEXT NOT NULL,
      date TEXT,
      text TEXT NOT NULL,
      quote TEXT NOT NULL,
      line INTEGER NOT NULL CHECK (line >= 0),
      source TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      resolved_at INTEGER
    ) STRICT;

    CREATE INDEX comments_by_document ON comments (document_id, resolved_at);
  `);
}
