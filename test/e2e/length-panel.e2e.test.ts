// The 篇幅 panel when the engine leaves part three out (every problem of the material has its task):
// the part is said to be left out, with why and what material would bring it back, in the CLI's
// words — not counted as 「三 0 字」. Screenshot: /tmp/wengao-look/ui-length-omitted.png.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { draft } from '../../core/draft/index.ts';
import { describeLength, omittedNotices } from '../../core/draft/length-text.ts';
import { validateInput } from '../../core/input/index.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { CAMPAIGNS_DIR } from '../helpers/campaigns.ts';
import { LOOK, useApp } from './app-per-file.ts';
import { appUrl } from './harness.ts';
import { draftFromFile } from './trust-helpers.ts';

const COVERED = join(CAMPAIGNS_DIR, 'selfbuilt-county-covered.json');
let page: Page;
useApp(async (h) => {
  page = h.page;
  await page.goto(appUrl(h));
});

/** The same material drafted in-process with the app's default frame and seed: what the CLI prints. */
function cliNotices(): { name: string; summary: string; restore: string }[] {
  const v = validateInput(JSON.parse(readFileSync(COVERED, 'utf8')));
  if (!v.ok) throw new Error('fixture does not validate');
  const doc = draft(v.value, loadDraftLibrary(), {});
  const notices = omittedNotices(doc.length!);
  // The CLI's 篇幅 lines say the same.
  for (const n of notices) expect(describeLength(doc.length!).join('\n')).toContain(n.summary);
  return notices;
}

describe('篇幅 when part three is left out', () => {
  it('says part three is not written, why, and what to add — as the CLI does', async () => {
    const expected = cliNotices();
    expect(expected.map((n) => n.name)).toEqual(['三']);
    await draftFromFile(page, COVERED);
    // Two parts in the editor: 一 and 二.
    expect(await page.locator('.outline li.ol-l1').count()).toBe(2);
    await page.getByRole('tab', { name: '篇幅' }).click();
    await page.locator('.panel-length').waitFor();
    await page.locator('.side').screenshot({ path: `${LOOK}/ui-length-omitted.png` });
    const row = page.locator('.panel-length .lengths tbody tr').filter({ has: page.locator('td', { hasText: /^三$/ }) });
    await expect(row.innerText()).resolves.toContain('未写');
    expect(await row.innerText()).not.toMatch(/\d/);
    const note = page.locator('.panel-length .length-omitted');
    await expect(note.innerText()).resolves.toContain(expected[0]!.summary);
    expect(await note.innerText()).toContain(expected[0]!.restore);
    // The other parts are counted as before; the total is the parts that were written.
    const one = page.locator('.panel-length .lengths tbody tr').filter({ has: page.locator('td', { hasText: /^一$/ }) });
    expect(Number((await one.locator('td').nth(1).innerText()).trim())).toBeGreaterThan(0);
  }, 90_000);
});
