// A 提纲 of headings with no text under them (issue 17, session 25): the library keeps it as a document with its
// outline — its headings are what the library learns from — rather than refusing it as 「文件只有标题」; a title
// alone, or a title over one heading, is still refused in Chinese and leaves nothing in the library.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../main/services/library/library.ts';
import { titleOnly } from '../../main/services/library/files.ts';
import { Store } from '../../main/services/store/store.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'collections');
const tmp = mkdtempSync(join(tmpdir(), 'wengao-outline-only-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('a 提纲 of headings only', () => {
  it('is imported with its outline; a title alone or over one heading is refused', async () => {
    process.env.WENGAO_SOFFICE = 'off';
    const lone = join(tmp, '单个标题.txt');
    writeFileSync(lone, '汐川县水利局工作要点\n\n一、抓好冬修水利\n');
    const store = new Store(join(tmp, 'wengao.db'));
    try {
      const files = [join(FIXTURES, 'water-brief-outline-only.txt'), join(FIXTURES, 'marked-outlines-no-text.txt'), lone];
      const got = Object.fromEntries(
        (await importFiles(store, files)).files.map((f) => [
          f.file.split('/').pop(),
          f.status === 'imported' ? f.documents.map((d) => `${d.genre}:${d.title}:${d.passages}`) : f.status === 'failed' ? f.error : f.status,
        ]),
      );
      expect(got).toEqual({
        'water-brief-outline-only.txt': ['speech:在汐川县冬春农田水利基本建设推进会上的发言提纲:0'],
        'marked-outlines-no-text.txt': ['speech:在瀛川县秋冬季森林防火工作会议上的发言提纲:0', 'speech:在全县秋冬季森林防火工作会议上的表态发言提纲:0'],
        '单个标题.txt': titleOnly('汐川县水利局工作要点'),
      });
      // Its headings are stored for the search, as any document's are.
      const headings = store.db.prepare(`SELECT headings FROM library_headings ORDER BY document_id`).pluck().all() as string[];
      expect(headings[0]).toContain('创新管护机制');
      expect(headings).toHaveLength(3);
    } finally {
      store.close();
      delete process.env.WENGAO_SOFFICE;
    }
  });
});
