// Steps on the 范文库 screen that several e2e tests take the same way.
import type { Page } from 'playwright-core';

/** From the app's first screen to the 范文库, its document list loaded. */
export async function openLibrary(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('.documents[data-ready="yes"]').waitFor();
  await page.locator('.topbar').getByRole('button', { name: '范文库' }).click();
  await page.locator('.library-docs[data-ready="yes"]').waitFor({ timeout: 30_000 });
}

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
