// The 范文库 is searched by titles and headings as well as by the passages' text: the outside tester
// found nothing for 「防汛」 (in two titles) or 「严格督导考核」 (a heading). A heading that holds the
// terms brings the first passage under it, shown with that heading; a title, the document's first
// passage. Fixture: test/fixtures/library-search/forest-fire-speech.txt (青岚县, invented).
// The title and heading lookups read the narrow library_headings (migration 0010), never every passage
// or every document's row: with 100,000 passages those scans made a search's p95 25 ms (session 15).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFiles, search } from '../../main/services/library/library.ts';
import { Store } from '../../main/services/store/store.ts';
import { explain } from '../helpers/db.ts';

const tmp = mkdtempSync(join(tmpdir(), 'wengao-search-outline-'));
let store: Store;

beforeAll(async () => {
  store = new Store(join(tmp, 'data', 'wengao.db'));
  const { files } = await importFiles(store, [join(import.meta.dirname, '..', 'fixtures', 'library-search', 'forest-fire-speech.txt')]);
  expect(files[0]?.status).toBe('imported');
});

afterAll(() => {
  store?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('search by titles and headings', () => {
  it('a level-2 heading (only in the heading) finds the passage under it, shown with the heading', () => {
    const { hits } = search(store, '严格督导考核');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]!.heading).toBe('严格督导考核');
    expect(hits[0]!.text).toMatch(/^县林业局要会同/);
  });

  it('a level-1 heading with sub-headings finds the first passage under it', () => {
    const { hits } = search(store, '突出重点');
    expect(hits[0]!.heading).toBe('突出重点，抓好关键环节');
    expect(hits[0]!.text).toMatch(/^县林业局要会同/);
  });

  it('a word of the title alone (2 characters, and 4) finds the document', () => {
    for (const q of ['青岚', '青岚县森林']) {
      const { hits } = search(store, q);
      expect(hits.length, q).toBeGreaterThan(0);
      expect(hits[0]!.title).toBe('在青岚县森林防火工作会议上的讲话');
    }
  });

  it('words of the text are found as before, each passage once', () => {
    const { hits } = search(store, '检查站');
    expect(hits).toHaveLength(1);
    const both = search(store, '森林防火');
    expect(new Set(both.hits.map((h) => h.passageId)).size).toBe(both.hits.length);
  });
});

describe('the title and heading lookups', () => {
  it('scan no passages and no documents’ rows (query plans of the statements a search runs)', async () => {
    const own = new Store(join(tmp, 'plans', 'wengao.db'));
    try {
      await importFiles(own, [join(import.meta.dirname, '..', 'fixtures', 'library-search', 'forest-fire-speech.txt')]);
      // Every statement search prepares on this new connection, with the values it ran with.
      const ran: { sql: string; params: unknown[] }[] = [];
      const prepare = own.db.prepare.bind(own.db);
      own.db.prepare = ((sql: string) => {
        const stmt = prepare(sql);
        for (const m of ['all', 'get', 'iterate'] as const) {
          const f = stmt[m].bind(stmt) as (...a: unknown[]) => unknown;
          (stmt as unknown as Record<string, unknown>)[m] = (...params: unknown[]) => (ran.push({ sql, params }), f(...params));
        }
        return stmt;
      }) as typeof own.db.prepare;
      for (const q of ['严格督导考核', '青岚县森林', '青岚', '督导']) expect(search(own, q).hits.length, q).toBeGreaterThan(0);
      own.db.prepare = prepare;
      const lookups = ran.filter((r) => /\b(title|headings|outline_json) LIKE/.test(r.sql));
      expect(lookups.length).toBeGreaterThanOrEqual(8);
      for (const { sql, params } of lookups) {
        const scans = explain(own.db, sql, ...params).filter((p) => /^SCAN (passages|library_documents|p\d?|d\d?)\b/.test(p.detail));
        expect(scans, sql).toEqual([]);
      }
    } finally {
      own.close();
    }
  });
});
