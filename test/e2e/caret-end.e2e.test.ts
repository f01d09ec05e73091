// Typing at the end goes to the end (session 22's screen test, 3, its worst finding: 「Ctrl+End, Enter,
// typing put my paragraph at the TOP, above 同志们：」; another time it split the closing mid-sentence).
// A real keyboard in Debian's Chromium against browser mode, after each thing she may have done before:
// a click on the paper's margin beside the text, on a page mark of 页面视图, an autosave, the caret
// lost to the editor's root element. Invented: 雁湾镇 (test/fixtures/ui23/speech-caret.json).
// Screens: /tmp/wengao-look/ui23-caret-*.png.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { DocModel } from '../../core/doc/model.ts';
import { docLines } from '../../core/doc/text.ts';
import { PACKAGE_ROOT } from '../../main/services/library-files.ts';
import { LOOK, useApp } from './app-per-file.ts';
import { typeIntoParagraph } from './forest-fire-doc.ts';
import { typeWithIme } from './ime.ts';
import { setCaretScript } from './page-scripts.ts';
import { api, docxLines, exportDocx, noError, openDrafted } from './trust-helpers.ts';

let page: Page;
let documentId = 0;
const app = useApp(async (h) => {
  page = h.page;
  ({ documentId } = await openDrafted(h, join(PACKAGE_ROOT, 'test', 'fixtures', 'ui23', 'speech-caret.json'), 3));
});

const blocks = () => page.locator('.editable > *').allInnerTexts();
const lastBlock = () => page.locator('.editable > *').last();

/** Ctrl+End, Enter and `text` typed key by key: it must be the text's last paragraph, after all it had. */
async function endEnterType(text: string, shot: string): Promise<void> {
  const before = await blocks();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(text, { delay: 20 });
  await expect.poll(async () => (await blocks()).at(-1)).toBe(text);
  expect(await blocks()).toEqual([...before, text]);
  await page.screenshot({ path: `${LOOK}/ui23-caret-${shot}.png` });
}

/** A click on the paper's left margin, beside the line of `el` (scrolled into view first). */
async function clickMarginBeside(selector: string): Promise<void> {
  const el = page.locator(selector).last();
  await el.scrollIntoViewIfNeeded();
  const paper = (await page.locator('.paper').boundingBox())!;
  const line = (await el.boundingBox())!;
  await page.mouse.click(paper.x + 8, line.y + 6);
}

