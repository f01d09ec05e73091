// 0015: library_headings (0010) loses its insert trigger; the writer of library_documents inserts a
// document's row there itself (library/doc-row.ts insertDocument), the headings computed from the
// outline (core/outline/heading-lines.ts: the lines json_tree gave), by the import's analysis worker
// where there is one. The trigger parsed every new document's outline JSON again inside the write —
// 10–14 % of the import's writer thread, which bounds the pooled import.
// The update and delete triggers stay (a correction of a title, a cascade from a source). The rows
// already there are kept as they are. A later rebuild of library_documents makes HEADINGS_TRIGGERS
// below again — never 0010's, which would bring the insert trigger back (a test checks there is none).
import type { Database } from 'better-sqlite3';
import { HEADINGS_KEEPING_TRIGGERS } from './0010-library-headings.ts';

export const version = 15;

/** What keeps library_headings in step with library_documents after 0015: its update and delete triggers. */
export const HEADINGS_TRIGGERS = HEADINGS_KEEPING_TRIGGERS;

export function up(db: Database): void {
  db.exec(`DROP TRIGGER library_headings_insert;`);
}
