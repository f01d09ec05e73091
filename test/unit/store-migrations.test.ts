// One test per migration (Signal's migration_NNNN tests): seed at N−1, migrate to N, check the
// schema and its constraints (0002, the 范文库, is in store-migration-0002.test.ts). Plus the runner:
// the list, idempotence, and refusing the future.
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../main/services/store/open.ts';
import { StoreError } from '../../main/services/store/errors.ts';
import { APPLICATION_ID, LATEST_VERSION, MIGRATIONS, migrate, schemaVersion } from '../../main/services/store/migrations/index.ts';
import { createDb, explain, fileState, insertRows, migrateTo, readTable, tableNames } from '../helpers/db.ts';

const tmp = mkdtempSync(join(tmpdir(), 'wengao-migrations-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const now = 1_763_900_000_000;

/** A minimal valid document with one version, for the constraint tests. */
function seedDocument(db: Database.Database): { documentId: number; versionId: number } {
  insertRows(db, 'chunks', [{ hash: 'h-head', json: '{}', text: '标题', refs: 1 }]);
  const documentId = insertRows(db, 'documents', [
    { kind: 'speech', title: '标题', campaign_id: null, template: 'speech-deploy', frame: null, seed: 1, created_at: now, updated_at: now },
  ]);
  const versionId = insertRows(db, 'versions', [
    { document_id: documentId, number: 1, parent_id: null, kind: 'generated', label: null, head: 'h-head', chunk_list: [], hash: 'x', chars: 0, created_at: now, saved_at: now },
  ]);
  return { documentId, versionId };
}

describe('migration list', () => {
  it('is numbered 1, 2, 3 … with no gap (snapshot)', () => {
    expect({ count: MIGRATIONS.length, versions: MIGRATIONS.map((m) => m.version), latest: LATEST_VERSION }).toMatchInlineSnapshot(`
      {
        "count": 16,
        "latest": 16,
        "versions": [
          1,
          2,
          3,
          4,
          5,
          6,
          7,
          8,
          9,
          10,
          11,
          12,
          13,
          14,
          15,
          16,
        ],
      }
    `);
  });
});

describe('migration 0001 (initial schema)', () => {
  function at0001(): Database.Database {
    const db = createDb();
    // N−1 = 0: an empty database, as a new file is.
    expect(schemaVersion(db)).toBe(0);
    expect(tableNames(db)).toEqual([]);
    migrateTo(db, 1);
    return db;
  }

  it('creates the five tables, all STRICT, and marks the file as Wengao version 1', () => {
    const db = at0001();
    expect(tableNames(db)).toEqual(['campaign_versions', 'campaigns', 'chunks', 'documents', 'versions']);
    const list = db.prepare(`PRAGMA table_list`).all() as { name: string; strict: number; wr: number }[];
    for (const name of tableNames(db)) expect(list.find((t) => t.name === name)?.strict, name).toBe(1);
    // A rowid table: chunks (~1 KB rows) are too large for WITHOUT ROWID, which wastes half its pages.
    expect(list.find((t) => t.name === 'chunks')?.wr).toBe(0);
    expect(schemaVersion(db)).toBe(1);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    for (const name of tableNames(db)) expect(readTable(db, name)).toEqual([]);
  });

  it('stores and reads back a document and its version (JSON columns included)', () => {
    const db = at0001();
    const { documentId } = seedDocument(db);
    expect(readTable(db, 'versions')).toEqual([
      expect.objectContaining({ document_id: documentId, number: 1, kind: 'generated', head: 'h-head', chunk_list: [] }),
    ]);
  });

  it('STRICT: a value of the wrong type is refused', () => {
    const db = at0001();
    const doc = { kind: 'speech', title: 't', template: 'x', seed: 1, created_at: now, updated_at: now };
    expect(() => insertRows(db, 'documents', [{ ...doc, seed: '一' }])).toThrow(/cannot store TEXT value in INTEGER column documents\.seed/);
    expect(() => insertRows(db, 'documents', [{ ...doc, created_at: 1.5 }])).toThrow(/cannot store REAL value in INTEGER column/);
    expect(() => insertRows(db, 'chunks', [{ hash: 'a', json: Buffer.from('{}'), text: '' }])).toThrow(/cannot store BLOB value in TEXT column chunks\.json/);
    expect(readTable(db, 'documents')).toEqual([]);
  });

  it('CHECK: an unknown version kind, document kind or campaign kind is refused', () => {
    const db = at0001();
    const { documentId } = seedDocument(db);
    const version = { document_id: documentId, number: 2, kind: 'draft', head: 'h-head', chunk_list: [], hash: 'y', chars: 0, created_at: now, saved_at: now };
    expect(() => insertRows(db, 'versions', [version])).toThrow(/CHECK constraint failed/);
    for (const kind of ['generated', 'saved', 'autosave', 'restored', 'imported']) {
      expect(() => insertRows(db, 'versions', [{ ...version, kind, number: version.number++ }]), kind).not.toThrow();
    }
    expect(() => insertRows(db, 'documents', [{ kind: 'letter', title: 't', template: 'x', seed: 1, created_at: now, updated_at: now }])).toThrow(
      /CHECK constraint failed/,
    );
    expect(() => insertRows(db, 'campaigns', [{ name: 'n', kind: 'record', created_at: now }])).toThrow(/CHECK constraint failed/);
  });

  it('UNIQUE: a document cannot have two versions with the same number', () => {
    const db = at0001();
    const { documentId } = seedDocument(db);
    const again = { document_id: documentId, number: 1, kind: 'saved', head: 'h-head', chunk_list: [], hash: 'z', chars: 0, created_at: now, saved_at: now };
    expect(() => insertRows(db, 'versions', [again])).toThrow(/UNIQUE constraint failed: versions\.document_id, versions\.number/);
  });

  it('foreign keys: no version of a missing document or chunk; cascades and SET NULL as declared', () => {
    const db = at0001();
    const { documentId, versionId } = seedDocument(db);
    const v = { number: 2, kind: 'saved', chunk_list: [], hash: 'y', chars: 0, created_at: now, saved_at: now };
    expect(() => insertRows(db, 'versions', [{ ...v, document_id: 999, head: 'h-head' }])).toThrow(/FOREIGN KEY constraint failed/);
    expect(() => insertRows(db, 'versions', [{ ...v, document_id: documentId, head: 'no-such-chunk' }])).toThrow(/FOREIGN KEY constraint failed/);
    expect(() => insertRows(db, 'versions', [{ ...v, document_id: documentId, head: 'h-head', parent_id: 999 }])).toThrow(/FOREIGN KEY constraint failed/);
    // A chunk a version still names cannot be deleted.
    expect(() => db.prepare(`DELETE FROM chunks WHERE hash = 'h-head'`).run()).toThrow(/FOREIGN KEY constraint failed/);

    // A child version loses its parent link (SET NULL) when the parent goes.
    const child = insertRows(db, 'versions', [{ ...v, document_id: documentId, head: 'h-head', parent_id: versionId }]);
    db.prepare(`DELETE FROM versions WHERE id = ?`).run(versionId);
    expect(db.prepare(`SELECT parent_id FROM versions WHERE id = ?`).pluck().get(child)).toBeNull();

    // Deleting a campaign keeps its documents (SET NULL); its versions go with it (CASCADE).
    const campaignId = insertRows(db, 'campaigns', [{ name: '材料', kind: 'speech', created_at: now }]);
    insertRows(db, 'campaign_versions', [{ campaign_id: campaignId, number: 1, input_json: { kind: 'speech' }, hash: 'c', created_at: now }]);
    db.prepare(`UPDATE documents SET campaign_id = ? WHERE id = ?`).run(campaignId, documentId);
    db.prepare(`DELETE FROM campaigns WHERE id = ?`).run(campaignId);
    expect(readTable(db, 'campaign_versions')).toEqual([]);
    expect(readTable(db, 'documents')).toEqual([expect.objectContaining({ id: documentId, campaign_id: null })]);

    // Deleting a document deletes its versions (CASCADE).
    db.prepare(`DELETE FROM documents WHERE id = ?`).run(documentId);
    expect(readTable(db, 'versions')).toEqual([]);
  });

  it("looks up a document's versions through the UNIQUE (document_id, number) index, not a scan", () => {
    const db = at0001();
    const unique = (db.prepare(`PRAGMA index_list(versions)`).all() as { name: string; unique: number; origin: string }[]).find((i) => i.origin === 'u');
    expect(unique?.unique).toBe(1);
    const columns = (db.prepare(`PRAGMA index_info("${unique!.name}")`).all() as { name: string }[]).map((c) => c.name);
    expect(columns).toEqual(['document_id', 'number']);
    // The store's history, one version, latest version and next-number queries.
    const queries = [
      `SELECT v.*, p.number AS parent_number FROM versions v LEFT JOIN versions p ON p.id = v.parent_id WHERE v.document_id = ? ORDER BY v.number`,
      `SELECT v.*, p.number AS parent_number FROM versions v LEFT JOIN versions p ON p.id = v.parent_id WHERE v.document_id = ? AND v.number = ?`,
      `SELECT v.*, p.number AS parent_number FROM versions v LEFT JOIN versions p ON p.id = v.parent_id WHERE v.document_id = ? ORDER BY v.number DESC LIMIT 1`,
      `SELECT max(number) FROM versions WHERE document_id = ?`,
    ];
    for (const sql of queries) {
      const plan = explain(db, sql, ...(sql.includes('v.number = ?') ? [1, 1] : [1])).map((r) => r.detail);
      expect(plan.join('\n'), sql).toMatch(new RegExp(`SEARCH v(ersions)? USING (COVERING )?INDEX ${unique!.name} \\(document_id=\\?`));
      expect(plan.some((d) => /^SCAN (v|versions)\b/.test(d)), plan.join('\n')).toBe(false);
      expect(plan.some((d) => /TEMP B-TREE/.test(d)), plan.join('\n')).toBe(false);
    }
  });
});

describe('migration runner', () => {
  it('migrating twice is a no-op: same schema, same data, same user_version', () => {
    const db = createDb();
    migrate(db);
    seedDocument(db);
    const schema = db.prepare(`SELECT type, name, sql FROM sqlite_master ORDER BY name`).all();
    const data = tableNames(db).map((t) => readTable(db, t));
    const changes = db.prepare(`SELECT total_changes()`).pluck().get();
    migrate(db);
    migrateTo(db, LATEST_VERSION);
    expect(db.prepare(`SELECT type, name, sql FROM sqlite_master ORDER BY name`).all()).toEqual(schema);
    expect(tableNames(db).map((t) => readTable(db, t))).toEqual(data);
    expect(db.prepare(`SELECT total_changes()`).pluck().get()).toBe(changes);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
  });

  it('refuses a user_version from the future, in Chinese, changing nothing (in memory)', () => {
    const db = createDb();
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    expect(() => migrate(db)).toThrow(StoreError);
    expect(() => migrate(db)).toThrow(`数据库来自更新版本的文稿台（数据版本 ${LATEST_VERSION + 1}），本程序只支持到版本 ${LATEST_VERSION}。请升级文稿台后再打开`);
    expect(tableNames(db)).toEqual([]);
    expect(schemaVersion(db)).toBe(LATEST_VERSION + 1);
  });

  it('refuses a database file from the future and leaves its bytes as they were, no -wal appearing', () => {
    const path = join(tmp, 'future.db');
    // A file a newer Wengao wrote: our schema, WAL mode, application id, user_version LATEST+1.
    const future = new Database(path);
    future.pragma('journal_mode = WAL');
    migrate(future);
    future.pragma(`user_version = ${LATEST_VERSION + 1}`);
    future.close();
    const before = fileState(path);
    expect(before.wal).toBe('absent');

    let err: unknown;
    try {
      openDatabase(path).close();
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(StoreError);
    const message = (err as Error).message;
    expect(message).toContain('数据库来自更新版本的文稿台');
    expect(message).toContain(`数据版本 ${LATEST_VERSION + 1}`);
    expect(message).toContain('请升级文稿台');
    expect(message).toContain('文件未作任何改动');
    expect(fileState(path)).toEqual(before);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });
});
