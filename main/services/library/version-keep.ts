// What a new version of a file keeps of the version before beyond her choices on each piece
// (versions.ts supersede, inside the transaction that writes it): each piece found again keeps its
// id, so that whatever names it (a link, a version, a command she noted) still does; and a piece she
// had deleted for good (彻底删除) from the version before stays deleted. A re-analysis of a file (a page
// of its article joined to it, a split, a removal undone: review.ts reanalyse) keeps its pieces' ids the same way.
import type Database from 'better-sqlite3';
import type { CleanedDoc } from '../../../core/outline/index.ts';
import { matchPieces, type Piece } from '../../../core/piece-match.ts';
import { bodyKey } from './same-body.ts';
import { prepared } from './statements.ts';
import type { WrittenDocument } from './written.ts';

/** The tables whose rows name a library document by its id. */
const NAMING = ['passages', 'patterns', 'library_headings'] as const;

/**
 * Gives the document just written as `doc` the id of the one it replaces (`oldId`, deleted before):
 * its passages, patterns and headings row go with it. The foreign keys are checked at the commit
 * (the passages name the new id for a moment that no row has).
 */
export function takeId(db: Database.Database, doc: WrittenDocument, oldId: number): void {
  if (doc.id === oldId) return;
  db.pragma('defer_foreign_keys = ON');
  prepared(db, `UPDATE library_documents SET id = ? WHERE id = ?`).run(oldId, doc.id);
  for (const table of NAMING) prepared(db, `UPDATE ${table} SET document_id = ? WHERE document_id = ?`).run(oldId, doc.id);
  doc.id = oldId;
}

/** A document's place keys as bin.ts placeKeys gives them, for a document of the new version. */
function keysOf(doc: CleanedDoc, index: number, body: string | null): string[] {
  const keys = [doc.line === undefined ? `seq:${index + 1}` : `line:${doc.line}`];
  if (doc.title) keys.push(`title:${doc.title}`);
  if (body !== null) keys.push(`body:${body}`);
  return keys;
}

/**
 * The pieces of the new version (`written` from `documents`, those no piece of the version before is:
 * `unmatched`) that she had deleted for good from the version before (`previousId`'s purged_json):
 * found by their body, or by their title where the place kept no body (a piece too short to compare,
 * or removed before places had bodies); a place a piece left for a newer version (`moved:`) is none. Each is deleted again, taken out of `written`, and its place
 * kept in the new file's purged_json (so that a re-analysis leaves it out too). Returns their indices.
 */
export function dropPurged(db: Database.Database, previousId: number, sourceId: number, written: readonly WrittenDocument[], documents: readonly CleanedDoc[], unmatched: readonly number[]): Set<number> {
  const dropped = new Set<number>();
  const json = prepared(db, `SELECT purged_json FROM library_sources WHERE id = ?`).pluck().get(previousId) as string | undefined;
  const places = JSON.parse(json ?? '[]') as string[][];
  if (places.length === 0) return dropped;
  const kept: string[][] = [];
  for (const i of unmatched) {
    const doc = documents[i]!;
    const body = bodyKey(doc.passages);
    const hasBody = (p: string[]) => p.some((k) => k.startsWith('body:'));
    const at = places.findIndex((p) => !p.some((k) => k.startsWith('moved:')) && ((body !== null && p.includes(`body:${body}`)) || (!hasBody(p) && doc.title !== '' && p.includes(`title:${doc.title}`))));
    if (at < 0) continue;
    places.splice(at, 1);
    dropped.add(i);
    kept.push(keysOf(doc, i, body));
  }
  if (dropped.size === 0) return dropped;
  const drop = prepared(db, `DELETE FROM library_documents WHERE id = ?`);
  for (const i of dropped) drop.run(written[i]!.id);
  const before = JSON.parse((prepared(db, `SELECT purged_json FROM library_sources WHERE id = ?`).pluck().get(sourceId) as string | undefined) ?? '[]') as string[][];
  prepared(db, `UPDATE library_sources SET purged_json = ? WHERE id = ?`).run(JSON.stringify([...before, ...kept]), sourceId);
  return dropped;
}

/** A file's pieces as the library holds them, before a re-analysis writes them anew. */
export interface PiecesBefore {
  ids: number[];
  pieces: Piece[];
}

export function piecesBefore(db: Database.Database, sourceId: number): PiecesBefore {
  const rows = prepared(db, `SELECT id, title, corrected_json, body_key, cleaned_text FROM library_documents WHERE source_id = ? ORDER BY seq`).all(sourceId) as Record<string, unknown>[];
  // The title as the analysis gave it (hers stays hers: correct.ts), as the new analysis gives it again.
  const analysed = (r: Record<string, unknown>) => (typeof r.corrected_json === 'string' ? (JSON.parse(r.corrected_json) as { title?: string }).title : undefined) ?? (r.title as string);
  return { ids: rows.map((r) => r.id as number), pieces: rows.map((r) => ({ title: analysed(r), body: (r.body_key as string | null) ?? null, text: r.cleaned_text as string })) };
}

/**
 * After a re-analysis wrote `all` (one a document of `documents`; those of `gone` deleted again by her
 * bin state): each piece found again (core/piece-match.ts) takes the id it had. The old rows are gone,
 * so a new row may hold an id another piece had (ids are reused once freed): the pieces moving set
 * their ids aside first, and a new piece holding a wanted id moves on to a free one.
 */
export function keepIds(db: Database.Database, before: PiecesBefore, all: readonly WrittenDocument[], documents: readonly CleanedDoc[], gone: ReadonlySet<number>): void {
  if (before.ids.length === 0) return;
  const match = matchPieces(before.pieces, documents.map((d) => ({ title: d.title, body: bodyKey(d.passages), text: d.text })));
  const pairs: [WrittenDocument, number][] = [];
  all.forEach((doc, i) => {
    const k = match.from[i]!;
    if (k >= 0 && !gone.has(doc.id) && doc.id !== before.ids[k]) pairs.push([doc, before.ids[k]!]);
  });
  if (pairs.length === 0) return;
  const wanted = new Set(pairs.map(([, id]) => id));
  const moving = new Set(pairs.map(([doc]) => doc));
  let free = ((prepared(db, `SELECT max(id) FROM library_documents`).pluck().get() as number | null) ?? 0) + 1;
  for (const doc of all) if (!gone.has(doc.id) && !moving.has(doc) && wanted.has(doc.id)) takeId(db, doc, free++);
  for (const [doc] of pairs) takeId(db, doc, -doc.id);
  for (const [doc, id] of pairs) takeId(db, doc, id);
}

