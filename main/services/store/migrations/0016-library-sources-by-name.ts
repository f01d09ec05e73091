// 0016: library_sources indexed by path and by name. Every imported file asks for the version before
// it — the last file imported from the same path, else of the same name (library/versions.ts
// previousVersion) — and a 「…_2.txt」 page for its first page by name (library/pages.ts): without an
// index each question read the whole table, report_json and all (200 µs a file at 530 sources, on
// the thread that writes a pooled import; milliseconds a file in a library of thousands). Nothing
// else changes: the rows are as they were.
import type { Database } from 'better-sqlite3';

export const version = 16;

export function up(db: Database): void {
  db.exec(`
    CREATE INDEX library_sources_by_path ON library_sources (path);
    CREATE INDEX library_sources_by_name ON library_sources (name);
  `);
}
