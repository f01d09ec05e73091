// Reviewing an import and undoing its removals, and the harvested heading patterns on offer.
//
// Undo: a source keeps its raw text and its removal report. The user names report entries (1-based,
// as listed); their raw lines join the lines already kept, the raw text is analysed again with all
// of them kept (core/outline analyse `keep`), and the source's documents, passages and patterns are
// replaced in one transaction, the trigram index following (delete triggers for the old passages,
// indexPassages for the new). The stored report lists what was restored, with when: a second undo
// adds to the first. A bad source or entry number, or a failing write, changes nothing.
import { fullWidthPunctuation } from '../../../core/doc/punctuation.ts';
import { analyse, harvestPatterns } from '../../../core/outline/index.ts';
import type { AnalyseOptions, DocGenre, ImportReport, OutlineNode, PassageRole, Removal, Restored } from '../../../core/outline/index.ts';
import { wholeCollectionNotice } from '../../../core/outline/collection-notice.ts';
import { reasonName } from '../../../core/outline/lines.ts';
import { roleOfHeading } from '../../../core/outline/roles.ts';
import { namesPlace, onlyPlace, placeNames } from '../../../core/outline/places.ts';
import { explain } from '../store/errors.ts';
import type { Store } from '../store/store.ts';
import { immediate } from '../store/transaction.ts';
import { applyBinState, binState } from './bin.ts';
import { applyCorrections, correctionState } from './correct.ts';
import { LibraryError } from './errors.ts';
import { NO_TEXT } from './files.ts';
import { indexPassages, sourceText, writeDocuments, type WrittenDocument } from './write.ts';
import { ROLES } from './search.ts';
import { sameAsNotice, sameAsOf } from './same-body.ts';
import { prepared } from './statements.ts';
import { keepIds, piecesBefore } from './version-keep.ts';

export interface SourceReview {
  id: number;
  name: string;
  path: string;
  importedAt: number;
  /**
   * The documents found in it now (after any undo or 「拆分有误」), with the raw line each starts at,
   * and when one went to the 回收站 (bin.ts): listed, marked, so that the file's lines stay whole.
   */
  documents: { id: number; title: string; line?: number; removedAt?: number }[];
  /** What cleaning removes now, numbered from 1 as `restore` takes them. */
  removed: (Removal & { n: number })[];
  /** What the user restored, oldest first. */
  restored: Restored[];
  joinedLines: number;
  /**
   * What the file's reader could not do well, for the user to check (a PDF page it could not order),
   * then its documents that are copies of one imported before (same-body.ts); the collection notice last.
   */
  notices: string[];
  /** The file looks like a collection but gave one document (ImportReport.collection). */
  collection?: string;
}

export interface SourceRow {
  id: number;
  name: string;
  path: string;
  imported_at: number;
  raw_text?: string;
  report_json: string;
}

export function review(store: Store, row: SourceRow): SourceReview {
  const report = JSON.parse(row.report_json) as ImportReport;
  const rows = prepared(store.db, `SELECT id, title, meta_json, removed_at FROM library_documents WHERE source_id = ? ORDER BY seq`).all(row.id) as {
    id: number;
    title: string;
    meta_json: string;
    removed_at: number | null;
  }[];
  const documents = rows.map((d) => {
    const line = (JSON.parse(d.meta_json) as { line?: number }).line;
    return { id: d.id, title: d.title, ...(line === undefined ? {} : { line }), ...(d.removed_at === null ? {} : { removedAt: d.removed_at }) };
  });
  return {
    id: row.id,
    name: row.name,
    path: row.path,
    importedAt: row.imported_at,
    documents,
    removed: numbered(report).filter((e) => !e.restored).map((e) => ({ n: e.n, line: e.line, text: e.text, reason: reasonName(e.reason) })),
    restored: (report.restored ?? []).map((r) => ({ ...r, reason: reasonName(r.reason) })),
    joinedLines: report.joinedLines,
    notices: [...(report.notices ?? []), ...copies(store, rows), ...(report.collection ? [report.collection] : [])],
    ...(report.collection ? { collection: report.collection } : {}),
  };
}

