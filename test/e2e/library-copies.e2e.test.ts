// One speech imported from three files, and a 繁體 file, as a secretary does it in Debian's Chromium
// against browser mode (session 17, s16 screen tester's defect 5 and the import tester's c07): the
// import's message says which document is the same as which and that the 繁體 file was converted;
// the list marks the copies under their titles; a search shows each passage once and names the other
// files that hold it. Fixtures: test/fixtures/library-copies (荻川县), winter-minutes-notice-traditional.txt
// (桐溪县). Screenshots: /tmp/wengao-look/ui17-copies-*.png.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LOOK, useApp } from './app-per-file.ts';
import { importFiles, importLines, importResult, openLibrary, searchLibrary } from './library-page.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const COPIES = ['居家养老服务推进会讲话.docx', '养老服务讲话（笔记）.md', 'content_20261024.html'];
const TITLE = '在全县居家养老服务工作推进会上的讲话';
let page: Page;
useApp(async (h) => {
  page = h.page;
  await openLibrary(h);
});

describe('the same speech from three files, and a 繁體 file', () => {
  it('says so at the import, in the list and in a search', async () => {
    const files = [...COPIES.map((f) => join(FIXTURES, 'library-copies', f)), join(FIXTURES, 'collections', 'winter-minutes-notice-traditional.txt')];
    await importFiles(page, files);
    const said = (await importLines(page)).join('\n');
    // The copies in one line, not a notice each with both long titles (the s18 screen tester's defect 5).
    // 正文相同: their titles and head lines differ, and so their 字数 (the s18 screen tester's defect 11).
    expect(said).toContain('其中 2 篇与范文库中已有的文档正文相同，已在列表中标出');
    expect(said).not.toContain('内容相同');
    expect(said).not.toContain(`与《${TITLE}》（来自`);
    expect(said).toContain('注意（winter-minutes-notice-traditional.txt）：这个文件是繁体字，已转为简体导入');
    expect(await importResult(page).getByRole('list', { name: '导入详情' }).locator('li').count()).toBe(3);
    // Said in the summary line too, not only under 查看详情 (s23 outside screen test, 7).
    expect(await importResult(page).locator('.import-said').innerText()).toMatch(/^已导入范文 \d+ 篇（其中 2 篇与范文库中已有文档正文相同）$/);
    await page.locator('.screen').screenshot({ path: `${LOOK}/ui17-copies-imported.png` });

    const marks = page.locator('.library-list td.title .same-as');
    await expect.poll(() => marks.count(), { timeout: 10_000 }).toBe(2);
    expect(await marks.allInnerTexts()).toEqual([`与《${TITLE}》（来自 ${COPIES[0]}）正文相同`, `与《${TITLE}》（来自 ${COPIES[0]}）正文相同`]);
    expect(await page.locator('.library-list td.title button.link', { hasText: '桐溪县人民政府第二十三次常务会议纪要' }).count()).toBe(1);
    await page.locator('.library-list').screenshot({ path: `${LOOK}/ui17-copies-list.png` });

    expect(await searchLibrary(page, '互助养老点')).toEqual([TITLE]);
    const hits = page.locator('.hits li');
    const texts = await hits.locator('.snippet').allInnerTexts();
    expect(new Set(texts).size).toBe(texts.length);
    expect(await hits.first().locator('.copies').innerText()).toBe(`正文相同的还有：《${TITLE}》（来自 ${COPIES[1]}）、《韦春兰${TITLE}》（来自 ${COPIES[2]}）`);
    await page.locator('.side, .screen').first().screenshot({ path: `${LOOK}/ui17-copies-search.png` });
  }, 120_000);
});
