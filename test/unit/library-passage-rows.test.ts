// A document's passages are inserted a few rows a statement (passage-rows.ts): the rows, their ids
// and their order are those of one INSERT a passage, and the writer's slices are told of the text
// after each statement. Fixture: library-rows25/songxi-irrigation-speech.txt (松溪坪镇, 38 passages:
// three statements, 16 + 16 + 6 rows).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';
import { importFiles, search } from '../../main/services/library/library.ts';
import { insertPassages, ROWS_PER_INSERT } from '../../main/services/library/passage-rows.ts';
import { Store } from '../../main/services/store/store.ts';

const FILE = join(import.meta.dirname, '..', 'fixtures', 'library-rows25', 'songxi-irrigation-speech.txt');
const tmp = mkdtempSync(join(tmpdir(), 'wengao-passage-rows-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const [doc] = analyse(readFileSync(FILE, 'utf8')).documents;

/** A store holding one source and `documents` documents, each with no passages yet. */
function storeWith(name: string, documents: number): Store {
  const store = new Store(join(tmp, name, 'wengao.db'));
  store.db
    .prepare(`INSERT INTO library_sources (path, name, format, encoding, bytes, hash, report_json, imported_at) VALUES ('x', 'x', 'txt', 'utf-8', 0, 'h', '{}', 0)`)
    .run();
  const put = store.db.prepare(`INSERT INTO library_documents (source_id, seq, title, genre, outline_json, meta_json, cleaned_text) VALUES (1, ?, 't', 'speech', '[]', '{}', '')`);
  for (let d = 1; d <= documents; d++) put.run(d);
  return store;
}

const rowsOf = (store: Store) => store.db.prepare(`SELECT * FROM passages ORDER BY id`).all();

describe('passages inserted a few rows a statement', () => {
  it('the fixture is one document of more passages than two statements hold', () => {
    expect(doc!.passages.length).toBeGreaterThan(2 * ROWS_PER_INSERT);
  });

  it('the same rows, ids and order as one INSERT a passage; told after each statement', () => {
    const one = storeWith('one', 3);
    const many = storeWith('many', 3);
    try {
      const single = one.db.prepare(`INSERT INTO passages (document_id, seq, role, path, heading, text) VALUES (?, ?, ?, ?, ?, ?)`);
      const told: number[] = [];
      // Three documents: the whole speech, its first passage alone, and its first seventeen.
      const parts = [doc!.passages, doc!.passages.slice(0, 1), doc!.passages.slice(0, ROWS_PER_INSERT + 1)];
      parts.forEach((passages, d) => {
        passages.forEach((p, k) => single.run(d + 1, k + 1, p.role, p.path, p.heading ?? null, p.text));
        insertPassages(many.db, d + 1, passages, (chars) => told.push(chars));
      });
      expect(rowsOf(many)).toEqual(rowsOf(one));
      expect(rowsOf(many)).toHaveLength(doc!.passages.length + 1 + ROWS_PER_INSERT + 1);
      // 38 passages: 16 + 16 + 6 rows; then 1; then 16 + 1.
      const chars = (from: number, to: number) => doc!.passages.slice(from, to).reduce((n, p) => n + p.text.length, 0);
      const n = doc!.passages.length;
      expect(told).toEqual([chars(0, 16), chars(16, 32), chars(32, n), chars(0, 1), chars(0, 16), chars(16, 17)]);
    } finally {
      one.close();
      many.close();
    }
  });

  it('an import of the fixture stores every passage in order and finds it', async () => {
    const store = new Store(join(tmp, 'import', 'wengao.db'));
    try {
      const r = await importFiles(store, [FILE], undefined, { worker: false });
      expect(r.imported).toBe(1);
      const stored = store.db.prepare(`SELECT seq, role, path, heading, text FROM passages ORDER BY id`).all() as { seq: number; heading: string | null }[];
      expect(stored).toEqual(doc!.passages.map((p, k) => ({ seq: k + 1, role: p.role, path: p.path, heading: p.heading ?? null, text: p.text })));
      // The last statement's rows are in the trigram index too.
      expect(search(store, '杉岭村').hits.length).toBeGreaterThanOrEqual(3);
    } finally {
      store.close();
    }
  });
});
