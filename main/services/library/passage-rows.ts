// A document's passages inserted a few rows a statement instead of one: an import writes tens of
// thousands of them (the bench's 4 MB of .txt: 27,030), and each statement run costs its binding,
// step and reset whatever it holds — about a third of a passage's insert. The rows, their ids and
// their order are those of one INSERT a passage: SQLite gives a multi-row INSERT's rows their ids in
// the order of its VALUES.
import type Database from 'better-sqlite3';
import type { Passage } from '../../../core/outline/index.ts';
import { prepared } from './statements.ts';

/** Most rows one statement inserts (one prepared statement per count from 1 to this, kept per connection). */
export const ROWS_PER_INSERT = 16;
/** The columns bound per row. */
const COLUMNS = 6;

const insertOf = (db: Database.Database, rows: number) =>
  prepared(db, `INSERT INTO passages (document_id, seq, role, path, heading, text) VALUES ${Array.from({ length: rows }, () => '(?, ?, ?, ?, ?, ?)').join(', ')}`);

/**
 * Inserts document `documentId`'s passages (seq 1, 2, … in their order), up to ROWS_PER_INSERT in one
 * statement; `tick` is told after each statement how many characters of text its rows hold.
 */
export function insertPassages(db: Database.Database, documentId: number, passages: readonly Passage[], tick: (chars: number) => void): void {
  for (let from = 0; from < passages.length; from += ROWS_PER_INSERT) {
    const rows = Math.min(ROWS_PER_INSERT, passages.length - from);
    const values = new Array<unknown>(rows * COLUMNS);
    let chars = 0;
    for (let k = 0; k < rows; k++) {
      const p = passages[from + k]!;
      const at = k * COLUMNS;
      values[at] = documentId;
      values[at + 1] = from + k + 1;
      values[at + 2] = p.role;
      values[at + 3] = p.path;
      values[at + 4] = p.heading ?? null;
      values[at + 5] = p.text;
      chars += p.text.length;
    }
    insertOf(db, rows).run(values);
    tick(chars);
  }
}
