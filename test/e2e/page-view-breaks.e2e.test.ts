// The page view breaks where the exported .docx breaks (session 23's screen test, 4: a 会议记录's page
// view showed a last page of only 「散会。」 and the signatures, while Word carried the last 决定 over
// with them; session 24's: a 纪要's page 1 ended lines apart from Word's, and its 版记 moved to a page of
// its own in Word but not on screen). Invented: 苇塘镇 (test/fixtures/ui24/record-last-decision.json) —
// its 「散会。」 falls on page 1's last line, so a page of the signatures alone would follow without the
// keep rules; 蒲湾镇 (ui24/minutes-colophon-page.json) — a 纪要 whose 版记 has no room on page 2.
// Screens: /tmp/wengao-look/ui24-pages-*.png.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../main/services/library-files.ts';
import { docxToPdf, OFFICE_TIMEOUT_MS, pdfPages } from '../helpers/office.ts';
import { LOOK, useApp } from './app-per-file.ts';
import { exportDocx, noError, openDrafted } from './trust-helpers.ts';

let page: Page;
const app = useApp(async (h) => {
  page = h.page;
  await openDrafted(h, join(PACKAGE_ROOT, 'test', 'fixtures', 'ui24', 'record-last-decision.json'), 1);
});

/** The text of the paragraph (or 版记) each page after the first begins with on screen (a page mark at its top); source text: this folder is checked without DOM types. */
const PAGE_STARTS = `(() => {
  const paras = [...document.querySelectorAll('.editable > *, .paper .colophon')];
  return [...document.querySelectorAll('.page-mark')].map((mark) => {
    const y = mark.getBoundingClientRect().top;
    const at = paras.find((p) => Math.abs(p.getBoundingClientRect().top - y) < 4);
    return at ? at.innerText.replace(/\\s/g, '') : '(no paragraph at the mark, ' + y + ')';
  });
})()`;
const screenPageStarts = () => page.evaluate(PAGE_STARTS) as Promise<string[]>;

/** The first line of each printed page after the first, as LibreOffice sets the exported .docx, its number dropped. */
async function printedPageStarts(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'wengao-pages-'));
  try {
    writeFileSync(join(dir, 'doc.docx'), await exportDocx(page));
    const printed = await pdfPages(await docxToPdf(join(dir, 'doc.docx')));
    return printed.slice(1).map((lines) => (lines.map((l) => l.replace(/\s/g, '')).find(Boolean) ?? '').replace(/^[一二三四五六七八九十]+、/, ''));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Each page on screen begins with the line its printed page begins with. */
async function samePages(starts: string[]): Promise<void> {
  const printed = await printedPageStarts();
  expect(printed).toHaveLength(starts.length);
  printed.forEach((first, k) => expect(first, `page ${k + 2}`).toBe(starts[k]!.slice(0, first.length)));
}

describe('the page view breaks as the exported .docx', () => {
  it('a 会议记录: the last 决定 goes over with 「散会。」 and the signatures, on screen as in the printout', async () => {
    await page.locator('.page-mark').first().waitFor();
    const starts = await screenPageStarts();
    expect(starts).toHaveLength(1);
    expect(starts[0]).toMatch(/^林区卡口值守名单/);
    await page.locator('.page-mark').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${LOOK}/ui24-pages-record.png` });
    await expect.poll(() => page.locator('.statusbar').innerText()).toContain('约 2 页');
    // A record is read, not spoken: no reading time beside its pages.
    expect(await page.locator('.statusbar').innerText()).not.toMatch(/约 [\d.]+ 分钟/);
    await samePages(starts);
    await noError(page);
  }, OFFICE_TIMEOUT_MS);

  it('a 纪要: its head as high as printed, and a 版记 with no room left on a page of its own, on screen as in the printout', async () => {
    await openDrafted(app(), join(PACKAGE_ROOT, 'test', 'fixtures', 'ui24', 'minutes-colophon-page.json'), 1);
    await expect.poll(async () => (await screenPageStarts()).length).toBe(2);
    const starts = await screenPageStarts();
    expect(starts[0]).toMatch(/^会议强调：一是禁烧/);
    expect(starts[1]).toMatch(/^蒲湾镇党政综合办公室/);
    await page.locator('.page-mark').last().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${LOOK}/ui24-pages-minutes.png` });
    await expect.poll(() => page.locator('.statusbar').innerText()).toContain('约 3 页');
    await samePages(starts);
    await noError(page);
  }, OFFICE_TIMEOUT_MS);
});
