// Cosmetics of the 范文库's list from session 19's screen test (defects 8 and 10, and 4's wording): a
// title the analysis made from the body (「…（据正文）」) says so on hover and in a line under the
// list; 「正文相同」 says on hover that only the bodies agree (titles and head lines, and so 字数, may
// differ); a long file name never wraps inside its extension (「…讲话.doc / x」). In Debian's
// Chromium against browser mode. Fixtures: test/fixtures/library-ui20 (沙溪镇). Screenshot:
// /tmp/wengao-look/ui20-library-legends.png.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LOOK, useApp } from './app-per-file.ts';
import { fixtureText, importFiles, listRows, openLibrary } from './library-page.ts';

const LONG = '沙溪镇冬季农田水利基本建设推进会领导讲话及会议材料汇编定稿.txt';
let page: Page;
useApp(async (h) => {
  page = h.page;
  await openLibrary(h);
  await importFiles(page, [fixtureText('library-ui20', 'body.txt', LONG)]);
  await importFiles(page, [fixtureText('library-ui20', 'titled.txt', '沙溪镇冬修水利讲话.txt')]);
  await listRows(page).nth(1).waitFor({ timeout: 30_000 });
});

describe('the 范文库 list explains itself', () => {
  it('a title made from the body says so, on hover and under the list', async () => {
    const derived = page.locator('.library-list td.title button.link', { hasText: '（据正文）' });
    expect(await derived.count()).toBe(1);
    expect(await derived.getAttribute('title')).toContain('原文没有标题，这个标题是按正文内容拟的');
    expect(await page.locator('.library-legend').innerText()).toContain('标题后注“（据正文）”的：原文没有标题');
    // A title of the file's own has no such note.
    expect(await page.locator('.library-list td.title button.link', { hasText: '在沙溪镇冬季农田水利基本建设推进会上的讲话' }).filter({ hasNotText: '据正文' }).getAttribute('title')).toBeNull();
  });

  it('「正文相同」 says what is the same', async () => {
    const same = page.locator('.library-list .same-as');
    expect(await same.count()).toBe(1);
    expect(await same.getAttribute('title')).toContain('正文以外的行可能不同');
  });

  it('a long file name does not wrap inside its extension', async () => {
    const ext = page.locator('.library-list td.source .ext', { hasText: '.txt' }).first();
    expect(await ext.innerText()).toBe('稿.txt');
    // One box: the extension and the character before it sit on one line.
    const rects = await ext.evaluate((el) => (el as unknown as { getClientRects(): { length: number } }).getClientRects().length);
    expect(rects).toBe(1);
    await page.screenshot({ path: `${LOOK}/ui20-library-legends.png` });
  });
});
