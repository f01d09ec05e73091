// The opening the session-18 editor tests share: the app with the draft of 栎川镇's material
// (test/fixtures/campaigns/ui18-town-forest-fire.json) open in the editor, and typing at the end of
// one of its paragraphs as she would.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { DocModel } from '../../core/doc/model.ts';
import { appUrl } from './harness.ts';
import type { Harness } from './harness.ts';
import { setCaretScript } from './page-scripts.ts';
import { api, openDocument } from './trust-helpers.ts';

/** Takes the open app to the draft of ui18-town-forest-fire.json (seed 5), open in the editor (for useApp). */
export async function openForestFireDraft(h: Harness): Promise<void> {
  await openCampaignDraft(h, 'ui18-town-forest-fire.json', 5);
}

/** Takes the open app to the draft of test/fixtures/campaigns/`file` at `seed`, open in the editor. */
export async function openCampaignDraft(h: Harness, file: string, seed: number): Promise<void> {
  const material = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'campaigns', file), 'utf8')) as unknown;
  const created = await api<{ documentId: number; doc: DocModel }>(h, 'documents.create', { input: material, options: { seed } });
  await h.page.goto(appUrl(h));
  await openDocument(h.page, created.doc.title.map((r) => r.text).join(''));
}

/** Types `text` at the end of the editor's paragraph that holds `within` (page code as strings: this folder is checked without DOM types). */
export async function typeIntoParagraph(page: Page, within: string, text: string): Promise<void> {
  const n = (await page.evaluate(`[...document.querySelectorAll('.editable > p')].findIndex((p) => p.textContent.includes(${JSON.stringify(within)}))`)) as number;
  expect(n, within).toBeGreaterThanOrEqual(0);
  await page.evaluate(setCaretScript(':scope > p', n, 'end'));
  await page.waitForTimeout(50);
  await page.keyboard.type(text);
}
