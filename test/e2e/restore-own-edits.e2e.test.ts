// 「恢复第 1 版」 names how many of her edits it takes away (the outside tester's defect 1, session 16),
// in Debian's Chromium against browser mode: she adds a sentence to two paragraphs, rewords a third
// alone, takes it back with Ctrl+Z, and asks to restore the first version. The warning says 2 段
// (it said 1 段), and after 采纳 both sentences are gone, as it said. Rewording one paragraph she
// changed warns too. Fixture: test/fixtures/campaigns/ui17-street-sewer-restore.json (柏岗街道).
// Screenshots: /tmp/wengao-look/ui17-restore-*.png.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocModel } from '../../core/doc/model.ts';
import { reportFailures } from './failures.ts';
import { appUrl, openApp } from './harness.ts';
import type { Harness } from './harness.ts';
import { setCaretScript } from './page-scripts.ts';
import { api, decide, dialog, noError, openDocument, statusText } from './trust-helpers.ts';

const LOOK = '/tmp/wengao-look';
const MINE = ['截至目前，二期管网已开挖两段。', '各社区要把居民意见逐条登记、限时回复。'];
let h: Harness;
reportFailures(() => h);
let page: Page;

const editorText = () => page.locator('.editable').innerText();
/** Puts the caret at the end of the first paragraph holding `within`. */
async function caretIn(within: string): Promise<void> {
  const n = (await page.evaluate(`[...document.querySelectorAll('.editable > p')].findIndex((p) => p.textContent.includes(${JSON.stringify(within)}))`)) as number;
  expect(n, within).toBeGreaterThanOrEqual(0);
  await page.evaluate(setCaretScript(':scope > p', n, 'end'));
  await page.waitForTimeout(50);
}
const autosaved = () => page.locator('.savestate').filter({ hasText: '已自动保存' }).waitFor({ timeout: 20_000 });

beforeAll(async () => {
  mkdirSync(LOOK, { recursive: true });
  h = await openApp();
  page = h.page;
  const material = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'campaigns', 'ui17-street-sewer-restore.json'), 'utf8')) as unknown;
  const created = await api<{ documentId: number; doc: DocModel }>(h, 'documents.create', { input: material, options: { seed: 11 } });
  await page.goto(appUrl(h));
  await openDocument(page, created.doc.title.map((r) => r.text).join(''));
}, 120_000);

afterAll(async () => {
  await h?.close();
});

describe('the warning before a replacement counts the edits it replaces', () => {
  it('恢复第 1 版 after a paragraph reworded and undone: 2 段, and both go', async () => {
    await caretIn('一期工程顺利完工');
    await page.keyboard.type(MINE[0]!);
    await caretIn('严格控制夜间施工');
    await page.keyboard.type(MINE[1]!);
    await autosaved();
    // 换一种说法 on another paragraph alone, 采纳, then Ctrl+Z.
    await page.getByRole('tab', { name: '换一种说法' }).click();
    await caretIn('倒排工期');
    await page.getByRole('button', { name: '只换光标所在的一段' }).click();
    await decide(page, '采纳');
    await statusText(page, '已采纳');
    await page.locator('.editable').click();
    await page.keyboard.press('Control+z');
    await expect.poll(editorText).toContain('倒排工期');
    for (const m of MINE) expect(await editorText()).toContain(m);

    await page.getByRole('tab', { name: '版本' }).click();
    await page.locator('.versions tr[data-version="1"]').getByRole('button', { name: '恢复' }).click();
    await dialog(page).waitFor();
    await expect.poll(() => dialog(page).locator('.warn-box').innerText()).toContain('全文中有 2 段是您改写或添加过的文字');
    await page.screenshot({ path: `${LOOK}/ui17-restore-warning.png` });
    await decide(page, '采纳');
    await statusText(page, '已采纳');
    for (const m of MINE) await expect.poll(editorText).not.toContain(m);
    await noError(page);
  }, 120_000);

  it('rewording one paragraph she changed warns that her change goes; another paragraph, no warning', async () => {
    await caretIn('一期工程顺利完工');
    await page.keyboard.type(MINE[0]!);
    await autosaved();
    await page.getByRole('tab', { name: '换一种说法' }).click();
    await caretIn('一期工程顺利完工');
    await page.getByRole('button', { name: '只换光标所在的一段' }).click();
    await dialog(page).waitFor();
    await expect.poll(() => dialog(page).locator('.warn-box').innerText()).toContain('这一段是您改写过的文字');
    await page.screenshot({ path: `${LOOK}/ui17-restore-paragraph-warning.png` });
    await decide(page, '放弃');
    await caretIn('倒排工期');
    await page.getByRole('button', { name: '只换光标所在的一段' }).click();
    await dialog(page).waitFor();
    await page.waitForTimeout(500);
    expect(await dialog(page).locator('.warn-box').count()).toBe(0);
    await decide(page, '放弃');
    await noError(page);
  }, 90_000);
});
