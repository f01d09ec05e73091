// 0003: the recycle bin. A deleted document keeps its row, versions and material; deleted_at is
// when it went to the bin (NULL: a live document), so that it can be brought back.
import type { Database } from 'better-sqlite3';

export const version = 3;

export function up(db: Database): void {
  db.exec(`
    ALTER TABLE documents ADD COLUMN deleted_at INTEGER;
    CREATE INDEX documents_by_deleted ON documents (deleted_at);
  `);
}
