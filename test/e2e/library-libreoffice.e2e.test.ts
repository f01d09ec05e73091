// An old Word file with automatic lists goes through LibreOffice, which takes half a minute: the
// 范文库 panel says so while it runs (「正在用 LibreOffice 转换 …」), and its 取消 ends the conversion —
// no LibreOffice of the import left running, no temporary folder — and the files after it. In
// Debian's Chromium against browser mode, with the real LibreOffice; skipped, saying why, without one.
// The fixture is small: on this machine LibreOffice converts it in about a second, while the panel
// asks how the import goes once a second — under load the question came after the conversion had
// ended, and the line was never shown (session 20). So the conversion is made to last as a real one
// does: LibreOffice is started through WENGAO_SOFFICE, a script that runs it, then waits (for 取消).
import { chmodSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSoffice } from '../../main/services/library/soffice.ts';
import { sofficeProcessesNaming } from '../helpers/soffice-processes.ts';
import { reportFailures } from './failures.ts';
import { appUrl, openApp } from './harness.ts';
import type { Harness } from './harness.ts';
import { importLines } from './library-page.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'collections');
const LOOK = '/tmp/wengao-look';
const soffice = findSoffice();
if (!soffice) console.log('library-libreoffice e2e: skipped — LibreOffice (soffice) is not installed, so no conversion can be shown or cancelled');

// This file's own temporary folder, which the server's import threads inherit: the conversion's
// folder is made in it, and LibreOffice's command line names it.
const outer = tmpdir();
const mine = mkdtempSync(join(outer, 'wengao-lo-e2e-'));
let h: Harness;
reportFailures(() => h);
let page: Page;

/** LibreOffice (and what starts it) running for this file's conversions. */
const processesOfMine = () => sofficeProcessesNaming(mine);

/** LibreOffice, then a wait as long as a big file's conversion: the panel's line cannot be missed. */
function slowOffice(real: string): string {
  const script = join(mine, 'soffice');
  writeFileSync(script, `#!/bin/sh\n"${real}" "$@"\nsleep 300\n`);
  chmodSync(script, 0o755);
  return script;
}

beforeAll(async () => {
  if (!soffice) return;
  process.env.TMPDIR = mine;
  process.env.WENGAO_SOFFICE = slowOffice(soffice);
  h = await openApp();
  page = h.page;
  await page.goto(appUrl(h));
  await page.locator('.documents[data-ready="yes"]').waitFor();
  await page.getByLabel('导入文稿').setInputFiles({ name: '讲话.txt', mimeType: 'text/plain', buffer: Buffer.from('在全县森林防火工作会议上的讲话\n同志们：\n今天召开会议。\n') });
  await page.locator('.editable p').first().waitFor({ timeout: 30_000 });
  await page.keyboard.press('Control+Shift+F');
}, 120_000);

afterAll(async () => {
  process.env.TMPDIR = outer;
  delete process.env.WENGAO_SOFFICE;
  await h?.close();
  rmSync(mine, { recursive: true, force: true });
});

describe.skipIf(!soffice)('范文库: an old Word file LibreOffice converts', () => {
  it('says LibreOffice is converting it, and 取消 ends the conversion and the files after it', async () => {
    await page.getByLabel('导入范文').setInputFiles([join(FIXTURES, 'numbered-lists.doc'), join(FIXTURES, 'head-blocks.txt')]);
    const progress = page.locator('.import-progress').filter({ hasText: '正在导入 1/2：正在用 LibreOffice 转换 numbered-lists.doc（约需半分钟）…' });
    await progress.waitFor({ timeout: 90_000 });
    await page.screenshot({ path: join(LOOK, 'ui-library-libreoffice.png') });
    // LibreOffice, or the program that starts it, is running for this import.
    expect(processesOfMine().length).toBeGreaterThan(0);
    await progress.getByRole('button', { name: '取消' }).click();
    expect(await importLines(page, '（已取消）')).toEqual(['已取消，numbered-lists.doc 及其后 1 个文件未导入']);
    expect(await page.locator('.import-progress').count()).toBe(0);
    const deadline = Date.now() + 10_000;
    while ((processesOfMine().length > 0 || readdirSync(mine).some((n) => n.startsWith('wengao-convert-'))) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect(processesOfMine()).toEqual([]);
    expect(readdirSync(mine).filter((n) => n.startsWith('wengao-convert-'))).toEqual([]);
  }, 180_000);

  it('made no request beyond the loopback bridge', () => {
    expect(h.foreign()).toEqual([]);
  });
});
