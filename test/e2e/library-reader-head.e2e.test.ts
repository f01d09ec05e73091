// The 范文库 reader shows a document's front once (session 20's screen test, defect 4: an imported
// 政府工作报告 showed its date and speaker centred above, then the title as a plain paragraph, then the
// speaker and the date again). The stored text keeps the front as the file had it; the analysis gives
// the head lines apart — the reader takes the text's own front lines out and shows them as the head,
// the title as the text's title. Debian's Chromium against browser mode. Invented: 澄川县 (a report:
// title, speaker line, date; a title over two lines: test/unit/reader-front.test.ts). Screen: /tmp/wengao-look/ui21-reader-head.png.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LOOK, useApp } from './app-per-file.ts';
import { fixtureText, importFiles, listRows, listTitles, openLibrary } from './library-page.ts';

const TITLE = '在澄川县第九届人民代表大会第三次会议上的政府工作报告';
let page: Page;
useApp(async (h) => {
  page = h.page;
  await openLibrary(h);
  await importFiles(page, [fixtureText('library-ui21', 'report-head.txt')]);
});

describe('the 范文库 reader', () => {
  it('shows the title, the speaker and the date once each, centred above the text', async () => {
    await page.locator('.library-list td.title button', { hasText: TITLE }).click();
    const reader = page.getByRole('dialog', { name: `阅读：${TITLE}` });
    await reader.locator('.reader-text p').first().waitFor();
    const lines = (await reader.locator('.reader-text p').allInnerTexts()).map((l) => l.replace(/\s/g, ''));
    expect(lines.slice(0, 4)).toEqual([TITLE, '县长殷若兰', '（2027年1月9日）', '各位代表：']);
    for (const once of [TITLE, '县长殷若兰', '（2027年1月9日）']) expect(lines.filter((l) => l === once), once).toHaveLength(1);
    expect(await reader.locator('.reader-text p.reader-title').innerText()).toBe(TITLE);
    expect(await reader.locator('.reader-text p.reader-head').allInnerTexts()).toEqual(['县长　殷若兰', '（2027年1月9日）']);
    await page.screenshot({ path: `${LOOK}/ui21-reader-head.png` });
    await reader.getByRole('button', { name: '关闭' }).click();
  });

  it('从此处拆开 in 导入清理记录: the list of documents above says so at once', async () => {
    // session 21's screen test: the list still said 3 篇 after a split, until the page was reopened.
    await page.locator('.import-review summary').click();
    const file = page.locator('.import-review section').filter({ hasText: 'report-head.txt' });
    await file.getByRole('button', { name: '拆分有误' }).click();
    await file.locator('ol.split-lines li').filter({ hasText: '二、2027年工作安排' }).getByRole('button', { name: '从此处拆开' }).click();
    await page.locator('.status').filter({ hasText: '已重新分析：现为 2 篇' }).waitFor({ timeout: 30_000 });
    await expect.poll(() => listRows(page).count()).toBe(2);
    expect(await listTitles(page)).toContain(TITLE);
  });
});
