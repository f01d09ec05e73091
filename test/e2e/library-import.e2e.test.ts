// The 范文库 import as a secretary does it, in Debian's Chromium against browser mode: pick a PDF, a
// saved web page and two scraped collections at once (progress shown), drop a file on the panel,
// find a PDF's sentence, read the 导入清理记录 per file (how many documents, what was removed), and
// correct a split with 「拆分有误」: 从此处拆开, then 与上一篇合并, and see which pages of a PDF in three
// columns to check against the original. Screenshots: /tmp/wengao-look/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportFailures } from './failures.ts';
import { appUrl, openApp } from './harness.ts';
import { importLines, importSays } from './library-page.ts';
import type { Harness } from './harness.ts';

const LOOK = '/tmp/wengao-look';
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'collections');
let h: Harness;
reportFailures(() => h);
let page: Page;

const status = (text: string) => page.locator('.status').filter({ hasText: text }).waitFor({ timeout: 60_000 });
const source = (name: string) => page.locator('.import-review section').filter({ has: page.locator('h4', { hasText: name }) });
/** Searches the library and waits for the answer to these words (not the last search's hits, still on screen until it comes). */
async function searchFor(words: string) {
  await page.getByRole('searchbox', { name: '搜索范文' }).fill(words);
  await page.getByRole('button', { name: '搜索', exact: true }).click();
  await page.locator('.hits-said').filter({ hasText: `“${words}”：` }).waitFor({ timeout: 30_000 });
  return page.locator('.hits li .src').first().innerText();
}

/** Two speeches in one file with nothing between them that tells where the second begins. */
const UNMARKED = [
  '在全县防汛工作会议上的讲话',
  '同志们：',
  '今年汛期降水偏多，各地要提前做好防汛准备，确保安全度汛。',
  '同志们，防汛责任重于泰山，大家务必高度重视！',
  '森林防火工作要点',
  '当前正值春季防火关键期，各乡镇要严格管控野外火源，确保不发生森林火灾。',
  '各村护林员要加强巡查，发现火情第一时间报告。',
].join('\n');

beforeAll(async () => {
  mkdirSync(LOOK, { recursive: true });
  process.env.WENGAO_SOFFICE = 'off';
  h = await openApp();
  page = h.page;
  await page.goto(appUrl(h));
  await page.locator('.documents[data-ready="yes"]').waitFor();
  // A document to work in: the 范文库 panel is beside the editor.
  await page.getByLabel('导入文稿').setInputFiles({ name: '讲话.txt', mimeType: 'text/plain', buffer: Buffer.from('在全县安全生产工作会议上的讲话\n同志们：\n今天召开会议。\n') });
  await page.locator('.editable p').first().waitFor({ timeout: 30_000 });
  await page.keyboard.press('Control+Shift+F');
  // Searches answer late, as on a busy machine (CI): the panel must not show the last search's hits
  // as the answer meanwhile, and searchFor must wait for the answer to its own words.
  await page.route('**/api/library.search', async (route) => {
    await new Promise((r) => setTimeout(r, 400));
    await route.continue();
  });
}, 120_000);

afterAll(async () => {
  delete process.env.WENGAO_SOFFICE;
  await h?.close();
});

