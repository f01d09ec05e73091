// The status bar names the version the editor's text is stored as (the outside tester's defect 10,
// session 18): after 采纳 of 恢复第 N 版 — or any replacement — it said the version saved before the
// replacement (「已自动保存（第 4 版）」 while the 版本 list already showed 第 5 版). In Debian's Chromium
// against browser mode: she types, waits for the autosave, restores the first version, then restores
// the version she left; each time the status bar and the list's newest version agree, and the next
// autosave is the one after it. Fixture: test/fixtures/campaigns/ui18-town-forest-fire.json (栎川镇).
// Screenshot: /tmp/wengao-look/ui18-status-after-restore.png.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocModel } from '../../core/doc/model.ts';
import { reportFailures } from './failures.ts';
import { appUrl, openApp } from './harness.ts';
import type { Harness } from './harness.ts';
import { setCaretScript } from './page-scripts.ts';
import { api, decide, noError, openDocument } from './trust-helpers.ts';

const LOOK = '/tmp/wengao-look';
let h: Harness;
reportFailures(() => h);
let page: Page;

/** The version the status bar names (第 N 版), or NaN. */
const statusVersion = async () => Number(/第 (\d+) 版/.exec(await page.locator('.savestate').innerText())?.[1]);
/** The newest version the 版本 list shows. */
const newestListed = async () => (await page.evaluate(`Math.max(...[...document.querySelectorAll('.versions tr[data-version]')].map((r) => Number(r.getAttribute('data-version'))))`)) as number;

async function typeInto(within: string, text: string): Promise<void> {
  const n = (await page.evaluate(`[...document.querySelectorAll('.editable > p')].findIndex((p) => p.textContent.includes(${JSON.stringify(within)}))`)) as number;
  expect(n, within).toBeGreaterThanOrEqual(0);
  await page.evaluate(setCaretScript(':scope > p', n, 'end'));
  await page.waitForTimeout(50);
  await page.keyboard.type(text);
}

beforeAll(async () => {
  mkdirSync(LOOK, { recursive: true });
  h = await openApp();
  page = h.page;
  const material = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'campaigns', 'ui18-town-forest-fire.json'), 'utf8')) as unknown;
  const created = await api<{ documentId: number; doc: DocModel }>(h, 'documents.create', { input: material, options: { seed: 5 } });
  await page.goto(appUrl(h));
  await openDocument(page, created.doc.title.map((r) => r.text).join(''));
}, 120_000);

afterAll(async () => {
  await h?.close();
});

describe('the status bar and the version list agree after a replacement', () => {
  it('恢复第 1 版, then back: the status bar names the version the list shows last', async () => {
    await typeInto('配齐风力灭火机', '各村还储备了二号工具。');
    await page.locator('.savestate').filter({ hasText: '已自动保存' }).waitFor({ timeout: 20_000 });
    await page.getByRole('tab', { name: '版本' }).click();
    await expect.poll(newestListed).toBe(await statusVersion());
    const edited = await statusVersion();

    await page.locator('.versions tr[data-version="1"]').getByRole('button', { name: '恢复' }).click();
    await decide(page, '采纳');
    await expect.poll(newestListed).toBeGreaterThan(edited);
    expect(await statusVersion()).toBe(await newestListed());
    await page.screenshot({ path: `${LOOK}/ui18-status-after-restore.png` });

    // Back to the version with her sentence: again the status bar follows the list.
    await page.locator(`.versions tr[data-version="${edited}"]`).getByRole('button', { name: '恢复' }).click();
    await decide(page, '采纳');
    await expect.poll(() => page.locator('.editable').innerText()).toContain('各村还储备了二号工具。');
    await expect.poll(newestListed).toBeGreaterThan(edited + 1);
    expect(await statusVersion()).toBe(await newestListed());

    // The next edit is autosaved as the version after it.
    const restored = await statusVersion();
    await typeInto('登记进山人员', '卡点实行二十四小时轮班。');
    await page.locator('.savestate').filter({ hasText: `已自动保存（第 ${restored + 1} 版）` }).waitFor({ timeout: 20_000 });
    await expect.poll(newestListed).toBe(restored + 1);
    await noError(page);
  }, 120_000);
});