describe('Ctrl+End, Enter and typing put the new paragraph last', () => {
  it('after a click in the last paragraph and then on the margin beside it', async () => {
    await lastBlock().click();
    await clickMarginBeside('.editable > *');
    await endEnterType('护林员要做到巡山不漏一处。', 'margin');
    await noError(page);
  });

  it('after a click on the paper above the text and a key typed at once: it goes where the caret was', async () => {
    const last = lastBlock();
    await last.click();
    await page.keyboard.press('End');
    await page.waitForTimeout(100);
    const before = await last.innerText();
    await clickMarginBeside('.editable > *:first-child');
    await page.keyboard.type('甲');
    await expect.poll(() => last.innerText()).toBe(`${before}甲`);
    await page.keyboard.press('Backspace');
    await expect.poll(() => last.innerText()).toBe(before);
  });

  it('after the caret was lost to the editor’s root element (an update that took its line away)', async () => {
    const last = lastBlock();
    await last.click();
    await page.keyboard.press('End');
    await page.waitForTimeout(100);
    const before = await last.innerText();
    // The caret on the root element itself, where Lexical would insert a paragraph above 「同志们：」.
    const lose = `(() => { const ed = document.querySelector('.editable'); getSelection().collapse(ed, 0); })()`;
    await page.evaluate(lose);
    await page.waitForTimeout(100);
    await page.keyboard.type('乙');
    await expect.poll(() => last.innerText()).toBe(`${before}乙`);
    await page.keyboard.press('Backspace');
    // The same with an input method (a key the IME takes, then a composition).
    await page.waitForTimeout(100);
    await page.evaluate(lose);
    await page.waitForTimeout(100);
    const cdp = await page.context().newCDPSession(page);
    await typeWithIme(page, cdp, ['丙丁']);
    await cdp.detach();
    await expect.poll(() => last.innerText()).toBe(`${before}丙丁`);
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.evaluate(lose);
    await page.waitForTimeout(100);
    await endEnterType('各村要把防火宣传送到每户。', 'root');
  });

  it('after an autosave', async () => {
    await lastBlock().click();
    await page.keyboard.type('好');
    await page.locator('.statusbar .savestate').filter({ hasText: '已自动保存' }).waitFor({ timeout: 20_000 });
    await endEnterType('镇应急办要备足扑火工具。', 'autosave');
  });

  it('after a click on a page mark in 页面视图', async () => {
    await page.getByLabel('页面视图').check();
    const mark = page.locator('.page-mark span').first();
    await mark.scrollIntoViewIfNeeded();
    const at = (await mark.boundingBox())!;
    await page.mouse.click(at.x + at.width / 2, at.y + at.height / 2);
    await endEnterType('清明前后要盯紧祭扫用火。', 'page-mark');
    await page.getByLabel('页面视图').uncheck();
  });

  it('after a click on the grey desk beside the page in 页面视图: Ctrl+Home and typing go to the start', async () => {
    await page.getByLabel('页面视图').check();
    await lastBlock().click();
    const paper = (await page.locator('.paper').boundingBox())!;
    await page.mouse.click(paper.x - 30, 300);
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('【此稿待审定】', { delay: 20 });
    await expect.poll(async () => (await blocks())[0]).toMatch(/^【此稿待审定】同志们/);
    await page.screenshot({ path: `${LOOK}/ui23-caret-desk.png` });
    for (let i = 0; i < 7; i++) await page.keyboard.press('Backspace');
    await expect.poll(async () => (await blocks())[0]).toMatch(/^同志们/);
    await page.getByLabel('页面视图').uncheck();
  });

  it('after a 校对 finding was clicked and taken (采纳)', async () => {
    await typeIntoParagraph(page, '护林员分片包山', '各村要统一布署。');
    await page.getByRole('tab', { name: '校对' }).click();
    await page.locator('.panel-proof').getByRole('button', { name: '校对', exact: true }).click();
    const finding = page.locator('.panel-proof .finding').filter({ hasText: '布署' }).first();
    await finding.waitFor({ timeout: 20_000 });
    await finding.locator('.finding-main').click();
    await finding.getByRole('button', { name: '采纳' }).click();
    await expect.poll(async () => (await blocks()).some((b) => b.includes('统一部署'))).toBe(true);
    await endEnterType('护林员要随身带好灭火器。', 'proof');
    await page.getByRole('tab', { name: '材料' }).click();
  });

  it('Ctrl+Shift+End selects to the end; Ctrl+Home goes to the start of the text', async () => {
    await lastBlock().click();
    const before = await blocks();
    // From the end of the paragraph before the last: the break and the last paragraph are selected.
    await page.evaluate(setCaretScript(':scope > *', before.length - 2, 'end'));
    await page.waitForTimeout(100);
    await page.keyboard.press('Control+Shift+End');
    await page.keyboard.type('止');
    await expect.poll(blocks).toEqual([...before.slice(0, -2), `${before.at(-2)}止`]);
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('首');
    await expect.poll(async () => (await blocks())[0]).toMatch(/^首同志们/);
    await page.screenshot({ path: `${LOOK}/ui23-caret-home.png` });
    await noError(page);
  });

  // Session 23's screen test, 1: typed after the closing 「同志们，…！」, last on screen, but saved and exported above it.
  it('what she typed after the closing is saved, reopened and exported after it', async () => {
    await lastBlock().click();
    await endEnterType('附：各村防火责任人名单会后印发。', 'after-closing');
    await page.locator('.statusbar .savestate').filter({ hasText: '已自动保存' }).waitFor({ timeout: 20_000 });
    const { doc } = await api<{ doc: DocModel }>(app(), 'documents.open', { documentId });
    expect(docLines(doc).at(-1)).toBe('附：各村防火责任人名单会后印发。');
    const exported = (await docxLines(await exportDocx(page))).filter(Boolean);
    expect(exported.at(-1)).toBe('附：各村防火责任人名单会后印发。');
    expect(exported.at(-2)).toBe((await blocks()).at(-2)!.replace(/\s/g, ''));
    await noError(page);
  });
});
