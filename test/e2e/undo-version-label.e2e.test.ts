// The version an undo makes says what it undid (session 20's screen test: after 采纳 and Ctrl+Z the 版本
// list showed only 「自动保存」): Ctrl+Z of 换一种说法：全文 is autosaved as 「撤销『换一种说法：全文』」, and
// a Ctrl+Y inside the same autosave window makes the next version, 「重做『…』」 — a version never changes
// its name or text under the same number (session 21's screen test saw 第 5 版 turn from 重做 to 撤销). Debian's Chromium against browser mode.
// Invented: 枫桥湾街道. Screen: /tmp/wengao-look/ui21-undo-label.png.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../main/services/library-files.ts';
import { LOOK, useApp } from './app-per-file.ts';
import { api, decide, dialog, noError, openDrafted, statusText } from './trust-helpers.ts';
import type { Harness } from './harness.ts';

let page: Page;
let documentId = 0;
const app = useApp(async (h) => {
  page = h.page;
  ({ documentId } = await openDrafted(h, join(PACKAGE_ROOT, 'test', 'fixtures', 'ui21', 'speech-two-parts.json'), 3));
});

type Version = { number: number; kind: string; label?: string | null };
const versions = (h: Harness) => api<Version[]>(h, 'versions.list', { documentId });
const editorText = () => page.locator('.editable').innerText();

describe('the version an undo makes', () => {
  it('is labelled 「撤销『换一种说法：全文』」, and a redo makes the next version 「重做『…』」', async () => {
    const before = await editorText();
    await page.getByRole('tab', { name: '换一种说法' }).click();
    await page.locator('.panel-reword button[data-part="all"]').click();
    await dialog(page).waitFor();
    await decide(page, '采纳');
    await expect.poll(editorText).not.toBe(before);
    const accepted = (await versions(app())).length;
    await page.locator('.editable').click();
    await page.keyboard.press('Control+z');
    await expect.poll(editorText).toBe(before);
    await statusText(page, '已撤销');
    await expect.poll(async () => (await versions(app())).length, { timeout: 20_000 }).toBe(accepted + 1);
    expect((await versions(app())).at(-1)).toMatchObject({ kind: 'autosave', label: '撤销『换一种说法：全文』' });
    await page.getByRole('tab', { name: '版本' }).click();
    await expect.poll(() => page.locator(`.versions tr[data-version="${accepted + 1}"] .vlabel`).innerText()).toContain('撤销『换一种说法：全文』');
    await page.screenshot({ path: `${LOOK}/ui21-undo-label.png` });

    await page.locator('.editable').click();
    await page.keyboard.press('Control+y');
    await statusText(page, '已重做');
    await expect.poll(async () => (await versions(app())).at(-1)?.label, { timeout: 20_000 }).toBe('重做『换一种说法：全文』');
    const after = await versions(app());
    expect(after.length).toBe(accepted + 2);
    expect(after.at(-2)).toMatchObject({ number: accepted + 1, label: '撤销『换一种说法：全文』' });
    await noError(page);
  }, 120_000);
  it('an undo of a later edit back to the replaced text is no redo of it (session 24 screen test: 「已重做：换一种说法…」 after Ctrl+Z of a deleted item)', async () => {
    // After the test above the text is the replacement, redone. A later edit: a whole paragraph deleted.
    const before = await editorText();
    const count = (await versions(app())).length;
    // The status line says something else first (the redo above left 「已重做」 on it).
    await page.getByRole('button', { name: '复制全文' }).click();
    await statusText(page, '已复制全文');
    const para = page.locator('.editable > p').nth(2);
    await para.click({ clickCount: 3 });
    await page.waitForTimeout(150);
    await page.keyboard.press('Delete');
    await expect.poll(editorText).not.toBe(before);
    await page.keyboard.press('Control+z');
    await expect.poll(editorText).toBe(before);
    await page.waitForTimeout(300);
    expect(await page.locator('.status').innerText()).not.toContain('已重做');
    // The version this makes, if any, is not named as a redo of the replacement.
    await page.waitForTimeout(4_000);
    for (const v of (await versions(app())).slice(count)) expect(v.label ?? '').not.toContain('重做');
    await noError(page);
  }, 120_000);
});
