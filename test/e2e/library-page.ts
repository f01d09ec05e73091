// Steps on the 范文库 screen that several e2e tests take the same way.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { appUrl, type Harness } from './harness.ts';

/** A file as `setInputFiles` takes it from memory. */
export interface PickedFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** A text file of test/fixtures/<dir>, to pick in the page (under `name`, or its own). */
export function fixtureText(dir: string, file: string, name = file): PickedFile {
  return { name, mimeType: 'text/plain', buffer: readFileSync(join(import.meta.dirname, '..', 'fixtures', dir, file)) };
}

/** From the app's first screen to the 范文库, its document list loaded. */
export async function openLibrary(h: Harness): Promise<void> {
  await h.page.goto(appUrl(h));
  await h.page.locator('.documents[data-ready="yes"]').waitFor();
  await h.page.locator('.topbar').getByRole('button', { name: '范文库' }).click();
  await h.page.locator('.library-docs[data-ready="yes"]').waitFor({ timeout: 30_000 });
}

/** Picks files (paths, or files in memory) in 导入范文 and waits until the import says it imported them. */
export async function importFiles(page: Page, files: string[] | PickedFile[]): Promise<void> {
  await page.getByLabel('导入范文').setInputFiles(files);
  await importResult(page).filter({ hasText: '已导入范文' }).waitFor({ timeout: 60_000 });
}

/** The panel's account of the last import: its summary line, 查看详情, ×, and the lines once opened. */
export const importResult = (page: Page) => page.getByRole('status', { name: '导入结果' });

/** Waits for the import's summary to say `words`, opens 查看详情, and gives its lines one by one. */
export async function importLines(page: Page, words: string | RegExp = '已导入范文'): Promise<string[]> {
  const result = importResult(page).filter({ hasText: words });
  await result.waitFor({ timeout: 60_000 });
  const more = result.getByRole('button', { name: '查看详情' });
  if (await more.count()) await more.click();
  return result.getByRole('list', { name: '导入详情' }).locator('li').allInnerTexts();
}

/** Waits until a line of the import's account (under 查看详情) says `what` — the last import's, not one before it still on screen. */
export async function importSays(page: Page, what: string | RegExp): Promise<void> {
  await expect.poll(async () => (await importLines(page)).join('\n'), { timeout: 60_000 }).toMatch(what);
}

/** The rows of the 范文库's list, the titles they show, and the row of one title. */
export const listRows = (page: Page) => page.locator('.library-list tbody tr');
export const listTitles = async (page: Page) => (await listRows(page).locator('td.title').allInnerTexts()).map((t) => t.trim());
export const listRow = (page: Page, title: string) => listRows(page).filter({ has: page.locator('td.title', { hasText: title }) });

/** Searches the library and waits for its answer to these words: the titles of the hits, each once. */
export async function searchLibrary(page: Page, words: string): Promise<string[]> {
  await page.getByRole('searchbox', { name: '搜索范文' }).fill(words);
  const answered = page.waitForResponse((r) => r.url().includes('/api/library.search'));
  await page.getByRole('button', { name: '搜索', exact: true }).click();
  await answered;
  await page.locator(`.hits[data-query="${words}"][aria-busy="false"]`).waitFor({ state: 'attached', timeout: 30_000 });
  // A hit's head: its part, its document's title, its heading.
  return [...new Set(await page.locator('.hits li .hit-head .src:nth-child(2)').allInnerTexts())];
}
