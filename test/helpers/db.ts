// In-memory database helpers for migration and query-plan tests, in the style of Signal Desktop's
// ts/test-node/sql/helpers.node.ts: open ':memory:', replay the real migrations up to N, seed and
// read back rows, and look at EXPLAIN QUERY PLAN.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { docFromMarkdown } from '../../core/doc/markdown.ts';
import type { Block, DocModel } from '../../core/doc/model.ts';
import { migrate } from '../../main/services/store/migrations/index.ts';
import { SHARED } from './examples.ts';

export type Row = Record<string, unknown>;

export interface PlanRow {
  id: number;
  parent: number;
  detail: string;
}

/** A fresh in-memory database with the pragmas the store sets on a real file (foreign keys on). */
export function createDb(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  return db;
}

/** Applies the real migrations up to version `n` with the store's own runner (one transaction). */
export function migrateTo(db: Database.Database, n: number): void {
  migrate(db, n);
}

/** Column names whose TEXT holds JSON: read back as values so tests compare structure, not spelling. */
const JSON_COLUMNS = /(^|_)(json|list)$/;

/** Every row of `table`, ordered by its first column, JSON columns parsed. */
export function readTable(db: Database.Database, table: string): Row[] {
  const rows = db.prepare(`SELECT * FROM "${table}" ORDER BY 1`).all() as Row[];
  return rows.map((r) =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'string' && JSON_COLUMNS.test(k) ? (JSON.parse(v) as unknown) : v])),
  );
}

/** Inserts rows as given (objects and arrays are stored as JSON text); returns the last rowid. */
export function insertRows(db: Database.Database, table: string, rows: readonly Row[]): number {
  let last = 0;
  for (const row of rows) {
    const keys = Object.keys(row);
    const values = keys.map((k) => {
      const v = row[k];
      return v !== null && typeof v === 'object' && !Buffer.isBuffer(v) ? JSON.stringify(v) : v;
    });
    const sql = `INSERT INTO "${table}" (${keys.map((k) => `"${k}"`).join(', ')}) VALUES (${keys.map(() => '?').join(', ')})`;
    last = Number(db.prepare(sql).run(...values).lastInsertRowid);
  }
  return last;
}

/** The query plan SQLite would use for `sql` with `params`. */
export function explain(db: Database.Database, sql: string, ...params: unknown[]): PlanRow[] {
  return db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as PlanRow[];
}

/** The table names of the schema (no sqlite_ internals), sorted. */
export function tableNames(db: Database.Database): string[] {
  return (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).pluck().all() as string[]).sort();
}

// ── file-backed store fixtures ─────────────────────────────────────────────────────────────────

/** The 10,000-character speech of ../shared/fixtures/bench, as a DocModel. */
export function bigDoc(): DocModel {
  return docFromMarkdown(readFileSync(join(SHARED, 'fixtures', 'bench', 'speech-10k.md'), 'utf8'));
}

/** Appends `text` to the last run of a block (a table gets it in its first header cell). */
function appendTo(block: Block, text: string): Block {
  if (block.type === 'table') return { ...block, header: block.header.map((h, i) => (i === 0 ? h + text : h)) };
  const runs = block.runs.length ? block.runs : [{ text: '' }];
  return { ...block, runs: runs.map((r, i) => (i === runs.length - 1 ? { ...r, text: r.text + text } : r)) } as Block;
}

/**
 * `doc` with one small edit: block `n % blocks` gets 「（第n处修改）」 appended. Deterministic in
 * (doc, n), and two different n give two different documents.
 */
export function editedDoc(doc: DocModel, n: number): DocModel {
  const i = n % doc.blocks.length;
  return { ...doc, blocks: doc.blocks.map((b, k) => (k === i ? appendTo(b, `（第${n}处修改）`) : b)) };
}

/** SHA-256 of a file's bytes, or 'absent'. */
export function fileHash(path: string): string {
  return existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex') : 'absent';
}

/** A database file and its WAL side files: hash of each (or 'absent'). */
export function fileState(path: string): { db: string; wal: string; shm: string } {
  return { db: fileHash(path), wal: fileHash(`${path}-wal`), shm: fileHash(`${path}-shm`) };
}

export interface ChunkAudit {
  chunks: number;
  /** Chunks whose refs differ from the number of times versions use them. */
  wrongRefs: { hash: string; refs: number; uses: number }[];
  /** Chunks no version uses (or with refs ≤ 0). */
  orphans: string[];
  /** Chunk hashes a version uses that are not stored. */
  missing: string[];
}

/** Recounts every chunk's uses (heads and block lists) and compares with its stored refs. */
export function auditChunks(db: Database.Database): ChunkAudit {
  const uses = new Map<string, number>();
  const versions = db.prepare(`SELECT head, chunk_list FROM versions`).all() as { head: string; chunk_list: string }[];
  for (const v of versions) for (const h of [v.head, ...(JSON.parse(v.chunk_list) as string[])]) uses.set(h, (uses.get(h) ?? 0) + 1);
  const chunks = db.prepare(`SELECT hash, refs FROM chunks`).all() as { hash: string; refs: number }[];
  const stored = new Set(chunks.map((c) => c.hash));
  return {
    chunks: chunks.length,
    wrongRefs: chunks.filter((c) => c.refs !== (uses.get(c.hash) ?? 0)).map((c) => ({ ...c, uses: uses.get(c.hash) ?? 0 })),
    orphans: chunks.filter((c) => c.refs <= 0 || !uses.has(c.hash)).map((c) => c.hash),
    missing: [...uses.keys()].filter((h) => !stored.has(h)),
  };
}
