// 0013: the same text imported from several files (a .docx, an .rtf and a saved web page of one
// speech). Each document's body after cleaning is keyed (library/same-body.ts bodyKey); a document
// whose key is a live earlier document's is marked as its copy, and a search lists their passages
// once. Documents already in the library are keyed here from their passages.
import type { Database } from 'better-sqlite3';
import { bodyKey } from '../../library/same-body.ts';

export const version = 13;

export function up(db: Database): void {
  db.exec(`
    ALTER TABLE library_documents ADD COLUMN body_key TEXT;
    CREATE INDEX library_documents_by_body ON library_documents (body_key) WHERE body_key IS NOT NULL;
  `);
  const set = db.prepare(`UPDATE library_documents SET body_key = ? WHERE id = ?`);
  const passages = db.prepare(`SELECT text FROM passages WHERE document_id = ? ORDER BY seq`);
  for (const id of db.prepare(`SELECT id FROM library_documents`).pluck().all() as number[]) {
    const key = bodyKey(passages.all(id) as { text: string }[]);
    if (key) set.run(key, id);
  }
}
