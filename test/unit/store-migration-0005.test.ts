// Migration 0005 (library formats): seed a version-4 database with a source, its documents, passages
// (indexed) and a pattern; migrate to 5 — the table is rebuilt with foreign keys off — and check
// nothing was lost or cascaded away, the index still finds the passage, the new formats are taken,
// an unknown one is still refused, and foreign keys are on again and enforced afterwards.
import { describe, expect, it } from 'vitest';
import { indexPassages } from '../../main/services/library/library.ts';
import { schemaVersion } from '../../main/services/store/migrations/index.ts';
import { createDb, insertRows, migrateTo, readTable, tableNames } from '../helpers/db.ts';

const now = 1_763_900_000_000;

describe('migration 0005 (library formats)', () => {
  it('keeps every row of a version-4 library, and takes pdf, doc, wps, html and mhtml', () => {
    const db = createDb();
    migrateTo(db, 4);
    insertRows(db, 'library_sources', [
      { path: '/tmp/a.txt', name: 'a.txt', format: 'txt', encoding: 'utf-8', bytes: 10, hash: 'f1', raw_text: '原文', report_json: { removed: [] }, imported_at: now },
      { path: '/tmp/b.docx', name: 'b.docx', format: 'docx', encoding: 'docx', bytes: 20, hash: 'f2', raw_text: '原文二', report_json: { removed: [] }, imported_at: now },
    ]);
    insertRows(db, 'library_documents', [
      { source_id: 1, seq: 1, title: '在全县防汛工作会议上的讲话', genre: 'speech', year: 2024, salutation: '同志们：', closing: null, outline_json: [], meta_json: {}, cleaned_text: '正文' },
      { source_id: 2, seq: 1, title: '防汛工作会议记录', genre: 'minutes', year: null, salutation: null, closing: null, outline_json: [], meta_json: {}, cleaned_text: '正文二' },
    ]);
    insertRows(db, 'passages', [
      { document_id: 1, seq: 1, role: '任务', path: '一', heading: '压实防汛责任', text: '各乡镇要落实防汛责任，确保安全度汛。' },
      { document_id: 2, seq: 1, role: '其他', path: '', heading: null, text: '会议议定各村完成隐患排查。' },
    ]);
    indexPassages(db);
    insertRows(db, 'patterns', [{ pattern: '压实X责任', level: 1, source: '在全县防汛工作会议上的讲话', document_id: 1 }]);
    const before = Object.fromEntries(tableNames(db).map((t) => [t, readTable(db, t)]));

    migrateTo(db, 5);
    expect(schemaVersion(db)).toBe(5);
    for (const [t, rows] of Object.entries(before)) expect(readTable(db, t), t).toEqual(rows);
    expect(db.prepare(`SELECT rowid FROM passages_fts WHERE passages_fts MATCH '"防汛责任"'`).pluck().all()).toEqual([1]);
    const index = db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'library_sources' AND sql IS NOT NULL`).pluck().all();
    expect(index).toEqual(['library_sources_by_hash']);

    const add = (format: string) => insertRows(db, 'library_sources', [{ path: `/tmp/x.${format}`, name: `x.${format}`, format, encoding: format, bytes: 1, hash: `h-${format}`, raw_text: 'x', report_json: {}, imported_at: now }]);
    for (const format of ['pdf', 'doc', 'wps', 'html', 'mhtml']) expect(() => add(format)).not.toThrow();
    expect(() => add('rtf')).toThrow(/CHECK constraint failed/);

    // Foreign keys are on again: a document of a missing source is refused; deleting a source cascades.
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(() => insertRows(db, 'library_documents', [{ source_id: 99, seq: 1, title: 'x', genre: 'other', outline_json: [], meta_json: {}, cleaned_text: 'x' }])).toThrow(/FOREIGN KEY/);
    db.prepare(`DELETE FROM library_sources WHERE id = 1`).run();
    expect(db.prepare(`SELECT count(*) FROM passages WHERE document_id = 1`).pluck().get()).toBe(0);
    expect(db.prepare(`SELECT count(*) FROM library_documents`).pluck().get()).toBe(1);
  });
});
