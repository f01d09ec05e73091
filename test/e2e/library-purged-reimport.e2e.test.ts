// A speech deleted for good comes back when its file is imported again (the outside tester's defect
// 1, session 18), in Debian's Chromium against browser mode: of 苎溪乡's file of three talks one is
// deleted for good; picking the file again in 导入范文 says that the deleted one was imported again
// from it — not 「已在范文库中」 — and it is back in the list and the search.
// Fixture: test/fixtures/library-purge18/three-talks-zhuxi.txt. Screenshot: /tmp/wengao-look/ui18-reimport-purged.png.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportFailures } from './failures.ts';
import { openApp } from './harness.ts';
import { importLines, importResult, openLibrary, searchLibrary } from './library-page.ts';
import type { Harness } from './harness.ts';
import { api } from './trust-helpers.ts';

const LOOK = '/tmp/wengao-look';
const NAME = 'three-talks-zhuxi.txt';
const FILE = { name: NAME, mimeType: 'text/plain', buffer: readFileSync(join(import.meta.dirname, '..', 'fixtures', 'library-purge18', NAME)) };
const ARMY = '在苎溪乡冬季征兵工作会议上的讲话';
let h: Harness;
reportFailures(() => h);
let page: Page;

const titles = async () => (await page.locator('.library-list tbody tr td.title').allInnerTexts()).map((t) => t.trim());

beforeAll(async () => {
  mkdirSync(LOOK, { recursive: true });
  h = await openApp();
  page = h.page;
  await openLibrary(h);
  await page.getByLabel('导入范文').setInputFiles([FILE]);
  await importResult(page).filter({ hasText: '已导入范文' }).waitFor({ timeout: 60_000 });
}, 120_000);

afterAll(async () => {
  await h?.close();
});

describe('importing again a file with a speech deleted for good', () => {
  it('says the deleted speech was imported again, and it is back in the list and the search', async () => {
    const docs = await api<{ id: number; title: string }[]>(h, 'library.documents', {});
    const army = docs.find((d) => d.title === ARMY)!.id;
    await api(h, 'library.remove', { documentIds: [army] });
    await api(h, 'library.purge', { documentIds: [army] });
    // Away and back: the list is read again.
    await page.locator('.topbar').getByRole('button', { name: '文稿' }).click();
    await page.locator('.topbar').getByRole('button', { name: '范文库' }).click();
    await page.locator('.library-docs[data-ready="yes"]').waitFor({ timeout: 30_000 });
    await expect.poll(titles).not.toContain(ARMY);

    await page.getByLabel('导入范文').setInputFiles([FILE]);
    const text = (await importLines(page, '已导入范文 1 篇，1 个文件已在范文库中')).join('\n');
    expect(text).toContain(`其中彻底删除过的《${ARMY}》已从这个文件重新导入（共 3 篇中的 1 篇）`);
    expect(text).not.toContain('已在范文库中，未重复导入：');
    await expect.poll(titles).toContain(ARMY);
    await page.screenshot({ path: `${LOOK}/ui18-reimport-purged.png` });
    expect(await searchLibrary(page, '适龄青年')).toHaveLength(1);
  }, 120_000);
});
