// Searching the 范文库's passages, by their text and by the headings and titles they stand under
// (outlineHits: a heading or a title holding every term brings the first passage under it). Terms of 3 or more characters go through the FTS5 trigram index
// (ranked by bm25); a query of only 1–2 character terms is matched with LIKE, its candidates found
// from the index's vocabulary (every trigram starting with the term — each passage is indexed with
// two padding characters, so this covers every occurrence) when the term is rare, or by scanning
// until enough hits are found when it is common. Those are ranked by where the term first occurs.
import { PASSAGE_ROLES } from '../../../core/outline/types.ts';
import type { OutlineNode, PassageRole } from '../../../core/outline/index.ts';
import { pathSegment } from '../../../core/outline/marks.ts';
import { explain } from '../store/errors.ts';
import type { Store } from '../store/store.ts';
import { LibraryError } from './errors.ts';
import { prepared } from './statements.ts';
import { READY, readyAs } from './pending.ts';
import { foldCopies, type SameAs } from './same-body.ts';

export const ROLES: readonly PassageRole[] = PASSAGE_ROLES;

// ── search ─────────────────────────────────────────────────────────────────────────────────────

export interface SearchOptions {
  role?: PassageRole;
  documentId?: number;
  year?: number;
  /** At most this many hits (default 20, at most 500). */
  limit?: number;
}

export interface SearchHit {
  passageId: number;
  documentId: number;
  title: string;
  year: number | null;
  role: PassageRole;
  path: string;
  heading: string | null;
  /** About 60 characters around the first match, each match marked 【…】. */
  snippet: string;
  text: string;
  /** Found by its section's heading or its document's title, not by its text. */
  via?: 'heading' | 'title';
  /** Other documents with the same text (the same speech from other files): the passage is theirs too, and listed once. */
  copies?: SameAs[];
}

export interface SearchResult {
  query: string;
  terms: string[];
  /** fts: ranked by bm25 over the trigram index; like: 1–2 character terms only, ranked by position. */
  mode: 'fts' | 'like';
  hits: SearchHit[];
}

/** The terms of a query: split at spaces (ASCII or full-width); control characters dropped. */
export function queryTerms(query: string): string[] {
  // eslint-disable-next-line no-control-regex
  const terms = query.replace(/[\u0000-\u001F\u007F]/g, ' ').split(/[\s\u3000]+/).filter(Boolean);
  return [...new Set(terms)];
}

const chars = (s: string) => [...s].length;
const quote = (term: string) => `"${term.replace(/"/g, '""')}"`;
const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => '\\' + c);
const likePattern = (term: string) => `%${escapeLike(term)}%`;

/** A 1–2 character term whose trigrams start in more passages than this is searched by scanning. */
export const DENSE = 2000;

interface HitRow {
  id: number;
  document_id: number;
  role: PassageRole;
  path: string;
  heading: string | null;
  text: string;
  title: string;
  year: number | null;
  body_key: string | null;
  via?: 'heading' | 'title';
}

export function search(store: Store, query: string, options: SearchOptions = {}): SearchResult {
  const terms = queryTerms(query);
  if (terms.length === 0) throw new LibraryError('请输入要查找的文字');
  if (options.role !== undefined && !ROLES.includes(options.role)) throw new LibraryError(`没有“${options.role}”这一部分（可用：${ROLES.join('、')}）`);
  const limit = Math.max(1, Math.min(500, Math.floor(options.limit ?? 20)));
  const long = terms.filter((t) => chars(t) >= 3);
  const short = terms.filter((t) => chars(t) < 3);

  const filters: string[] = [READY];
  const params: unknown[] = [];
  for (const t of short) {
    filters.push(`p.text LIKE ? ESCAPE '\\'`);
    params.push(likePattern(t));
  }
  if (options.role !== undefined) {
    filters.push('p.role = ?');
    params.push(options.role);
  }
  if (options.documentId !== undefined) {
    filters.push('p.document_id = ?');
    params.push(options.documentId);
  }
  if (options.year !== undefined) {
    filters.push('d.year = ?');
    params.push(options.year);
  }
  const and = filters.map((f) => ` AND ${f}`).join('');
  const outlineAnd = [READY, ...filters.slice(1 + short.length)].map((f) => ` AND ${f}`).join('');
  const outlineParams = params.slice(short.length);
  let rows: (HitRow & { copies?: SameAs[] })[];
  let mode: SearchResult['mode'];
  try {
    if (long.length > 0) {
      mode = 'fts';
      // CROSS JOIN keeps the index as the outer loop (otherwise the planner may walk a role's
      // passages and run the full-text query once per row); FTS5's rank is its bm25, computed inside.
      rows = prepared(store.db, `SELECT ${COLUMNS} ${FROM_FTS} WHERE passages_fts MATCH ?${and} ORDER BY passages_fts.rank LIMIT ?`).all(long.map(quote).join(' AND '), ...params, limit) as HitRow[];
    } else {
      mode = 'like';
      rows = shortSearch(store, short, and, params, limit);
    }
    rows = foldCopies(store.db, withOutline(rows, outlineHits(store, terms, outlineAnd, outlineParams, limit), limit));
  } catch (err) {
    throw explain(err, store.path);
  }
  return {
    query,
    terms,
    mode,
    hits: rows.map((r) => ({
      passageId: r.id,
      documentId: r.document_id,
      title: r.title,
      year: r.year,
      role: r.role,
      path: r.path,
      heading: r.heading,
      snippet: snippet(r.text, terms),
      text: r.text,
      ...(r.via ? { via: r.via } : {}),
      ...(r.copies?.length ? { copies: r.copies } : {}),
    })),
  };
}

