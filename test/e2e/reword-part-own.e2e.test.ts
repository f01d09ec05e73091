// 换一种说法 of a whole part never throws away what she added (the outside tester's defect 2, session
// 18: 「第一部分」 struck out her added sentences and put the generated text back). In Debian's
// Chromium against browser mode: she adds a sentence to both task paragraphs of part 二, asks for a
// new wording of that part; the preview says her 2 paragraphs stay as they are, warns of nothing
// replaced, and after 采纳 both sentences are in the text. Fixture: ui18-town-forest-fire.json (栎川镇).
// Screenshot: /tmp/wengao-look/ui18-reword-part-keeps-own.png.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LOOK, useApp } from './app-per-file.ts';
import { openForestFireDraft, typeIntoParagraph } from './forest-fire-doc.ts';
import { decide, dialog, noError } from './trust-helpers.ts';

const MINE = ['巡查情况每天在群里报一次。', '值班电话要保证有人接听。'];
let page: Page;
useApp(async (h) => {
  await openForestFireDraft(h);
  page = h.page;
});

const editorText = () => page.locator('.editable').innerText();

describe('换一种说法 of a part keeps what she added', () => {
  it('the preview says her 2 paragraphs stay; after 采纳 both sentences are there', async () => {
    await typeIntoParagraph(page, '重点时段加密巡查频次', MINE[0]!);
    await typeIntoParagraph(page, '第一时间上报', MINE[1]!);
    await page.locator('.savestate').filter({ hasText: '已自动保存' }).waitFor({ timeout: 20_000 });
    await page.getByRole('tab', { name: '换一种说法' }).click();
    await page.locator('.panel-reword button[data-part="2"]').click();
    await dialog(page).waitFor();
    await expect.poll(() => dialog(page).locator('.keep-box').innerText()).toContain('有 2 段是您改写或添加过的文字，保持原样');
    await page.waitForTimeout(500);
    expect(await dialog(page).locator('.warn-box').count()).toBe(0);
    // Neither of her sentences is struck out in the preview.
    for (const m of MINE) expect((await dialog(page).locator('del').allInnerTexts()).join('')).not.toContain(m);
    await page.screenshot({ path: `${LOOK}/ui18-reword-part-keeps-own.png` });
    await decide(page, '采纳');
    for (const m of MINE) await expect.poll(editorText).toContain(m);
    await noError(page);
  }, 120_000);
});
