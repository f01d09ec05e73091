// The 导入清理记录 as a secretary reads it (the outside tester's defects 8 and 11, session 16), in
// Debian's Chromium against browser mode: a removed notice that a page broke at every link reads as
// its sentence, with no 「⏎」 or other symbol; in 「拆分有误」 the 「第 N 篇」 marks are whole (their 「第」
// was clipped), and the list of what cleaning removed starts clearly apart from the split box.
// Fixture: test/fixtures/library-ui17/梧桐乡讲话汇编.txt (invented). Screenshots: /tmp/wengao-look/ui17-review-*.png.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LOOK, useApp } from './app-per-file.ts';
import { fixtureText, importFiles, openLibrary } from './library-page.ts';

const FILE = '梧桐乡讲话汇编.txt';
let page: Page;
useApp(async (h) => {
  page = h.page;
  await openLibrary(h);
  await importFiles(page, [fixtureText('library-ui17', FILE)]);
  await page.locator('.import-review summary').click();
  await page.locator(`.import-review section h4`, { hasText: FILE }).waitFor();
});

describe('导入清理记录', () => {
  it('shows a removed notice broken at every link as the sentence it is, with no line-break symbol', async () => {
    const removals = page.locator('.import-review .removals li');
    const texts = await removals.locator('.text').allInnerTexts();
    expect(texts.join('\n')).not.toMatch(/⏎|↵|\\n/);
    expect(await removals.locator('.text-line').allInnerTexts()).toContain('依据《中华人民共和国著作权法》第五条，本作品不适用于该法律、法规，国家机关的决议、决定等官方文件。');
    await page.locator('.import-review').screenshot({ path: `${LOOK}/ui17-review-removals.png` });
  }, 60_000);

  it('拆分有误: the 第 N 篇 marks are not clipped, and the removals start apart from the split box', async () => {
    await page.locator('.import-review section h4').getByRole('button', { name: '拆分有误' }).click();
    const box = page.locator('.import-review ol.split-lines');
    await box.locator('li.doc-start').first().waitFor();
    const outer = (await box.boundingBox())!;
    for (const mark of await box.locator('li.doc-start').all()) {
      const b = (await mark.boundingBox())!;
      expect(b.x).toBeGreaterThanOrEqual(outer.x);
      expect(await mark.innerText()).toMatch(/^第 \d 篇：/);
    }
    const head = (await page.locator('.import-review .removals-head').boundingBox())!;
    expect(head.y - (outer.y + outer.height)).toBeGreaterThanOrEqual(8);
    expect(await page.locator('.import-review .removals-head').innerText()).toContain('清理删去的内容');
    await page.locator('.import-review').screenshot({ path: `${LOOK}/ui17-review-split.png` });
  }, 60_000);
});
