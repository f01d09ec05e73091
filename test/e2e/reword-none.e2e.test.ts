// 换一种说法 for a paragraph that has no other wording says so (the s18 screen tester's defect 6: she was
// shown 「增加 0 字，删除 2 字」 as a new wording, and the same again when she asked again). In Debian's
// Chromium against browser mode: 芦湾镇's speech, the caret in a paragraph whose wordings differ by a
// word at most; 只换光标所在的一段 opens no preview and the status says there is no other wording.
// Fixture: test/fixtures/campaigns/tidy18-reeds-town-thin.json (invented) with two tasks more — a material of two tasks
// (thin, s24) has no part three of closing measures, the paragraph this test reads (as reword-paragraph-alike's unit case).
// Screenshot: /tmp/wengao-look/ui18-reword-none.png.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CAMPAIGNS_DIR } from '../helpers/campaigns.ts';
import { LOOK, useApp } from './app-per-file.ts';
import { setCaretScript } from './page-scripts.ts';
import { dialog, openMaterial, statusText } from './trust-helpers.ts';

let page: Page;
useApp(async (h) => {
  page = h.page;
  const material = JSON.parse(readFileSync(join(CAMPAIGNS_DIR, 'tidy18-reeds-town-thin.json'), 'utf8')) as { campaign: { tasks: { title: string; detail?: string }[] } };
  const [a, b] = material.campaign.tasks;
  material.campaign.tasks.push({ ...a!, title: '河岸垃圾清运', detail: '沿河各村清运河岸垃圾' }, { ...b!, title: '排污口排查', detail: '对沿河排污口逐一排查' });
  await openMaterial(h, material, 11);
});

describe('换一种说法 with no other wording', () => {
  it('says so and opens no preview', async () => {
    await page.getByRole('tab', { name: '换一种说法' }).click();
    const n = (await page.evaluate(`[...document.querySelectorAll('.editable > p')].findIndex((p) => p.textContent.includes('各牵头单位要对牵头事项负总责'))`)) as number;
    expect(n).toBeGreaterThanOrEqual(0);
    await page.evaluate(setCaretScript(':scope > p', n, 'end'));
    await page.getByRole('button', { name: '只换光标所在的一段' }).click();
    expect(await statusText(page, '没有别的说法')).toContain('这一段没有别的说法可换');
    expect(await dialog(page).count()).toBe(0);
    await page.screenshot({ path: `${LOOK}/ui18-reword-none.png` });
  }, 60_000);
});
