// 新建 offers 会议记录 (session 19's screen test, defect 5): the form has what a record has — 时间、地点、
// 主持人、出席/列席、请假、记录人、议题, and per 议题 the speakers in order and the meeting's decisions —
// refuses in her words (a date as she types one, never 「YYYY-MM-DD」; a record without a word said or
// decided), drafts it in the 会议记录 form (GENRE.md: fields, first-person speakers, 会议决定, 散会,
// signature lines) and exports it as a .docx LibreOffice reads. In Debian's Chromium against browser
// mode. Invented: 栖霞村 (柘溪镇). Screenshots: /tmp/wengao-look/ui20-record-*.png.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LOOK, useApp } from './app-per-file.ts';
import { appUrl } from './harness.ts';
import { exportDocx, noError, officeLines, screenLines } from './trust-helpers.ts';

let page: Page;
useApp(async (h) => {
  page = h.page;
  page.on('dialog', (d) => void d.accept());
  await page.goto(appUrl(h));
});

const fill = (name: string, value: string) => page.locator(`[name="${name}"]`).fill(value);
const item = (n: number): Locator => page.locator(`fieldset[data-list="agenda"] > .item[data-item="${n}"]`);
const inner = (n: number, list: 'remarks' | 'decisions'): Locator => item(n).locator(`fieldset[data-list="${list}"]`);
const generate = () => page.getByRole('button', { name: '生成', exact: true }).click();
const errors = () => page.locator('.form-errors, .field-error').allInnerTexts();

describe('新建 → 会议记录', () => {
  it('offers 会议记录 with a record’s fields, and its frame', async () => {
    await page.locator('.topbar').getByRole('button', { name: '新建' }).click();
    await page.locator('#kind').selectOption({ label: '会议记录' });
    await expect.poll(() => page.locator('#frame option').allInnerTexts()).toContain('会议记录');
    for (const name of ['meeting.name', 'meeting.date', 'meeting.time', 'meeting.venue', 'meeting.host.name', 'meeting.recorder.name', 'meeting.attendees', 'meeting.observers', 'agenda.0.title']) {
      expect(await page.locator(`[name="${name}"]`).count(), name).toBe(1);
    }
    expect(await inner(0, 'remarks').locator('legend').innerText()).toContain('发言');
    expect(await inner(0, 'decisions').locator('legend').innerText()).toContain('会议决定');
    // A 纪要's fields are not a record's.
    expect(await page.locator('[name="options.issue"]').count()).toBe(0);
    expect(await page.locator('[name="agenda.0.outcome"]').count()).toBe(0);
  });

  it('refuses in her words: a date as she types one, and a record with nothing said or decided', async () => {
    await fill('meeting.name', '柘溪镇栖霞村“两委”联席会议');
    await fill('meeting.date', '3月8');
    await fill('agenda.0.title', '研究春耕期间农田水渠清淤');
    await generate();
    await expect.poll(async () => (await errors()).join('\n')).toContain('会议日期：应为日期，如 2026-06-30 或 2026年6月30日（实际为“3月8”）');
    const shown = (await errors()).join('\n');
    expect(shown).not.toContain('YYYY');
    expect(shown).toContain('议程：会议记录没有内容：请在议题下至少记一位同志的发言');
    expect(shown).not.toContain('纪要');
    await page.screenshot({ path: `${LOOK}/ui20-record-refused.png`, fullPage: true });
  });

  it('drafts the 会议记录: fields, speakers in order, 会议决定, 散会, signatures; and exports it', async () => {
    await fill('meeting.date', '2027年3月8日');
    await fill('meeting.time', '上午9:00');
    await fill('meeting.venue', '栖霞村党群服务中心会议室');
    await fill('meeting.host.name', '闵青禾');
    await fill('meeting.host.title', '村党支部书记');
    await fill('meeting.recorder.name', '甘露');
    await fill('meeting.recorder.title', '村文书');
    await fill('meeting.attendees', '闵青禾\n覃远山\n甘露');
    await fill('meeting.observers', '镇驻村干部卜文静');
    await fill('agenda.0.remarks.0.speaker.name', '闵青禾');
    await fill('agenda.0.remarks.0.speaker.title', '村党支部书记');
    await fill('agenda.0.remarks.0.points', '今年春灌前要把三条主渠清完\n清淤按组分段包干');
    await inner(0, 'remarks').getByRole('button', { name: '添加发言' }).click();
    await fill('agenda.0.remarks.1.speaker.name', '覃远山');
    await fill('agenda.0.remarks.1.points', '清淤机械向镇农业服务中心借用');
    await fill('agenda.0.decisions.0.text', '三条主渠清淤按组分段包干完成');
    await fill('agenda.0.decisions.0.lead', '村委会');
    await fill('agenda.0.decisions.0.deadline', '3月25日前');
    await item(0).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${LOOK}/ui20-record-form.png` });
    await generate();
    await page.locator('.editable').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.locator('.doctitle').innerText()).toBe('柘溪镇栖霞村“两委”联席会议记录');
    await page.screenshot({ path: `${LOOK}/ui20-record-draft.png` });
    // Each line as the page shows it, its label (「时间：」) drawn before it included.
    const text = (await screenLines(page)).join('\n');
    for (const line of ['时间：2027年3月8日上午9时', '地点：栖霞村党群服务中心会议室', '主持人：村党支部书记闵青禾', '列席人：镇驻村干部卜文静', '记录人：村文书甘露', '闵青禾（村党支部书记）：今年春灌前要把三条主渠清完。清淤按组分段包干。', '覃远山：清淤机械向镇农业服务中心借用。', '散会。']) {
      expect(text).toContain(line);
    }
    expect(text.indexOf('闵青禾（村党支部书记）')).toBeLessThan(text.indexOf('覃远山：'));
    expect(text).toMatch(/会议决定：[^\n]*三条主渠清淤按组分段包干完成/);
    expect(text).toContain('主持人（签字）');
    expect(text).toContain('记录人（签字）');

    const lines = await officeLines(await exportDocx(page));
    expect(lines[0]).toBe('柘溪镇栖霞村“两委”联席会议记录');
    for (const line of ['时间：2027年3月8日上午9时', '记录人：村文书甘露', '覃远山：清淤机械向镇农业服务中心借用。', '散会。']) expect(lines).toContain(line);
    await noError(page);
  }, 240_000);
});
