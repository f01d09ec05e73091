// The preview of 换一种说法：全文 shows WHICH paragraphs are hers (session 19's screen test, defect 2):
// each kept paragraph is marked 「保留您的修改」, apart from the engine's lines that did not change
// (grey) and from the reworded ones; after 采纳, Ctrl+Z says 「已撤销」 and Ctrl+Y 「已重做」 in the
// status line instead of leaving 「已采纳…」 up (defect 6); the 「或」 before 全文 does not dangle; a
// reworded heading sits beside the old one in one row. In Debian's Chromium against browser mode.
// Fixture: ui20-town-gas-safety.json (青萝镇). Screenshot: /tmp/wengao-look/ui20-reword-kept-marked.png.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LOOK, useApp } from './app-per-file.ts';
import { openCampaignDraft, typeIntoParagraph } from './forest-fire-doc.ts';
import { decide, dialog, noError, statusText } from './trust-helpers.ts';

const MINE = ['镇里已为独居老人统一采购金属波纹管。', '检查结果每周五报镇安委办。'];
let page: Page;
useApp(async (h) => {
  await openCampaignDraft(h, 'ui20-town-gas-safety.json', 7);
  page = h.page;
});

const editorText = () => page.locator('.editable').innerText();

describe('换一种说法：全文 marks her kept paragraphs, and the status line follows undo', () => {
  it('the preview marks her 2 paragraphs 「保留您的修改」 and no other row', async () => {
    await typeIntoParagraph(page, '部分独居老人家中仍在使用橡胶软管', MINE[0]!);
    await typeIntoParagraph(page, '建立隐患台账', MINE[1]!);
    await page.locator('.savestate').filter({ hasText: '已自动保存' }).waitFor({ timeout: 20_000 });
    await page.getByRole('tab', { name: '换一种说法' }).click();
    await page.locator('.panel-reword button[data-part="all"]').click();
    await dialog(page).waitFor();
    await expect.poll(() => dialog(page).locator('.keep-box').innerText()).toContain('标有“保留您的修改”');
    const kept = dialog(page).locator('tr.kept-own');
    expect(await kept.count()).toBe(2);
    const keptTexts = await kept.allInnerTexts();
    for (const m of MINE) expect(keptTexts.some((t) => t.includes(m) && t.includes('保留您的修改')), m).toBe(true);
    // The engine's unchanged lines (the title at least) stay grey, without the mark.
    const grey = (await dialog(page).locator('tr.eq').allInnerTexts()).join('\n');
    expect(grey).toContain('在青萝镇冬季燃气安全排查整治部署会上的讲话');
    expect(grey).not.toContain('保留您的修改');
    for (const m of MINE) expect(grey).not.toContain(m);
    // A reworded heading sits beside the one it replaces, in one row (not struck out above an empty cell).
    const replaced = dialog(page).locator('tr.replaced');
    expect(await replaced.count()).toBeGreaterThan(0);
    expect(await replaced.first().locator('td').first().locator('del').count()).toBe(1);
    expect(await replaced.first().locator('td').nth(1).locator('ins').count()).toBe(1);
    await page.screenshot({ path: `${LOOK}/ui20-reword-kept-marked.png` });
  }, 120_000);

  it('「或」 stands on the line of 「全文」, not dangling at the end of the row above', async () => {
    const or = await page.locator('.panel-reword .or').boundingBox();
    const all = await page.locator('.panel-reword button[data-part="all"]').boundingBox();
    expect(or && all).toBeTruthy();
    expect(Math.abs(or!.y + or!.height / 2 - (all!.y + all!.height / 2))).toBeLessThan(all!.height / 2);
  });

  it('after 采纳, Ctrl+Z says 已撤销 and Ctrl+Y says 已重做', async () => {
    const before = await editorText();
    await decide(page, '采纳');
    await expect.poll(editorText).not.toBe(before);
    await page.locator('.editable').click();
    await page.keyboard.press('Control+z');
    await expect.poll(editorText).toBe(before);
    expect(await statusText(page, '已撤销')).toContain('已撤销：换一种说法：全文');
    expect(await page.locator('.status').innerText()).not.toContain('已采纳');
    await page.screenshot({ path: `${LOOK}/ui20-reword-undone.png` });
    await page.keyboard.press('Control+y');
    await expect.poll(editorText).not.toBe(before);
    expect(await statusText(page, '已重做')).toContain('已重做：换一种说法：全文');
    for (const m of MINE) expect(await editorText()).toContain(m);
    await noError(page);
  }, 120_000);
});
