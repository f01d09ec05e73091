// The 回收站 seen from the rest of the 范文库 screen, in Debian's Chromium against browser mode
// (session 16): a file imported again whose documents are in the 回收站 is not 「已在范文库中」 — the
// result says which of its documents are in the bin, offers to restore them at once, and they are
// back in the list and the search; the 导入清理记录 marks a binned document under its file, and
// 拆分有误 offers neither a merge nor a split that would touch it; restored, it is unmarked at once. Fixture:
// test/fixtures/library-bin16/three-talks.txt (岚溪镇). Screenshots: /tmp/wengao-look/ui16-*.png.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LOOK, useApp } from './app-per-file.ts';
import { fixtureText, importFiles, importResult, listRow, listRows, listTitles, openLibrary, searchLibrary } from './library-page.ts';

const NAME = 'three-talks.txt';
const FILE = fixtureText('library-bin16', NAME);
const FISH = '在岚溪镇秋季禁渔工作会议上的讲话';
const TEA = '在岚溪镇茶园冬管工作推进会上的讲话';
const STREET = '在岚溪镇集镇环境整治动员会上的讲话';
let page: Page;
useApp(async (h) => {
  page = h.page;
  await openLibrary(h);
  await importFiles(page, [FILE]);
  await listRows(page).nth(2).waitFor({ timeout: 10_000 });
});

const titles = () => listTitles(page);
const row = (title: string) => listRow(page, title);
const result = () => importResult(page);

/** Picks the file again and waits for the import's result to say what it found. */
async function importAgain(words: string): Promise<void> {
  await page.getByLabel('导入范文').setInputFiles([FILE]);
  await result().filter({ hasText: words }).waitFor({ timeout: 60_000 });
}

async function toBin(...docs: string[]): Promise<void> {
  for (const d of docs) await row(d).getByRole('checkbox').check();
  await page.locator('.library-docs-bar').getByRole('button', { name: /^移到回收站/ }).click();
  await expect.poll(titles).not.toContain(docs[0]);
}

const searchFor = (words: string): Promise<string[]> => searchLibrary(page, words);

describe('importing again a file whose documents are in the 回收站', () => {
  it('one of three in the bin: names it, and 恢复 brings it back to the list and the search', async () => {
    await toBin(TEA);
    expect(await searchFor('茶树修剪')).toEqual([]);
    await importAgain('在回收站中');
    const said = await result().innerText();
    expect(said).toContain(`${NAME} 已在范文库中，未重复导入；其中《${TEA}》在回收站中（共 3 篇中的 1 篇），可在回收站恢复`);
    expect(said).not.toContain('已在范文库中，未重复导入：');
    await page.locator('.screen').screenshot({ path: `${LOOK}/ui16-reimport-partly-binned.png` });

    await result().getByRole('button', { name: '从回收站恢复这篇' }).click();
    await result().filter({ hasText: `已从回收站恢复：《${TEA}》` }).waitFor();
    await expect.poll(titles).toContain(TEA);
    expect(await page.getByRole('tab', { name: '回收站（0）' }).count()).toBe(1);
    expect(await searchFor('茶树修剪')).toEqual([TEA]);
  }, 120_000);

  it('all of them in the bin: says so, not 「已在范文库中」, and restores all three', async () => {
    await toBin(FISH, TEA, STREET);
    expect(await page.locator('.library-docs .empty').innerText()).toBe('范文库中暂无可用的文档：3 篇在回收站中，可在回收站恢复。');
    await importAgain('都在回收站中');
    const said = await result().innerText();
    expect(said).toContain(`${NAME} 以前导入过，它的 3 篇文档`);
    expect(said).toContain('都在回收站中，未重复导入。可在回收站恢复');
    expect(said).not.toContain('已在范文库中');
    await page.locator('.screen').screenshot({ path: `${LOOK}/ui16-reimport-all-binned.png` });
    await result().getByRole('button', { name: '从回收站恢复这 3 篇' }).click();
    await expect.poll(titles).toHaveLength(3);
    expect(await searchFor('违章搭建')).toEqual([STREET]);
  }, 120_000);
});

describe('the 导入清理记录 with a document in the bin', () => {
  it('marks it under its file; 拆分有误 offers no merge or split that touches it', async () => {
    await toBin(TEA);
    await page.locator('.import-review summary').click();
    const file = page.locator('.import-review section').filter({ has: page.locator('h4', { hasText: NAME }) });
    await file.locator('h4 .count').filter({ hasText: '共 3 篇，其中 1 篇在回收站中' }).waitFor();
    const docs = file.locator('ol.documents li');
    expect(await docs.nth(1).innerText()).toContain('已移入回收站（可在回收站恢复）');
    expect(await docs.nth(0).innerText()).not.toContain('回收站');

    await file.getByRole('button', { name: '拆分有误' }).click();
    const lines = file.getByRole('list', { name: '选择拆分位置' });
    await lines.locator('li').first().waitFor();
    // Neither the binned document into the one before, nor the one after into it.
    expect(await docs.nth(1).getByRole('button', { name: '与上一篇合并' }).count()).toBe(0);
    expect(await docs.nth(2).getByRole('button', { name: '与上一篇合并' }).count()).toBe(0);
    const teaMark = lines.locator('li.doc-start', { hasText: TEA });
    expect(await teaMark.innerText()).toContain('在回收站中，恢复后才能在其中拆开');
    // Its lines offer no 从此处拆开; the live ones after it do.
    expect(await lines.locator('li', { hasText: '抓好施肥' }).count()).toBe(0);
    expect(await lines.locator('li', { hasText: '整治乱搭乱建' }).getByRole('button', { name: '从此处拆开' }).count()).toBe(1);
    await file.screenshot({ path: `${LOOK}/ui16-import-review-binned.png` });

    // Restored from the list while the record is open: the record reads itself again, unmarked.
    await page.locator('.library-undo').getByRole('button', { name: '撤销' }).click();
    await file.locator('h4 .count').filter({ hasText: /^共 3 篇$/ }).waitFor();
    expect(await file.locator('.bin-mark').count()).toBe(0);
    expect(await file.getByRole('list', { name: '选择拆分位置' }).count()).toBe(0);
  }, 120_000);
});
