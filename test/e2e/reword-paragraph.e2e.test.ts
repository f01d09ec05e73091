// 换一种说法 for the one paragraph the cursor is in (the outside tester's item 7, session 14), in
// Debian's Chromium against browser mode: she clicks into a task paragraph, the panel names it, the
// preview shows that paragraph alone; after 采纳 only it has changed (her sentence typed in part 一
// stays, the material's facts stay in it), the text before is a saved version, and Ctrl+Z gives back
// exactly the text she had. A paragraph she added herself is named as such and not offered.
// Fixture: test/fixtures/campaigns/ui-village-flood-paragraph.json (棠湾乡). Screenshots:
// /tmp/wengao-look/ui15-reword-*.png.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { DocModel } from '../../core/doc/model.ts';
import { CAMPAIGNS_DIR } from '../helpers/campaigns.ts';
import { LOOK, useApp } from './app-per-file.ts';
import { setCaretScript } from './page-scripts.ts';
import { api, decide, dialog, noError, openDrafted, statusText } from './trust-helpers.ts';

let page: Page;
let documentId = 0;
const app = useApp(async (h) => {
  page = h.page;
  ({ documentId } = await openDrafted(h, join(CAMPAIGNS_DIR, 'ui-village-flood-paragraph.json'), 11));
});

const paragraphs = () => page.locator('.editable > *').allInnerTexts();
const editorText = () => page.locator('.editable').innerText();
/** Puts the caret at the end of the first paragraph holding `within`. */
async function caretIn(within: string): Promise<number> {
  const n = (await page.evaluate(`[...document.querySelectorAll('.editable > p')].findIndex((p) => p.textContent.includes(${JSON.stringify(within)}))`)) as number;
  expect(n, within).toBeGreaterThanOrEqual(0);
  await page.evaluate(setCaretScript(':scope > p', n, 'end'));
  return n;
}

/** Whether the n-th block of the text is within the visible part of the page's scrolled box (source text: no DOM types here). */
const inView = (n: number) => `(() => {
  const box = document.querySelector('.paper-wrap').getBoundingClientRect();
  const el = document.querySelectorAll('.editable > *')[${n}].getBoundingClientRect();
  return el.bottom > box.top && el.top < box.bottom;
})()`;

describe('换一种说法 for one paragraph', () => {
  const MINE = '各村要把转移名单张贴到村委会公示栏。';

  it('rewords the paragraph of the cursor alone; the text before is a version; Ctrl+Z restores it exactly', async () => {
    await caretIn('转移群众');
    await page.keyboard.type(MINE);
    await page.locator('.savestate').filter({ hasText: '已自动保存' }).waitFor({ timeout: 20_000 });
    await page.getByRole('tab', { name: '换一种说法' }).click();
    const button = page.getByRole('button', { name: '只换光标所在的一段' });
    await caretIn('充实抢险队伍');
    await expect.poll(() => page.locator('.reword-paragraph .hint').innerText()).toMatch(/^第二部分第\d+段：“充实抢险队伍。/);
    const before = await paragraphs();
    const typed = await editorText();
    const at = before.findIndex((p) => p.includes('充实抢险队伍'));
    await page.locator('.panel-reword').screenshot({ path: `${LOOK}/ui15-reword-paragraph-panel.png` });

    await button.click();
    await dialog(page).waitFor();
    expect(await dialog(page).locator('h2').innerText()).toMatch(/^预览：换一种说法：第二部分第\d+段$/);
    expect(await dialog(page).innerText()).toContain('采纳后只替换光标所在的这一段');
    // The preview compares that paragraph alone, and nothing has changed yet.
    expect(await dialog(page).locator('.modal-body').innerText()).toContain('乡武装部');
    expect(await dialog(page).locator('.modal-body').innerText()).not.toContain('乡应急办');
    expect(await paragraphs()).toEqual(before);
    await page.screenshot({ path: `${LOOK}/ui15-reword-paragraph-preview.png` });
    await decide(page, '采纳');
    const done = await statusText(page, '已采纳');

    const after = await paragraphs();
    expect(after).toHaveLength(before.length);
    after.forEach((p, i) => {
      if (i !== at) expect(p, `paragraph ${i}`).toBe(before[i]);
    });
    expect(after[at]).not.toBe(before[at]);
    for (const fact of ['乡武装部', '汛期前', '不少于15人']) expect(after[at], fact).toContain(fact);
    expect(await editorText()).toContain(MINE);
    // The page stays where the paragraph changed, not back at the top (session 24's screen test, c).
    await expect.poll(() => page.evaluate(inView(at))).toBe(true);
    await page.screenshot({ path: `${LOOK}/ui15-reword-paragraph-accepted.png` });

    // The text before is a saved version, holding the old paragraph and her sentence.
    const kept = Number(/第 (\d+) 版/.exec(done)?.[1]);
    const { doc: old } = await api<{ doc: DocModel }>(app(), 'versions.get', { documentId, version: kept });
    const oldText = old.blocks.map((b) => (b.type === 'paragraph' ? [...(b.lead?.runs ?? []), ...b.runs] : 'runs' in b ? b.runs : []).map((r) => r.text).join('')).join('\n');
    expect(oldText).toContain(MINE);
    expect(oldText).toContain(before[at]!);

    await page.locator('.editable').click();
    await page.keyboard.press('Control+z');
    await expect.poll(editorText).toBe(typed);
    await noError(page);
  }, 120_000);

  it('names a paragraph she added herself and does not offer to reword it', async () => {
    await caretIn('不少于15人');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('这是我自己加的一段，提醒大家注意值班纪律。');
    await expect.poll(() => page.locator('.reword-paragraph .hint').innerText()).toContain('您自己添加的段落');
    expect(await page.getByRole('button', { name: '只换光标所在的一段' }).isDisabled()).toBe(true);
    await noError(page);
  }, 60_000);
});
