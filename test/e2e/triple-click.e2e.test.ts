// A triple click on a paragraph and typing replaces that paragraph's text, as in Word — it does not
// join the next paragraph to it (session 21's screen test, defect 10: the browser's selection took the
// paragraph break along). Debian's Chromium against browser mode. Invented: 枫桥湾街道.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../main/services/library-files.ts';
import { useApp } from './app-per-file.ts';
import { openDrafted } from './trust-helpers.ts';

let page: Page;
useApp(async (h) => {
  page = h.page;
  await openDrafted(h, join(PACKAGE_ROOT, 'test', 'fixtures', 'ui21', 'speech-two-parts.json'), 1);
});

const paragraphs = () => page.locator('.editable > *').allInnerTexts();

describe('a triple click, then typing', () => {
  it('replaces the clicked paragraph’s text and keeps the next paragraph apart', async () => {
    const before = await paragraphs();
    const at = before.findIndex((t) => t.includes('首批小巷摸排完成'));
    expect(at).toBeGreaterThan(0);
    await page.locator('.editable > *').nth(at).click({ clickCount: 3 });
    await page.keyboard.type('去年以来，街道背街小巷整治开了个好头。');
    await expect.poll(async () => (await paragraphs())[at]).toContain('去年以来，街道背街小巷整治开了个好头。');
    const after = await paragraphs();
    expect(after).toHaveLength(before.length);
    expect(after[at + 1]).toBe(before[at + 1]);
  });
});
