// 0001: campaigns (the user's material, versioned), documents, versions stored as lists of
// content-addressed chunks (one per block), so that a version is a whole snapshot while 500
// autosaves of a 10,000-character draft with small edits share almost all their storage.
import type { Database } from 'better-sqlite3';

export const version = 1;

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE campaigns (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('speech', 'minutes')),
      created_at INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE campaign_versions (
      id INTEGER PRIMARY KEY,
      campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
      number INTEGER NOT NULL,
      input_json TEXT NOT NULL,
      hash TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      UNIQUE (campaign_id, number)
    ) STRICT;

    CREATE TABLE documents (
      id INTEGER PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('speech', 'minutes', 'record', 'ledger')),
      title TEXT NOT NULL,
      campaign_id INTEGER REFERENCES campaigns(id) ON DELETE SET NULL,
      template TEXT NOT NULL,
      frame TEXT,
      seed INTEGER NOT NULL,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    ) STRICT;

    -- One block of a DocModel (or the head of one), stored once however many versions use it;
    -- refs counts those uses, and a chunk goes when it falls to zero. A rowid table: its rows
    -- (a paragraph's JSON, ~1 KB) are too large for WITHOUT ROWID, which left half its pages empty.
    CREATE TABLE chunks (
      hash TEXT PRIMARY KEY,
      json TEXT NOT NULL,
      text TEXT NOT NULL,
      refs INTEGER NOT NULL DEFAULT 0
    ) STRICT;

    CREATE TABLE versions (
      id INTEGER PRIMARY KEY,
      document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      number INTEGER NOT NULL,
      parent_id INTEGER REFERENCES versions(id) ON DELETE SET NULL,
      kind TEXT NOT NULL CHECK (kind IN ('generated', 'saved', 'autosave', 'restored', 'imported')),
      label TEXT,
      head TEXT NOT NULL REFERENCES chunks(hash),
      chunk_list TEXT NOT NULL,
      hash TEXT NOT NULL,
      chars INTEGER NOT NULL,
      created_at INTEGER NOT NULL,
      saved_at INTEGER NOT NULL,
      UNIQUE (document_id, number)
    ) STRICT;

    CREATE INDEX versions_by_kind_age ON versions (kind, saved_at);
  `);
}
