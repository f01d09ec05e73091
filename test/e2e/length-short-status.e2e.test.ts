// The 状态栏 when the material cannot fill the 讲话时长 (the outside screen tester's defect 13, session
// 16: 「目标约 3600 字（材料不够写这么长，见「篇幅」）」 under a 746-字 draft told her neither why nor what to
// do). In Debian's Chromium against browser mode: a thin 15-minute speech says how long its material
// reaches, that nothing was padded, which material to add, and the 讲话时长 the draft does fit.
// Fixture: test/fixtures/campaigns/tidy18-reeds-town-thin.json (芦湾镇, invented). Its two tasks reach 1.8 minutes since
// s25 (2.3 before): a thin 部署会 says its responsibility in one line after the tasks, not a part three of closing
// measures with no fact of the material behind them (speech-third.ts thinMaterial) — the 437 字 the material fills.
// Screenshot: /tmp/wengao-look/ui18-length-short-status.png.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CAMPAIGNS_DIR } from '../helpers/campaigns.ts';
import { LOOK, useApp } from './app-per-file.ts';
import { appUrl } from './harness.ts';
import { draftFromFile } from './trust-helpers.ts';

const THIN = join(CAMPAIGNS_DIR, 'tidy18-reeds-town-thin.json');
let page: Page;
useApp(async (h) => {
  page = h.page;
  await page.goto(appUrl(h));
});

describe('the 状态栏 under a draft its material cannot make as long as the 讲话时长', () => {
  it('says why it is short and what to do: which material to add, or the 讲话时长 it fits', async () => {
    await draftFromFile(page, THIN);
    const bar = page.locator('.statusbar');
    await page.locator('.editor-screen').screenshot({ path: `${LOOK}/ui18-length-short-status.png` });
    const said = await bar.innerText();
    expect(said).toContain('目标约 3600 字');
    expect(said).not.toContain('材料不够写这么长');
    // The note is on a line of its own: why (how far the material reaches, nothing padded) and what to do.
    const note = await bar.getByRole('note').innerText();
    expect(note).toBe('材料只够写约 1.8 分钟，未用空话凑字数：可补充任务的具体要求、问题及其具体表现，或把讲话时长改为 2 分钟');
  }, 90_000);
});
