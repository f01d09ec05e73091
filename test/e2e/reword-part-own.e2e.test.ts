// 换一种说法 of a whole part never throws away what she added (the outside tester's defect 2, session
// 18: 「第一部分」 struck out her added sentences and put the generated text back). In Debian's
// Chromium against browser mode: she adds a sentence to both task paragraphs of part 二, asks for a
// new wording of that part; the preview says her 2 paragraphs stay as they are, warns of nothing
// replaced, and after 采纳 both sentences are in the text. Fixture: ui18-town-forest-fire.json (栎川镇).
// Screenshot: /tmp/wengao-look/ui18-reword-part-keeps-own.png.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocModel } from '../../core/doc/model.ts';
import { reportFailures } from './failures.ts';
import { appUrl, openApp } from './harness.ts';
import type { Harness } from './harness.ts';
import { setCaretScript } from './page-scripts.ts';
import { api, decide, dialog, noError, openDocument } from './trust-helpers.ts';

const LOOK = '/tmp/wengao-look';
const MINE = ['巡查情况每天在群里报一次。', '值班电话要保证有人接听。'];
let h: Harness;
reportFailures(() => h);
let page: Page;

const editorText = () => page.locator('.editable').innerText();

async function typeInto(within: string, text: string): Promise<void> {
  const n = (await page.evaluate(`[...document.querySelectorAll('.editable > p')].findIndex((p) => p.textContent.includes(${JSON.stringify(within)}))`)) as number;
  expect(n, within).toBeGreaterThanOrEqual(0);
  await page.evaluate(setCaretScript(':scope > p', n, 'end'));
  await page.waitForTimeout(50);
  await page.keyboard.type(text);
}

beforeAll(async () => {
  mkdirSync(LOOK, { recursive: true });
  h = await openApp();
  page = h.page;
  const material = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'campaigns', 'ui18-town-forest-fire.json'), 'utf8')) as unknown;
  const created = await api<{ documentId: number; doc: DocModel }>(h, 'documents.create', { input: material, options: { seed: 5 } });
  await page.goto(appUrl(h));
  await openDocument(page, created.doc.title.map((r) => r.text).join(''));
}, 120_000);

afterAll(async () => {
  await h?.close();
});

describe('换一种说法 of a part keeps what she added', () => {
  it('the preview says her 2 paragraphs stay; after 采纳 both sentences are there', async () => {
    await typeInto('重点时段加密巡查频次', MINE[0]!);
    await typeInto('第一时间上报', MINE[1]!);
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