/** The live documents of a source that are copies of one imported before (same-body.ts), said as the import said it. */
function copies(store: Store, rows: readonly { id: number; title: string; removed_at: number | null }[]): string[] {
  const live = rows.filter((d) => d.removed_at === null);
  const same = sameAsOf(
    store.db,
    live.map((d) => d.id),
  );
  return live.filter((d) => same.has(d.id)).map((d) => sameAsNotice(d.title, same.get(d.id)!));
}

/** Every imported source with its removal report, in import order. */
export function librarySources(store: Store): SourceReview[] {
  try {
    const rows = store.db.prepare(`SELECT id, name, path, imported_at, report_json FROM library_sources WHERE pending IS NULL ORDER BY id`).all() as SourceRow[];
    return rows.map((r) => review(store, r));
  } catch (err) {
    throw explain(err, store.path);
  }
}

const noSource = (id: number) => new LibraryError(`范文库中没有编号为 ${id} 的来源文件（用 wengao library report 查看已导入的来源）`);

export function sourceRow(store: Store, sourceId: number, withRaw: boolean): SourceRow {
  const row = prepared(store.db, `SELECT id, name, path, imported_at, report_json FROM library_sources WHERE id = ? AND pending IS NULL`).get(sourceId) as SourceRow | undefined;
  if (!row) throw noSource(sourceId);
  return withRaw ? { ...row, raw_text: sourceText(store.db, sourceId) } : row;
}

/**
 * The removals as numbered for the user: what cleaning removes now and what was restored, in the
 * order of the lines, so that an entry keeps its number across restores (a restored one leaves a gap
 * in the list, and the entries after it are not renumbered: 「restore 1 5」 after 「restore 3」 still
 * means what the report said). A restore keeps every other removal as it was (core/outline undo.ts).
 */
export function numbered(report: ImportReport): (Removal & { n: number; restored: boolean })[] {
  const all = [...report.removed.map((r) => ({ ...r, restored: false })), ...(report.restored ?? []).map((r) => ({ line: r.line, text: r.text, reason: r.reason, restored: true }))];
  // Stable: entries of one line keep their order.
  all.sort((a, b) => a.line - b.line);
  return all.map((e, i) => ({ ...e, n: i + 1 }));
}

/** One source's removal report; a LibraryError in Chinese when there is no such source. */
export function sourceReview(store: Store, sourceId: number): SourceReview {
  try {
    return review(store, sourceRow(store, sourceId, false));
  } catch (err) {
    throw err instanceof LibraryError ? err : explain(err, store.path);
  }
}

export interface RestoreResult {
  sourceId: number;
  /** The removals undone by this call (every entry on the chosen entries' lines). */
  restored: Restored[];
  documents: WrittenDocument[];
  /** The source's review after the undo. */
  review: SourceReview;
}

/**
 * Undoes the removals numbered `entries` (1-based, as `sourceReview` lists them) of a source: its
 * text is analysed again with their lines kept, and its documents, passages and patterns replaced,
 * in one transaction. A kept line is taken whole, so every other entry on the same line is undone
 * with it (and listed as restored).
 */
