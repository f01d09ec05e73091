// Undo in a real library restores the chosen removal and nothing else (issue 17, s14: the outside
// tester restored 「篇一」 of a 公众号 collection and got the two lines of its lead-in back unasked,
// and the first speech lost its title). A 公众号 page of three speeches marked 篇一/篇二/篇三
// (wechat-pieces-page.html, our own texts): restoring 篇一 brings back that line in the first
// document; every other removal stays, in the same order, and the titles stay.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../main/services/library/library.ts';
import { restoreRemoved, sourceReview } from '../../main/services/library/review.ts';
import { Store } from '../../main/services/store/store.ts';

const tmp = mkdtempSync(join(tmpdir(), 'wengao-restore-exact-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('restore of one removal', () => {
  it('brings back 篇一 alone: the lead-in stays removed, the first speech keeps its title', async () => {
    const store = new Store(join(tmp, 'wengao.db'));
    try {
      const [file] = (await importFiles(store, [join(import.meta.dirname, '..', 'fixtures', 'collections', 'wechat-pieces-page.html')])).files;
      if (file?.status !== 'imported') throw new Error(JSON.stringify(file));
      const before = sourceReview(store, file.sourceId);
      const mark = before.removed.find((r) => r.text === '篇一')!;
      expect(before.removed.slice(0, mark.n - 1).map((r) => r.reason)).toEqual(expect.arrayContaining(['合集标题', '合集导语']));
      const after = restoreRemoved(store, file.sourceId, [mark.n]);
      expect(after.restored.map((r) => r.text)).toEqual(['篇一']);
      const entry = (r: { line: number; reason: string; text: string }) => `${r.line}〔${r.reason}〕${r.text}`;
      expect(after.review.removed.map(entry)).toEqual(before.removed.filter((r) => r.n !== mark.n).map(entry));
      expect(after.documents.map((d) => d.title)).toEqual(before.documents.map((d) => d.title));
      const first = store.db.prepare(`SELECT cleaned_text FROM library_documents WHERE id = ?`).pluck().get(after.documents[0]!.id) as string;
      expect(first).toContain('篇一');
      expect(first).not.toMatch(/沅溪笔耕|干货/);
    } finally {
      store.close();
    }
  });
});
