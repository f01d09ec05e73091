// 换一种说法 of 全文 never throws away what she wrote (a new user lost her edits to it: the product's
// brief, session 19). In Debian's Chromium against browser mode: she adds a sentence to a paragraph
// of part 一 and one of part 二, asks for a new wording of 全文; the preview says her 2 paragraphs
// stay as they are, warns of nothing replaced, strikes out neither sentence, and after 采纳 both
// are in the text. Fixture: ui19-xiang-straw-burning.json (蒿坪乡).
// Screenshot: /tmp/wengao-look/ui19-reword-whole-keeps-own.png.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LOOK, useApp } from './app-per-file.ts';
import { openCampaignDraft, typeIntoParagraph } from './forest-fire-doc.ts';
import { decide, dialog, noError } from './trust-helpers.ts';

const MINE = ['乡里已经把补助标准印发到户。', '每个村至少配一台巡查电动车。'];
let page: Page;
useApp(async (h) => {
  await openCampaignDraft(h, 'ui19-xiang-straw-burning.json', 7);
  page = h.page;
});

const editorText = () => page.locator('.editable').innerText();

describe('换一种说法 of 全文 keeps what she added', () => {
  it('the preview says her 2 paragraphs stay; after 采纳 both sentences are there', async () => {
    await typeIntoParagraph(page, '推广机械粉碎还田', MINE[0]!);
    await typeIntoParagraph(page, '早中晚三次巡田', MINE[1]!);
    await page.locator('.savestate').filter({ hasText: '已自动保存' }).waitFor({ timeout: 20_000 });
    await page.getByRole('tab', { name: '换一种说法' }).click();
    await page.locator('.panel-reword button[data-part="all"]').click();
    await dialog(page).waitFor();
    await expect.poll(() => dialog(page).locator('.keep-box').innerText()).toContain('全文中有 2 段是您改写或添加过的文字，保持原样');
    await page.waitForTimeout(500);
    expect(await dialog(page).locator('.warn-box').count()).toBe(0);
    // Neither of her sentences is struck out in the preview.
    for (const m of MINE) expect((await dialog(page).locator('del').allInnerTexts()).join('')).not.toContain(m);
    await page.screenshot({ path: `${LOOK}/ui19-reword-whole-keeps-own.png` });
    await decide(page, '采纳');
    for (const m of MINE) await expect.poll(editorText).toContain(m);
    await noError(page);
  }, 120_000);
});
