// The form and the 换一种说法 panel in her words (session 20's screen test, defects 5, 6 and 8; session 21's
// 13: 「要点」 for the field labelled 发言内容, a wrapped message's number drawn on its second line): an empty
// form names each missing field by its label (「会议名称：请填写」), never the box it sits in (「会议：请填写」);
// a date typed in Chinese numerals (二〇二六年六月三日) is taken and kept as 2026-06-03; a two-part speech is
// offered its own two parts to reword, not a 「第三部分」 with nothing in it. Debian's Chromium against
// browser mode. Invented: 篁岭乡; 枫桥湾街道 (two parts). Screens: /tmp/wengao-look/ui21-form-*.png.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../main/services/library-files.ts';
import { LOOK, useApp } from './app-per-file.ts';
import { appUrl } from './harness.ts';
import { openDrafted } from './trust-helpers.ts';

let page: Page;
const app = useApp(async (h) => {
  page = h.page;
  await page.goto(appUrl(h));
});

const errors = async () => (await page.locator('.form-errors li, .field-error').allInnerTexts()).map((t) => t.trim());
const generate = () => page.getByRole('button', { name: '生成', exact: true }).click();

describe('the form names fields by their labels', () => {
  it.each(['会议记录', '讲话稿'])('an empty %s form asks for 会议名称, not 「会议」', async (kind) => {
    await page.locator('.topbar').getByRole('button', { name: '新建' }).click();
    await page.locator('#kind').selectOption({ label: kind });
    await generate();
    await expect.poll(async () => (await errors()).join('\n')).toContain('会议名称：请填写');
    const shown = await errors();
    expect(shown.filter((t) => /^(会议|工作)：/.test(t))).toEqual([]);
    await page.screenshot({ path: `${LOOK}/ui21-form-empty-${kind}.png`, fullPage: true });
  });

  it('takes a date typed in Chinese numerals and keeps it as 2026-06-03', async () => {
    await page.locator('.topbar').getByRole('button', { name: '新建' }).click();
    await page.locator('#kind').selectOption({ label: '会议记录' });
    const date = page.locator('[name="meeting.date"]');
    await date.fill('二〇二六年六月三日');
    await page.locator('[name="meeting.name"]').click();
    await expect.poll(() => date.inputValue()).toBe('2026-06-03');
    await page.locator('[name="meeting.name"]').fill('篁岭乡护林员例会');
    await generate();
    await expect.poll(async () => (await errors()).join('\n')).toContain('请填写');
    expect((await errors()).join('\n')).not.toContain('会议日期');
  });
});

describe('the record form’s words', () => {
  it('calls a speaker’s points 发言内容, as its field does, and keeps a wrapped message’s number on its first line', async () => {
    await page.locator('.topbar').getByRole('button', { name: '新建' }).click();
    await page.locator('#kind').selectOption({ label: '会议记录' });
    await page.locator('[name="meeting.name"]').fill('篁岭乡护林员例会');
    await page.locator('[name="meeting.date"]').fill('2027-03-02');
    await page.locator('[name="agenda.0.title"]').fill('部署清明前后护林巡查');
    await page.locator('[name="agenda.0.remarks.0.speaker.name"]').fill('邬晓岚');
    await generate();
    await expect.poll(async () => (await errors()).join('\n')).toContain('发言内容：请填写');
    expect((await errors()).join('\n')).not.toContain('要点');
    // Each item's button starts on the line its number is drawn on.
    for (const li of await page.locator('.form-errors li').all()) {
      const [a, b] = [await li.boundingBox(), await li.locator('button').boundingBox()];
      expect(Math.abs(a!.y - b!.y)).toBeLessThan(4);
    }
  });
});

describe('换一种说法 offers the draft’s own parts', () => {
  it('a two-part speech: 第一部分 and 第二部分, no 第三部分', async () => {
    await openDrafted(app(), join(PACKAGE_ROOT, 'test', 'fixtures', 'ui21', 'speech-two-parts.json'), 1);
    await page.getByRole('tab', { name: '换一种说法' }).click();
    const group = page.getByRole('group', { name: '要换说法的部分' });
    const buttons = await group.getByRole('button').allInnerTexts();
    expect(buttons).toEqual(['开场', '第一部分', '第二部分', '结尾', '全文']);
    await page.screenshot({ path: `${LOOK}/ui21-form-parts.png` });
  });
});
