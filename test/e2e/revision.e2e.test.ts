// The Word round trip as a secretary does it, in Debian's Chromium against browser mode: a township
// flood-control speech edited and saved, 导出修订稿 from the versions panel (the name asked once),
// the file edited by the 主任 with 修订 and a 批注 (review-docx.ts marks it as Word does), 导入修改稿:
// the changes listed with their author, one accepted and one rejected, the result previewed and
// taken; the new version in the history with its diff, the 批注 beside its paragraph.
// Screenshots: /tmp/wengao-look/.
import { mkdirSync, readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewDocx } from '../helpers/review-docx.ts';
import { reportFailures } from './failures.ts';
import { appUrl, openApp } from './harness.ts';
import type { Harness } from './harness.ts';

const LOOK = '/tmp/wengao-look';
let h: Harness;
reportFailures(() => h);
let page: Page;

const SPEECH = [
  '在全镇防汛备汛工作推进会上的讲话',
  '同志们：',
  '今天召开全镇防汛备汛工作推进会，主要任务是检查前一阶段隐患排查情况，部署主汛期前的各项工作。',
  '一、正视短板，认清防汛形势',
  '去年汛期我镇共排查山塘水库隐患十七处，目前已整改十二处，仍有五处需要在五月底前完成。',
  '二、压实责任，抓好关键环节',
  '各村要落实巡查责任人，每座山塘明确一名巡查员，汛期每日巡查不少于两次。',
  '镇应急办要在五月十五日前完成物资仓库清点，缺少的编织袋和救生衣及时补充。',
].join('\n');

const shot = (name: string) => page.screenshot({ path: `${LOOK}/ui-${name}.png` });
const status = (text: string | RegExp) => page.locator('.status').filter({ hasText: text }).waitFor({ timeout: 30_000 });

async function noError(): Promise<void> {
  expect(await page.locator('.status.error').count(), await page.locator('.status.error').allInnerTexts().then((t) => t.join())).toBe(0);
}

type Box = { x: number; y: number; width: number; height: number };

/** What is wrong with where the 批注 card is: outside the window, under the side panel, or outside the paper area's visible part. */
async function cardClear(p: Page, size: { width: number; height: number }): Promise<string[]> {
  // As the user sees it on opening: not scrolled sideways (scrolling would bring a clipped card into view).
  await p.locator('.paper-wrap').evaluate((el) => void ((el as unknown as { scrollLeft: number }).scrollLeft = 0));
  const card = (await p.locator('.comments-margin .comment-card').boundingBox()) as Box;
  const side = (await p.locator('aside.side').boundingBox()) as Box;
  const box = (await p.locator('.paper-wrap').boundingBox()) as Box;
  // The visible part: the box less the vertical scroll bar.
  const inner = await p.locator('.paper-wrap').evaluate((el) => (el as unknown as { clientWidth: number }).clientWidth);
  const wrap = { left: box.x, right: box.x + inner };
  const wrong: string[] = [];
  if (card.x < 0 || card.y < 0 || card.x + card.width > size.width || card.y + card.height > size.height) wrong.push(`outside the window: ${JSON.stringify(card)}`);
  if (card.x + card.width > side.x) wrong.push(`under the side panel (card ends at ${card.x + card.width}, panel starts at ${side.x})`);
  if (card.x < wrap.left || card.x + card.width > wrap.right) wrong.push(`clipped by the paper area ${JSON.stringify(wrap)}: ${JSON.stringify(card)}`);
  return wrong;
}

beforeAll(async () => {
  mkdirSync(LOOK, { recursive: true });
  h = await openApp();
  page = h.page;
  page.on('dialog', (d) => void d.accept());
  await page.goto(appUrl(h));
  await page.locator('.documents[data-ready="yes"]').waitFor();
  await page.getByLabel('导入文稿').setInputFiles({ name: '防汛讲话.txt', mimeType: 'text/plain', buffer: Buffer.from(SPEECH) });
  await page.locator('.editable p').first().waitFor({ timeout: 30_000 });
}, 120_000);

afterAll(async () => {
  await h?.close();
});

