// The minutes form as a secretary uses it for a 常务会议, in Debian's Chromium against browser mode:
// an agenda item typed as a plain title grows its own report, remarks and decisions; items are
// added, moved and deleted; 期号 and 分送 are filled in; 生成 shows the minutes by item (「一、关于…。」
// in the order the items were left in) with the 版记 under them. Screenshots: /tmp/wengao-look/.
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportFailures } from './failures.ts';
import { appUrl, openApp } from './harness.ts';
import type { Harness } from './harness.ts';

const LOOK = '/tmp/wengao-look';
let h: Harness;
reportFailures(() => h);
let page: Page;

const fill = (name: string, value: string) => page.locator(`[name="${name}"]`).fill(value);
const item = (n: number): Locator => page.locator(`fieldset[data-list="agenda"] > .item[data-item="${n}"]`);
/** A list inside an agenda item: its own remarks or decisions. */
const inner = (n: number, list: 'remarks' | 'decisions'): Locator => item(n).locator(`fieldset[data-list="${list}"]`);

beforeAll(async () => {
  mkdirSync(LOOK, { recursive: true });
  h = await openApp();
  page = h.page;
  page.on('dialog', (d) => void d.accept());
  await page.goto(appUrl(h));
}, 120_000);

afterAll(async () => {
  await h?.close();
});

describe('the minutes form, item by item', () => {
  it('lets an agenda item hold its remarks and decisions, and drafts the minutes by item with the 版记', async () => {
    await page.locator('.topbar').getByRole('button', { name: '新建' }).click();
    await page.locator('#kind').selectOption('minutes');
    await fill('meeting.name', '平阳县人民政府2026年第12次常务会议');
    await fill('meeting.type', '常务会议');
    await fill('meeting.date', '2026-06-16');
    await fill('meeting.venue', '县政府常务会议室');
    await fill('meeting.organizer', '平阳县人民政府办公室');
    await fill('meeting.host.name', '钱卫东');
    await fill('meeting.host.title', '县长');
    await fill('meeting.attendees', '钱卫东\n孙立\n周红');

    // Item 1 starts as a plain title, then gets a reporter, an outcome, a remark and a decision.
    await fill('agenda.0', '审议《城区公共停车设施建设实施方案》');
    await item(0).locator('[name="agenda.0.kind"]').selectOption('审议');
    await fill('agenda.0.reporter', '县住房城乡建设局');
    await item(0).locator('[name="agenda.0.outcome"]').selectOption('原则通过');
    await inner(0, 'remarks').getByRole('button', { name: '添加领导发言' }).click();
    await fill('agenda.0.remarks.0.speaker.name', '钱卫东');
    await fill('agenda.0.remarks.0.speaker.title', '县长');
    await fill('agenda.0.remarks.0.points', '各镇要配合做好停车场选址和征迁工作');
    await inner(0, 'decisions').getByRole('button', { name: '添加议定事项' }).click();
    await fill('agenda.0.decisions.0.text', '方案修改完善后以县政府办公室名义印发');
    await fill('agenda.0.decisions.0.lead', '县住房城乡建设局');
    await fill('agenda.0.decisions.0.deadline', '6月底前');
    expect(await page.locator('[name="agenda.0.title"]').inputValue()).toBe('审议《城区公共停车设施建设实施方案》');

    // Item 2 with an approval; item 3 added and deleted; item 2 moved above item 1.
    await page.locator('fieldset[data-list="agenda"] > button.add').click();
    await fill('agenda.1', '研究城区停车收费标准调整');
    await inner(1, 'decisions').getByRole('button', { name: '添加议定事项' }).click();
    await fill('agenda.1.decisions.0.text', '同意城区路内停车收费标准调整方案，按程序报批后执行');
    await page.locator('fieldset[data-list="agenda"] > button.add').click();
    await fill('agenda.2', '研究其他事项');
    await item(2).locator(':scope > .item-head').getByRole('button', { name: '删除' }).click();
    await expect.poll(() => page.locator('fieldset[data-list="agenda"] > .item').count()).toBe(2);
    await item(1).locator(':scope > .item-head button[title="上移"]').click();
    expect(await page.locator('[name="agenda.0.title"]').inputValue()).toBe('研究城区停车收费标准调整');
    expect(await page.locator('[name="agenda.1.decisions.0.deadline"]').inputValue()).toBe('6月底前');

    await fill('options.issue', '12');
    await fill('options.distribution', '县委办公室\n各镇人民政府');
    await item(0).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${LOOK}/ui-minutes-form-items.png` });

    await page.getByRole('button', { name: '生成', exact: true }).click();
    await page.locator('.editable').waitFor({ timeout: 30_000 });
    expect(await page.locator('.status.error').count()).toBe(0);
    // One numbered section an item, in the order the items were left in (the outline shows the numbers).
    expect(await page.locator('.outline li.ol-l1').allInnerTexts()).toEqual(['一、关于城区停车收费标准调整', '二、关于《城区公共停车设施建设实施方案》']);
    const body = await page.locator('.editable').innerText();
    expect(body).toContain('会议同意城区路内停车收费标准调整方案，按程序报批后执行。');
    expect(body).toContain('会议原则通过《城区公共停车设施建设实施方案》。');
    expect(body).toContain('（牵头单位：县住房城乡建设局；完成时限：6月底前）');
    expect(body).not.toContain('其他事项');
    expect(await page.locator('.dochead .issue').innerText()).toBe('第12期');
    await expect(page.locator('.colophon').innerText()).resolves.toMatch(/分送：县委办公室，各镇人民政府。[\s\S]*平阳县人民政府办公室\s*2026年6月16日印发/u);
    await page.locator('.colophon').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${LOOK}/ui-minutes-items-editor.png` });
  }, 120_000);

  it('made no request beyond the loopback bridge', () => {
    expect(h.foreign()).toEqual([]);
  });
});
