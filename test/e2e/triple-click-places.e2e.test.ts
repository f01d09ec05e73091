// A triple click and typing, where session 21's fix was not tried (its test clicked one body paragraph): a
// heading, the paragraph just before a heading, and a run-in item 「（一）…」 — each replaced alone, its
// neighbours kept apart, as in Word. Debian's Chromium against browser mode. Invented: 澜溪镇
// (test/fixtures/ui22/speech-versions.json). Screen: /tmp/wengao-look/ui22-triple-click.png.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../main/services/library-files.ts';
import { LOOK, useApp } from './app-per-file.ts';
import { noError, openDrafted } from './trust-helpers.ts';

let page: Page;
useApp(async (h) => {
  page = h.page;
  await openDrafted(h, join(PACKAGE_ROOT, 'test', 'fixtures', 'ui22', 'speech-versions.json'), 3);
});

const paragraphs = () => page.locator('.editable > *').allInnerTexts();

describe('a triple click, then typing, at other places', () => {
  it.each([
    ['a heading', '聚焦重点，攻坚克难', '突出重点，扎实推进秸秆禁烧'],
    ['the paragraph before a heading', '群众对我们的工作也不会放心', '这些问题必须抓紧解决。'],
    ['a run-in item', '落实网格巡查。', '加密网格巡查，各村每晚巡查一次。'],
  ])('%s is replaced alone', async (_, within, typed) => {
    const before = await paragraphs();
    const at = before.findIndex((t) => t.includes(within));
    expect(at, within).toBeGreaterThan(0);
    await page.locator('.editable > *').nth(at).click({ clickCount: 3 });
    await page.keyboard.type(typed);
    await expect.poll(async () => (await paragraphs())[at]).toContain(typed);
    const after = await paragraphs();
    expect(after).toHaveLength(before.length);
    expect(after[at - 1]).toBe(before[at - 1]);
    expect(after[at + 1]).toBe(before[at + 1]);
    await page.screenshot({ path: `${LOOK}/ui22-triple-click.png` });
    await noError(page);
  });
});
