// 换一种说法's 范文库标题 are offered by the kind of each part, which its heading says (the s18 screen
// tester's defect 7: a 成绩—问题—任务 speech whose part 二 opens with the material's 背景 was offered
// 「意义」 headings for its part of 问题). In Debian's Chromium against browser mode: the 范文库 holds a
// county's 河道保洁 speech with a heading of each kind; 菱溪镇's speech, its 背景 at the top of 二, is
// offered the 问题 heading there and no 意义 heading. Fixtures: test/fixtures/library-ui18/县河道保洁会议讲话.txt,
// test/fixtures/campaigns/tidy18-lingxi-river-background.json (invented). Screenshot: /tmp/wengao-look/ui18-heading-part-role.png.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CAMPAIGNS_DIR } from '../helpers/campaigns.ts';
import { LOOK, useApp } from './app-per-file.ts';
import { fixtureText } from './library-page.ts';
import { api, noError, openDrafted } from './trust-helpers.ts';

let page: Page;
useApp(async (h) => {
  page = h.page;
  const speech = fixtureText('library-ui18', '县河道保洁会议讲话.txt');
  await api(h, 'library.import', { name: speech.name, base64: speech.buffer.toString('base64') });
  await openDrafted(h, join(CAMPAIGNS_DIR, 'tidy18-lingxi-river-background.json'), 11);
});

describe('范文库标题 by part', () => {
  it('part 二 of 成绩—问题—任务, its 背景 first, is a part of 问题 and is offered the 问题 heading', async () => {
    await page.getByRole('tab', { name: '换一种说法' }).click();
    const two = page.locator('.heading-choices .heading-part[data-part="2"]');
    await two.locator('.choice').first().waitFor({ timeout: 30_000 });
    expect(await two.locator('h4').innerText()).toBe('第二部分（问题）');
    const offers = await two.locator('.choice').allInnerTexts();
    expect(offers.join('\n')).toContain('正视问题');
    for (const o of offers) expect(o).not.toMatch(/意义/);
    await page.locator('.heading-choices').screenshot({ path: `${LOOK}/ui18-heading-part-role.png` });
    await noError(page);
  }, 60_000);
});
