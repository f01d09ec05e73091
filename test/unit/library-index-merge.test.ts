// The trigram index is merged by the importer in steps of its own (library/index-merge.ts), not by
// FTS5 at each commit: after many imports the index is still a few segments, consistent, and finds
// what each import brought. Without the merge steps, every import would leave a segment of its own
// until FTS5's crisis merge at sixteen, and a search would read through all of them.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { importFiles, search } from '../../main/services/library/library.ts';
import { Store } from '../../main/services/store/store.ts';
import { SHARED } from '../helpers/examples.ts';

const tmp = mkdtempSync(join(tmpdir(), 'wengao-index-merge-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Forty imports, each of one shared document with a marker sentence of its own. */
const IMPORTS = 40;

it('after forty imports the index holds a few merged segments, passes its integrity check and finds every import', async () => {
  const texts = readdirSync(join(SHARED, 'genre'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(SHARED, 'genre', f), 'utf8'));
  const store = new Store(join(tmp, 'data', 'wengao.db'));
  try {
    const marker = (k: number) => `第${k}号标记句子甲乙丙丁戊己庚辛${'壬癸'.repeat(k % 7)}结束`;
    for (let k = 1; k <= IMPORTS; k++) {
      const dir = join(tmp, `in-${k}`);
      mkdirSync(dir);
      writeFileSync(join(dir, `${k}.txt`), `${texts[k % texts.length]}\n\n${marker(k)}。\n`);
      const summary = await importFiles(store, [dir], undefined, { worker: false });
      expect(summary.imported).toBe(1);
    }
    const segments = store.db.prepare(`SELECT count(DISTINCT segid) FROM passages_fts_idx`).pluck().get() as number;
    // Levels of fewer than four segments each (FTS5's usermerge): 40 = 2·16 + 2·4 → 4 segments.
    expect(segments).toBeLessThanOrEqual(6);
    expect(() => store.db.prepare(`INSERT INTO passages_fts (passages_fts) VALUES ('integrity-check')`).run()).not.toThrow();
    for (let k = 1; k <= IMPORTS; k++) expect(search(store, marker(k)).hits.length, marker(k)).toBe(1);
  } finally {
    store.close();
  }
}, 120_000);
