// 200 random editing operations in the real editor (Chromium, browser mode), as a secretary might
// mix them: typing, deleting, changing a block's heading level, undo, redo, 换一种说法 and 重新生成
// with 采纳 or 放弃. After every operation:
// - the numbers on screen are the numbers in the exported .docx (the 导出 Word button's file);
// - no sentence she typed is gone, unless she undid it (then redo brings it back) or accepted a
//   replacement (then the saved version 「替换前的原文…」 holds it, and Ctrl+Z brings it back).
// The run is reproducible: WENGAO_TRUST_SEED picks the sequence (printed with every failure).
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocModel } from '../../core/doc/model.ts';
import { docLines } from '../../core/doc/text.ts';
import { reportFailures } from './failures.ts';
import { openApp } from './harness.ts';
import type { Harness } from './harness.ts';
import { BLOCK_TEXTS_SCRIPT, blockCaretScript } from './page-scripts.ts';
import { api, dialog, docxLines, exportDocx, numbered, openDrafted, screenLines } from './trust-helpers.ts';

const OPERATIONS = 200;
const SEED = Number(process.env.WENGAO_TRUST_SEED ?? 20261204);
const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'campaigns', 'flood-township-deploy.json');

/** mulberry32: a small seeded generator, so that a failing sequence can be run again. */
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]! };
}

type Op = 'type' | 'delete' | 'level' | 'undo' | 'redo' | 'reword' | 'regenerate';
/** Weights: mostly editing, with undo and replacements often enough to meet each other. */
const OPS: [Op, number][] = [
  ['type', 28],
  ['delete', 14],
  ['level', 16],
  ['undo', 16],
  ['redo', 8],
  ['reword', 12],
  ['regenerate', 6],
];

let h: Harness;
reportFailures(() => h);
let page: Page;
let documentId = 0;

beforeAll(async () => {
  h = await openApp();
  page = h.page;
  ({ documentId } = await openDrafted(h, FIXTURE, 5));
}, 120_000);

afterAll(async () => {
  await h?.close();
});

const blockTexts = async () => (await page.evaluate(BLOCK_TEXTS_SCRIPT)) as string[];
const editorText = async () => (await blockTexts()).join('\n');

/** The typed sentences (補记N号) on screen now. */
const TOKEN = /补记\d+号/g;
const present = async () => new Set((await editorText()).match(TOKEN) ?? []);

async function numbersMatchExport(log: () => string): Promise<void> {
  await expect
    .poll(
      async () => {
        const exported = numbered(await docxLines(await exportDocx(page)));
        const screen = numbered(await screenLines(page));
        return JSON.stringify(screen) === JSON.stringify(exported) ? 'same' : `screen ${JSON.stringify(screen)}\nexport ${JSON.stringify(exported)}`;
      },
      { timeout: 5_000, interval: 200, message: log() },
    )
    .toBe('same');
}

/** The version right before the newest replacement (a generated one): what was replaced, kept as it was saved. */
async function keptBeforeReplacement(): Promise<string> {
  const versions = await api<{ number: number; kind: string; label: string | null }[]>(h, 'versions.list', { documentId });
  const at = versions.map((v) => v.kind).lastIndexOf('generated');
  const kept = at > 0 ? versions[at - 1] : undefined;
  expect(kept, 'a version of the text before the replacement').toBeDefined();
  const { doc } = await api<{ doc: DocModel }>(h, 'versions.get', { documentId, version: kept!.number });
  return docLines(doc).join('\n');
}

