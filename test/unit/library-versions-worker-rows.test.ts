// A new version of a file imported with the analysis worker, her review choices carried to it
// (versions.ts): the import analyses it again with them in this thread, and the rows the writer stores
// (doc-row.ts: heading lines, body key, made by the worker for the first analysis) are made again for
// the documents written — each document's library_headings row is what json_tree reads of its own
// outline, and its body key that of its own passages. Fixtures: test/fixtures/library-versions20.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../main/services/library/library.ts';
import { mergeDocument } from '../../main/services/library/resplit.ts';
import { bodyKey } from '../../main/services/library/same-body.ts';
import { Store } from '../../main/services/store/store.ts';

const dir = join(import.meta.dirname, '..', 'fixtures', 'library-versions20');
const NAME = '篁岭县讲话汇编.txt';
const tmp = mkdtempSync(join(tmpdir(), 'wengao-versions-rows-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const BY_JSON_TREE = `coalesce((SELECT group_concat(j.value, char(10)) FROM json_tree(d.outline_json) j WHERE j.key = 'heading' AND j.type = 'text'), '')`;

describe('a new version re-analysed with her choices, imported with the worker', () => {
  it('stores the rows of the documents it writes, not of the first analysis', async () => {
    mkdirSync(join(tmp, 'in'));
    const path = join(tmp, 'in', NAME);
    copyFileSync(join(dir, 'v1', NAME), path);
    const store = new Store(join(tmp, 'data', 'wengao.db'));
    try {
      const first = await importFiles(store, [path], undefined, { worker: true });
      const f = first.files[0]!;
      if (f.status !== 'imported') throw new Error(f.status);
      // Her choice on the first version: its last piece merged into the one before (v2 still has its first line).
      expect(f.documents).toHaveLength(4);
      mergeDocument(store, f.sourceId, f.documents[3]!.id);
      copyFileSync(join(dir, 'v2', NAME), path);
      const again = (await importFiles(store, [path], undefined, { worker: true })).files[0]!;
      if (again.status !== 'imported') throw new Error(again.status);
      // The merge carried: v2's four pieces (B out, E in) made three.
      expect(again.documents).toHaveLength(3);
      const rows = store.db.prepare(`SELECT d.id, d.body_key, h.headings, ${BY_JSON_TREE} AS by_json FROM library_documents d JOIN library_headings h ON h.document_id = d.id ORDER BY d.id`).all() as {
        id: number;
        body_key: string | null;
        headings: string;
        by_json: string;
      }[];
      expect(rows.length).toBeGreaterThan(0);
      const passages = store.db.prepare(`SELECT text FROM passages WHERE document_id = ? ORDER BY seq`);
      for (const r of rows) {
        expect(r.headings, String(r.id)).toBe(r.by_json);
        expect(r.body_key, String(r.id)).toBe(bodyKey(passages.all(r.id) as { text: string }[]));
      }
    } finally {
      store.close();
    }
  });
});