describe('the Word round trip in the versions panel', () => {
  let revised: Buffer;

  it('exports a 修订稿 of the two newest versions, asking for the name once', async () => {
    // The secretary's own edit, saved as version 2.
    const para = page.locator('.editable p').filter({ hasText: '物资仓库清点' });
    await para.click();
    await page.keyboard.press('End');
    await page.keyboard.type('应急队伍要开展一次实战演练。');
    await page.keyboard.press('Control+s');
    await status('已保存版本');
    await page.getByRole('tab', { name: '版本' }).click();
    await page.locator('.versions tr[data-version="2"]').waitFor();
    await page.getByRole('button', { name: '导出修订稿' }).click();
    await status('请先填写您的姓名');
    await page.getByLabel('您的姓名').fill('李秘书');
    await shot('revision-name');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '保存姓名' }).click()]);
    expect(download.suggestedFilename()).toMatch(/（修订稿 第1版→第2版）\.docx$/);
    await status('已导出修订稿');
    await expect.poll(() => page.locator('.revision-actions').innerText()).toContain('修订稿署名：李秘书');
    revised = readFileSync(await download.path());
    const xml = await (await JSZip.loadAsync(revised)).file('word/document.xml')!.async('string');
    expect(xml).toMatch(/<w:ins [^>]*w:author="李秘书"[^>]*>(?:(?!<\/w:ins>).)*应急队伍要开展一次实战演练/s);
    await shot('revision-panel');
    await noError();
  });

  it('imports the 主任’s edited file: accept one change, reject the other, see the new version and its diff', async () => {
    const edited = await reviewDocx(new Uint8Array(revised), {
      author: '陈主任',
      date: '2026-12-06T09:30:00Z',
      replace: [['五月底前', '五月二十日前']],
      insertAfter: [['每座山塘明确一名巡查员', '，并在塘坝显著位置公示姓名和电话']],
      comment: [['隐患排查情况', '请补充已整改五处的具体名单。']],
    });
    await page.getByLabel('导入修改稿').setInputFiles({ name: '防汛讲话-陈主任改.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from(edited) });
    const review = page.getByRole('dialog', { name: /审阅修改稿/ });
    await review.waitFor({ timeout: 30_000 });
    const head = await review.locator('.hint').first().innerText();
    expect(head).toMatch(/按文件中记录的版本标识/);
    expect(head).toMatch(/批注 1 条/);
    expect(head).toMatch(/作者：陈主任/);
    await expect(review.locator('.comment-card').innerText()).resolves.toContain('请补充已整改五处的具体名单。');
    const chips = review.locator('.rev-chip');
    const texts = await chips.allInnerTexts();
    expect(texts.every((t) => t.includes('陈主任'))).toBe(true);
    expect(texts.join('\n')).toContain('二十日');
    expect(texts.join('\n')).toContain('公示姓名和电话');
    // Accept the new date (its deletion and insertion), reject the addition.
    for (const k of [...texts.keys()]) {
      const decision = /公示姓名和电话/.test(texts[k]!) ? '拒绝' : '接受';
      await chips.nth(k).getByRole('button', { name: decision }).click();
    }
    await shot('revision-review');
    await review.getByRole('button', { name: /按所选导入/ }).click();
    const preview = page.getByRole('dialog', { name: /预览/ });
    await preview.waitFor({ timeout: 30_000 });
    await preview.getByRole('button', { name: '采纳' }).click();
    await status('已采纳');
    await preview.waitFor({ state: 'detached' });

    const editor = page.locator('.editable');
    await expect.poll(() => editor.innerText()).toContain('五月二十日前完成');
    expect(await editor.innerText()).not.toContain('公示姓名和电话');
    expect(await editor.innerText()).toContain('应急队伍要开展一次实战演练。');
    // 采纳 keeps the text it replaced as a version, then the imported one is the newest.
    const row = page.locator('.versions tr').first();
    await expect.poll(() => row.innerText(), { timeout: 20_000 }).toContain('导入修改稿：防汛讲话-陈主任改.docx（陈主任）');
    // The 批注 beside the paragraph it is anchored to.
    const card = page.locator('.comments-margin .comment-card');
    await expect(card.innerText()).resolves.toContain('请补充已整改五处的具体名单。');
    expect(await card.innerText()).toContain('批在「隐患排查情况」');
    // The diff of the new version against the exported one: the date changed, nothing else.
    // The panel picks the two newest versions: the imported one and the text it replaced (version 2's).
    await page.getByRole('button', { name: '比较所选两版' }).click();
    await expect(page.locator('.diff ins').filter({ hasText: '二十日' }).first().innerText()).resolves.toContain('二十日');
    expect(await page.locator('.diff').innerText()).not.toContain('公示姓名');
    await shot('revision-imported');
    // The card is whole on screen at common window sizes: inside the viewport, clear of the side panel.
    for (const size of [{ width: 1440, height: 900 }, { width: 1500, height: 950 }]) {
      await page.setViewportSize(size);
      await expect.poll(() => cardClear(page, size)).toEqual([]);
      await shot(`revision-comment-${size.width}`);
    }
    await page.locator('.comments-margin').getByRole('button', { name: '已解决' }).click();
    await expect.poll(() => page.locator('.comments-margin').count()).toBe(0);
    await noError();
    expect(h.foreign()).toEqual([]);
  });

  it('refuses a file that is not Word in Chinese, and nothing changes', async () => {
    const before = await page.locator('.versions tr').count();
    await page.getByLabel('导入修改稿').setInputFiles({ name: '伪装.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('这不是一个Word文件') });
    await page.locator('.status.error').filter({ hasText: '伪装.docx' }).waitFor({ timeout: 20_000 });
    expect(await page.locator('.status.error').innerText()).toMatch(/不是有效的 \.docx 文件/);
    expect(await page.getByRole('dialog', { name: /审阅修改稿/ }).count()).toBe(0);
    expect(await page.locator('.versions tr').count()).toBe(before);
  });
});
