// Migration 0009 (e-mail as its own library format): an .eml was stored as format 'mhtml' with
// encoding 'eml' (the only value the CHECK allowed); the table is rebuilt with 'eml' allowed and
// those rows become 'eml'. Seeded at version 8 in memory (nothing else changes, keys and indexes
// hold), and on a real library file written by the version-8 program (test/fixtures/store/
// library-v8-eml.db: `wengao import mail-speech-attached.eml mail-speech-body.eml
// flood-speech-page.mhtml --data-dir …` at main 81bcf8f, schema 8) opened by the store as a user's
// library is on upgrade.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importFiles, indexPassages, libraryDocuments, search } from '../../main/services/library/library.ts';
import { sourceReview } from '../../main/services/library/review.ts';
import { sourceText } from '../../main/services/library/write.ts';
import { LATEST_VERSION, schemaVersion } from '../../main/services/store/migrations/index.ts';
import { Store } from '../../main/services/store/store.ts';
import { createDb, insertRows, migrateTo, readTable, tableNames } from '../helpers/db.ts';

const now = 1_763_900_000_000;
const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const tmp = mkdtempSync(join(tmpdir(), 'wengao-0009-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('migration 0009 (library format eml)', () => {
  it('turns the e-mails stored as mhtml/eml into eml, keeps every other row, and takes eml from then on', () => {
    const db = createDb();
    migrateTo(db, 8);
    insertRows(db, 'library_sources', [
      { path: '/tmp/a.eml', name: 'a.eml', format: 'mhtml', encoding: 'eml', bytes: 10, hash: 'f1', report_json: { removed: [] }, imported_at: now, pending: null },
      { path: '/tmp/b.mhtml', name: 'b.mhtml', format: 'mhtml', encoding: 'gb18030', bytes: 20, hash: 'f2', report_json: { removed: [] }, imported_at: now, pending: null },
      { path: '/tmp/c.txt', name: 'c.txt', format: 'txt', encoding: 'utf-8', bytes: 30, hash: 'f3', report_json: { removed: [] }, imported_at: now, pending: 'p-1' },
    ]);
    insertRows(db, 'library_source_text', [
      { source_id: 1, seq: 1, text: '邮件原文' },
      { source_id: 2, seq: 1, text: '网页原文' },
      { source_id: 3, seq: 1, text: '未写完' },
    ]);
    insertRows(db, 'library_documents', [
      { source_id: 1, seq: 1, title: '在全镇汛前检查会议上的讲话', genre: 'speech', year: 2024, salutation: null, closing: null, outline_json: [], meta_json: {}, cleaned_text: '正文' },
      { source_id: 2, seq: 1, title: '秋收防火工作会议纪要', genre: 'minutes', year: null, salutation: null, closing: null, outline_json: [], meta_json: {}, cleaned_text: '正文二' },
    ]);
    insertRows(db, 'passages', [
      { document_id: 1, seq: 1, role: '任务', path: '一', heading: null, text: '各村要落实巡堤查险责任。' },
      { document_id: 2, seq: 1, role: '其他', path: '', heading: null, text: '会议议定各村完成防火隔离带。' },
    ]);
    indexPassages(db);
    const before = Object.fromEntries(tableNames(db).map((t) => [t, readTable(db, t)]));

    migrateTo(db, 9);
    expect(schemaVersion(db)).toBe(9);
    for (const [t, rows] of Object.entries(before)) {
      if (t === 'library_sources') continue;
      expect(readTable(db, t), t).toEqual(rows);
    }
    expect(readTable(db, 'library_sources')).toEqual(before.library_sources!.map((r) => (r.id === 1 ? { ...r, format: 'eml' } : r)));
    const indexes = db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'library_sources' AND sql IS NOT NULL ORDER BY name`).pluck().all();
    expect(indexes).toEqual(['library_sources_by_hash', 'library_sources_pending']);
    expect(db.prepare(`SELECT rowid FROM passages_fts WHERE passages_fts MATCH '"巡堤查险"'`).pluck().all()).toEqual([1]);

    const add = (format: string) => insertRows(db, 'library_sources', [{ path: `/tmp/x.${format}`, name: `x.${format}`, format, encoding: format, bytes: 1, hash: `h-${format}`, report_json: {}, imported_at: now }]);
    expect(() => add('eml')).not.toThrow();
    expect(() => add('rtf')).toThrow(/CHECK constraint failed/);
    // Foreign keys on again and enforced; deleting a source still takes its text and documents with it.
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(() => insertRows(db, 'library_documents', [{ source_id: 99, seq: 1, title: 'x', genre: 'other', outline_json: [], meta_json: {}, cleaned_text: 'x' }])).toThrow(/FOREIGN KEY/);
    db.prepare(`DELETE FROM library_sources WHERE id = 1`).run();
    expect(db.prepare(`SELECT count(*) FROM library_documents WHERE source_id = 1`).pluck().get()).toBe(0);
    expect(db.prepare(`SELECT count(*) FROM library_source_text WHERE source_id = 1`).pluck().get()).toBe(0);
    expect(db.prepare(`SELECT count(*) FROM passages WHERE document_id = 1`).pluck().get()).toBe(0);
  });

  it('upgrades a real library file written by the version-8 program: its e-mails become eml, all else reads as before', async () => {
    const file = join(tmp, 'wengao.db');
    copyFileSync(join(FIXTURES, 'store', 'library-v8-eml.db'), file);
    const store = new Store(file);
    try {
      expect(schemaVersion(store.db)).toBe(LATEST_VERSION);
      expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(store.db.pragma('foreign_key_check')).toEqual([]);
      const sources = store.db.prepare(`SELECT name, format, encoding FROM library_sources ORDER BY id`).all();
      expect(sources).toEqual([
        { name: 'mail-speech-attached.eml', format: 'eml', encoding: 'eml' },
        { name: 'mail-speech-body.eml', format: 'eml', encoding: 'eml' },
        { name: 'flood-speech-page.mhtml', format: 'mhtml', encoding: 'utf-8' },
      ]);
      // The documents, their text, the search index and the review of each source are as the old program left them.
      expect(libraryDocuments(store).map((d) => d.title)).toEqual(['在全区汛前检查工作会议上的讲话', '汛前检查工作专题会议纪要', expect.any(String), expect.any(String)]);
      expect(sourceText(store.db, 1)).toContain('汛前检查');
      expect(search(store, '汛前检查').hits.length).toBeGreaterThan(0);
      expect(sourceReview(store, 1).removed.length).toBeGreaterThan(0);
      // The same e-mail again is the duplicate it was; another, imported after the upgrade, is stored as eml.
      expect((await importFiles(store, [join(FIXTURES, 'collections', 'mail-speech-body.eml')])).files[0]!.status).toBe('duplicate');
      const forwarded = join(tmp, 'forwarded.eml');
      writeFileSync(forwarded, Buffer.concat([Buffer.from('X-Forwarded-By: office\r\n'), readFileSync(join(FIXTURES, 'collections', 'mail-speech-body.eml'))]));
      const added = (await importFiles(store, [forwarded])).files[0]!;
      if (added.status !== 'imported') throw new Error(JSON.stringify(added));
      expect(store.db.prepare(`SELECT format, encoding FROM library_sources WHERE id = ?`).get(added.sourceId)).toEqual({ format: 'eml', encoding: 'eml' });
    } finally {
      store.close();
    }
    const reopened = new Store(file);
    try {
      expect(schemaVersion(reopened.db)).toBe(LATEST_VERSION);
    } finally {
      reopened.close();
    }
  });
});
