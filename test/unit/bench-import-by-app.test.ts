// The bench's row of a .txt import as the app makes it (bench/import-by-app.ts): every file of the
// folder sent as a library.import call of its own to browser mode's server, after a first call, and
// all of them in the library afterwards. Fixture: copies of test/fixtures/line-facts/liaoan-flood-page.txt
// (蓼岸镇: invented), each made distinct by trailing spaces as the bench makes its copies.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importByApp } from '../../bench/import-by-app.ts';
import { DB_FILE } from '../../main/services/store/paths.ts';
import { Store } from '../../main/services/store/store.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const tmp = mkdtempSync(join(tmpdir(), 'wengao-by-app-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('importByApp', () => {
  it('imports each file of the folder by a call of its own, after the first', { timeout: 120_000 }, async () => {
    const dir = join(tmp, 'files');
    mkdirSync(dir);
    const bytes = readFileSync(join(FIXTURES, 'line-facts', 'liaoan-flood-page.txt'));
    for (let k = 0; k < 3; k++) writeFileSync(join(dir, `${k}.txt`), Buffer.concat([bytes, Buffer.from(`\n${' '.repeat(k)}`)]));
    const data = join(tmp, 'data');
    const ms = await importByApp(dir, data, join(FIXTURES, 'collections', 'records-page.html'));
    expect(ms).toBeGreaterThan(0);
    const store = new Store(join(data, DB_FILE));
    try {
      const names = store.db.prepare(`SELECT name FROM library_sources ORDER BY id`).pluck().all();
      expect(names).toEqual(['first.html', '0.txt', '1.txt', '2.txt']);
    } finally {
      store.close();
    }
  });
});
