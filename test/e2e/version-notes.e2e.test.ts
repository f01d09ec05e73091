// The 版本 list as she reads it (session 21's screen test, 12b): the autosave of her own edit says what
// it changed (「编辑了第二部分：“…”」, not a bare 「自动保存」); clicking a version's row shows what that
// version changed (beside the text she has now, once there is a newer one: session 22's screen test); after
// a restore the comparison shows the versions ticked, never the two ticked before (it read 「第 4 版 → 第 5 版」
// under ticks on 第 6/第 5 版); at 1440 × 900 the list fits its panel. Debian's Chromium against browser mode.
// Invented: 澜溪镇 (test/fixtures/ui22/speech-versions.json). Screens: /tmp/wengao-look/ui22-version-*.png.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../main/services/library-files.ts';
import { LOOK, useApp } from './app-per-file.ts';
import { typeIntoParagraph } from './forest-fire-doc.ts';
import { decide, dialog, noError, openDrafted } from './trust-helpers.ts';

let page: Page;
useApp(async (h) => {
  page = h.page;
  await openDrafted(h, join(PACKAGE_ROOT, 'test', 'fixtures', 'ui22', 'speech-versions.json'), 3);
});

const row = (n: number) => page.locator(`.versions tr[data-version="${n}"]`);
const compared = () => page.locator('.diffbox .hint').innerText();

describe('the 版本 list says what each version holds', () => {
  it('her autosave is noted by place and words; a row click shows its changes; a restore moves the comparison', async () => {
    await typeIntoParagraph(page, '夜间加密巡查', '各村要在田头设立禁烧公示牌。');
    await page.locator('.savestate').filter({ hasText: '已自动保存（第 2 版）' }).waitFor({ timeout: 20_000 });
    await page.getByRole('tab', { name: '版本' }).click();
    await expect.poll(() => row(2).locator('.vlabel').innerText(), { timeout: 20_000 }).toBe('编辑了第二部分：“各村要在田头设立禁烧公示牌。”');
    await page.screenshot({ path: `${LOOK}/ui22-version-note.png` });

    // A click on the row (not on its tick or 恢复): what 第 2 版 changed, from 第 1 版.
    await row(2).locator('.vlabel').click();
    await expect.poll(compared, { timeout: 20_000 }).toContain('第 1 版 → 第 2 版');
    await expect(page.locator('.diffbox ins').first().innerText()).resolves.toContain('各村要在田头设立禁烧公示牌');
    await page.screenshot({ path: `${LOOK}/ui22-version-row-click.png` });

    // 恢复第 1 版: a new 第 3 版; the ticks move to 第 3/第 2 版 and the comparison with them.
    await row(1).getByRole('button', { name: '恢复' }).click();
    // The text before was 第 2 版 already: said as it is, not as if 第 2 版 had just been written over.
    expect(await decide(page, '采纳')).toContain('恢复第 1 版');
    await expect(page.locator('.status').innerText()).resolves.toContain('替换前的原文就是第 2 版');
    await expect.poll(() => row(3).count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(compared, { timeout: 20_000 }).toContain('第 2 版 → 第 3 版');
    const picked = await page.locator('.versions tr.picked').all();
    expect(await Promise.all(picked.map((r) => r.getAttribute('data-version')))).toEqual(['3', '2']);
    await page.screenshot({ path: `${LOOK}/ui22-version-after-restore.png` });

    // A row clicked beside the text she has now (session 22's screen test: she expected 「this version vs now」).
    await row(2).locator('.vkind').click();
    await expect.poll(compared, { timeout: 20_000 }).toContain('第 2 版 → 第 3 版（现在的文字）');
    await row(1).locator('.vlabel').click();
    await expect.poll(compared, { timeout: 20_000 }).toContain('第 1 版 → 第 3 版（现在的文字）');

    // At 1440 × 900 the panel holds the list whole: no 恢复 cut at its edge, no sideways scrolling.
    await page.setViewportSize({ width: 1440, height: 900 });
    await row(2).locator('.vlabel').click();
    const overflow = (await page.evaluate(`(() => { const p = document.querySelector('.side .panel'); return p.scrollWidth - p.clientWidth; })()`)) as number;
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${LOOK}/ui22-version-1440.png` });

    // 恢复 of the text she has now: the preview says there is nothing to take, and 放弃 has the focus.
    await row(3).getByRole('button', { name: '恢复' }).click();
    await expect(dialog(page).locator('.hint').first().innerText()).resolves.toContain('两边没有差别，不必采纳');
    expect(await page.evaluate('document.activeElement && document.activeElement.textContent')).toBe('放弃');
    await decide(page, '放弃');
    await noError(page);
  }, 120_000);
});
