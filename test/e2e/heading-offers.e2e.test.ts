// 换一种说法's 范文库标题 fit the part they would replace and bring no other document's place (the
// outside tester's defect 2, session 16: a county's minutes item about a road, with her campaign's
// name pasted in). In Debian's Chromium against browser mode: the 范文库 holds 苕岭县's minutes (a road
// project, a school) and a 苕岭县 speech; the street office's speech is offered the speech's headings
// with its own campaign in the slot, nothing of 苕岭 and no minutes item.
// Fixtures: test/fixtures/library-search/tiaoling-*.txt, test/fixtures/campaigns/ui17-street-sewer-restore.json.
// Screenshot: /tmp/wengao-look/ui17-heading-offers.png.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CAMPAIGNS_DIR } from '../helpers/campaigns.ts';
import { LOOK, useApp } from './app-per-file.ts';
import { api, noError, openDrafted } from './trust-helpers.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
let page: Page;
useApp(async (h) => {
  page = h.page;
  for (const name of ['tiaoling-road-minutes.txt', 'tiaoling-environment-speech.txt']) {
    await api(h, 'library.import', { name, base64: readFileSync(join(FIXTURES, 'library-search', name)).toString('base64') });
  }
  await openDrafted(h, join(CAMPAIGNS_DIR, 'ui17-street-sewer-restore.json'), 11);
});

describe('范文库标题 in 换一种说法', () => {
  it('offers the speech’s headings with this campaign in the slot, never another county’s place or a minutes item', async () => {
    await page.getByRole('tab', { name: '换一种说法' }).click();
    const offers = page.locator('.heading-choices .choice');
    await offers.first().waitFor({ timeout: 30_000 });
    const all = await offers.allInnerTexts();
    expect(all).toContain('突出重点，推动雨污分流改造工作再上新台阶');
    for (const o of all) expect(o).not.toMatch(/苕岭|枫亭|快速通道|学校扩容|^关于|X/);
    await page.locator('.heading-choices').screenshot({ path: `${LOOK}/ui17-heading-offers.png` });
    await noError(page);
  }, 60_000);
});
