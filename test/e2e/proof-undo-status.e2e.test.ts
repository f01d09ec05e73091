// After Ctrl+Z undoes a 校对 correction, the status line follows the text (session 23's screen test, 6:
// 「已采纳：“按步就班”改为“按部就班”」 stayed up after Ctrl+Z had put 按步就班 back). Invented: 苇塘镇
// (test/fixtures/ui24/record-last-decision.json), a typo typed at its end. Screen: /tmp/wengao-look/ui24-proof-undo.png.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../main/services/library-files.ts';
import { LOOK, useApp } from './app-per-file.ts';
import { noError, openDrafted } from './trust-helpers.ts';

let page: Page;
useApp(async (h) => {
  page = h.page;
  await openDrafted(h, join(PACKAGE_ROOT, 'test', 'fixtures', 'ui24', 'record-last-decision.json'), 1);
});

const statusLine = () => page.locator('.status').innerText();

describe('the status line after a 校对 correction follows Ctrl+Z and Ctrl+Y', () => {
  it('已采纳 → Ctrl+Z: 已撤销, the typo back, its card back → Ctrl+Y: 已重做', async () => {
    await page.locator('.editable > *').last().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('各村扑火队要按步就班开展演练。', { delay: 10 });
    await page.getByRole('tab', { name: '校对' }).click();
    const finding = page.locator('.panel-proof .finding').filter({ hasText: '按步就班' });
    await finding.first().waitFor({ timeout: 20_000 });

    await finding.first().getByRole('button', { name: '采纳' }).click();
    await expect.poll(statusLine).toContain('已采纳：“按步就班”改为“按部就班”');
    await expect.poll(() => page.locator('.editable').innerText()).toContain('按部就班开展演练');

    await page.locator('.editable').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.editable').innerText()).toContain('按步就班开展演练');
    await expect.poll(statusLine).toContain('已撤销：“按步就班”改为“按部就班”');
    expect(await statusLine()).not.toContain('已采纳');
    await finding.first().waitFor({ timeout: 20_000 });
    await page.screenshot({ path: `${LOOK}/ui24-proof-undo.png` });

    await page.keyboard.press('Control+y');
    await expect.poll(() => page.locator('.editable').innerText()).toContain('按部就班开展演练');
    await expect.poll(statusLine).toContain('已重做');
    await noError(page);
  });
});
