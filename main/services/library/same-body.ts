// The same text imported twice: a speech kept as a .docx, an .rtf and a saved web page of one text
// becomes three documents. Each document's body after cleaning (its passages, title and head lines
// aside: the web page's title names the speaker, 「周振华在…」) is keyed by a hash (body_key,
// migration 0013); a document whose body is that of a live document imported before it is marked,
// not skipped — the copies differ in what lies outside the body (the title, the speaker and date
// lines, the file the user keeps as the original), and the user chooses which one to bin. The
// import and the 导入清理记录 say so, the list marks it, and a search lists the passage once, naming
// the copies (search.ts).
import { hash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { prepared } from './statements.ts';

/** Bodies shorter than this (characters, spaces left out) are not compared: two short notes may well agree. */
const MIN_BODY = 120;

/** A document's body as compared: its passages' text, spaces and line breaks left out, full-width forms folded. */
export function bodyKey(passages: readonly { text: string }[]): string | null {
  const body = passages
    .map((p) => p.text)
    .join('')
    .replace(/[\s\u3000]+/g, '')
    .normalize('NFKC');
  if (body.length < MIN_BODY) return null;
  // (One call, no Hash object: the same digest; a document's key is made at every import.)
  return hash('sha1', body, 'hex');
}

/** The document a copy is the same as: imported before it, live. */
export interface SameAs {
  documentId: number;
  title: string;
  /** The file it came from. */
  sourceName: string;
}

/**
 * For each of these documents that has one, the first live document (imported before it) with the
 * same body; `token`: an import's pending sources count too (a copy earlier in the same import).
 */
export function sameAsOf(db: Database.Database, documentIds: readonly number[], token: string | null = null): Map<number, SameAs> {
  const out = new Map<number, SameAs>();
  const first = prepared(
    db,
    `SELECT o.id, o.title, s.name FROM library_documents d JOIN library_documents o ON o.body_key = d.body_key AND o.id < d.id
       JOIN library_sources s ON s.id = o.source_id
     WHERE d.id = ? AND d.body_key IS NOT NULL AND o.removed_at IS NULL AND (s.pending IS NULL OR s.pending = ?) ORDER BY o.id LIMIT 1`,
  );
  for (const id of documentIds) {
    const row = first.get(id, token) as { id: number; title: string; name: string } | undefined;
    if (row) out.set(id, { documentId: row.id, title: row.title, sourceName: row.name });
  }
  return out;
}

/**
 * 「与《…》（来自…）正文相同」; `numbered`: 「与文档 N《…》…」 (the command line, where documents go by number).
 * 正文, not 内容: the copies' titles and head lines may differ, and with them their 字数 (s18 screen tester, 11).
 */
export const sameAsText = (s: SameAs, numbered = false): string => `与${numbered ? `文档 ${s.documentId}` : ''}《${s.title || '（无标题）'}》（来自 ${s.sourceName}）正文相同`;

/**
 * What the import and the 导入清理记录 say of a document that is a copy. Under the same title the other
 * is 「同名的一篇」 (「《A》与《A》（来自…）正文相同」 read as if one document were named twice: the s21
 * outside tester's c06).
 */
export function sameAsNotice(title: string, s: SameAs, numbered = false): string {
  const same = title === s.title && title !== '' ? `与同名的${numbered ? `文档 ${s.documentId}` : '一篇'}（来自 ${s.sourceName}）正文相同` : sameAsText(s, numbered);
  return `《${title || '（无标题）'}》${same}：两篇都保留了，搜索时同一段只列一次；不需要的一篇可移到回收站`;
}

/** sameAsOf for every document of the library that is a copy, in one query (the 范文库's list). */
export function everySameAs(db: Database.Database): Map<number, SameAs> {
  const rows = prepared(
    db,
    `SELECT c.copy, o.id, o.title, s.name FROM (
       SELECT d.id AS copy, min(o.id) AS first FROM library_documents d JOIN library_documents o ON o.body_key = d.body_key AND o.id < d.id
         JOIN library_sources os ON os.id = o.source_id
       WHERE d.body_key IS NOT NULL AND o.removed_at IS NULL AND os.pending IS NULL GROUP BY d.id
     ) c JOIN library_documents o ON o.id = c.first JOIN library_sources s ON s.id = o.source_id`,
  ).all() as { copy: number; id: number; title: string; name: string }[];
  return new Map(rows.map((r) => [r.copy, { documentId: r.id, title: r.title, sourceName: r.name }]));
}

/** What foldCopies needs of a search hit's row. */
export interface HitOfDocument {
  document_id: number;
  title: string;
  path: string;
  text: string;
  body_key: string | null;
}

/** A passage this long (characters, spaces left out) found in two documents is one passage to the reader. */
const MIN_SAME_PASSAGE = 20;
/** A passage's text as compared across documents: spaces out, full-width forms folded; none when short. */
const passageKey = (text: string): string | undefined => {
  const key = text.replace(/[\s\u3000]+/g, '').normalize('NFKC');
  return key.length >= MIN_SAME_PASSAGE ? key : undefined;
};

/** Two documents whose passages are this share of the larger's the same are one text edited a little. */
const NEAR_SHARE = 0.75;

/** Whether two documents are near copies: most passages of the larger found, as they are, in the other. */
function nearCopies(passagesOf: (id: number) => Set<string>, a: number, b: number): boolean {
  const [x, y] = [passagesOf(a), passagesOf(b)];
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  let shared = 0;
  for (const k of small) if (large.has(k)) shared++;
  return shared >= NEAR_SHARE * large.size;
}

/**
 * Search hits with each passage once: a hit in a document whose body other live documents share
 * keeps the first of them found, with those documents (its copies: the same passage is theirs too);
 * the same passage found again in a copy is left out. So is the same passage found in a near copy,
 * a document whose body differs a little (an editor's sentence more, a 繁体 file's wording): it is
 * named among the copies of the hit kept. Another speech that shares a paragraph is listed apart.
 */
export function foldCopies<T extends HitOfDocument>(db: Database.Database, rows: readonly T[]): (T & { copies?: SameAs[] })[] {
  const keys = [...new Set(rows.map((r) => r.body_key).filter((k): k is string => k !== null))];
  const holders = prepared(
    db,
    `SELECT d.id, d.title, s.name FROM library_documents d JOIN library_sources s ON s.id = d.source_id WHERE d.body_key = ? AND d.removed_at IS NULL AND s.pending IS NULL ORDER BY d.id`,
  );
  const byKey = new Map<string, SameAs[]>();
  for (const key of keys) {
    const docs = (holders.all(key) as { id: number; title: string; name: string }[]).map((r) => ({ documentId: r.id, title: r.title, sourceName: r.name }));
    if (docs.length > 1) byKey.set(key, docs);
  }
  const sourceOf = prepared(db, `SELECT s.name FROM library_documents d JOIN library_sources s ON s.id = d.source_id WHERE d.id = ?`);
  const texts = prepared(db, `SELECT text FROM passages WHERE document_id = ?`);
  const passages = new Map<number, Set<string>>();
  const passagesOf = (id: number) => {
    let set = passages.get(id);
    if (!set) passages.set(id, (set = new Set((texts.all(id) as { text: string }[]).map((t) => passageKey(t.text) ?? t.text))));
    return set;
  };
  const seen = new Set<string>();
  const sameText = new Map<string, T & { copies?: SameAs[] }>();
  const out: (T & { copies?: SameAs[] })[] = [];
  for (const r of rows) {
    const docs = r.body_key === null ? undefined : byKey.get(r.body_key);
    if (docs) {
      const passage = `${r.body_key}\u0000${r.path}\u0000${r.text}`;
      if (seen.has(passage)) continue;
      seen.add(passage);
    }
    const key = passageKey(r.text);
    const kept = key === undefined ? undefined : sameText.get(key);
    if (kept && kept.document_id !== r.document_id && nearCopies(passagesOf, kept.document_id, r.document_id)) {
      const named = new Set([kept.document_id, ...(kept.copies ?? []).map((c) => c.documentId)]);
      const more = docs ?? [{ documentId: r.document_id, title: r.title, sourceName: (sourceOf.get(r.document_id) as { name: string } | undefined)?.name ?? '' }];
      kept.copies = [...(kept.copies ?? []), ...more.filter((d) => !named.has(d.documentId))];
      continue;
    }
    const hit: T & { copies?: SameAs[] } = docs ? { ...r, copies: docs.filter((d) => d.documentId !== r.document_id) } : { ...r };
    out.push(hit);
    if (key !== undefined && !kept) sameText.set(key, hit);
  }
  for (const hit of out) if (hit.copies?.length === 0) delete hit.copies;
  return out;
}
