// 0010: what the 范文库 search reads of a document's title and headings, in a narrow table of its own.
//
// Search finds passages by the heading or the title they stand under (library/search.ts outlineHits).
// It looked for the documents by a LIKE over library_documents.title and .outline_json, which read
// every document's row — a page or more each, beside its cleaned text — at every search: with 2,000
// documents that was most of a search's time. library_headings holds per document only its title and
// its headings (one a line, run-in leads included: a superset the search then checks heading by
// heading), and the source, for the library's READY filter; a few hundred pages for the same library.
//
// Kept by triggers, so that every writer of library_documents (the import, a re-analysis, a sweep, a
// cascade from its source) keeps it exact without knowing of it. Since 0015 the insert trigger is gone
// (the writer inserts the row itself: library/headings.ts) and the update and delete triggers stay: a
// later rebuild of library_documents makes 0015's HEADINGS_TRIGGERS again, never this file's.
import type { Database } from 'better-sqlite3';

export const version = 10;

/** A document's headings, one a line, from its outline (every node's heading, depth first). */
const headingsOf = (json: string) => `coalesce((SELECT group_concat(j.value, char(10)) FROM json_tree(${json}) j WHERE j.key = 'heading' AND j.type = 'text'), '')`;

/** The update and delete triggers, kept since 0015 (which exports them for later rebuilds). */
export const HEADINGS_KEEPING_TRIGGERS = `
  CREATE TRIGGER library_headings_update AFTER UPDATE OF source_id, title, outline_json ON library_documents BEGIN
    DELETE FROM library_headings WHERE document_id = old.id;
    INSERT INTO library_headings (document_id, source_id, title, headings) VALUES (new.id, new.source_id, new.title, ${headingsOf('new.outline_json')});
  END;
  CREATE TRIGGER library_headings_delete AFTER DELETE ON library_documents BEGIN
    DELETE FROM library_headings WHERE document_id = old.id;
  END;
`;

/** The triggers as this migration (and 0014's rebuild, before 0015) made them: with the insert trigger. */
export const HEADINGS_TRIGGERS_0010 = `
  CREATE TRIGGER library_headings_insert AFTER INSERT ON library_documents BEGIN
    INSERT INTO library_headings (document_id, source_id, title, headings) VALUES (new.id, new.source_id, new.title, ${headingsOf('new.outline_json')});
  END;
  ${HEADINGS_KEEPING_TRIGGERS}
`;

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE library_headings (
      document_id INTEGER PRIMARY KEY,
      source_id INTEGER NOT NULL,
      title TEXT NOT NULL,
      headings TEXT NOT NULL
    ) STRICT;
    INSERT INTO library_headings (document_id, source_id, title, headings)
      SELECT id, source_id, title, ${headingsOf('outline_json')} FROM library_documents ORDER BY id;
    ${HEADINGS_TRIGGERS_0010}
  `);
}
