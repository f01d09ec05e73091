// The page view breaks where the exported .docx breaks (session 23's screen test, 4: a 会议记录's page
// view showed a last page of only 「散会。」 and the signatures, while Word carried the last 决定 over
// with them). Invented: 苇塘镇 (test/fixtures/ui24/record-last-decision.json) — its 「散会。」 falls on
// page 1's last line, so a page of the signatures alone would follow without the keep rules.
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
useApp(async (h) => {
  page = h.page;
  await openDrafted(h, join(PACKAGE_ROOT, 'test', 'fixtures', 'ui24', 'record-last-decision.json'), 1);
});

/** The text of the paragraph each page after the first begins with on screen (a page mark at its top); source text: this folder is checked without DOM types. */
const PAGE_STARTS = `(() => {
  const paras = [...document.querySelectorAll('.editable > *')];
  return [...document.querySelectorAll('.page-mark')].map((mark) => {
    const y = mark.getBoundingClientRect().top;
    const at = paras.find((p) => Math.abs(p.getBoundingClientRect().top - y) < 4);
    return at ? at.innerText.replace(/\\s/g, '') : '(no paragraph at the mark, ' + y + ')';
  });
})()`;
const screenPageStarts = () => page.evaluate(PAGE_STARTS) as Promise<string[]>;

describe('the page view breaks as the exported .docx', () => {
  it('a 会议记录: the last 决定 goes over with 「散会。」 and the signatures, on screen as in the printout', async () => {
    await page.locator('.page-mark').first().waitFor();
    const starts = await screenPageStarts();
    expect(starts).toHaveLength(1);
    expect(starts[0]).toMatch(/^林区卡口值守名单/);
    await page.locator('.page-mark').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${LOOK}/ui24-pages-record.png` });
    await expect.poll(() => page.locator('.statusbar').innerText()).toContain('约 2 页');

    const dir = mkdtempSync(join(tmpdir(), 'wengao-pages-'));
    try {
      writeFileSync(join(dir, 'record.docx'), await exportDocx(page));
      const printed = await pdfPages(await docxToPdf(join(dir, 'record.docx')));
      expect(printed).toHaveLength(starts.length + 1);
      printed.slice(1).forEach((lines, k) => {
        const first = lines.map((l) => l.replace(/\s/g, '')).find(Boolean) ?? '';
        expect(first.replace(/^[一二三四五六七八九十]+、/, '')).toBe(starts[k]!.slice(0, first.replace(/^[一二三四五六七八九十]+、/, '').length));
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    await noError(page);
  }, OFFICE_TIMEOUT_MS);
});
