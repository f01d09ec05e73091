// 导出台账 Word says the gaps of the 台账 before it writes it (session 21's screen test, 15: the export gap notice
// did so for the draft only, and a task without a deadline went out as 【待补充：完成时限】 unsaid); and a
// 会议记录's 时间 typed 「下午3:00」 is written 「下午3时」 — in the form when she leaves the field, and in the
// draft (never an ASCII colon after 下午). Debian's Chromium against browser mode. Invented: 澜溪镇 (a task
// without a deadline), 岚口乡 (the record). Screens: /tmp/wengao-look/ui22-ledger-*.png, ui22-record-time.png.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { DocModel } from '../../core/doc/model.ts';
import { runsText } from '../../core/doc/text.ts';
import { PACKAGE_ROOT } from '../../main/services/library-files.ts';
import { LOOK, useApp } from './app-per-file.ts';
import { appUrl, type Harness } from './harness.ts';
import { api, gapsDialog, noError, openDocument, statusText } from './trust-helpers.ts';

const fixture = (name: string) => join(PACKAGE_ROOT, 'test', 'fixtures', 'ui22', name);
let page: Page;
let downloads = 0;
useApp(async (h) => {
  page = h.page;
  page.on('download', () => void downloads++);
  // 澜溪镇's material with its second task's deadline left out.
  const material = JSON.parse(readFileSync(fixture('speech-versions.json'), 'utf8')) as { campaign: { tasks: { deadline?: string }[] } };
  delete material.campaign.tasks[1]!.deadline;
  await openCreated(h, material);
});

async function openCreated(h: Harness, input: unknown): Promise<void> {
  const created = await api<{ documentId: number; doc: DocModel }>(h, 'documents.create', { input, options: { seed: 3 } });
  await page.goto(appUrl(h));
  await openDocument(page, runsText(created.doc.title));
}

describe('导出台账 Word with a gap in the 台账', () => {
  it('says which task lacks what before any file is written, and 去材料中填写 goes to that field', async () => {
    await page.getByRole('button', { name: '导出台账 Word' }).click();
    const d = gapsDialog(page);
    await d.waitFor({ timeout: 20_000 });
    expect(await d.innerText()).toContain('台账中还有 1 处【待补充】没有填写');
    expect(await d.locator('li').allInnerTexts()).toEqual(['完成时限（表格第2行“推进秸秆综合利用”）']);
    // The 台账 is made from the material: nothing to walk through in the editor's text.
    expect(await d.getByRole('button', { name: '逐处查看' }).count()).toBe(0);
    await page.screenshot({ path: `${LOOK}/ui22-ledger-gaps.png` });
    expect(downloads).toBe(0);
    await d.getByRole('button', { name: '去材料中填写' }).click();
    await expect.poll(() => page.evaluate('document.activeElement && document.activeElement.getAttribute("name")'), { timeout: 10_000 }).toBe('campaign.tasks.1.deadline');
  });

  it('仍然导出 writes the 台账', async () => {
    await page.getByRole('button', { name: '导出台账 Word' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), gapsDialog(page).getByRole('button', { name: '仍然导出' }).click()]);
    expect(await statusText(page, '已导出台账')).toContain('.docx');
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    await noError(page);
  });
});

describe('a 会议记录’s 时间', () => {
  it('typed 「下午3:00」 in the form reads 「下午3时」 once she leaves it, and so in the draft', async () => {
    await page.locator('.topbar').getByRole('button', { name: '新建' }).click();
    await page.locator('input[type="file"]').setInputFiles(fixture('record-time.json'));
    await page.locator('.status').filter({ hasText: '已读入材料' }).waitFor({ timeout: 20_000 });
    const time = page.locator('[name="meeting.time"]');
    await time.fill('下午3:30');
    await page.locator('[name="meeting.name"]').click();
    await expect.poll(() => time.inputValue()).toBe('下午3时30分');
    await time.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${LOOK}/ui22-record-time.png` });
    await page.getByRole('button', { name: '生成', exact: true }).click();
    await expect.poll(() => page.locator('.editable').innerText(), { timeout: 30_000 }).toContain('2027年3月12日下午3时30分');
    expect(await page.locator('.editable').innerText()).not.toMatch(/\d:\d\d/);
    await noError(page);
  });

  it('said 「下午3点」 reads 「下午3时」 too; 添加议题 brings its 发言 and 决定 boxes, as the first 议题 has (session 22’s screen test)', async () => {
    await page.locator('.topbar').getByRole('button', { name: '新建' }).click();
    await page.locator('input[type="file"]').setInputFiles(fixture('record-time.json'));
    await page.locator('.status').filter({ hasText: '已读入材料' }).waitFor({ timeout: 20_000 });
    const time = page.locator('[name="meeting.time"]');
    await time.fill('下午3点');
    await page.locator('[name="meeting.name"]').click();
    await expect.poll(() => time.inputValue()).toBe('下午3时');
    await page.locator('fieldset[data-list="agenda"] > button.add').click();
    await page.locator('[name="agenda.1.remarks.0.speaker.name"]').waitFor({ timeout: 10_000 });
    expect(await page.locator('[name="agenda.1.decisions.0.text"]').count()).toBe(1);
    await noError(page);
  });
});
