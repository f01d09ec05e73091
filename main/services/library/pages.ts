// The pages of one article saved as files of their own: a 范文 site pages a long speech 「第1页 1 2 3
// 下一页」, and she saves each page — 「…讲话.html」, 「…讲话_2.html」, 「…讲话_3.html」 (s19 outside test,
// c06: three documents of one title, a third of the speech each). Once the import has written them, page
// N goes into the file of pages 1 to N-1: its text appended (the reader's debris and headings with it),
// the title it repeats at its head removed as 〔分页重复的标题〕 (reported, undoable like any removal), the
// whole analysed again (review.ts reanalyse) — one document, its parts in page order — and the page's own
// file dropped. A file is taken as a page only when its name says so (the first page's name with its
// number before the extension: 「_N」「-N」「(N)」「第N页」「_pN」, core/page-name.ts), the pages before it
// are in the library, and it repeats the article's title on a line of its own; else it stays a file of its own, as before. The app imports the files one by one:
// page 2 finds page 1 imported.
import { basename } from 'node:path';
import type { ImportReport } from '../../../core/outline/index.ts';
import { pageName } from '../../../core/page-name.ts';
import type { Store } from '../store/store.ts';
import { immediate } from '../store/transaction.ts';
import type { FileResult } from './files.ts';
import type { JoinedPage } from './file-outcomes.ts';
import { choices, reanalyse } from './review.ts';
import { prepared } from './statements.ts';
import { sourceText, writeSourceText } from './write.ts';

/** The reason a page's repeat of the title is removed with. */
export const PAGE_TITLE = '分页重复的标题';

type Imported = Extract<FileResult, { status: 'imported' }>;

interface Source {
  id: number;
  name: string;
  path: string;
  hash: string;
  bytes: number;
  report_json: string;
}

/** Each imported file that is a page of an article whose pages before it are in the library, joined to them (in `results`). */
export function joinPages(store: Store, results: FileResult[]): void {
  results.forEach((r, i) => {
    if (r.status !== 'imported' || r.version || !pageName(basename(r.file))) return;
    let joined: FileResult | undefined;
    try {
      joined = immediate(store.db, () => joinPage(store, r))();
    } catch {
      // Not joined (the database refused): the page stays a file of its own, as imported.
      return;
    }
    if (!joined) return;
    results[i] = joined;
    // The first page's result names the documents as they are now.
    if (joined.status !== 'imported') return;
    const first = results.findIndex((o) => o.status === 'imported' && o.sourceId === joined.sourceId && !o.page);
    if (first >= 0) {
      const ids = new Set(joined.page!.documentIds);
      const docs = prepared(store.db, `SELECT id, title, genre, year FROM library_documents WHERE source_id = ? ORDER BY seq`).all(joined.sourceId) as { id: number; title: string; genre: Imported['documents'][number]['genre']; year: number | null }[];
      const o = results[first] as Imported;
      results[first] = { ...o, documents: docs.filter((d) => ids.has(d.id)).map((d) => ({ ...d, passages: count(store, 'passages', d.id), patterns: count(store, 'patterns', d.id) })), report: joined.report };
    }
  });
  settle(store, results);
}

/** The documents a file's pages are joined in now: a later page's join writes them anew. */
function settle(store: Store, results: FileResult[]): void {
  for (const r of results) {
    if (r.status !== 'imported' || !r.page) continue;
    r.page.documentIds = prepared(store.db, `SELECT id FROM library_documents WHERE source_id = ? ORDER BY seq`).pluck().all(r.page.sourceId) as number[];
  }
}

const count = (store: Store, table: 'passages' | 'patterns', id: number) => prepared(store.db, `SELECT count(*) FROM ${table} WHERE document_id = ?`).pluck().get(id) as number;

function joinPage(store: Store, r: Imported): FileResult | undefined {
  const db = store.db;
  const { page, first } = pageName(basename(r.file))!;
  const source = prepared(db, `SELECT id, name, path, hash, bytes, report_json FROM library_sources WHERE name IN (?, ?) AND pending IS NULL AND id <> ? ORDER BY id DESC LIMIT 1`).get(first[0], first[1] ?? first[0], r.sourceId) as
    | Source
    | undefined;
  const own = prepared(db, `SELECT id, name, path, hash, bytes, report_json FROM library_sources WHERE id = ?`).get(r.sourceId) as Source | undefined;
  if (!source || !own) return undefined;
  const title = prepared(db, `SELECT title FROM library_documents WHERE source_id = ? ORDER BY seq LIMIT 1`).pluck().get(source.id) as string | undefined;
  const was = JSON.parse(source.report_json) as ImportReport;
  const pages = was.pages ?? [{ name: source.name, hash: source.hash, line: 1 }];
  const drop = () => prepared(db, `DELETE FROM library_sources WHERE id = ?`).run(own.id);
  // This very page joined already: as a file imported twice.
  if (pages.some((p) => p.hash === own.hash)) {
    drop();
    const ids = prepared(db, `SELECT id FROM library_documents WHERE source_id = ? ORDER BY seq`).pluck().all(source.id) as number[];
    return { file: r.file, status: 'duplicate', documentIds: ids, binned: [] };
  }
  const pageText = sourceText(db, own.id);
  const repeats = title ? pageText.split(/\r\n|\n|\r/).flatMap((l, k) => (l.trim() === title ? [k + 1] : [])) : [];
  if (!title || pages.length !== page - 1 || repeats.length === 0) return undefined;

  const before = sourceText(db, source.id);
  const head = /[\r\n]$/.test(before) || before === '' ? before : `${before}\n`;
  const offset = head.split(/\r\n|\n|\r/).length - 1;
  const text = head + pageText;
  const mine = JSON.parse(own.report_json) as ImportReport;
  const shift = <T extends { line: number }>(list: readonly T[] | undefined) => (list ?? []).map((x) => ({ ...x, line: x.line + offset }));
  const report: ImportReport = {
    ...was,
    debris: [...(was.debris ?? []), ...shift(mine.debris), ...repeats.map((k) => ({ line: k + offset, reason: PAGE_TITLE }))].sort((a, b) => a.line - b.line),
    pages: [...pages, { name: own.name, hash: own.hash, line: offset + 1 }],
  };
  const headings = [...(was.headings ?? []), ...shift(mine.headings)];
  if (headings.length) report.headings = headings;
  const notices = [...new Set([...(was.notices ?? []), ...(mine.notices ?? [])])];
  if (notices.length) report.notices = notices;
  drop();
  prepared(db, `DELETE FROM library_source_text WHERE source_id = ?`).run(source.id);
  writeSourceText(db, source.id, text, () => undefined);
  prepared(db, `UPDATE library_sources SET bytes = ?, report_json = ? WHERE id = ?`).run(source.bytes + own.bytes, JSON.stringify(report), source.id);
  const row = { id: source.id, name: source.name, path: source.path, imported_at: 0, raw_text: text, report_json: JSON.stringify(report) };
  const { written, next } = reanalyse(store, row, choices(report), was.restored);
  const joined: JoinedPage = { page, title, sourceId: source.id, documentIds: written.map((d) => d.id) };
  return { file: r.file, status: 'imported', sourceId: source.id, encoding: r.encoding, documents: [], report: next, page: joined };
}
