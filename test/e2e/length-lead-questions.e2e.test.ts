// The 篇幅 panel asks the user when a task's lead looks typed wrong by the material's own words (core/draft/lead-check.ts,
// session 26): the same questions as the CLI's 「请核对材料：」 lines, in a note box; the draft is the material's, unchanged.
// Screenshot: /tmp/wengao-look/ui-length-lead-questions.png.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { draft } from '../../core/draft/index.ts';
import { validateInput } from '../../core/input/index.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { CAMPAIGNS_DIR } from '../helpers/campaigns.ts';
import { LOOK, useApp } from './app-per-file.ts';
import { appUrl } from './harness.ts';
import { draftFromFile } from './trust-helpers.ts';

const ASKS = join(CAMPAIGNS_DIR, 'g11c26-forest-county-lead-questions.json');
let page: Page;
useApp(async (h) => {
  page = h.page;
  await page.goto(appUrl(h));
});

describe('篇幅 asks about a lead the material itself contradicts', () => {
  it('shows each question of the draft in the panel, as the CLI prints them', async () => {
    const v = validateInput(JSON.parse(readFileSync(ASKS, 'utf8')));
    if (!v.ok) throw new Error('fixture does not validate');
    const expected = draft(v.value, loadDraftLibrary(), {}).length?.questions ?? [];
    expect(expected.length).toBeGreaterThan(0);
    await draftFromFile(page, ASKS);
    await page.getByRole('tab', { name: '篇幅' }).click();
    const box = page.locator('.panel-length .length-questions');
    await box.waitFor();
    await page.locator('.side').screenshot({ path: `${LOOK}/ui-length-lead-questions.png` });
    const text = await box.innerText();
    expect(text).toContain('请核对材料');
    for (const q of expected) expect(text).toContain(q);
  }, 90_000);
});
