// Correcting a 范文库 document's title or 体裁 (library.update): a 会议记录 the analysis took for a
// 纪要, a title read from a cover line. The row holds the value in use (every reader — the list,
// search, drafting's heading offers — reads it as before); corrected_json (migration 0014) holds,
// for each field the user set, what the analysis had found: null takes the field back to it (undo),
// and a re-analysis of the file (review.ts reanalyse) gives her value to the document at the same
// place (bin.ts placeKeys: its first raw line, else its rank; else its title as analysed).
import type Database from 'better-sqlite3';
import { DOC_GENRES, GENRE_NAMES, genreFromName, type DocGenre } from '../../../core/outline/types.ts';
import { explain } from '../store/errors.ts';
import type { Store } from '../store/store.ts';
import { immediate } from '../store/transaction.ts';
import { libraryEntry, noDocument, placeKeys, type Corrected, type LibraryEntry } from './bin.ts';
import { LibraryError } from './errors.ts';
import { prepared } from './statements.ts';

/** What the user asks: a field left out stays; null takes it back to the analysis's. */
export interface DocumentUpdate {
  title?: string | null;
  genre?: string | null;
}

export const TITLE_MAX = 200;

type Row = Record<string, unknown>;

const parse = (json: unknown): Corrected => (typeof json === 'string' ? (JSON.parse(json) as Corrected) : {});

/** A title as the user typed it, trimmed; refused (naming the field) when empty, too long or over several lines. */
function checkedTitle(text: string): string {
  const t = text.trim();
  if (!t) throw new LibraryError('标题：不能为空');
  if (/[\n\r]/.test(t)) throw new LibraryError('标题：只能有一行');
  if ([...t].length > TITLE_MAX) throw new LibraryError(`标题：最多 ${TITLE_MAX} 个字，实际为 ${[...t].length} 个字`);
  return t;
}

function checkedGenre(text: string): DocGenre {
  const g = genreFromName(text);
  if (!g) throw new LibraryError(`体裁：应为 ${DOC_GENRES.map((x) => GENRE_NAMES[x]).join('、')} 之一，实际为“${text.slice(0, 20)}”`);
  return g;
}

/** One field after the update: the value in use and what the analysis had (undefined: not corrected). */
function field<T extends string>(now: T, was: T | undefined, asked: T | null | undefined): { value: T; was: T | undefined } {
  if (asked === undefined) return { value: now, was };
  const found = was ?? now;
  if (asked === null || asked === found) return { value: found, was: undefined };
  return { value: asked, was: found };
}

/** Sets a document's title and/or 体裁 (live or in the 回收站); returns it as the list shows it. */
export function updateDocument(store: Store, documentId: number, update: DocumentUpdate): LibraryEntry {
  if (update.title === undefined && update.genre === undefined) throw new LibraryError('请给出要更正的标题或体裁');
  const title = update.title == null ? update.title : checkedTitle(update.title);
  const genre = update.genre == null ? update.genre : checkedGenre(update.genre);
  try {
    immediate(store.db, () => {
      const r = prepared(store.db, `SELECT title, genre, corrected_json FROM library_documents d JOIN library_sources s ON s.id = d.source_id WHERE s.pending IS NULL AND d.id = ?`).get(documentId) as Row | undefined;
      if (!r) throw noDocument(documentId);
      const was = parse(r.corrected_json);
      const t = field(r.title as string, was.title, title);
      const g = field(r.genre as DocGenre, was.genre, genre);
      const corrected: Corrected = { ...(t.was !== undefined ? { title: t.was } : {}), ...(g.was !== undefined ? { genre: g.was } : {}) };
      const json = Object.keys(corrected).length ? JSON.stringify(corrected) : null;
      prepared(store.db, `UPDATE library_documents SET title = ?, genre = ?, corrected_json = ? WHERE id = ?`).run(t.value, g.value, json, documentId);
    })();
    return libraryEntry(store, documentId);
  } catch (err) {
    throw err instanceof LibraryError ? err : explain(err, store.path);
  }
}

/** The corrections of a file's documents before a re-analysis replaces them: each with its place keys (its title as analysed). */
export interface CorrectionState {
  keys: string[];
  title?: string;
  genre?: DocGenre;
  was: Corrected;
}

export function correctionState(db: Database.Database, sourceId: number): CorrectionState[] {
  const rows = prepared(db, `SELECT seq, title, genre, meta_json, corrected_json FROM library_documents WHERE source_id = ? AND corrected_json IS NOT NULL`).all(sourceId) as Row[];
  return rows.map((r) => {
    const was = parse(r.corrected_json);
    return {
      keys: placeKeys({ ...r, title: was.title ?? r.title }),
      ...(was.title !== undefined ? { title: r.title as string } : {}),
      ...(was.genre !== undefined ? { genre: r.genre as DocGenre } : {}),
      was,
    };
  });
}

/** After a re-analysis wrote a file's documents anew: the document at the place of a corrected one gets the user's title and 体裁. */
export function applyCorrections(db: Database.Database, sourceId: number, state: readonly CorrectionState[]): void {
  if (state.length === 0) return;
  const left = [...state];
  const rows = prepared(db, `SELECT id, seq, title, genre, meta_json FROM library_documents WHERE source_id = ? ORDER BY seq`).all(sourceId) as Row[];
  const set = prepared(db, `UPDATE library_documents SET title = ?, genre = ?, corrected_json = ? WHERE id = ?`);
  for (const r of rows) {
    const keys = placeKeys(r);
    // The line first: two documents of a file may share a title.
    const i = keys.map((k) => left.findIndex((c) => c.keys.includes(k))).find((x) => x >= 0) ?? -1;
    if (i < 0) continue;
    const c = left.splice(i, 1)[0]!;
    const title = c.title ?? (r.title as string);
    const genre = c.genre ?? (r.genre as DocGenre);
    const was: Corrected = { ...(c.title !== undefined && c.title !== r.title ? { title: r.title as string } : {}), ...(c.genre !== undefined && c.genre !== r.genre ? { genre: r.genre as DocGenre } : {}) };
    set.run(title, genre, Object.keys(was).length ? JSON.stringify(was) : null, r.id);
  }
}
