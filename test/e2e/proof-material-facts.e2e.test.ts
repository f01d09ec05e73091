// 校对 in the editor leaves her material's words alone (the outside tester's defect 3, session 18:
// 「北圩→北纬」 in a village of her 事例, 「织密→致密」 in her task's title). In Debian's Chromium against
// browser mode: the draft of 栎川镇's material (事例 「鹅公坪组…」「石门坎组…」, task 「织密护林巡查网络」)
// gets no spelling or confusion finding; a sentence she types with 织密 and 纠治 gets none either,
// and a real slip she types is still found. Fixture: ui18-town-forest-fire.json.
// Screenshot: /tmp/wengao-look/ui18-proof-material.png.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LOOK, useApp } from './app-per-file.ts';
import { openForestFireDraft } from './forest-fire-doc.ts';
import { setCaretScript } from './page-scripts.ts';
import { noError } from './trust-helpers.ts';

let page: Page;
useApp(async (h) => {
  await openForestFireDraft(h);
  page = h.page;
});

/** The rules of the spelling and confusion findings listed (page code as a string: this folder is checked without DOM types). */
const guesses = async () =>
  ((await page.evaluate(`[...document.querySelectorAll('.panel-proof .finding')].map((e) => e.getAttribute('data-rule') ?? '')`)) as string[]).filter((r) => r.startsWith('spelling:') || r.startsWith('confusion:'));

describe('校对 and her material', () => {
  it('no guess in her villages or her task; her register’s verbs pass; a real slip is still found', async () => {
    const text = await page.locator('.editable').innerText();
    for (const fact of ['鹅公坪组', '石门坎组', '织密护林巡查网络']) expect(text).toContain(fact);
    await page.getByRole('tab', { name: '校对' }).click();
    await page.locator('.panel-proof .proof-summary').waitFor({ timeout: 15_000 });
    await page.locator('.panel-proof').getByRole('button', { name: '校对', exact: true }).click();
    await page.waitForTimeout(1_500);
    expect(await guesses()).toEqual([]);

    const n = (await page.evaluate(`[...document.querySelectorAll('.editable > p')].findIndex((p) => p.textContent.includes('第一时间上报'))`)) as number;
    await page.evaluate(setCaretScript(':scope > p', n, 'end'));
    await page.keyboard.type('要织密值守网络，持续纠治值班脱岗问题，在重点路口按装监控。');
    const slip = page.locator('.panel-proof .finding[data-rule^="confusion:按装"], .panel-proof .finding[data-rule^="spelling:按"]');
    await slip.first().waitFor({ timeout: 15_000 });
    expect((await guesses()).filter((r) => !r.includes('按'))).toEqual([]);
    await page.screenshot({ path: `${LOOK}/ui18-proof-material.png` });
    await noError(page);
  }, 120_000);
});
