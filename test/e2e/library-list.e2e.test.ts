// The 范文库's list of documents as a secretary uses it, in Debian's Chromium against browser mode
// (tester's item 5, session 14): after importing files she sees every document with its genre, file,
// date and length; sorts and filters the list; opens one to read its outline and text; moves a wrong
// import to the 回收站 (no longer found by search), undoes it, moves it again, restores it from the
// 回收站 exactly (found again), and deletes one for good only after confirming. Fixtures:
// test/fixtures/library-bin/two-speeches.txt (枫岭县) and an invented minutes file. Screenshots:
// /tmp/wengao-look/ui15-library-*.png.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LOOK, useApp } from './app-per-file.ts';
import { fixtureText, importFiles, listRow, listTitles, openLibrary, searchLibrary } from './library-page.ts';

const FIRE = '在枫岭县秋冬季森林防火工作会议上的讲话';
const WATER = '在枫岭县冬季农田水利建设推进会上的讲话';
const MINUTES = '桐坪镇防汛物资储备工作专题会议纪要';
let page: Page;
useApp(async (h) => {
  page = h.page;
  await openLibrary(h);
});

const titles = () => listTitles(page);
const row = (title: string) => listRow(page, title);
const searchFor = (words: string): Promise<string[]> => searchLibrary(page, words);

describe('the 范文库 list', () => {
  it('lists what was imported, sorts, filters by genre and file, and opens a document to read', async () => {
    expect(await page.locator('.library-docs .empty').innerText()).toContain('范文库还是空的');
    const minutes = [MINUTES, '时间：2026年5月6日', '地点：镇政府三楼会议室', '会议议定：', '一、各村在5月底前补齐编织袋、救生衣等防汛物资。', '二、镇应急办每月清点一次储备物资。'].join('\n');
    await importFiles(page, [fixtureText('library-bin', 'two-speeches.txt'), { name: '桐坪镇纪要.txt', mimeType: 'text/plain', buffer: Buffer.from(minutes) }]);
    await expect.poll(titles, { timeout: 10_000 }).toHaveLength(3);
    expect(await page.getByRole('tab', { name: /文档（3 篇）/ }).count()).toBe(1);
    const fire = row(FIRE);
    expect(await fire.locator('td').nth(2).innerText()).toBe('讲话');
    expect(await fire.locator('td.source').innerText()).toBe('two-speeches.txt');
    expect(await fire.locator('td').nth(4).innerText()).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d$/);
    expect(Number(await fire.locator('td').nth(5).innerText())).toBeGreaterThan(100);
    await page.locator('.screen').screenshot({ path: `${LOOK}/ui15-library-list.png` });

    // Sorted by 字数, both ways; by 标题.
    await page.locator('.library-list th button', { hasText: '字数' }).click();
    const ascending = await titles();
    expect(ascending[0]).toBe(MINUTES);
    await page.locator('.library-list th button', { hasText: '字数' }).click();
    expect(await titles()).toEqual([...ascending].reverse());
    // Filtered by genre, then by file.
    await page.getByLabel('按体裁筛选').selectOption({ label: '纪要' });
    expect(await titles()).toEqual([MINUTES]);
    await page.getByLabel('按体裁筛选').selectOption({ label: '全部' });
    await page.getByLabel('按来源文件筛选').selectOption('two-speeches.txt');
    expect((await titles()).sort()).toEqual([FIRE, WATER].sort());

    // Opened to read: its outline and its whole text.
    await fire.locator('td.title button').click();
    const reader = page.getByRole('dialog', { name: `阅读：${FIRE}` });
    await reader.locator('.reader-text p').first().waitFor();
    expect(await reader.locator('.reader-outline li').allInnerTexts()).toEqual(['一、认清形势，压实护林防火责任', '二、突出重点，严控野外用火', '三、强化保障，提升扑救能力']);
    expect(await reader.locator('.reader-text').innerText()).toContain('县应急管理局要牵头开展扑火演练');
    await page.screenshot({ path: `${LOOK}/ui15-library-reader.png` });
    await reader.getByRole('button', { name: '关闭' }).click();
    await page.getByLabel('按来源文件筛选').selectOption('');
  }, 120_000);

  it('移到回收站 takes a document out of search, 撤销 brings it back; the 回收站 restores it exactly', async () => {
    expect(await searchFor('扑火演练')).toEqual([FIRE]);
    await row(FIRE).getByRole('button', { name: '移到回收站' }).click();
    await page.locator('.library-undo').waitFor();
    // One document is 「这篇」, not 「它们」 (the s18 screen tester's defect 11).
    expect(await page.locator('.library-undo').innerText()).toContain(`已移到回收站：《${FIRE}》。这篇不再被搜索，也不用于起草。`);
    await expect.poll(titles).not.toContain(FIRE);
    expect(await page.getByRole('tab', { name: '回收站（1）' }).count()).toBe(1);
    expect(await searchFor('扑火演练')).toEqual([]);
    await page.locator('.screen').screenshot({ path: `${LOOK}/ui15-library-removed-undo.png` });

    await page.locator('.library-undo').getByRole('button', { name: '撤销' }).click();
    await expect.poll(titles).toContain(FIRE);
    expect(await searchFor('扑火演练')).toEqual([FIRE]);

    // Two documents at once, to the bin; from the bin, one restored exactly.
    await row(FIRE).getByRole('checkbox').check();
    await row(MINUTES).getByRole('checkbox').check();
    await page.locator('.library-docs-bar').getByRole('button', { name: '移到回收站（2 篇）' }).click();
    await expect.poll(titles).toEqual([WATER]);
    expect(await page.locator('.library-undo').innerText()).toContain('等 2 篇。它们不再被搜索');
    await page.getByRole('tab', { name: '回收站（2）' }).click();
    await expect.poll(titles).toHaveLength(2);
    expect(await row(FIRE).locator('td').nth(6).innerText()).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d$/);
    await page.locator('.screen').screenshot({ path: `${LOOK}/ui15-library-bin.png` });
    await row(FIRE).getByRole('button', { name: '恢复' }).click();
    await expect.poll(titles).toEqual([MINUTES]);
    expect(await searchFor('扑火演练')).toEqual([FIRE]);
    expect(await searchFor('编织袋')).toEqual([]);
  }, 120_000);

  it('彻底删除 asks first; 取消 keeps it, 确定 deletes it for good', async () => {
    await row(MINUTES).getByRole('button', { name: '彻底删除' }).click();
    const confirm = page.getByRole('alertdialog', { name: '确认彻底删除' });
    expect(await confirm.innerText()).toContain('后不能恢复');
    await page.locator('.screen').screenshot({ path: `${LOOK}/ui15-library-purge-confirm.png` });
    await confirm.getByRole('button', { name: '取消' }).click();
    expect(await titles()).toEqual([MINUTES]);
    await row(MINUTES).getByRole('button', { name: '彻底删除' }).click();
    await confirm.getByRole('button', { name: '确定彻底删除' }).click();
    await page.locator('.library-docs .empty').filter({ hasText: '回收站是空的' }).waitFor();
    await page.getByRole('tab', { name: /文档/ }).click();
    await expect.poll(titles).toEqual([FIRE, WATER]);
  }, 120_000);
});