describe('200 random editing operations', () => {
  it('keep the numbers on screen equal to the export and lose no typed sentence', async () => {
    const rnd = generator(SEED);
    const log: string[] = [];
    const say = () => `seed ${SEED}, operations:\n${log.slice(-12).join('\n')}`;
    /** Sentences that must be on screen. */
    const kept = new Set<string>();
    /** What each undo removed and brought back, newest last; emptied by any new edit. */
    const undone: { removed: string[]; restored: string[] }[] = [];
    let typed = 0;

    const focusBlock = async (at: 'start' | 'end', avoidTyped = false) => {
      const texts = await blockTexts();
      const candidates = texts.map((t, i) => ({ t, i })).filter(({ t }) => !avoidTyped || (!/补记/.test(t) && t.length > 6));
      const { i } = rnd.pick(candidates.length ? candidates : texts.map((t, i) => ({ t, i })));
      const text = (await page.evaluate(blockCaretScript(i, at))) as string;
      // The editor takes a new selection on the browser's selectionchange event, as after a click.
      await page.waitForTimeout(50);
      return { index: i, text };
    };
    const editorFocus = async () => {
      if (!(await page.evaluate("document.activeElement?.classList.contains('editable')"))) await focusBlock('end');
    };

    const replacement = async (kind: 'reword' | 'regenerate') => {
      const what = kind === 'reword' ? rnd.pick(['0', '1', '2', '3', '4', 'all']) : 'material';
      if (kind === 'reword') {
        await page.getByRole('tab', { name: '换一种说法' }).click();
        await (what === 'all' ? page.getByRole('button', { name: '全文', exact: true }) : page.locator(`.panel-reword button[data-part="${what}"]`)).click();
      } else {
        await page.getByRole('tab', { name: '材料' }).click();
        await page.getByRole('button', { name: '重新生成' }).click();
      }
      const choice = rnd.next() < 0.5 ? '采纳' : '放弃';
      log.push(`${kind} ${what} ${choice}`);
      const d = dialog(page);
      await d.waitFor({ timeout: 30_000 });
      const before = await present();
      await d.getByRole('button', { name: choice }).click();
      await d.waitFor({ state: 'detached', timeout: 30_000 });
      if (choice === '放弃') return;
      await page.locator('.status').filter({ hasText: '已采纳' }).last().waitFor({ timeout: 30_000 });
      const after = await present();
      const removed = [...before].filter((t) => !after.has(t));
      if (removed.length) {
        // Replaced, not lost: the version kept before the replacement holds every one of them.
        const old = await keptBeforeReplacement();
        for (const t of removed) expect(old, say()).toContain(t);
        for (const t of removed) kept.delete(t);
      }
      undone.length = 0;
      // Now and then, Ctrl+Z right away: the replaced text comes back whole.
      if (removed.length && rnd.next() < 0.4) {
        log.push('undo the replacement');
        await editorFocus();
        await page.keyboard.press('Control+z');
        await expect.poll(present, { message: say() }).toEqual(before);
        for (const t of removed) kept.add(t);
      }
    };

    for (let n = 0; n < OPERATIONS; n++) {
      let total = 0;
      const roll = rnd.next() * OPS.reduce((s, [, w]) => s + w, 0);
      const op = OPS.find(([, w]) => (total += w) > roll)![0];
      if (op === 'type') {
        const token = `补记${++typed}号`;
        const { index } = await focusBlock('end');
        const newParagraph = rnd.next() < 0.4;
        log.push(`type ${token} ${newParagraph ? 'as a new paragraph after' : 'at the end of'} block ${index}`);
        if (newParagraph) await page.keyboard.press('Enter');
        await page.keyboard.type(`${token}。`);
        await expect.poll(present, { message: say() }).toContain(token);
        kept.add(token);
        undone.length = 0;
      } else if (op === 'delete') {
        const { index, text } = await focusBlock('end', true);
        const count = 1 + rnd.int(4);
        log.push(`delete ${count} at the end of block ${index} 「${text.slice(-8)}」`);
        for (let i = 0; i < count; i++) await page.keyboard.press('Backspace');
        undone.length = 0;
      } else if (op === 'level') {
        const { index } = await focusBlock(rnd.next() < 0.5 ? 'start' : 'end');
        const level = rnd.pick(['一级', '二级', '三级', '四级', '正文']);
        log.push(`level ${level} on block ${index}`);
        await page.getByRole('button', { name: level, exact: true }).click();
        undone.length = 0;
      } else if (op === 'undo') {
        log.push('undo');
        await editorFocus();
        const before = await present();
        await page.keyboard.press('Control+z');
        await page.waitForTimeout(60);
        const after = await present();
        const removed = [...before].filter((t) => !after.has(t));
        const restored = [...after].filter((t) => !before.has(t));
        for (const t of removed) kept.delete(t);
        for (const t of restored) kept.add(t);
        undone.push({ removed, restored });
      } else if (op === 'redo') {
        log.push('redo');
        await editorFocus();
        await page.keyboard.press('Control+Shift+z');
        const last = undone.pop();
        if (last) {
          // Redo gives back what the undo took, and takes what it gave.
          await expect.poll(present, { message: say() }).toSatisfy((now: Set<string>) => last.removed.every((t) => now.has(t)) && last.restored.every((t) => !now.has(t)));
          for (const t of last.removed) kept.add(t);
          for (const t of last.restored) kept.delete(t);
        }
      } else {
        await replacement(op);
      }
      const now = await present();
      const lost = [...kept].filter((t) => !now.has(t));
      expect(lost, `typed text lost — ${say()}`).toEqual([]);
      expect((await editorText()).includes('（零）'), say()).toBe(false);
      await numbersMatchExport(say);
    }
    expect(await page.locator('.status.error').allInnerTexts(), say()).toEqual([]);
  }, 600_000);
});
