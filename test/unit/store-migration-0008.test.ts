// Migration 0008 (imports written in short transactions): seed a version-7 library with two sources,
// their documents and indexed passages; migrate to 8 — each source's decoded text moves to
// library_source_text, raw_text is gone, every source is finished (pending NULL) — and check that
// nothing else changed and the library reads as before.
import { describe, expect, it } from 'vitest';
import { indexPassages, libraryDocuments, search } from '../../main/services/library/library.ts';
import { sourceText } from '../../main/services/library/write.ts';
import { LATEST_VERSION, schemaVersion } from '../../main/services/store/migrations/index.ts';
import type { Store } from '../../main/services/store/store.ts';
import { createDb, insertRows, migrateTo, readTable } from '../helpers/db.ts';

const now = 1_763_900_000_000;

describe('migration 0008 (library pending imports)', () => {
  it('moves each source text to library_source_text, drops raw_text, and leaves every source visible', () => {
    const db = createDb();
    migrateTo(db, 7);
    insertRows(db, 'library_sources', [
      { path: '/tmp/a.txt', name: 'a.txt', format: 'txt', encoding: 'utf-8', bytes: 10, hash: 'f1', raw_text: '原文：关于汛期安全的讲话', report_json: { removed: [] }, imported_at: now },
      { path: '/tmp/b.pdf', name: 'b.pdf', format: 'pdf', encoding: 'pdf', bytes: 20, hash: 'f2', raw_text: '原文二𠀋', report_json: { removed: [] }, imported_at: now },
    ]);
    insertRows(db, 'library_documents', [
      { source_id: 1, seq: 1, title: '在全镇防汛工作会议上的讲话', genre: 'speech', year: 2025, salutation: null, closing: null, outline_json: [], meta_json: {}, cleaned_text: '正文' },
      { source_id: 2, seq: 1, title: '老旧小区改造推进会纪要', genre: 'minutes', year: null, salutation: null, closing: null, outline_json: [], meta_json: {}, cleaned_text: '正文二' },
    ]);
    insertRows(db, 'passages', [
      { document_id: 1, seq: 1, role: '任务', path: '一', heading: null, text: '各村要落实巡堤查险责任。' },
      { document_id: 2, seq: 1, role: '其他', path: '', heading: null, text: '会议议定加装电梯的分摊办法。' },
    ]);
    indexPassages(db);
    const documents = readTable(db, 'library_documents');
    const passages = readTable(db, 'passages');

    migrateTo(db, 8);
    expect(schemaVersion(db)).toBe(8);
    const columns = db.prepare(`SELECT name FROM pragma_table_info('library_sources')`).pluck().all();
    expect(columns).not.toContain('raw_text');
    expect(columns).toContain('pending');
    expect(sourceText(db, 1)).toBe('原文：关于汛期安全的讲话');
    expect(sourceText(db, 2)).toBe('原文二𠀋');
    expect(db.prepare(`SELECT count(*) FROM library_sources WHERE pending IS NOT NULL`).pluck().get()).toBe(0);
    expect(readTable(db, 'library_documents')).toEqual(documents);
    expect(readTable(db, 'passages')).toEqual(passages);
    // Read by today's library code, which needs the migrations after 0008 too (0010: library_headings).
    migrateTo(db, LATEST_VERSION);
    const store = { db, path: ':memory:' } as unknown as Store;
    expect(libraryDocuments(store).map((d) => d.title)).toEqual(['在全镇防汛工作会议上的讲话', '老旧小区改造推进会纪要']);
    expect(search(store, '巡堤查险').hits).toHaveLength(1);
    // The text goes with its source.
    db.prepare(`DELETE FROM library_sources WHERE id = 1`).run();
    expect(db.prepare(`SELECT count(*) FROM library_source_text`).pluck().get()).toBe(1);
  });
});