export function restoreRemoved(store: Store, sourceId: number, entries: readonly number[]): RestoreResult {
  if (entries.length === 0) throw new LibraryError('请指定要恢复的删除记录编号（用 wengao library report 查看）');
  const db = store.db;
  const run = immediate(db, (): RestoreResult => {
    const row = sourceRow(store, sourceId, true);
    const report = JSON.parse(row.report_json) as ImportReport;
    const listed = numbered(report);
    for (const n of entries) {
      if (!Number.isInteger(n) || n < 1 || n > listed.length) {
        throw new LibraryError(listed.length === 0 ? `来源 ${sourceId} 没有可恢复的删除记录` : `没有第 ${n} 条删除记录（来源 ${sourceId} 共有 ${listed.length} 条，编号 1–${listed.length}）`);
      }
      if (listed[n - 1]!.restored) throw new LibraryError(`第 ${n} 条删除记录已经恢复过了（来源 ${sourceId}）`);
    }
    const lines = new Set(entries.map((n) => listed[n - 1]!.line));
    const keep = [...new Set([...(report.kept ?? []), ...lines])];
    const now = Date.now();
    const restored = report.removed.filter((r) => lines.has(r.line)).map((r) => ({ ...r, restoredAt: now }));
    const { written, next } = reanalyse(store, row, { ...choices(report), keep }, [...(report.restored ?? []), ...restored]);
    return { sourceId, restored, documents: written, review: review(store, { ...row, report_json: JSON.stringify(next) }) };
  });
  try {
    return run();
  } catch (err) {
    throw err instanceof LibraryError ? err : explain(err, store.path);
  }
}

/** The user's review choices a report carries, as analyse takes them again: kept lines, cuts, merges, the reader's debris and headings. */
export function choices(report: ImportReport): AnalyseOptions {
  return { keep: report.kept, cuts: report.cuts, joins: report.joins, debris: report.debris, headings: report.headings, notices: report.notices };
}

/**
 * Analyses a source's raw text again with `options` and replaces its documents, passages, patterns
 * and report — inside the caller's transaction. `restored`: the undone removals to carry over.
 */
export function reanalyse(store: Pick<Store, 'db'>, row: SourceRow, options: AnalyseOptions, restored: Restored[] | undefined): { written: WrittenDocument[]; next: ImportReport } {
  const db = store.db;
  const { documents, report: next } = analyse(row.raw_text!, options);
  if (documents.length === 0) throw new LibraryError(NO_TEXT);
  if (restored?.length) next.restored = restored;
  // The pages of an article joined in the file's text stay listed (pages.ts).
  const pages = (JSON.parse(row.report_json) as ImportReport).pages;
  if (pages) next.pages = pages;
  const collection = wholeCollectionNotice(row.name, documents, next);
  if (collection) next.collection = collection;
  // The documents in the 回收站 go back there, those removed for good stay out (bin.ts); titles and 体裁 the user corrected stay hers (correct.ts).
  const bin = binState(db, row.id);
  const corrections = correctionState(db, row.id);
  // Each piece found again keeps its id (version-keep.ts): what names it — a link, a number she noted — still does.
  const before = piecesBefore(db, row.id);
  // Passages go with their documents (cascade), and out of the index with them (delete trigger).
  prepared(db, `DELETE FROM library_documents WHERE source_id = ?`).run(row.id);
  const after = (prepared(db, `SELECT max(id) FROM passages`).pluck().get() as number | null) ?? 0;
  const all = writeDocuments(
    db,
    row.id,
    documents,
    documents.map((d) => harvestPatterns(d)),
  );
  applyCorrections(db, row.id, corrections);
  const purged = applyBinState(db, row.id, bin);
  keepIds(db, before, all, documents, purged);
  const written = all.filter((d) => !purged.has(d.id));
  indexPassages(db, after);
  prepared(db, `UPDATE library_sources SET report_json = ? WHERE id = ?`).run(JSON.stringify(next), row.id);
  return { written, next };
}

// ── heading patterns ───────────────────────────────────────────────────────────────────────────

export interface PatternOffer {
  id: number;
  /** The heading with the campaign's name as 「X」 (or a parallel heading as it is). */
  pattern: string;
  level: number;
  /** The part it heads: the role of the outline node it was harvested from. */
  role: PassageRole;
  documentId: number;
  /** The title of the document it comes from. */
  source: string;
  /** What that document is: a speech's part heading fits a speech; a minutes' item heads one matter. */
  genre: DocGenre;
}