const COLUMNS = `p.id, p.document_id, p.role, p.path, p.heading, p.text, d.title, d.year, d.body_key`;
const FROM_FTS = `FROM passages_fts CROSS JOIN passages p ON p.id = passages_fts.rowid CROSS JOIN library_documents d ON d.id = p.document_id`;
/** SQLite's lower() folds ASCII only, as LIKE does: the position is found the same way. */
const asciiLower = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

/**
 * 1–2 character terms only: LIKE. The candidates come from the index vocabulary — every trigram
 * that starts with the term — when the term is rare; when it is common, matches are dense and a
 * plain scan finds enough of them at once. Either way ranked by where the term first occurs.
 */
function shortSearch(store: Store, short: string[], and: string, params: unknown[], limit: number): HitRow[] {
  const db = store.db;
  // The most selective-looking term drives the lookup: a 2-character one if there is one.
  const key = [...short].sort((a, b) => chars(b) - chars(a))[0]!;
  const folded = key.toLowerCase();
  const next = folded.slice(0, -1) + String.fromCodePoint(folded.codePointAt(folded.length - 1)! + 1);
  const terms: string[] = [];
  let estimate = 0;
  // Stopped early: the vocabulary counts each term's documents as it goes, which costs for common ones.
  for (const v of prepared(db, `SELECT term, doc FROM passages_vocab WHERE term >= ? AND term < ?`).iterate(folded, next) as Iterable<{ term: string; doc: number }>) {
    terms.push(v.term);
    estimate += v.doc;
    if (estimate > DENSE || terms.length > 500) break;
  }
  if (terms.length === 0) return [];
  const order = `ORDER BY instr(lower(text), ?), length(text), id LIMIT ?`;
  if (estimate > DENSE || terms.length > 500) {
    return prepared(db, `SELECT * FROM (SELECT ${COLUMNS} FROM passages p JOIN library_documents d ON d.id = p.document_id WHERE 1${and} LIMIT ?) ${order}`).all(...params, limit * 3, asciiLower(key), limit) as HitRow[];
  }
  return prepared(db, `SELECT * FROM (SELECT ${COLUMNS} ${FROM_FTS} WHERE passages_fts MATCH ?${and}) ${order}`).all(terms.map(quote).join(' OR '), ...params, asciiLower(key), limit) as HitRow[];
}

/** Each term in a LIKE pattern over `column`. */
const allIn = (column: string, terms: readonly string[]) => terms.map(() => `${column} LIKE ? ESCAPE '\\'`).join(' AND ');

/** The headings of an outline that hold every term, with the path of numbers the passages under them carry. */
function matchingHeadings(outline: readonly OutlineNode[], terms: readonly string[]): { heading: string; path: string }[] {
  const folded = terms.map(asciiLower);
  const out: { heading: string; path: string }[] = [];
  const walk = (nodes: readonly OutlineNode[], numbers: string[]) => {
    for (const n of nodes) {
      const here = [...numbers, pathSegment(n.number, n.heading)];
      const text = asciiLower(n.heading);
      if (!n.runIn && folded.every((t) => text.includes(t))) out.push({ heading: n.heading, path: here.join('/') });
      walk(n.children ?? [], here);
    }
  };
  walk(outline, []);
  return out;
}

/**
 * Sections whose heading holds every term, then documents whose title does (the secretary looks for
 * 「防汛」 or a heading she remembers, 「严格督导考核」): the first passage under each, shown with the
 * heading that matched. The documents are found by a scan of their titles and headings (LIKE over
 * library_headings, short beside the passages' text); the passages by their path of heading numbers.
 */
