// The 导入清理记录 in a secretary's words (the s18 outside screen tester's defect 8), in Debian's Chromium
// against browser mode: a 公众号 post saved as Markdown lists its 「- END -」 line once, as 分隔线, not
// also its list mark 「-」 under 「Markdown 标记」; no reason is in English or technical words.
// Fixture: test/fixtures/library-ui18/荷塘街道讲话.md (invented). Screenshot: /tmp/wengao-look/ui18-review-words.png.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LOOK, useApp } from './app-per-file.ts';
import { fixtureText, importFiles, openLibrary } from './library-page.ts';

const FILE = '荷塘街道讲话.md';
let page: Page;
useApp(async (h) => {
  page = h.page;
  await openLibrary(h);
  await importFiles(page, [fixtureText('library-ui18', FILE)]);
  await page.locator('.import-review summary').click();
  await page.locator('.import-review section h4', { hasText: FILE }).waitFor();
});

describe('导入清理记录 of a Markdown file', () => {
  it('lists a line once, as it stood, under a reason in plain words', async () => {
    const removals = page.locator('.import-review .removals li');
    const rows: string[] = [];
    for (const li of await removals.all()) rows.push(`${await li.locator('.reason').innerText()}|${await li.locator('.line').innerText()}|${await li.locator('.text').innerText()}`);
    expect(rows.filter((r) => r.includes('第 17 行'))).toEqual(['分隔线|第 17 行|- END -']);
    expect(rows.filter((r) => r.includes('第 19 行'))).toEqual(['来源|第 19 行|**编辑：方晓雯**']);
    for (const reason of await removals.locator('.reason').allInnerTexts()) expect(reason).not.toMatch(/[A-Za-z]/);
    expect(await removals.locator('.reason').allInnerTexts()).toContain('格式符号');
    await page.locator('.import-review').screenshot({ path: `${LOOK}/ui18-review-words.png` });
  }, 60_000);
});
