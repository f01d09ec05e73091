// The 范文库: import files and folders of past speeches into the store (import.ts), search their
// passages (search.ts), list the documents with their outlines (here). This module is the library's
// one entry for its callers (API, CLI, bench).
import type { OutlineNode } from '../../../core/outline/index.ts';
import { explain } from '../store/errors.ts';
import { documentOf, type LibraryListing } from './bin.ts';
import type { Store } from '../store/store.ts';
import { everySameAs, type SameAs } from './same-body.ts';

export { LibraryError } from './errors.ts';
export { EXTENSIONS, unsupportedReason } from './read.ts';
export { analyseFile, collectFiles, NO_TEXT, readFile, readTextFile, type FileResult, type FileText, type ImportSummary } from './files.ts';
export { dropPlan, importFiles, importPlan, type ImportOptions, type ImportPlan } from './import.ts';
export { indexPassages, writeDocuments, type WrittenDocument } from './write.ts';
export { DENSE, queryTerms, ROLES, search, snippet, type SearchHit, type SearchOptions, type SearchResult } from './search.ts';
export { prepared } from './statements.ts';

// ── documents ──────────────────────────────────────────────────────────────────────────────────

/** A live document with what `wengao library` shows of it: its file's path, passages, head lines and outline. */
export interface LibraryDocument extends LibraryListing {
  sourcePath: string;
  passages: number;
  /** Part of the text is missing (the site it was copied from cut it). */
  truncated: boolean;
  /** The lines under the title, as the document has them: subtitle, date line, speaker (「县长 吴某某」). */
  head: string[];
  outline: OutlineNode[];
  /** The live document imported before it with the same body: this one is its copy (same-body.ts). */
  sameAs?: SameAs;
}

export function libraryDocuments(store: Store): LibraryDocument[] {
  try {
    const rows = store.db
      .prepare(
        `SELECT d.id, d.title, d.genre, d.year, d.outline_json, d.meta_json, substr(d.cleaned_text, 1, ${HEAD_CHARS}) AS lead, s.id AS source_id, s.name, s.path, s.imported_at,
                (SELECT count(*) FROM passages p WHERE p.document_id = d.id) AS passages
         FROM library_documents d JOIN library_sources s ON s.id = d.source_id WHERE s.pending IS NULL AND d.removed_at IS NULL ORDER BY d.id`,
      )
      .all() as Record<string, unknown>[];
    const same = everySameAs(store.db);
    return rows.map((r) => ({
      ...documentOf(r),
      sourcePath: r.path as string,
      passages: r.passages as number,
      ...metaOf(r.meta_json as string, r.lead as string),
      outline: JSON.parse(r.outline_json as string) as OutlineNode[],
      ...(same.has(r.id as number) ? { sameAs: same.get(r.id as number)! } : {}),
    }));
  } catch (err) {
    throw explain(err, store.path);
  }
}

/** How much of a document's text holds its title and head lines. */
const HEAD_CHARS = 400;

/**
 * What a document's stored meta says: truncated, and the head lines under its title in the order of
 * its text (`lead`, its start): a speaker printed over the date is shown over it.
 */
function metaOf(json: string, lead: string): { truncated: boolean; head: string[] } {
  const meta = JSON.parse(json) as { truncated?: boolean; subtitle?: string; dateLine?: string; speaker?: string; issuer?: string };
  const head = [meta.subtitle, meta.dateLine, meta.speaker, meta.issuer].filter((x): x is string => !!x);
  const at = (line: string) => {
    const k = `${lead}\n`.indexOf(`\n${line}\n`);
    return k < 0 ? Infinity : k;
  };
  return { truncated: !!meta.truncated, head: head.map((line, k) => ({ line, k, at: at(line) })).sort((a, b) => a.at - b.at || a.k - b.k).map((h) => h.line) };
}

/** Where a search hit comes from, to tell two alike apart: its file, the year and the speaker when known. */
export interface HitSource {
  source: string;
  year: number | null;
  speaker?: string;
}

/** The file, year and speaker of each document in `ids` (a search's hits, at most a hundred). */
export function hitSources(store: Store, ids: readonly number[]): Map<number, HitSource> {
  const out = new Map<number, HitSource>();
  try {
    const one = store.db.prepare(`SELECT d.year, d.meta_json, s.name FROM library_documents d JOIN library_sources s ON s.id = d.source_id WHERE d.id = ?`);
    for (const id of new Set(ids)) {
      const r = one.get(id) as { year: number | null; meta_json: string; name: string } | undefined;
      if (!r) continue;
      const speaker = (JSON.parse(r.meta_json) as { speaker?: string }).speaker?.replace(/\s+/g, ' ').trim();
      out.set(id, { source: r.name, year: r.year, ...(speaker ? { speaker } : {}) });
    }
  } catch (err) {
    throw explain(err, store.path);
  }
  return out;
}

/** The counts of the library's tables (for a summary, and for tests that check nothing changed). */
export function libraryCounts(store: Store): Record<'sources' | 'documents' | 'passages' | 'patterns', number> {
  const n = (table: string) => store.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  return { sources: n('library_sources'), documents: n('library_documents'), passages: n('passages'), patterns: n('patterns') };
}
