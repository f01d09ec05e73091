// What the editor-trust tests read and do, as a user would see it: the numbered lines on screen
// (the numbers as CSS draws them), the same lines in the exported .docx (its XML, or as LibreOffice
// reads it), the replacement preview's buttons, and the API behind the page for setting up.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { Download, Page } from 'playwright-core';
import { expect } from 'vitest';
import { bodyParagraphs, readDocx, text } from '../helpers/docx-xml.ts';
import type { DocModel } from '../../core/doc/model.ts';
import { appUrl, type Harness } from './harness.ts';

const run = promisify(execFile);

export async function api<T = unknown>(h: Harness, method: string, input: unknown): Promise<T> {
  const res = await fetch(`${h.url.replace(/\/$/, '')}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${h.token}` },
    body: JSON.stringify({ input }),
  });
  const body = (await res.json()) as { output?: T; error?: string };
  if (!res.ok) throw new Error(`${method}: ${body.error ?? res.status}`);
  return body.output as T;
}

/**
 * Every top-level block of the editor as it reads on screen: the number CSS draws before it (or
 * before its lead) and its text. Page code as a string: this folder is checked without DOM types.
 */
const SCREEN_LINES = `(() => {
  const mark = (el) => {
    if (!el) return '';
    const c = getComputedStyle(el, '::before').content;
    return c && c !== 'none' && c !== 'normal' ? JSON.parse(c) : '';
  };
  return [...document.querySelector('.editable').children].map((el) => mark(el) + mark(el.querySelector(':scope > .lead')) + el.textContent);
})()`;

export async function screenLines(page: Page): Promise<string[]> {
  return ((await page.evaluate(SCREEN_LINES)) as string[]).map((l) => l.replace(/\s/g, ''));
}

/** A line that opens with a heading or list number: 一、 （一） 1. （1）. */
export const NUMBERED = /^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.|（\d+）)/;

export const numbered = (lines: readonly string[]) => lines.filter((l) => NUMBERED.test(l));

/** The notice before 导出 Word of a document that still holds 【待补充】 gaps (editor/GapsDialog.tsx). */
export const gapsDialog = (page: Page) => page.getByRole('dialog', { name: '导出前：还有待补充的内容' });

/** Presses 导出 Word, and 仍然导出 when the draft's 【待补充】 gaps are said first; the download. */
export async function clickExport(page: Page): Promise<Download> {
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByRole('button', { name: '导出 Word' }).click();
  const gaps = gapsDialog(page);
  // The notice comes at once (no call is made before it), or the download does.
  const shown = await Promise.race([download.then(() => false), gaps.waitFor({ timeout: 60_000 }).then(() => true, () => false)]);
  if (shown) await gaps.getByRole('button', { name: '仍然导出' }).click();
  return download;
}

/** Exports with the 导出 Word button; the file's bytes. */
export async function exportDocx(page: Page): Promise<Uint8Array> {
  return readFileSync(await (await clickExport(page)).path());
}

/** The body paragraphs of a .docx as its XML holds them, whitespace removed. */
export async function docxLines(bytes: Uint8Array): Promise<string[]> {
  return bodyParagraphs((await readDocx(bytes)).document).map((p) => text(p).replace(/\s/g, ''));
}

/** The paragraphs of a .docx as LibreOffice reads them (its plain-text export), whitespace removed. */
export async function officeLines(bytes: Uint8Array): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'wengao-trust-'));
  try {
    writeFileSync(join(dir, 'draft.docx'), bytes);
    await run('soffice', ['--headless', '--norestore', `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', dir, join(dir, 'draft.docx')], {
      timeout: 180_000,
    });
    return readFileSync(join(dir, 'draft.txt'), 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .map((l) => l.replace(/\s/g, ''))
      .filter(Boolean);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const dialog = (page: Page) => page.getByRole('dialog', { name: /预览/ });

/** The preview of a replacement is shown; 采纳 or 放弃. Returns the dialog's text as it was shown. */
export async function decide(page: Page, choice: '采纳' | '放弃'): Promise<string> {
  const d = dialog(page);
  await d.waitFor({ timeout: 30_000 });
  const shown = await d.innerText();
  await d.getByRole('button', { name: choice }).click();
  if (choice === '采纳') await page.locator('.status').filter({ hasText: '已采纳' }).waitFor({ timeout: 30_000 });
  await d.waitFor({ state: 'detached' });
  return shown;
}

export async function statusText(page: Page, containing: string): Promise<string> {
  const s = page.locator('.status').filter({ hasText: containing });
  await s.waitFor({ timeout: 20_000 });
  return s.innerText();
}

export async function noError(page: Page): Promise<void> {
  expect(await page.locator('.status.error').count(), (await page.locator('.status.error').allInnerTexts()).join()).toBe(0);
}

/** Opens document `id` from the 文稿 list. */
export async function openDocument(page: Page, title: string): Promise<void> {
  await page.locator('.topbar').getByRole('button', { name: '文稿' }).click();
  await page.locator('.doclist tr').filter({ hasText: title }).first().getByRole('button', { name: '打开' }).click();
  await page.locator('.editable [data-mark]').first().waitFor({ timeout: 30_000 });
}

/** Drafts the material in `file` through the API at `seed` (as 生成 does) and opens it in the editor: its id and title. */
export async function openDrafted(h: Harness, file: string, seed: number): Promise<{ documentId: number; title: string }> {
  return openMaterial(h, JSON.parse(readFileSync(file, 'utf8')) as unknown, seed);
}

/** As openDrafted, of a material the test has made (a fixture with a task added, say). */
export async function openMaterial(h: Harness, material: unknown, seed: number): Promise<{ documentId: number; title: string }> {
  const created = await api<{ documentId: number; doc: DocModel }>(h, 'documents.create', { input: material, options: { seed } });
  const title = created.doc.title.map((r) => r.text).join('');
  await h.page.goto(appUrl(h));
  await openDocument(h.page, title);
  return { documentId: created.documentId, title };
}

/** As a user drafts: 新建, the material's file picked, 生成; waits for the draft in the editor. */
export async function draftFromFile(page: Page, file: string): Promise<void> {
  await page.locator('.documents[data-ready="yes"]').waitFor();
  await page.locator('.topbar').getByRole('button', { name: '新建' }).click();
  await page.locator('input[type="file"]').setInputFiles(file);
  await page.locator('.status').filter({ hasText: '已读入材料' }).waitFor({ timeout: 20_000 });
  await page.getByRole('button', { name: '生成', exact: true }).click();
  await page.locator('.editable h1').first().waitFor({ timeout: 30_000 });
}