export interface PatternQuery {
  role?: PassageRole;
  level?: number;
  /** At most this many (default 50, at most 500). */
  limit?: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const slotted = (pattern: string) => new RegExp(`^${pattern.split('X').map(escape).join('(.+?)')}$`, 'u');

/** The outline node a pattern was harvested from: its heading with 「X」 standing for any name. */
function nodeOf(outline: readonly OutlineNode[], pattern: string, level: number): OutlineNode | undefined {
  const re = slotted(pattern);
  const walk = (nodes: readonly OutlineNode[]): OutlineNode | undefined => {
    for (const n of nodes) {
      if (n.level === level && re.test(n.heading)) return n;
      const below = walk(n.children);
      if (below) return below;
    }
    return undefined;
  };
  return walk(outline);
}

interface PatternRow {
  id: number;
  pattern: string;
  level: number;
  document_id: number;
  title: string;
  genre: PatternOffer['genre'];
  /** The start of the document's text: its title and head lines. */
  head: string;
  source: string;
  name: string;
  outline_json: string;
}

/** Whether a stored pattern names its document's place, in its words or as what its 「X」 stood for. */
function bringsPlace(r: PatternRow, node: OutlineNode | undefined): boolean {
  const places = placeNames(`${r.title}\n${r.head}`);
  if (!places.size) return false;
  if (namesPlace(r.pattern, places)) return true;
  const slot = node ? slotted(r.pattern).exec(node.heading) : null;
  return (slot?.slice(1) ?? []).some((s) => onlyPlace(s, places));
}

/**
 * The harvested patterns, each with the role of the part it heads. The patterns table has no role:
 * it is the role the outline gave the heading's node (which weighs the sub-headings under it too),
 * else the role its own words give it. Patterns holding a digit are not offered: a figure or year
 * in a draft must come from the material.
 */
export function libraryPatterns(store: Store, query: PatternQuery = {}): PatternOffer[] {
  if (query.role !== undefined && !ROLES.includes(query.role)) throw new LibraryError(`没有“${query.role}”这一部分（可用：${ROLES.join('、')}）`);
  const limit = Math.max(1, Math.min(500, Math.floor(query.limit ?? 50)));
  let rows: PatternRow[];
  try {
    rows = store.db
      .prepare(
        `SELECT p.id, p.pattern, p.level, p.document_id, p.source, d.title, d.genre, substr(d.cleaned_text, 1, 600) AS head, d.outline_json, s.name
         FROM patterns p JOIN library_documents d ON d.id = p.document_id JOIN library_sources s ON s.id = d.source_id
         WHERE s.pending IS NULL AND d.removed_at IS NULL AND (? IS NULL OR p.level = ?) ORDER BY p.level, p.id`,
      )
      .all(query.level ?? null, query.level ?? null) as typeof rows;
  } catch (err) {
    throw explain(err, store.path);
  }
  const outlines = new Map<number, OutlineNode[]>();
  const out: PatternOffer[] = [];
  // Each document keeps its own patterns (migration 0012): a heading is offered once, from the first
  // live document that has it — binning that one leaves the next one's.
  const offered = new Set<string>();
  for (const r of rows) {
    if (/[0-9０-９]/.test(r.pattern)) continue;
    let outline = outlines.get(r.document_id);
    if (!outline) outlines.set(r.document_id, (outline = JSON.parse(r.outline_json) as OutlineNode[]));
    const node = nodeOf(outline, r.pattern, r.level);
    // Harvested before places were known (core/outline/places.ts): another document's place, in the
    // words or as the slot, is not offered.
    if (bringsPlace(r, node)) continue;
    const role = node?.role ?? roleOfHeading(r.pattern.replace(/X/g, '')) ?? '其他';
    if (query.role !== undefined && role !== query.role) continue;
    // Scraped headings often have half-width commas: offered (and drafted) with full-width ones.
    const pattern = fullWidthPunctuation(r.pattern);
    if (offered.has(pattern)) continue;
    offered.add(pattern);
    out.push({ id: r.id, pattern, level: r.level, role, documentId: r.document_id, source: r.title || r.source || r.name, genre: r.genre });
    if (out.length >= limit) break;
  }
  return out;
}
