// The 范文库's search results as a secretary uses them (the outside tester's defects 3 and 4, session
// 16), in Debian's Chromium against browser mode: two hits that read alike each say their file, year
// and speaker; after she moves one document to the 回收站, restores it, or deletes it for good, the
// results on screen answer for the library as it now is, without pressing 搜索 again (defect 4). The
// 文档 tab keeps its count while the 回收站 is shown (defect 9), and the import's summary at the top
// does not go on naming what was deleted (defect 10).
// Fixtures: test/fixtures/library-ui17/ (棠梨县, invented). Screenshots: /tmp/wengao-look/ui17-search-*.png.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LOOK, useApp } from './app-per-file.ts';
import { fixtureText, importFiles, importSays, listRows, openLibrary, searchLibrary } from './library-page.ts';

const A = '棠梨县创卫讲话汇编.txt';
const B = '领导讲话选编.txt';
const WORDS = '严格工作标准';
let page: Page;
useApp(async (h) => {
  page = h.page;
  await openLibrary(h);
  await importFiles(page, [A, B].map((name) => fixtureText('library-ui17', name)));
});

/** The source line of every hit whose passage is the one both documents share. */
const sharedSources = () => page.locator('.hits li').filter({ hasText: '逐项整改' }).locator('.hit-source').allInnerTexts();
const row = (file: string) => listRows(page).filter({ has: page.locator('td.source', { hasText: file }) });
const said = () => page.locator('.hits-said').innerText();

describe('范文库 search results', () => {
  it('two hits alike say their file, year and speaker', async () => {
    await searchLibrary(page, WORDS);
    const sources = await sharedSources();
    expect(sources.sort()).toEqual([`来自：${A} · 2024年 · 县委书记 柯望舒`, `来自：${B} · 2025年 · 县长 苗听澜`].sort());
    await page.locator('.hits').screenshot({ path: `${LOOK}/ui17-search-sources.png` });
  }, 60_000);

  it('follow the 回收站: binned, restored, deleted for good — without pressing 搜索', async () => {
    const before = await said();
    await importSays(page, B);
    await row(B).getByRole('button', { name: '移到回收站' }).click();
    await expect.poll(sharedSources).toEqual([`来自：${A} · 2024年 · 县委书记 柯望舒`]);
    expect(await said()).not.toBe(before);
    await page.screenshot({ path: `${LOOK}/ui17-search-after-bin.png` });

    await page.getByRole('tab', { name: /回收站/ }).click();
    await row(B).getByRole('button', { name: '恢复' }).click();
    await expect.poll(async () => (await sharedSources()).length).toBe(2);
    expect(await said()).toBe(before);
    // Still on the 回收站 tab: both tabs say their counts.
    await expect.poll(() => page.getByRole('tab', { name: /^文档/ }).innerText()).toBe('文档（2 篇）');
    expect(await page.getByRole('tab', { name: /回收站/ }).innerText()).toBe('回收站（0）');
    await page.locator('.library-docs').screenshot({ path: `${LOOK}/ui17-bin-restored-tabs.png` });

    await page.getByRole('tab', { name: /^文档/ }).click();
    await row(B).getByRole('button', { name: '移到回收站' }).click();
    await expect.poll(async () => (await sharedSources()).length).toBe(1);
    await page.getByRole('tab', { name: /回收站/ }).click();
    await row(B).getByRole('button', { name: '彻底删除' }).click();
    await page.getByRole('button', { name: '确定彻底删除' }).click();
    await page.locator('.status').filter({ hasText: '已彻底删除' }).waitFor();
    await expect.poll(sharedSources).toEqual([`来自：${A} · 2024年 · 县委书记 柯望舒`]);
    expect(await page.getByRole('tab', { name: /^文档/ }).innerText()).toBe('文档（1 篇）');
    // No summary at the top still names the file whose document was deleted.
    expect(await page.locator('.import-result').count()).toBe(0);
    await page.screenshot({ path: `${LOOK}/ui17-after-delete.png` });
    expect(await page.locator('.status.error').count()).toBe(0);
  }, 90_000);
});
