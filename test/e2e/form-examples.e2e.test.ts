// The 事例 field keeps an example with a comma whole (session 21's screen test, 14: 「…下游戏水，被巡查员及时劝离」
// came out as 「…下游戏水；被巡查员及时劝离」 — the field cut at the comma, the draft joined the halves with
// 「；」). Examples are cut at ；/a new line — never at a comma or a 、 (session 22's screen test) — and the field says so. A material read from a file shows its
// example whole and drafts it as written. Debian's Chromium against browser mode. Invented: 岚口乡
// (test/fixtures/ui22/speech-examples.json). Screens: /tmp/wengao-look/ui22-examples-*.png.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../main/services/library-files.ts';
import { LOOK, useApp } from './app-per-file.ts';
import { appUrl } from './harness.ts';
import { noError } from './trust-helpers.ts';

const FILE = join(PACKAGE_ROOT, 'test', 'fixtures', 'ui22', 'speech-examples.json');
let page: Page;
useApp(async (h) => {
  page = h.page;
  await page.goto(appUrl(h));
  await page.locator('.documents[data-ready="yes"]').waitFor();
});

const field = () => page.locator('[name="campaign.problems.0.examples"]');
const draftText = () => page.locator('.editable').innerText();

async function readMaterial(): Promise<void> {
  await page.locator('.topbar').getByRole('button', { name: '新建' }).click();
  await page.locator('input[type="file"]').setInputFiles(FILE);
  await page.locator('.status').filter({ hasText: '已读入材料' }).waitFor({ timeout: 20_000 });
}

describe('the 事例 field', () => {
  it('shows a material’s example with its comma whole, and drafts it as written', async () => {
    await readMaterial();
    await expect.poll(() => field().inputValue()).toBe('去年清明2名村民在坟地烧纸，引燃周边杂草，被扑救队及时扑灭');
    await page.getByRole('button', { name: '生成', exact: true }).click();
    await page.locator('.editable h1').first().waitFor({ timeout: 30_000 });
    const text = await draftText();
    expect(text).toContain('引燃周边杂草，被扑救队及时扑灭');
    expect(text).not.toMatch(/烧纸；|杂草；/);
  });

  it('typed: one example with commas and a 、 stays one; two are cut at ；, and the hint says how', async () => {
    await readMaterial();
    await field().fill('');
    await field().pressSequentially('4月上旬2名村民、1名游客在林缘烧荒，被护林员当场制止；清明期间有游客在景区吸烟');
    await expect(field().locator('xpath=..').locator('.field-hint').innerText()).resolves.toContain('事例里的逗号、顿号不会把它拆开');
    await field().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${LOOK}/ui22-examples-field.png` });
    await page.getByRole('button', { name: '生成', exact: true }).click();
    await page.locator('.editable h1').first().waitFor({ timeout: 30_000 });
    const text = await draftText();
    expect(text).toContain('4月上旬2名村民、1名游客在林缘烧荒，被护林员当场制止');
    expect(text).not.toContain('烧荒；被护林员');
    expect(text).toContain('清明期间有游客在景区吸烟');
    await page.screenshot({ path: `${LOOK}/ui22-examples-draft.png` });
    await noError(page);
  });
});