function outlineHits(store: Store, terms: readonly string[], and: string, params: unknown[], limit: number): HitRow[] {
  const patterns = terms.map(likePattern);
  const db = store.db;
  const first = prepared(db, `SELECT ${COLUMNS} FROM passages p JOIN library_documents d ON d.id = p.document_id WHERE p.document_id = ? AND (p.path = ? OR p.path LIKE ? ESCAPE '\\' OR p.heading = ?)${and} ORDER BY p.seq LIMIT 1`);
  const out: HitRow[] = [];
  // library_headings (migration 0010): a narrow table of titles and headings, read instead of every document's row.
  const docs = prepared(
    db,
    `SELECT h.document_id AS id, d.outline_json FROM library_headings h CROSS JOIN library_documents d ON d.id = h.document_id WHERE ${readyAs('h')} AND d.removed_at IS NULL AND ${allIn('h.headings', terms)} ORDER BY h.document_id LIMIT ?`,
  ).all(...patterns, limit * 4) as {
    id: number;
    outline_json: string;
  }[];
  for (const d of docs) {
    let outline: OutlineNode[];
    try {
      outline = JSON.parse(d.outline_json) as OutlineNode[];
    } catch {
      continue;
    }
    for (const m of matchingHeadings(outline, terms)) {
      const row = first.get(d.id, m.path, `${escapeLike(m.path)}/%`, m.heading, ...params) as HitRow | undefined;
      if (row) out.push({ ...row, heading: m.heading, via: 'heading' });
      if (out.length >= limit) return out;
    }
  }
  // The documents first (their titles, in library_headings), then each one's first passage through
  // the (document_id, seq) index: grouping the passages by document instead read all of them.
  const titles = prepared(
    db,
    `SELECT ${COLUMNS} FROM library_headings h CROSS JOIN passages p ON p.id = (SELECT min(p3.id) FROM passages p3 WHERE p3.document_id = h.document_id) JOIN library_documents d ON d.id = p.document_id WHERE ${allIn('h.title', terms)}${and} ORDER BY p.id LIMIT ?`,
  ).all(...patterns, ...params, limit) as HitRow[];
  return [...out, ...titles.map((r) => ({ ...r, via: 'title' as const }))];
}

/**
 * The text's hits first (each shows its match), then those found by a heading or a title, which keep
 * at least half the list when there are enough of them; each passage once (as its text found it).
 */
function withOutline(text: HitRow[], outline: HitRow[], limit: number): HitRow[] {
  const seen = new Set(text.map((r) => r.id));
  const extra: HitRow[] = [];
  for (const r of outline) {
    if (seen.has(r.id)) continue;
    seen.add(r.id);
    extra.push(r);
  }
  const keep = Math.max(limit - extra.length, Math.floor(limit / 2));
  return [...text.slice(0, keep), ...extra, ...text.slice(keep)].slice(0, limit);
}

/** About `width` characters of `text` around the first match of any term, matches marked 【…】. */
export function snippet(text: string, terms: readonly string[], width = 60): string {
  const flat = text.replace(/\s*\n\s*/g, ' ');
  const lower = flat.toLowerCase();
  const hay = lower.length === flat.length ? lower : flat;
  const needles = [...terms].map((t) => (hay === lower ? t.toLowerCase() : t)).sort((a, b) => b.length - a.length);
  let first = -1;
  let firstLen = 0;
  for (const n of needles) {
    const at = hay.indexOf(n);
    if (at >= 0 && (first < 0 || at < first)) {
      first = at;
      firstLen = n.length;
    }
  }
  let start = 0;
  let end = Math.min(flat.length, width);
  if (first >= 0) {
    start = Math.max(0, first - Math.floor((width - firstLen) / 3));
    end = Math.min(flat.length, Math.max(start + width, first + firstLen));
    start = Math.max(0, Math.min(start, end - width));
  }
  if (start > 0 && /[\uDC00-\uDFFF]/.test(flat[start]!)) start++;
  if (end < flat.length && /[\uDC00-\uDFFF]/.test(flat[end]!)) end++;
  let out = '';
  for (let i = start; i < end; ) {
    const n = needles.find((x) => x.length > 0 && hay.startsWith(x, i));
    if (n) {
      const stop = Math.min(i + n.length, end);
      out += `【${flat.slice(i, stop)}】`;
      i = stop;
    } else {
      out += flat[i];
      i++;
    }
  }
  return (start > 0 ? '…' : '') + out + (end < flat.length ? '…' : '');
}
