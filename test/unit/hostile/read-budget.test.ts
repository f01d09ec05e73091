// Found by `npm run fuzz -- --seed 1172733560` (run 2,017): our straw-speech.pdf with one byte of a
// stream's /Length changed, 64 bytes inserted into another stream and one byte of an embedded Type 1
// font changed took 160–236 s to read. The damaged font's /Encoding gives a glyph the code
// 34,210,921; pdf.js stores it in an array of that length and then looks each of the font's 256
// glyphs up in it (Type1Parser.extractFontProgram, builtInEncoding.indexOf), a second or so each.
// That loop is pdf.js's and synchronous. Files are now read in a worker thread under a time budget
// (main/services/library/analyser.ts): a file that overruns it is refused in Chinese, the worker is
// ended, the files after it are read by a new one, and nothing of the refused file is written.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBudgetMs, workerAnalyser } from '../../../main/services/library/analyser.ts';
import type { Format } from '../../../main/services/library/analysis.ts';
import { importFiles } from '../../../main/services/library/library.ts';
import { PACKAGE_ROOT } from '../../../main/services/library-files.ts';
import { Store } from '../../../main/services/store/store.ts';
import { useApi } from '../../helpers/api.ts';
import { SHARED } from '../../helpers/examples.ts';

const FIXTURES = join(PACKAGE_ROOT, 'test', 'fixtures');
const SLOW_PDF = join(FIXTURES, 'hostile', 'type1-encoding-slow.pdf');
const GOOD_PDF = join(FIXTURES, 'collections', 'straw-speech.pdf');
const slow = readFileSync(SLOW_PDF);
/** The hostile file's budget, short so that the test is quick; every other file has the real one. */
const SHORT_MS = 1500;
const budget = (format: Format, bytes: number) => (bytes === slow.length ? SHORT_MS : readBudgetMs(format, bytes));

const tmp = mkdtempSync(join(tmpdir(), 'wengao-budget-'));
const api = useApi('wengao-budget-api-');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('a file that a reader cannot finish in reasonable time', () => {
  it('is refused in Chinese once over its budget, and the same analyser goes on to read the next file', async () => {
    const analyser = workerAnalyser(budget);
    try {
      const refused = analyser.analyse('pdf', slow);
      const next = analyser.analyse('pdf', readFileSync(GOOD_PDF));
      await expect(refused).rejects.toThrow(/^无法在合理时间内读取（超过 2 秒），文件可能已损坏，没有导入/);
      const good = await next;
      expect(good.documents.length).toBe(1);
      expect(good.text).toContain('秸秆');
    } finally {
      analyser.close();
    }
  }, 120_000);

  it('leaves the library as it was, and the other files of the folder go in', async () => {
    const dir = join(tmp, 'folder');
    mkdirSync(dir);
    copyFileSync(SLOW_PDF, join(dir, '秸秆讲话（损坏）.pdf'));
    writeFileSync(join(dir, '讲话.txt'), readFileSync(join(SHARED, 'genre', 'speech-living-environment.txt')));
    const store = new Store(join(tmp, 'data', 'wengao.db'));
    const analyser = workerAnalyser(budget);
    try {
      const summary = await importFiles(store, [dir], undefined, { analyser });
      const byName = Object.fromEntries(summary.files.map((f) => [f.file.split('/').pop(), f]));
      expect(byName['秸秆讲话（损坏）.pdf']).toMatchObject({ status: 'failed', error: expect.stringMatching(/无法在合理时间内读取/) });
      expect(byName['讲话.txt']!.status).toBe('imported');
      const n = (sql: string) => store.db.prepare(sql).pluck().get() as number;
      expect(n(`SELECT count(*) FROM library_sources`)).toBe(1);
      expect(n(`SELECT count(*) FROM library_sources WHERE pending IS NOT NULL`)).toBe(0);
      expect(n(`SELECT count(*) FROM library_documents WHERE title LIKE '%秸秆%'`)).toBe(0);
    } finally {
      analyser.close();
      store.close();
    }
  }, 120_000);

  // 取消 in the 范文库 panel calls library.cancelImport: the file being read is stopped there and then,
  // not after its budget (the refusal would then say 无法在合理时间内读取).
  it('取消 stops the file being read at once, and nothing of it is kept', async () => {
    const imported = api.call('library.import', { name: '秸秆讲话.pdf', base64: slow.toString('base64') });
    imported.catch(() => undefined);
    await new Promise((r) => setTimeout(r, 3000));
    expect(await api.call('library.cancelImport', {})).toEqual({ cancelled: 1 });
    await expect(imported).rejects.toThrow(/^导入已取消，这个文件没有写入范文库$/);
    expect(await api.call('library.cancelImport', {})).toEqual({ cancelled: 0 });
    expect(await api.call('library.sources', {})).toEqual([]);
    const base64 = readFileSync(join(SHARED, 'genre', 'speech-living-environment.txt')).toString('base64');
    expect((await api.call('library.import', { name: '讲话.txt', base64 })).documents).toBe(1);
  }, 120_000);
});
