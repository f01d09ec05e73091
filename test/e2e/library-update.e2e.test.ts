// A 会议记录 (the analysis types it 记录 since session 19) she calls a 纪要, corrected in the 范文库's reader
// (the outside screen test's defect 4, session 18), in Debian's Chromium against browser mode: she opens
// it, 更正标题或体裁 → 体裁 纪要 and a new title → 保存; the reader and the list say 纪要 and the new title;
// 撤销 takes the change back, and the list's 纪要 filter then finds nothing; an empty title is refused in Chinese naming the field. Fixture:
// test/fixtures/library-ui19/two-records.txt (澜沧乡). Screenshots: /tmp/wengao-look/ui19-library-correct*.png.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LOOK, useApp } from './app-per-file.ts';
import { fixtureText, importFiles, listRow, listTitles, openLibrary } from './library-page.ts';
import { noError } from './trust-helpers.ts';

const RECORD = '澜沧乡党委会会议记录';
const RENAMED = '澜沧乡党委会2027年第3次会议记录';
let page: Page;
useApp(async (h) => {
  page = h.page;
  await openLibrary(h);
});

const genreOf = (title: string) => listRow(page, title).locator('td').nth(2).innerText();

describe('更正标题或体裁 in the 范文库', () => {
  it('a 会议记录 typed 记录 becomes a 纪要 with a new title; 撤销 takes it back; an empty title is refused', async () => {
    await importFiles(page, [fixtureText('library-ui19', 'two-records.txt')]);
    await expect.poll(() => listTitles(page), { timeout: 10_000 }).toHaveLength(2);
    expect(await genreOf(RECORD)).toBe('记录');

    await listRow(page, RECORD).locator('td.title button').click();
    const reader = page.getByRole('dialog', { name: `阅读：${RECORD}` });
    await reader.getByRole('button', { name: '更正标题或体裁' }).click();
    const form = reader.getByRole('form', { name: '更正标题或体裁' });
    await form.getByLabel('标题').fill(' ');
    await form.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => form.getByRole('alert').innerText()).toContain('标题：不能为空');
    await form.getByLabel('标题').fill(RENAMED);
    await form.getByLabel('体裁').selectOption({ label: '纪要' });
    await page.screenshot({ path: `${LOOK}/ui19-library-correct-form.png` });
    await form.getByRole('button', { name: '保存' }).click();

    const renamed = page.getByRole('dialog', { name: `阅读：${RENAMED}` });
    await expect.poll(() => renamed.locator('.hint').first().innerText()).toContain('纪要');
    expect(await renamed.locator('.hint').first().innerText()).toContain('体裁已由您更正（分析结果为“记录”）');
    expect(await renamed.getByRole('status').innerText()).toContain('已更正：体裁改为“纪要”，标题改为“澜沧乡党委会2027年第3次会议记录”');
    await expect.poll(() => genreOf(RENAMED)).toBe('纪要');
    await page.screenshot({ path: `${LOOK}/ui19-library-correct-done.png` });

    // 撤销: the title and 体裁 the analysis found, in the reader and the list.
    await renamed.getByRole('button', { name: '撤销' }).click();
    await page.getByRole('dialog', { name: `阅读：${RECORD}` }).waitFor();
    await expect.poll(() => genreOf(RECORD)).toBe('记录');
    await page.getByRole('dialog', { name: `阅读：${RECORD}` }).getByRole('button', { name: '关闭' }).click();

    // The 体裁 filter: nothing is 纪要 after the undo.
    await page.getByLabel('按体裁筛选').selectOption({ label: '纪要' });
    expect(await listTitles(page)).toEqual([]);
    await page.getByLabel('按体裁筛选').selectOption({ label: '全部' });
    await noError(page);
  }, 120_000);
});
