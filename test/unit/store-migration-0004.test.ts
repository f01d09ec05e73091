// Migration 0004 (user proofreading lexicon): seed a version-3 database, migrate to 4, check the data
// is intact and proof_lexicon exists, STRICT, with its checks (kind, severity, enabled, right set
// exactly for a confusion) and UNIQUE (kind, wrong); then the lexicon functions on a real file:
// add (validation, duplicates), enable/disable, remove, import (all or nothing, line numbers) and
// export (TSV that round-trips).
import type Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { schemaVersion } from '../../main/services/store/migrations/index.ts';
import {
  addEntry,
  enabledEntries,
  exportEntries,
  importEntries,
  LexiconError,
  listEntries,
  removeEntry,
  setEnabled,
  TSV_HEADER,
} from '../../main/services/store/proof-lexicon.ts';
import { StoreError } from '../../main/services/store/errors.ts';
import { Store } from '../../main/services/store/store.ts';
import { createDb, insertRows, migrateTo, readTable, tableNames } from '../helpers/db.ts';

const now = 1_763_900_000_000;
const tmp = mkdtempSync(join(tmpdir(), 'wengao-0004-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function seedVersion3(db: Database.Database): void {
  insertRows(db, 'campaigns', [{ name: '安全生产', kind: 'speech', created_at: now }]);
  insertRows(db, 'chunks', [{ hash: 'h-head', json: '{}', text: '标题', refs: 1 }]);
  insertRows(db, 'documents', [
    { kind: 'speech', title: '在全县安全生产工作会议上的讲话', campaign_id: 1, template: 'speech-deploy', frame: null, seed: 7, created_at: now, updated_at: now, deleted_at: now + 1 },
  ]);
  insertRows(db, 'versions', [
    { document_id: 1, number: 1, parent_id: null, kind: 'generated', label: null, head: 'h-head', chunk_list: [], hash: 'v1', chars: 0, created_at: now, saved_at: now },
  ]);
}

function insert(db: Database.Database, row: Record<string, unknown>): void {
  insertRows(db, 'proof_lexicon', [{ kind: 'confusion', wrong: '再接再励', right: '再接再厉', severity: '错误', reason: null, enabled: 1, created_at: now, ...row }]);
}

describe('migration 0004 (proof lexicon)', () => {
  it('keeps the version-3 data and adds an empty STRICT proof_lexicon', () => {
    const db = createDb();
    migrateTo(db, 3);
    seedVersion3(db);
    const before = Object.fromEntries(tableNames(db).map((t) => [t, readTable(db, t)]));
    migrateTo(db, 4);
    expect(schemaVersion(db)).toBe(4);
    expect(tableNames(db)).toEqual([...Object.keys(before), 'proof_lexicon'].sort());
    for (const [t, rows] of Object.entries(before)) expect(readTable(db, t), t).toEqual(rows);
    expect(readTable(db, 'proof_lexicon')).toEqual([]);
    const list = db.prepare(`PRAGMA table_list(proof_lexicon)`).all() as { strict: number }[];
    expect(list[0]?.strict).toBe(1);
    const columns = (db.prepare(`PRAGMA table_info(proof_lexicon)`).all() as { name: string; type: string; notnull: number }[]).map((c) => [c.name, c.type, c.notnull]);
    expect(columns).toEqual([
      ['id', 'INTEGER', 0],
      ['kind', 'TEXT', 1],
      ['wrong', 'TEXT', 1],
      ['right', 'TEXT', 0],
      ['severity', 'TEXT', 1],
      ['reason', 'TEXT', 0],
      ['enabled', 'INTEGER', 1],
      ['created_at', 'INTEGER', 1],
    ]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('enforces kind, severity, enabled, right-iff-confusion, word length and UNIQUE (kind, wrong)', () => {
    const db = createDb();
    migrateTo(db, 4);
    insert(db, {});
    insert(db, { kind: 'allow', right: null, severity: '提示' }); // same word, other kind: fine
    expect(() => insert(db, {})).toThrow(/UNIQUE constraint failed: proof_lexicon\.kind, proof_lexicon\.wrong/);
    expect(() => insert(db, { wrong: 'a', kind: 'ignore' })).toThrow(/CHECK constraint failed/);
    expect(() => insert(db, { wrong: 'b', severity: '严重' })).toThrow(/CHECK constraint failed/);
    expect(() => insert(db, { wrong: 'c', enabled: 2 })).toThrow(/CHECK constraint failed/);
    expect(() => insert(db, { wrong: 'd', right: null })).toThrow(/CHECK constraint failed/);
    expect(() => insert(db, { wrong: 'e', kind: 'allow', right: '对' })).toThrow(/CHECK constraint failed/);
    expect(() => insert(db, { wrong: '' })).toThrow(/CHECK constraint failed/);
    expect(() => insert(db, { wrong: '字'.repeat(51) })).toThrow(/CHECK constraint failed/);
    expect(() => insert(db, { wrong: 'f', enabled: '是' })).toThrow(/cannot store TEXT value in INTEGER column proof_lexicon\.enabled/);
    expect(() => insert(db, { wrong: 'g', created_at: '今天' })).toThrow(/cannot store TEXT value in INTEGER column/);
    expect(readTable(db, 'proof_lexicon').map((r) => [r.kind, r.wrong])).toEqual([
      ['confusion', '再接再励'],
      ['allow', '再接再励'],
    ]);
  });
});

describe('the user lexicon on a database file', () => {
  function open(name: string): Store {
    return new Store(join(tmp, name));
  }

  it('adds, lists, disables, enables and removes entries', () => {
    const store = open('lexicon.db');
    try {
      const a = addEntry(store, { kind: 'confusion', wrong: ' 再接再励 ', right: '再接再厉', reason: '成语' }, now);
      expect(a).toEqual({ id: 1, kind: 'confusion', wrong: '再接再励', right: '再接再厉', severity: '错误', reason: '成语', enabled: true, createdAt: now });
      const b = addEntry(store, { kind: 'allow', wrong: '截止' }, now + 1);
      addEntry(store, { kind: 'confusion', wrong: '帐户', right: '账户', severity: '疑似' }, now + 2);
      expect(listEntries(store).map((e) => e.wrong)).toEqual(['再接再励', '截止', '帐户']);
      expect(setEnabled(store, b.id, false).enabled).toBe(false);
      expect(enabledEntries(store).map((e) => e.wrong)).toEqual(['再接再励', '帐户']);
      expect(enabledEntries(store)[0]).not.toHaveProperty('createdAt');
      setEnabled(store, b.id, true);
      removeEntry(store, 3);
      expect(listEntries(store).map((e) => [e.id, e.wrong, e.enabled])).toEqual([
        [1, '再接再励', true],
        [2, '截止', true],
      ]);
      expect(() => removeEntry(store, 3)).toThrow('没有编号为 3 的词库条目');
      expect(() => setEnabled(store, 99, true)).toThrow(LexiconError);
    } finally {
      store.close();
    }
  });

  it('refuses empty, long, multi-line and duplicate words in Chinese, naming the word', () => {
    const store = open('refusals.db');
    try {
      addEntry(store, { kind: 'confusion', wrong: '再接再励', right: '再接再厉' });
      const refusal = (e: Parameters<typeof addEntry>[1]) => {
        try {
          addEntry(store, e);
        } catch (err) {
          expect(err).toBeInstanceOf(LexiconError);
          expect(err).toBeInstanceOf(StoreError);
          return (err as Error).message;
        }
        throw new Error('not refused');
      };
      expect(refusal({ kind: 'confusion', wrong: '再接再励', right: '再接再厉' })).toBe('“再接再励”已在词库中（纠错条目），请先删除或修改原条目');
      expect(refusal({ kind: 'confusion', wrong: '  ', right: '对' })).toBe('错误写法不能为空');
      expect(refusal({ kind: 'confusion', wrong: '错', right: '' })).toBe('正确写法不能为空');
      expect(refusal({ kind: 'confusion', wrong: '错', right: '错' })).toBe('正确写法与错误写法相同（“错”）');
      expect(refusal({ kind: 'allow', wrong: '一\n二' })).toBe('词语不能包含换行');
      expect(refusal({ kind: 'allow', wrong: '字'.repeat(51) })).toBe('词语不能超过 50 个字（现有 51 个）');
      expect(refusal({ kind: 'allow', wrong: '截止', right: '截至' })).toBe('“忽略”条目不应有正确写法（“截止”）');
      expect(refusal({ kind: 'confusion', wrong: '错', right: '对', severity: '严重' as '错误' })).toBe('级别应为 错误、疑似 或 提示，实际为“严重”');
      addEntry(store, { kind: 'allow', wrong: '再接再励' }); // the same word may also be allowed
      expect(refusal({ kind: 'allow', wrong: '再接再励' })).toBe('“再接再励”已在忽略列表中');
      expect(listEntries(store)).toHaveLength(2);
    } finally {
      store.close();
    }
  });

  it('exports TSV with its header and imports it back unchanged (and into a new file)', () => {
    const store = open('export.db');
    const other = open('import.db');
    try {
      addEntry(store, { kind: 'confusion', wrong: '再接再励', right: '再接再厉', reason: '成语“再接再厉”，厉同砺' });
      addEntry(store, { kind: 'allow', wrong: '截止' });
      addEntry(store, { kind: 'confusion', wrong: '帐户', right: '账户', severity: '提示', enabled: false });
      const tsv = exportEntries(store);
      expect(tsv).toBe(
        [TSV_HEADER, '纠错\t再接再励\t再接再厉\t错误\t成语“再接再厉”，厉同砺\t是', '忽略\t截止\t\t错误\t\t是', '纠错\t帐户\t账户\t提示\t\t否', ''].join('\n'),
      );
      expect(TSV_HEADER).toBe('类型\t错误写法\t正确写法\t级别\t说明\t启用');
      const strip = (rows: ReturnType<typeof listEntries>) => rows.map(({ createdAt: _, ...e }) => e);
      const before = strip(listEntries(store));
      expect(importEntries(store, tsv)).toEqual({ added: 0, updated: 3 });
      expect(strip(listEntries(store))).toEqual(before);
      expect(importEntries(other, tsv)).toEqual({ added: 3, updated: 0 });
      expect(strip(listEntries(other))).toEqual(before);
      expect(exportEntries(other)).toBe(tsv);
    } finally {
      store.close();
      other.close();
    }
  });

  it('imports short lines, CRLF, a BOM, comments and JSON', () => {
    const store = open('import-forms.db');
    try {
      const r = importEntries(store, '\uFEFF# 本单位词库\r\n纠错\t醇成\t酿成\r\n\r\n忽略\t某某\r\nallow\t20xx\t\t提示\t年份模板\t否\r\n');
      expect(r).toEqual({ added: 3, updated: 0 });
      expect(listEntries(store).map((e) => [e.kind, e.wrong, e.right, e.severity, e.reason, e.enabled])).toEqual([
        ['confusion', '醇成', '酿成', '错误', null, true],
        ['allow', '某某', null, '错误', null, true],
        ['allow', '20xx', null, '提示', '年份模板', false],
      ]);
      expect(importEntries(store, JSON.stringify([{ kind: 'confusion', wrong: '其它', right: '其他', severity: '疑似' }, { kind: '忽略', wrong: '某某', enabled: false }]))).toEqual({
        added: 1,
        updated: 1,
      });
      expect(listEntries(store).find((e) => e.wrong === '某某')?.enabled).toBe(false);
      expect(importEntries(store, JSON.stringify({ entries: [{ kind: 'allow', wrong: 'XX' }] }))).toEqual({ added: 1, updated: 0 });
    } finally {
      store.close();
    }
  });

  it('a bad import names its line in Chinese and writes nothing', () => {
    const store = open('bad-import.db');
    try {
      addEntry(store, { kind: 'confusion', wrong: '再接再励', right: '再接再厉' });
      const before = exportEntries(store);
      const bad = (text: string) => {
        try {
          importEntries(store, text);
        } catch (err) {
          expect(err).toBeInstanceOf(LexiconError);
          return (err as Error).message;
        }
        throw new Error('not refused');
      };
      expect(bad(`${TSV_HEADER}\n纠错\t醇成\t酿成\n纠错\t给与\n`)).toBe('第 3 行：正确写法不能为空');
      expect(bad('纠错\t醇成\t酿成\n更正\t给与\t给予\n')).toBe('第 2 行：类型应为“纠错”或“忽略”，实际为“更正”');
      expect(bad('纠错\t醇成\t酿成\t严重\n')).toBe('第 1 行：级别应为 错误、疑似 或 提示，实际为“严重”');
      expect(bad('纠错\t醇成\t酿成\t错误\t\t也许\n')).toBe('第 1 行：启用应为“是”或“否”，实际为“也许”');
      expect(bad('纠错\t醇成\t酿成\n\n纠错\t醇成\t酿成\n')).toBe('第 3 行：“醇成”与第 1 行重复');
      expect(bad(`纠错\t${'字'.repeat(51)}\t对\n`)).toBe('第 1 行：错误写法不能超过 50 个字（现有 51 个）');
      expect(bad('纠错\ta\tb\tc\td\te\tf\n')).toBe('第 1 行：字段过多（应为 类型、错误写法、正确写法、级别、说明、启用 六列，实际 7 列）');
      expect(bad(`纠错\t醇成\t酿成\n${TSV_HEADER}\n`)).toBe('第 2 行：表头只能出现在第一行');
      expect(bad(`${TSV_HEADER}\n`)).toBe('没有可导入的条目（文件为空，或只有表头）');
      expect(bad('[{"kind":"confusion","wrong":"醇成","right":"酿成"},{"kind":"confusion","wrong":"给与"}]')).toBe('第 2 条：正确写法不能为空');
      expect(bad('[{"kind":"confusion",')).toMatch(/^不是有效的 JSON/);
      expect(exportEntries(store)).toBe(before);
    } finally {
      store.close();
    }
  });
});
