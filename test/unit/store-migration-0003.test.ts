// Migration 0003 (recycle bin): seed a version-2 database, migrate to 3, check the data is intact
// and documents.deleted_at exists (NULL for every existing document, STRICT INTEGER); then the
// store's deleteDocument / undeleteDocument and listDocuments({ includeDeleted }).
import type Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { docFromText } from '../../core/doc/from-text.ts';
import { schemaVersion } from '../../main/services/store/migrations/index.ts';
import { StoreError } from '../../main/services/store/errors.ts';
import { Store } from '../../main/services/store/store.ts';
import { createDb, insertRows, migrateTo, readTable, tableNames } from '../helpers/db.ts';

const now = 1_763_900_000_000;
const tmp = mkdtempSync(join(tmpdir(), 'wengao-0003-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function seedVersion2(db: Database.Database): void {
  insertRows(db, 'campaigns', [{ name: '安全生产', kind: 'speech', created_at: now }]);
  insertRows(db, 'campaign_versions', [{ campaign_id: 1, number: 1, input_json: { kind: 'speech' }, hash: 'c1', created_at: now }]);
  insertRows(db, 'chunks', [
    { hash: 'h-head', json: '{}', text: '标题', refs: 1 },
    { hash: 'h-a', json: '{"p":1}', text: '第一段', refs: 1 },
  ]);
  insertRows(db, 'documents', [
    { kind: 'speech', title: '在全县安全生产工作会议上的讲话', campaign_id: 1, template: 'speech-deploy', frame: null, seed: 7, created_at: now, updated_at: now },
  ]);
  insertRows(db, 'versions', [
    { document_id: 1, number: 1, parent_id: null, kind: 'generated', label: null, head: 'h-head', chunk_list: ['h-a'], hash: 'v1', chars: 3, created_at: now, saved_at: now },
  ]);
  insertRows(db, 'library_sources', [
    { path: '/tmp/a.txt', name: 'a.txt', format: 'txt', encoding: 'utf-8', bytes: 10, hash: 'f1', raw_text: '原文', report_json: { removed: [] }, imported_at: now },
  ]);
}

describe('migration 0003 (recycle bin)', () => {
  it('keeps the version-2 data and adds documents.deleted_at, NULL for existing documents', () => {
    const db = createDb();
    migrateTo(db, 2);
    seedVersion2(db);
    const before = Object.fromEntries(tableNames(db).map((t) => [t, readTable(db, t)]));
    migrateTo(db, 3);
    expect(schemaVersion(db)).toBe(3);
    expect(tableNames(db)).toEqual(Object.keys(before).sort());
    for (const [t, rows] of Object.entries(before)) {
      const expected = t === 'documents' ? rows.map((r) => ({ ...r, deleted_at: null })) : rows;
      expect(readTable(db, t), t).toEqual(expected);
    }
    const columns = db.prepare(`PRAGMA table_info(documents)`).all() as { name: string; type: string; notnull: number }[];
    expect(columns.find((c) => c.name === 'deleted_at')).toMatchObject({ type: 'INTEGER', notnull: 0 });
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('the column is STRICT INTEGER and works: set, cleared, filtered', () => {
    const db = createDb();
    migrateTo(db, 2);
    seedVersion2(db);
    migrateTo(db, 3);
    expect(() => db.prepare(`UPDATE documents SET deleted_at = '昨天' WHERE id = 1`).run()).toThrow(/cannot store TEXT value in INTEGER column documents\.deleted_at/);
    db.prepare(`UPDATE documents SET deleted_at = ? WHERE id = 1`).run(now + 5);
    expect(db.prepare(`SELECT count(*) FROM documents WHERE deleted_at IS NULL`).pluck().get()).toBe(0);
    db.prepare(`UPDATE documents SET deleted_at = NULL WHERE id = 1`).run();
    expect(db.prepare(`SELECT count(*) FROM documents WHERE deleted_at IS NULL`).pluck().get()).toBe(1);
  });
});

describe('Store recycle bin', () => {
  it('deleteDocument hides a document from the list, keeps its versions, undeleteDocument brings it back', () => {
    let t = now;
    const store = new Store(join(tmp, 'bin.db'), { now: () => t });
    try {
      const a = store.createDocument(docFromText('关于甲的讲话\n\n一、第一部分\n正文一。'), 'generated').documentId;
      t += 1000;
      const b = store.createDocument(docFromText('关于乙的讲话\n\n一、第一部分\n正文二。'), 'generated').documentId;
      expect(store.listDocuments().map((d) => d.id)).toEqual([b, a]);
      expect(store.document(a).deletedAt).toBeNull();

      t += 1000;
      store.deleteDocument(a);
      expect(store.listDocuments().map((d) => d.id)).toEqual([b]);
      const all = store.listDocuments({ includeDeleted: true });
      expect(all.map((d) => [d.id, d.deletedAt])).toEqual([
        [b, null],
        [a, t],
      ]);
      // Nothing of it is gone: its versions still open.
      expect(store.versionText(a, 1)).toContain('正文一');
      // Deleting again keeps the first deletion time.
      t += 1000;
      store.deleteDocument(a);
      expect(store.document(a).deletedAt).toBe(t - 1000);

      store.undeleteDocument(a);
      expect(store.document(a).deletedAt).toBeNull();
      expect(store.listDocuments().map((d) => d.id).sort()).toEqual([a, b].sort());

      expect(() => store.deleteDocument(999)).toThrow(StoreError);
      expect(() => store.undeleteDocument(999)).toThrow(/没有编号为 999 的文稿/);
    } finally {
      store.close();
    }
  });
});
