// 「恢复第 1 版」 names how many of her edits it takes away (the outside tester's defect 1, session 16),
// in Debian's Chromium against browser mode: she adds a sentence to two paragraphs, rewords a third
// alone, takes it back with Ctrl+Z, and asks to restore the first version. The warning says 2 段
// (it said 1 段), and after 采纳 both sentences are gone, as it said. Rewording one paragraph she
// changed warns too. No version is renamed after it was saved (defect 12): the version list says
// which version a replacement replaced. Fixture: test/fixtures/campaigns/ui17-street-sewer-restore.json (柏岗街道).
// Screenshots: /tmp/wengao-look/ui17-restore-*.png.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CAMPAIGNS_DIR } from '../helpers/campaigns.ts';
import { LOOK, useApp } from './app-per-file.ts';
import { setCaretScript } from './page-scripts.ts';
import { decide, dialog, noError, openDrafted, statusText } from './trust-helpers.ts';

const MINE = ['截至目前，二期管网已开挖两段。', '各社区要把居民意见逐条登记、限时回复。'];
let page: Page;
useApp(async (h) => {
  page = h.page;
  await openDrafted(h, join(CAMPAIGNS_DIR, 'ui17-street-sewer-restore.json'), 11);
});

const editorText = () => page.locator('.editable').innerText();
/** Puts the caret at the end of the first paragraph holding `within`. */
async function caretIn(within: string): Promise<void> {
  const n = (await page.evaluate(`[...document.querySelectorAll('.editable > p')].findIndex((p) => p.textContent.includes(${JSON.stringify(within)}))`)) as number;
  expect(n, within).toBeGreaterThanOrEqual(0);
  await page.evaluate(setCaretScript(':scope > p', n, 'end'));
  await page.waitForTimeout(50);
}
const autosaved = () => page.locator('.savestate').filter({ hasText: '已自动保存' }).waitFor({ timeout: 20_000 });

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
    // No version was renamed after it was saved (defect 12): the autosave that held her edits before
    // the new wording is still 自动保存 without a label; the new wording says which version it replaced.
    // The new wording's row (it replaced a version); the undo's autosave, 「撤销『换一种说法：…』」, is another.
    const reworded = page.locator('.versions tr').filter({ has: page.locator('.replaced') }).filter({ hasText: '换一种说法' });
    await reworded.waitFor();
    // Its kind is what made it, not 「生成」 (the s18 screen tester's defect 11).
    expect(await reworded.locator('td').nth(2).innerText()).toBe('换一种说法');
    const replaced = Number(/替换了第 (\d+) 版/.exec(await reworded.locator('.replaced').innerText())?.[1]);
    const before = page.locator(`.versions tr[data-version="${replaced}"]`);
    expect(await before.locator('td').nth(2).innerText()).toBe('自动保存');
    // No label: only the note of what her edits changed (「编辑了第二部分：“…”」, session 22).
    expect(await before.locator('td.vlabel').innerText()).toMatch(/^编辑了/);
    expect((await page.locator('.versions td.vlabel').allInnerTexts()).join('\n')).not.toContain('替换前');
    await page.locator('.panel-versions').screenshot({ path: `${LOOK}/ui17-versions-labels.png` });
    await page.locator('.versions tr[data-version="1"]').getByRole('button', { name: '恢复' }).click();
    await dialog(page).waitFor();
    await expect.poll(() => dialog(page).locator('.warn-box').innerText()).toContain('全文中有 2 段是您改写或添加过的文字');
    await page.screenshot({ path: `${LOOK}/ui17-restore-warning.png` });
    await decide(page, '采纳');
    await statusText(page, '已采纳');
    for (const m of MINE) await expect.poll(editorText).not.toContain(m);
    // The restore, too, names the version it replaced; that one keeps its kind and label.
    const restored = page.locator('.versions tr').filter({ hasText: '恢复自第 1 版' });
    await restored.waitFor();
    const was = Number(/替换了第 (\d+) 版/.exec(await restored.locator('.replaced').innerText())?.[1]);
    expect(await page.locator(`.versions tr[data-version="${was}"] td`).nth(2).innerText()).toBe('自动保存');
    expect((await page.locator('.versions td.vlabel').allInnerTexts()).join('\n')).not.toContain('替换前');
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
