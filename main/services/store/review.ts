// What the Word round trip keeps (migration 0005): the user's name, set once and written into every
// 修订稿 as the author of its changes, and the 批注 of imported files, kept with their version until
// resolved. Writes run in one transaction; a problem the user can fix is a StoreError in Chinese.
import { explain, StoreError } from './errors.ts';
import type { Store } from './store.ts';

const USER_NAME = 'user.name';
/** Word keeps author names short; a name is a name, not a paragraph. */
export const MAX_NAME = 40;

export function userName(store: Store): string | undefined {
  try {
    return (store.db.prepare(`SELECT value FROM settings WHERE key = ?`).pluck().get(USER_NAME) as string | undefined) ?? undefined;
  } catch (err) {
    throw explain(err, store.path);
  }
}

export function setUserName(store: Store, name: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = name.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (!clean) throw new StoreError('姓名不能为空');
  if (Array.from(clean).length > MAX_NAME) throw new StoreError(`姓名太长（最多 ${MAX_NAME} 个字）`);
  try {
    store.db.prepare(`INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run(USER_NAME, clean);
  } catch (err) {
    throw explain(err, store.path);
  }
  return clean;
}

export interface NewComment {
  author: string;
  date?: string;
  text: string;
  quote: string;
  /** The line of the version (docLines) the comment is anchored to. */
  line: number;
}

export interface CommentRow extends NewComment {
  id: number;
  documentId: number;
  /** The version the comment came with (null once that version is gone). */
  version: number | null;
  source: string;
  createdAt: number;
  resolvedAt: number | null;
}

/** Adds the comments of one imported file to a version; call inside the transaction that saves the version. */
export function addComments(store: Store, documentId: number, version: number, source: string, comments: readonly NewComment[], now: number): void {
  const versionId = store.db.prepare(`SELECT id FROM versions WHERE document_id = ? AND number = ?`).pluck().get(documentId, version) as number | undefined;
  const insert = store.db.prepare(
    `INSERT INTO comments (document_id, version_id, author, date, text, quote, line, source, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const c of comments) insert.run(documentId, versionId ?? null, c.author, c.date ?? null, c.text, c.quote, c.line, source, now);
}

/** A document's comments, oldest first; resolved ones too with `includeResolved`. */
export function listComments(store: Store, documentId: number, options: { includeResolved?: boolean } = {}): CommentRow[] {
  store.document(documentId);
  try {
    const rows = store.db
      .prepare(
        `SELECT c.*, v.number AS version FROM comments c LEFT JOIN versions v ON v.id = c.version_id
         WHERE c.document_id = ? ${options.includeResolved ? '' : 'AND c.resolved_at IS NULL'} ORDER BY c.id`,
      )
      .all(documentId) as Record<string, unknown>[];
    return rows.map((r) => ({
      id: r.id as number,
      documentId: r.document_id as number,
      version: (r.version as number | null) ?? null,
      author: r.author as string,
      ...(r.date ? { date: r.date as string } : {}),
      text: r.text as string,
      quote: r.quote as string,
      line: r.line as number,
      source: r.source as string,
      createdAt: r.created_at as number,
      resolvedAt: (r.resolved_at as number | null) ?? null,
    }));
  } catch (err) {
    throw explain(err, store.path);
  }
}

/** Marks a comment resolved (or open again): it leaves (or comes back to) the editor's margin. */
export function resolveComment(store: Store, id: number, resolved: boolean, now: number): void {
  let changes: number;
  try {
    changes = store.db.prepare(`UPDATE comments SET resolved_at = ? WHERE id = ?`).run(resolved ? now : null, id).changes;
  } catch (err) {
    throw explain(err, store.path);
  }
  if (changes === 0) throw new StoreError(`没有编号为 ${id} 的批注`);
}
