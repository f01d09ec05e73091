// A folder as a secretary keeps it: a speech beside the notes about it — a 说明 (readme.txt), an
// 归档清单 in Markdown, a README of one heading and a 目录 alone (test/fixtures/collections/
// folder-readme). Imported into a real library, the speech is a 讲话; the notes are 'other' (kept,
// not models for drafting); a file that is a title alone or a 目录 alone is refused in Chinese and
// leaves nothing in the library (issue 17, session 14, item 3).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importFiles, NO_TEXT } from '../../main/services/library/library.ts';
import { titleOnly } from '../../main/services/library/files.ts';
import { Store } from '../../main/services/store/store.ts';

const FOLDER = join(import.meta.dirname, '..', 'fixtures', 'collections', 'folder-readme');
const tmp = mkdtempSync(join(tmpdir(), 'wengao-folder-notes-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('notes in an imported folder', () => {
  it('are not 讲话: 说明 and 归档清单 are other, a README of one heading and a 目录 alone are refused', async () => {
    process.env.WENGAO_SOFFICE = 'off';
    const store = new Store(join(tmp, 'wengao.db'));
    try {
      const { files } = await importFiles(store, [FOLDER]);
      const got = Object.fromEntries(
        files.map((f) => [f.file.split('/').pop(), f.status === 'imported' ? f.documents.map((d) => `${d.genre}:${d.title}`) : f.status === 'failed' ? f.error : f.status]),
      );
      expect(got).toEqual({
        '1009-创卫复审推进会.txt': ['speech:在迎接创建国家卫生县城复审暨城乡环境综合整治推进会议上的讲话'],
        'readme.txt': ['other:说明'],
        '归档清单.md': ['other:杉坪县2024年领导讲话稿归档'],
        'README.md': titleOnly('README'),
        '目录.txt': NO_TEXT,
      });
      expect(store.db.prepare(`SELECT count(*) FROM library_sources`).pluck().get()).toBe(3);
    } finally {
      store.close();
      delete process.env.WENGAO_SOFFICE;
    }
  });
});
