// Migration 0011 (the 范文库's 回收站): library_documents.removed_at (NULL: live) and
// library_sources.purged_json ('[]'). Seeded at version 10 in memory: every row and the search index
// are kept, every document is live, and a document marked removed is left out of search.
import { describe, expect, it } from 'vitest';
import { indexPassages, search } from '../../main/services/library/library.ts';
import { LATEST_VERSION, schemaVersion } from '../../main/services/store/migrations/index.ts';
import type { Store } from '../../main/services/store/store.ts';
import { createDb, insertRows, migrateTo, readTable, tableNames } from '../helpers/db.ts';

const now = 1_763_900_000_000;

describe('migration 0011 (library recycle bin)', () => {
  it('keeps every row, makes every document live, and search leaves a removed one out', () => {
    const db = createDb();
    migrateTo(db, 10);
    insertRows(db, 'library_sources', [{ path: '/tmp/a.txt', name: 'a.txt', format: 'txt', encoding: 'utf-8', bytes: 10, hash: 'f1', report_json: { removed: [] }, imported_at: now, pending: null }]);
    insertRows(db, 'library_source_text', [{ source_id: 1, seq: 1, text: '原文' }]);
    insertRows(db, 'library_documents', [
      { source_id: 1, seq: 1, title: '在柘溪乡护堤工作会议上的讲话', genre: 'speech', year: 2025, salutation: null, closing: null, outline_json: [], meta_json: {}, cleaned_text: '正文' },
      { source_id: 1, seq: 2, title: '柘溪乡护堤工作会议纪要', genre: 'minutes', year: null, salutation: null, closing: null, outline_json: [], meta_json: {}, cleaned_text: '正文二' },
    ]);
    insertRows(db, 'passages', [
      { document_id: 1, seq: 1, role: '任务', path: '一', heading: null, text: '各村要落实护堤巡查责任。' },
      { document_id: 2, seq: 1, role: '其他', path: '', heading: null, text: '会议议定各村落实护堤巡查人员。' },
    ]);
    indexPassages(db);
    const before = Object.fromEntries(tableNames(db).map((t) => [t, readTable(db, t)]));

    migrateTo(db, 11);
    expect(schemaVersion(db)).toBe(11);
    expect(readTable(db, 'library_documents')).toEqual(before.library_documents!.map((r) => ({ ...r, removed_at: null })));
    expect(readTable(db, 'library_sources')).toEqual(before.library_sources!.map((r) => ({ ...r, purged_json: [] })));
    for (const t of ['passages', 'library_source_text', 'patterns']) expect(readTable(db, t), t).toEqual(before[t]);

    // Today's search reads the columns of every later migration (0013's body_key).
    migrateTo(db, LATEST_VERSION);
    const store = { db, path: ':memory:' } as unknown as Store;
    expect(search(store, '护堤巡查').hits.map((h) => h.documentId)).toEqual([1, 2]);
    db.prepare(`UPDATE library_documents SET removed_at = ? WHERE id = 1`).run(now);
    expect(search(store, '护堤巡查').hits.map((h) => h.documentId)).toEqual([2]);
    expect(search(store, '护堤').hits.map((h) => h.documentId)).toEqual([2]);
  });
});
