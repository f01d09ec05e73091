// Migration 0006 (the Word round trip): seed a version-5 database, migrate to 6, check the data is
// intact and `settings` and `comments` exist, STRICT, with their checks and the index the margin's
// query uses; then the user's name and comments on a real file (a comment goes with its document
// and loses its version, not itself, when that version is pruned).
import type Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { schemaVersion } from '../../main/services/store/migrations/index.ts';
import { addComments, listComments, resolveComment, setUserName, userName } from '../../main/services/store/review.ts';
import { Store } from '../../main/services/store/store.ts';
import { speechModel } from '../fixtures/docmodels.ts';
import { createDb, explain, insertRows, migrateTo, readTable, tableNames } from '../helpers/db.ts';

const now = 1_800_000_000_000;
const tmp = mkdtempSync(join(tmpdir(), 'wengao-0006-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function seedVersion5(db: Database.Database): void {
  insertRows(db, 'chunks', [{ hash: 'h-head', json: '{}', text: '标题', refs: 1 }]);
  insertRows(db, 'documents', [{ kind: 'speech', title: '在全镇防汛备汛工作部署会上的讲话', campaign_id: null, template: 'text', frame: null, seed: 0, created_at: now, updated_at: now, deleted_at: null }]);
  insertRows(db, 'versions', [{ document_id: 1, number: 1, parent_id: null, kind: 'imported', label: '导入：讲话.docx', head: 'h-head', chunk_list: [], hash: 'v1', chars: 0, created_at: now, saved_at: now }]);
  insertRows(db, 'proof_lexicon', [{ kind: 'allow', wrong: '截止', right: null, severity: '提示', reason: null, enabled: 1, created_at: now }]);
}

const comment = (row: Record<string, unknown>) => ({ document_id: 1, version_id: 1, author: '张主任', date: null, text: '请核实', quote: '两到三成', line: 6, source: 'x.docx', created_at: now, resolved_at: null, ...row });

describe('migration 0006 (settings and comments)', () => {
  it('keeps the version-5 data and adds empty STRICT settings and comments', () => {
    const db = createDb();
    migrateTo(db, 5);
    seedVersion5(db);
    const before = Object.fromEntries(tableNames(db).map((t) => [t, readTable(db, t)]));
    migrateTo(db, 6);
    expect(schemaVersion(db)).toBe(6);
    expect(tableNames(db)).toEqual([...Object.keys(before), 'comments', 'settings'].sort());
    for (const [t, rows] of Object.entries(before)) expect(readTable(db, t), t).toEqual(rows);
    for (const t of ['settings', 'comments']) {
      expect(readTable(db, t)).toEqual([]);
      expect((db.prepare(`PRAGMA table_list(${t})`).all() as { strict: number }[])[0]?.strict, t).toBe(1);
    }
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('checks its columns and finds a document’s open comments by index', () => {
    const db = createDb();
    migrateTo(db, 5);
    seedVersion5(db);
    migrateTo(db, 6);
    insertRows(db, 'comments', [comment({})]);
    expect(() => insertRows(db, 'comments', [comment({ line: -1 })])).toThrow(/CHECK constraint failed/);
    expect(() => insertRows(db, 'comments', [comment({ document_id: 9 })])).toThrow(/FOREIGN KEY constraint failed/);
    expect(() => insertRows(db, 'comments', [comment({ line: '第六段' })])).toThrow(/cannot store TEXT value in INTEGER column/);
    expect(() => insertRows(db, 'settings', [{ key: 'user.name', value: null }])).toThrow(/NOT NULL/);
    const plan = explain(db, `SELECT * FROM comments WHERE document_id = ? AND resolved_at IS NULL`, 1);
    expect(plan.map((p) => p.detail).join('\n')).toMatch(/USING INDEX comments_by_document/);
  });
});

describe('the user’s name and comments on a database file', () => {
  it('sets the name once and keeps it; refuses an empty or overlong one', () => {
    const store = new Store(join(tmp, 'name.db'));
    try {
      expect(userName(store)).toBeUndefined();
      expect(setUserName(store, '  李秘书 ')).toBe('李秘书');
      expect(setUserName(store, '李晓梅')).toBe('李晓梅');
      expect(userName(store)).toBe('李晓梅');
      expect(() => setUserName(store, ' ')).toThrow('姓名不能为空');
      expect(() => setUserName(store, '名'.repeat(41))).toThrow('姓名太长（最多 40 个字）');
      expect(userName(store)).toBe('李晓梅');
    } finally {
      store.close();
    }
  });

  it('lists open comments with their version, resolves them, and drops them with their document', () => {
    const store = new Store(join(tmp, 'comments.db'));
    try {
      const { documentId } = store.createDocument(speechModel(), 'generated');
      addComments(store, documentId, 1, '主任改.docx', [
        { author: '张主任', date: '2027-05-02T09:20:00Z', text: '请核实', quote: '四成以上', line: 9 },
        { author: '王书记', text: '要留影像资料', quote: '', line: 0 },
      ], now);
      const [a, b] = listComments(store, documentId);
      expect(a).toMatchObject({ author: '张主任', version: 1, date: '2027-05-02T09:20:00Z', quote: '四成以上', line: 9, source: '主任改.docx', resolvedAt: null });
      expect(b).not.toHaveProperty('date');
      resolveComment(store, a!.id, true, now + 1);
      expect(listComments(store, documentId).map((c) => c.author)).toEqual(['王书记']);
      expect(listComments(store, documentId, { includeResolved: true })[0]!.resolvedAt).toBe(now + 1);
      resolveComment(store, a!.id, false, now + 2);
      expect(listComments(store, documentId)).toHaveLength(2);
      expect(() => resolveComment(store, 99, true, now)).toThrow('没有编号为 99 的批注');
      expect(() => listComments(store, 99)).toThrow('没有编号为 99 的文稿');
      store.db.prepare(`DELETE FROM documents WHERE id = ?`).run(documentId);
      expect(store.db.prepare(`SELECT count(*) FROM comments`).pluck().get()).toBe(0);
    } finally {
      store.close();
    }
  });
});