describe('范文库 import of what people actually have', () => {
  it('imports a PDF, a saved web page and two collections picked together, with progress', async () => {
    const files = ['straw-speech.pdf', 'records-page.html', 'flood-records.txt', 'head-blocks.txt'].map((f) => join(FIXTURES, f));
    await page.getByLabel('导入范文').setInputFiles(files);
    await page.locator('.import-progress').filter({ hasText: /正在导入 \d\/4/ }).waitFor({ timeout: 30_000 });
    const said = (await importLines(page, '已导入范文 14 篇')).join('\n');
    expect(said).toMatch(/straw-speech\.pdf：1 篇/);
    expect(said).toMatch(/records-page\.html：3 篇/);
    expect(said).toMatch(/flood-records\.txt：6 篇/);
    expect(said).toMatch(/head-blocks\.txt：4 篇/);
    expect(await page.locator('.import-progress').count()).toBe(0);
    await expect(searchFor('秸秆综合利用率')).resolves.toContain('秸秆禁烧');
    await page.locator('.side').screenshot({ path: `${LOOK}/ui-library-import-types.png` });
  }, 120_000);

  it('takes a file dropped on the panel, and names one it cannot take', async () => {
    // What the browser hands the page when files are dropped on it (built in the page: a DOM object).
    const dropped = await page.evaluateHandle(`(() => {
      const dt = new DataTransfer();
      dt.items.add(new File([${JSON.stringify(UNMARKED)}], '防汛讲话.txt', { type: 'text/plain' }));
      dt.items.add(new File(['x'], '照片.jpg', { type: 'image/jpeg' }));
      return dt;
    })()`);
    await page.locator('.panel-library').dispatchEvent('dragover', { dataTransfer: dropped });
    await expect(page.locator('.panel-library.dropping').count()).resolves.toBe(1);
    await page.locator('.panel-library').dispatchEvent('drop', { dataTransfer: dropped });
    // The photo is named in the import's own account, not in a status line over the toolbar.
    const lines = await importLines(page, '已导入范文 1 篇，1 个文件未导入');
    expect(lines.join('\n')).toMatch(/防汛讲话\.txt：1 篇/);
    expect(lines.join('\n')).toMatch(/照片\.jpg：/);
    expect(await page.locator('.status.error').count()).toBe(0);
  }, 60_000);

  it('shows per file how many documents it became and what was removed', async () => {
    await page.locator('.import-review summary').click();
    const page3 = source('records-page.html');
    await page3.waitFor();
    await expect(page3.locator('h4 .count').innerText()).resolves.toBe('共 3 篇');
    const reasons = await page3.locator('ol.removals .reason').allInnerTexts();
    expect(reasons).toEqual(expect.arrayContaining(['导航', '评论', '分享', '上一篇/下一篇', '版权声明', '篇目标记']));
    const pdf = source('straw-speech.pdf');
    expect(await pdf.locator('ol.removals .reason').allInnerTexts()).toEqual(['页眉页脚', '页码', '页眉页脚', '页码', '页眉页脚', '页码']);
    await page.locator('.import-review').screenshot({ path: `${LOOK}/ui-import-review-files.png` });
  }, 60_000);

  it('「拆分有误」: splits a document at a chosen line, and merges it back', async () => {
    const file = source('防汛讲话.txt');
    await expect(file.locator('h4 .count').innerText()).resolves.toBe('共 1 篇');
    await file.getByRole('button', { name: '拆分有误' }).click();
    const at = file.locator('ol.split-lines li').filter({ hasText: '森林防火工作要点' });
    await at.getByRole('button', { name: '从此处拆开' }).click();
    await status('防汛讲话.txt 已重新分析：现为 2 篇');
    await expect(file.locator('h4 .count').innerText()).resolves.toBe('共 2 篇');
    expect(await file.locator('ol.documents .title').allInnerTexts()).toEqual(['在全县防汛工作会议上的讲话', '森林防火工作要点']);
    await page.locator('.import-review').screenshot({ path: `${LOOK}/ui-import-review-split.png` });
    // Searchable as its own document.
    await expect(searchFor('护林员')).resolves.toBe('森林防火工作要点');
    // And merged back.
    await file.locator('ol.documents li').nth(1).getByRole('button', { name: '与上一篇合并' }).click();
    await status('防汛讲话.txt 已重新分析：现为 1 篇');
    await expect(file.locator('h4 .count').innerText()).resolves.toBe('共 1 篇');
    expect(await page.locator('.status.error').count()).toBe(0);
  }, 60_000);

  it('says above a PDF\'s documents which pages it could not put in reading order', async () => {
    await page.getByLabel('导入范文').setInputFiles(join(FIXTURES, 'three-column-bulletin.pdf'));
    await importSays(page, /three-column-bulletin\.pdf：1 篇/);
    // The record is read at each opening: close it and open it again.
    await page.locator('.import-review summary').click();
    await page.locator('.import-review summary').click();
    const pdf = source('three-column-bulletin.pdf');
    const note = pdf.getByRole('note');
    await note.waitFor({ timeout: 30_000 });
    await expect(note.innerText()).resolves.toBe('注意：第 1 页的文字并排排列（多栏、表格或自由版式），读出的顺序可能前后错乱，请对照原文检查这些页');
    // Above the documents, in that file's record only.
    expect(await pdf.locator('h4 + [role="note"] + ol.documents').count()).toBe(1);
    expect(await source('straw-speech.pdf').getByRole('note').count()).toBe(0);
    await pdf.screenshot({ path: `${LOOK}/ui-import-review-notice.png` });
  }, 60_000);

  // A damaged PDF keeps pdf.js busy for minutes (test/unit/hostile/read-budget.test.ts); 取消 stops
  // it there and then — before its read budget would (「无法在合理时间内读取」) — and the file after it.
  it('取消 stops a file in the middle of its reading, and keeps nothing of it', async () => {
    const sourcesBefore = await page.locator('.import-review section').count();
    const files = [join(FIXTURES, '..', 'hostile', 'type1-encoding-slow.pdf'), join(FIXTURES, 'head-blocks.txt')];
    await page.getByLabel('导入范文').setInputFiles(files);
    const progress = page.locator('.import-progress').filter({ hasText: '正在导入 1/2：type1-encoding-slow.pdf' });
    await progress.waitFor({ timeout: 30_000 });
    await new Promise((r) => setTimeout(r, 2000));
    await progress.getByRole('button', { name: '取消' }).click();
    const lines = await importLines(page, '已导入范文 0 篇，2 个文件未导入（已取消）');
    expect(lines).toEqual(['已取消，type1-encoding-slow.pdf 及其后 1 个文件未导入']);
    expect(await page.locator('.import-progress').count()).toBe(0);
    expect(await page.locator('.import-review section').count()).toBe(sourcesBefore);
    expect(await source('type1-encoding-slow.pdf').count()).toBe(0);
  }, 120_000);

  it('made no request beyond the loopback bridge', () => {
    expect(h.foreign()).toEqual([]);
  });
});
