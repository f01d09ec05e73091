// Migration 0002 (范文库): seed a version-1 database with a document and its versions, migrate to 2,
// and check that the data is intact, the new tables are STRICT and constrained, and the trigram
// index takes new passages (indexed in bulk by the writer), follows deletes (cascade) and updates,
// and finds 3-character and shorter strings.
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { indexPassages } from '../../main/services/library/library.ts';
import { schemaVersion } from '../../main/services/store/migrations/index.ts';
import { createDb, insertRows, migrateTo, readTable, tableNames } from '../helpers/db.ts';

const now = 1_763_900_000_000;

function seedVersion1(db: Database.Database): void {
  insertRows(db, 'campaigns', [{ name: '安全生产', kind: 'speech', created_at: now }]);
  insertRows(db, 'campaign_versions', [{ campaign_id: 1, number: 1, input_json: { kind: 'speech' }, hash: 'c1', created_at: now }]);
  insertRows(db, 'chunks', [
    { hash: 'h-head', json: '{}', text: '标题', refs: 2 },
    { hash: 'h-a', json: '{"p":1}', text: '第一段', refs: 2 },
  ]);
  insertRows(db, 'documents', [
    { kind: 'speech', title: '在全县安全生产工作会议上的讲话', campaign_id: 1, template: 'speech-deploy', frame: null, seed: 7, created_at: now, updated_at: now },
  ]);
  insertRows(db, 'versions', [
    { document_id: 1, number: 1, parent_id: null, kind: 'generated', label: null, head: 'h-head', chunk_list: ['h-a'], hash: 'v1', chars: 3, created_at: now, saved_at: now },
    { document_id: 1, number: 2, parent_id: 1, kind: 'saved', label: '定稿', head: 'h-head', chunk_list: ['h-a'], hash: 'v2', chars: 3, created_at: now + 1, saved_at: now + 1 },
  ]);
}

function addPassages(db: Database.Database, texts: string[]): void {
  insertRows(db, 'library_sources', [
    { path: '/tmp/a.txt', name: 'a.txt', format: 'txt', encoding: 'utf-8', bytes: 10, hash: 'f1', raw_text: '原文', report_json: { removed: [] }, imported_at: now },
  ]);
  insertRows(db, 'library_documents', [
    { source_id: 1, seq: 1, title: '讲话', genre: 'speech', year: 2025, salutation: '同志们：', closing: null, outline_json: [], meta_json: {}, cleaned_text: texts.join('\n') },
  ]);
  insertRows(
    db,
    'passages',
    texts.map((text, i) => ({ document_id: 1, seq: i + 1, role: '任务', path: '一', heading: '提高认识', text })),
  );
  // No insert trigger: the writer indexes new passages in bulk, in the same transaction.
  indexPassages(db);
}

const match = (db: Database.Database, q: string) =>
  db.prepare(`SELECT rowid FROM passages_fts WHERE passages_fts MATCH ? ORDER BY rowid`).pluck().all(`"${q}"`) as number[];

describe('migration 0002 (范文库)', () => {
  it('keeps the version-1 data and adds the library tables, all STRICT', () => {
    const db = createDb();
    migrateTo(db, 1);
    seedVersion1(db);
    const before = Object.fromEntries(tableNames(db).map((t) => [t, readTable(db, t)]));
    migrateTo(db, 2);
    expect(schemaVersion(db)).toBe(2);
    for (const [t, rows] of Object.entries(before)) expect(readTable(db, t), t).toEqual(rows);
    const names = tableNames(db);
    for (const t of ['library_sources', 'library_documents', 'passages', 'passages_fts', 'passages_vocab', 'patterns']) expect(names).toContain(t);
    const list = db.prepare(`PRAGMA table_list`).all() as { name: string; strict: number; type: string }[];
    for (const t of ['library_sources', 'library_documents', 'passages', 'patterns']) expect(list.find((x) => x.name === t)?.strict, t).toBe(1);
    // Pending index terms kept in memory up to 32 MB, so that a batch of files is one segment.
    expect(db.prepare(`SELECT v FROM passages_fts_config WHERE k = 'hashsize'`).pluck().get()).toBe(33554432);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('indexes passages by trigram, follows deletes (cascade) and keeps 1–2 character lookups possible', () => {
    const db = createDb();
    migrateTo(db, 1);
    seedVersion1(db);
    migrateTo(db, 2);
    addPassages(db, ['要切实增强做好安全生产工作的紧迫感。', '认清形势', 'GDP增长']);
    expect(match(db, '安全生产')).toEqual([1]);
    expect(match(db, '增强做')).toEqual([1]);
    expect(match(db, 'gdp')).toEqual([3]); // case-folded
    expect(match(db, '不存在的词')).toEqual([]);
    // Indexing again after the last id adds nothing twice.
    insertRows(db, 'passages', [{ document_id: 1, seq: 4, role: '其他', path: '', heading: null, text: '安全生产月' }]);
    indexPassages(db, 3);
    expect(match(db, '安全生产')).toEqual([1, 4]);
    expect(db.prepare(`SELECT count(*) FROM passages_fts`).pluck().get()).toBe(4);
    db.prepare(`DELETE FROM passages WHERE id = 4`).run();
    // Every character starts a trigram (padding after the text): 「认识」 at the very end is in the vocabulary.
    const vocab = db.prepare(`SELECT term FROM passages_vocab WHERE term >= ? AND term < ?`).pluck().all('形势', '形势\uffff') as string[];
    expect(vocab).toEqual(['形势\u0001']);
    // STRICT and CHECK constraints.
    expect(() => insertRows(db, 'passages', [{ document_id: 1, seq: 9, role: '闲话', path: '', heading: null, text: 'x' }])).toThrow(/CHECK constraint failed/);
    expect(() => insertRows(db, 'library_documents', [{ source_id: 1, seq: 2, title: 't', genre: 'poem', outline_json: [], meta_json: {}, cleaned_text: '' }])).toThrow(
      /CHECK constraint failed/,
    );
    expect(() => insertRows(db, 'passages', [{ document_id: 1, seq: 'x', role: '其他', path: '', heading: null, text: 'x' }])).toThrow(/cannot store TEXT value in INTEGER column/);
    // Patterns are unique; a document's patterns go with it.
    insertRows(db, 'patterns', [{ pattern: '切实增强做好X工作紧迫感', level: 1, source: '讲话', document_id: 1 }]);
    expect(() => insertRows(db, 'patterns', [{ pattern: '切实增强做好X工作紧迫感', level: 2, source: '另一篇', document_id: 1 }])).toThrow(/UNIQUE/);
    // Deleting the source removes its documents, passages, patterns and index rows, in one statement.
    db.prepare(`DELETE FROM library_sources WHERE id = 1`).run();
    for (const t of ['library_documents', 'passages', 'patterns']) expect(readTable(db, t), t).toEqual([]);
    expect(match(db, '安全生产')).toEqual([]);
    expect(db.prepare(`SELECT count(*) FROM passages_vocab`).pluck().get()).toBe(0);
    // The version-1 data is still there.
    expect(readTable(db, 'versions')).toHaveLength(2);
  });

  it('updates of a passage text re-index it', () => {
    const db = createDb();
    migrateTo(db, 2);
    addPassages(db, ['旧的文字内容']);
    db.prepare(`UPDATE passages SET text = '新的文字内容' WHERE id = 1`).run();
    expect(match(db, '旧的文')).toEqual([]);
    expect(match(db, '新的文')).toEqual([1]);
  });
});
