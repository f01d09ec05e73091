// 0002: the 范文库 (model-text library). An imported file is a source (its bytes' hash, the decoded
// text before cleaning and the report of what cleaning removed, so a removal can be reviewed and
// undone); a source holds one or more documents (a collection splits at 篇一/篇二); a document holds
// passages, which a trigram FTS5 index makes searchable; harvested headings become patterns.
//
// The index is contentless (content='', contentless_delete=1): passages.text is the only copy of
// the text. Each passage is indexed with two U+0001 after it, so that every character of the text,
// the last two included, begins a trigram: a 1–2 character query can then find its passages from
// the index's vocabulary (fts5vocab, term range) instead of scanning every passage.
//
// New passages are indexed by the writer, in bulk, in the transaction that inserts them (library.ts
// indexPassages: one INSERT … SELECT for a batch of files), not by an insert trigger: FTS5 flushes
// its pending terms at every statement savepoint, so the trigger wrote one tiny segment per passage
// and the import spent most of its time merging them. Deletes (a cascade from a source or document
// included) and updates of the text are still followed by triggers.
//
// hashsize: the pending terms FTS5 keeps in memory before writing a segment — 1 MB by default, which
// the trigram index fills with about half a megabyte of text. With 32 MB, an import batch (8 MB of
// input at most) becomes one segment instead of sixteen and is not merged over and over: indexing
// is 2–3 times faster.
import type { Database } from 'better-sqlite3';

export const version = 2;

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE library_sources (
      id INTEGER PRIMARY KEY,
      path TEXT NOT NULL,
      name TEXT NOT NULL,
      format TEXT NOT NULL CHECK (format IN ('txt', 'md', 'docx')),
      encoding TEXT NOT NULL,
      bytes INTEGER NOT NULL,
      hash TEXT NOT NULL,
      raw_text TEXT NOT NULL,
      report_json TEXT NOT NULL,
      imported_at INTEGER NOT NULL
    ) STRICT;

    CREATE INDEX library_sources_by_hash ON library_sources (hash);

    CREATE TABLE library_documents (
      id INTEGER PRIMARY KEY,
      source_id INTEGER NOT NULL REFERENCES library_sources(id) ON DELETE CASCADE,
      seq INTEGER NOT NULL,
      title TEXT NOT NULL,
      genre TEXT NOT NULL CHECK (genre IN ('speech', 'minutes', 'report', 'other')),
      year INTEGER,
      salutation TEXT,
      closing TEXT,
      outline_json TEXT NOT NULL,
      meta_json TEXT NOT NULL,
      cleaned_text TEXT NOT NULL,
      UNIQUE (source_id, seq)
    ) STRICT;

    CREATE INDEX library_documents_by_year ON library_documents (year);

    CREATE TABLE passages (
      id INTEGER PRIMARY KEY,
      document_id INTEGER NOT NULL REFERENCES library_documents(id) ON DELETE CASCADE,
      seq INTEGER NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('开场', '意义', '成绩', '问题', '任务', '保障', '结尾', '其他')),
      path TEXT NOT NULL,
      heading TEXT,
      text TEXT NOT NULL,
      UNIQUE (document_id, seq)
    ) STRICT;

    CREATE INDEX passages_by_role ON passages (role);

    CREATE VIRTUAL TABLE passages_fts USING fts5 (text, content = '', contentless_delete = 1, tokenize = 'trigram');
    INSERT INTO passages_fts (passages_fts, rank) VALUES ('hashsize', 33554432);

    -- Terms of the index with their document counts: the 1–2 character lookup.
    CREATE VIRTUAL TABLE passages_vocab USING fts5vocab (passages_fts, 'row');

    CREATE TRIGGER passages_fts_delete AFTER DELETE ON passages BEGIN
      DELETE FROM passages_fts WHERE rowid = old.id;
    END;

    CREATE TRIGGER passages_fts_update AFTER UPDATE OF text ON passages BEGIN
      DELETE FROM passages_fts WHERE rowid = old.id;
      INSERT INTO passages_fts (rowid, text) VALUES (new.id, new.text || char(1, 1));
    END;

    CREATE TABLE patterns (
      id INTEGER PRIMARY KEY,
      pattern TEXT NOT NULL,
      level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
      source TEXT NOT NULL,
      document_id INTEGER NOT NULL REFERENCES library_documents(id) ON DELETE CASCADE,
      UNIQUE (pattern)
    ) STRICT;

    CREATE INDEX patterns_by_document ON patterns (document_id);
  `);
}
