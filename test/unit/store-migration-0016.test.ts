// Migration 0016: library_sources indexed by path and by name. The version before a file imported
// (library/versions.ts previousVersion: the last file from the same path, else of the same name) and
// a page's first page (library/pages.ts) are found through them, not by reading the whole table for
// every imported file. Checked: the plans use the indexes after every migration and did not before
// it; a database upgraded from 15 keeps its rows; the answers are the same — a file imported again
// from its path, and one of the same name from another folder (fixture library-versions21: 渌溪镇,
// invented) find the version before as they did.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../main/services/library/library.ts';
import { previousVersion } from '../../main/services/library/versions.ts';
import { LATEST_VERSION, schemaVersion } from '../../main/services/store/migrations/index.ts';
import { Store } from '../../main/services/store/store.ts';
import { createDb, insertRows, migrateTo, readTable } from '../helpers/db.ts';

const now = 1_765_000_000_000;
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'library-versions21');
/** The plan of versions.ts previousVersion's question, and of pages.ts's look-up by name. */
const PREVIOUS = `SELECT s.id, s.path FROM library_sources s WHERE s.pending IS NULL AND (s.path = ? OR s.name = ?)
       AND EXISTS (SELECT 1 FROM library_documents d WHERE d.source_id = s.id)
     ORDER BY s.path = ? DESC, s.id DESC LIMIT 1`;
const PAGE = `SELECT id, name, path, hash, bytes, report_json FROM library_sources WHERE name = ? AND pending IS NULL AND id <> ? ORDER BY id DESC LIMIT 1`;
const plan = (db: ReturnType<typeof createDb>, sql: string, n: number) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...Array.from({ length: n }, (_, k) => `x${k}`)) as { detail: string }[]).map((r) => r.detail).join(' / ');

const tmp = mkdtempSync(join(tmpdir(), 'wengao-0016-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('migration 0016 (library_sources by path and by name)', () => {
  it('the version before and a first page are found through the indexes, not by reading the whole table', () => {
    const db = createDb();
    migrateTo(db, 15);
    expect(plan(db, PREVIOUS, 3)).toMatch(/^SCAN s\b/);
    migrateTo(db, LATEST_VERSION);
    expect(plan(db, PREVIOUS, 3)).toContain('SEARCH s USING INDEX library_sources_by_path (path=?)');
    expect(plan(db, PREVIOUS, 3)).toContain('SEARCH s USING INDEX library_sources_by_name (name=?)');
    expect(plan(db, PREVIOUS, 3)).not.toMatch(/\bSCAN s\b/);
    expect(plan(db, PAGE, 2)).toContain('USING INDEX library_sources_by_name (name=?)');
  });

  it('keeps the rows of a database upgraded from 15', () => {
    const db = createDb();
    migrateTo(db, 15);
    insertRows(db, 'library_sources', [
      { path: '/tmp/a/luxi.txt', name: 'luxi.txt', format: 'txt', encoding: 'utf-8', bytes: 10, hash: 'h1', report_json: { removed: [] }, imported_at: now, pending: null, purged_json: [] },
      { path: '/tmp/b/luxi.txt', name: 'luxi.txt', format: 'txt', encoding: 'utf-8', bytes: 12, hash: 'h2', report_json: { removed: [] }, imported_at: now, pending: null, purged_json: [] },
    ]);
    const before = readTable(db, 'library_sources');
    migrateTo(db, 16);
    expect(schemaVersion(db)).toBe(16);
    expect(readTable(db, 'library_sources')).toEqual(before);
    expect(db.prepare(`SELECT id FROM library_sources WHERE name = ? ORDER BY id`).pluck().all('luxi.txt')).toEqual([1, 2]);
  });

  it('finds the version before as it did: by the same path first, else by the same name', async () => {
    const store = new Store(join(tmp, 'wengao.db'));
    try {
      const first = await importFiles(store, [join(FIXTURES, 'a', 'luxi-flood-speech.txt')], undefined, { worker: false });
      const a = first.files[0]!;
      expect(a.status).toBe('imported');
      const aId = a.status === 'imported' ? a.sourceId : -1;
      // The same path, and the same name from another folder: both find the file from folder a.
      expect(previousVersion(store.db, join(FIXTURES, 'a', 'luxi-flood-speech.txt'))).toEqual({ id: aId, path: join(FIXTURES, 'a', 'luxi-flood-speech.txt') });
      expect(previousVersion(store.db, join(FIXTURES, 'b', 'luxi-flood-speech.txt'))).toEqual({ id: aId, path: join(FIXTURES, 'a', 'luxi-flood-speech.txt') });
      expect(previousVersion(store.db, join(FIXTURES, 'b', 'other-name.txt'))).toBeUndefined();
      // Folder b's file (a third part added) is imported as the new version of a's.
      const second = await importFiles(store, [join(FIXTURES, 'b', 'luxi-flood-speech.txt')], undefined, { worker: false });
      const b = second.files[0]!;
      expect(b.status === 'imported' && b.version?.previousSourceId).toBe(aId);
    } finally {
      store.close();
    }
  });
});
