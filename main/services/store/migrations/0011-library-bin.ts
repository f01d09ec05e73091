// 0011: the 范文库's 回收站. A document the user removes keeps its row, passages, index entries,
// patterns and its source's review choices; library_documents.removed_at is when it went to the bin
// (NULL: a live document), and every reader of the library leaves it out (pending.ts READY). 恢复
// sets it back to NULL, so the document comes back exactly as it was.
//
// library_sources.purged_json: the raw lines (as documents' meta `line` gives them) at which
// documents of the file were removed for good, while other documents of the file are kept; a later
// re-analysis of the file (an undo of a removal, 「拆分有误」) leaves those out again. A file whose
// last document is removed for good is deleted whole (its text too), so it can be imported again.
import type { Database } from 'better-sqlite3';

export const version = 11;

export function up(db: Database): void {
  db.exec(`
    ALTER TABLE library_documents ADD COLUMN removed_at INTEGER;
    CREATE INDEX library_documents_removed ON library_documents (removed_at) WHERE removed_at IS NOT NULL;
    ALTER TABLE library_sources ADD COLUMN purged_json TEXT NOT NULL DEFAULT '[]';
  `);
}
