// The status bar names the version the editor's text is stored as (the outside tester's defect 10,
// session 18): after 采纳 of 恢复第 N 版 — or any replacement — it said the version saved before the
// replacement (「已自动保存（第 4 版）」 while the 版本 list already showed 第 5 版). In Debian's Chromium
// against browser mode: she types, waits for the autosave, restores the first version, then restores
// the version she left; each time the status bar and the list's newest version agree, and the next
// autosave is the one after it. Fixture: test/fixtures/campaigns/ui18-town-forest-fire.json (栎川镇).
// Screenshot: /tmp/wengao-look/ui18-status-after-restore.png.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LOOK, useApp } from './app-per-file.ts';
import { openForestFireDraft, typeIntoParagraph } from './forest-fire-doc.ts';
import { decide, noError } from './trust-helpers.ts';

let page: Page;
useApp(async (h) => {
  await openForestFireDraft(h);
  page = h.page;
});

/** The version the status bar names (第 N 版), or NaN. */
const statusVersion = async () => Number(/第 (\d+) 版/.exec(await page.locator('.savestate').innerText())?.[1]);
/** The newest version the 版本 list shows. */
const newestListed = async () => (await page.evaluate(`Math.max(...[...document.querySelectorAll('.versions tr[data-version]')].map((r) => Number(r.getAttribute('data-version'))))`)) as number;

describe('the status bar and the version list agree after a replacement', () => {
  it('恢复第 1 版, then back: the status bar names the version the list shows last', async () => {
    await typeIntoParagraph(page, '配齐风力灭火机', '各村还储备了二号工具。');
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
    await typeIntoParagraph(page, '登记进山人员', '卡点实行二十四小时轮班。');
    await page.locator('.savestate').filter({ hasText: `已自动保存（第 ${restored + 1} 版）` }).waitFor({ timeout: 20_000 });
    await expect.poll(newestListed).toBe(restored + 1);
    await noError(page);
  }, 120_000);
});
