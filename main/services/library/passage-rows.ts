// A document's passages inserted a few rows a statement instead of one: an import writes tens of
// thousands of them (the bench's 4 MB of .txt: 27,030), and each statement run costs its binding,
// step and reset whatever it holds — about a third of a passage's insert. The rows, their ids and
// their order are those of one INSERT a passage: SQLite inserts a multi-row INSERT's rows, and gives
// them their ids, in the order of its VALUES. (Not the heading patterns: about two a document, and
// a multi-row INSERT with their ON CONFLICT clause cost more than two statements.)
import type Database from 'better-sqlite3';
import type { Passage } from '../../../core/outline/index.ts';
import { prepared } from './statements.ts';

/** Most rows one statement inserts (one prepared statement per count from 1 to this, kept per connection). */
export const ROWS_PER_INSERT = 16;

/** The INSERT of 0 to ROWS_PER_INSERT rows, its SQL made once (building it at every statement cost more than it saved). */
const INSERTS = Array.from(
  { length: ROWS_PER_INSERT + 1 },
  (_, rows) => `INSERT INTO passages (document_id, seq, role, path, heading, text) VALUES ${Array.from({ length: rows }, () => '(?, ?, ?, ?, ?, ?)').join(', ')}`,
);

/**
 * Inserts document `documentId`'s passages (seq 1, 2, … in their order), up to ROWS_PER_INSERT in one
 * statement; `tick` is told after each statement how many characters of text its rows hold.
 */
export function insertPassages(db: Database.Database, documentId: number, passages: readonly Passage[], tick: (chars: number) => void): void {
  for (let from = 0; from < passages.length; from += ROWS_PER_INSERT) {
    const rows = Math.min(ROWS_PER_INSERT, passages.length - from);
    const values: unknown[] = [];
    let chars = 0;
    for (let k = 0; k < rows; k++) {
      const p = passages[from + k]!;
      values.push(documentId, from + k + 1, p.role, p.path, p.heading ?? null, p.text);
      chars += p.text.length;
    }
    prepared(db, INSERTS[rows]!).run(values);
    tick(chars);
  }
}
