// Issue #4 figures, on a real file in a temporary folder (WAL, synchronous = FULL, as in use):
// save a version of the 10,000-character draft (median of 50, each a real change), list 1,000
// versions (median of 20), diff two 10,000-character versions (median of 20), restore one (median of
// 20), and the file size after 500 autosaves with small edits.
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Block, DocModel } from '../core/doc/model.ts';
import { bodyLength } from '../core/doc/text.ts';
import { PACKAGE_ROOT } from '../main/services/library-files.ts';
import { Store } from '../main/services/store/store.ts';
import { bigDoc, editedDoc } from '../test/helpers/db.ts';
import { median, ms, row, timeRuns } from './measure.ts';

const TARGET_SAVE_MS = 5;
const TARGET_DIFF_MS = 30;
const TARGET_RESTORE_MS = 10;
const TARGET_AUTOSAVES_MB = 5;
const MINUTE = 60_000;

/** The leader's marks: a few characters replaced in every fourth paragraph, and two paragraphs swapped. */
function marked(doc: DocModel): DocModel {
  const blocks: Block[] = doc.blocks.map((b, i) => {
    if (i % 4 !== 0 || b.type !== 'paragraph') return b;
    const text = b.runs.map((r) => r.text).join('');
    return { ...b, runs: [{ text: text.slice(0, 20) + '（此处按领导意见修改）' + text.slice(26) }] };
  });
  const [a, b] = [5, 17];
  [blocks[a], blocks[b]] = [blocks[b]!, blocks[a]!];
  return { ...doc, blocks };
}

function fileSize(path: string): number {
  return [path, `${path}-wal`].reduce((n, p) => n + (existsSync(p) ? statSync(p).size : 0), 0);
}

type DiffTexts = (a: string, b: string) => unknown;

/** core/doc/diff.ts is written alongside this store; the row is skipped, saying so, until it exists. */
async function loadDiff(): Promise<DiffTexts | string> {
  if (!existsSync(join(PACKAGE_ROOT, 'core', 'doc', 'diff.ts'))) return 'core/doc/diff.ts not present yet';
  try {
    const mod = (await import('../core/doc/diff.ts')) as { diffTexts?: DiffTexts };
    return typeof mod.diffTexts === 'function' ? mod.diffTexts : 'core/doc/diff.ts has no diffTexts';
  } catch (err) {
    return `core/doc/diff.ts failed to load: ${(err as Error).message}`;
  }
}

export async function benchStore(): Promise<boolean> {
  const dir = mkdtempSync(join(tmpdir(), 'wengao-bench-store-'));
  const big = bigDoc();
  const widths = [62, 12, 10, 4];
  console.log(`\n## Version store (issue #4) — a file-backed database, ${bodyLength(big)}-character draft`);
  console.log(row(['measure', 'result', 'target', 'met'], widths));
  const results: boolean[] = [];
  const line = (name: string, value: number, shown: string, target: number, unit: string) => {
    const ok = value <= target;
    results.push(ok);
    console.log(row([name, shown, `≤ ${target} ${unit}`, ok ? 'yes' : 'NO'], widths));
  };

  try {
    // ── save, list, diff, restore on one document ──────────────────────────────────────────────
    const clock = { t: Date.UTC(2026, 0, 5) };
    const store = new Store(join(dir, 'wengao.db'), { now: () => clock.t });
    const { documentId } = store.createDocument(big, 'generated');
    let n = 0;
    const save = () => {
      clock.t += MINUTE;
      const { created } = store.saveVersion(documentId, editedDoc(big, ++n), 'saved');
      if (!created) throw new Error('bench: a save made no version');
    };
    const saveMs = median(await timeRuns(save, 50));
    line('save a version of the 10,000-character draft (median of 50)', saveMs, ms(saveMs), TARGET_SAVE_MS, 'ms');

    while ((store.latestNumber(documentId) ?? 0) < 999) save();
    const a = store.latestNumber(documentId)!;
    clock.t += MINUTE;
    const b = store.saveVersion(documentId, marked(editedDoc(big, a)), 'saved').version.number;
    if (store.history(documentId).length !== 1000) throw new Error('bench: expected 1,000 versions');
    const listMs = median(await timeRuns(() => store.history(documentId), 20));
    console.log(row(['list 1,000 versions (history, median of 20)', ms(listMs), '—', ''], widths));

    const diffTexts = await loadDiff();
    if (typeof diffTexts === 'string') {
      console.log(row(['diff two 10,000-character versions', 'skipped', `≤ ${TARGET_DIFF_MS} ms`, '—'], widths) + `  (${diffTexts})`);
    } else {
      const diffMs = median(await timeRuns(() => diffTexts(store.versionText(documentId, a), store.versionText(documentId, b)), 20));
      line('diff two 10,000-character versions (median of 20)', diffMs, ms(diffMs), TARGET_DIFF_MS, 'ms');
      const stats = (diffTexts(store.versionText(documentId, a), store.versionText(documentId, b)) as { stats?: Record<string, number> }).stats;
      if (stats) console.log(`  (read from the store and compared: ${stats.changedParagraphs} paragraphs changed, ${stats.movedParagraphs} moved)`);
    }

    // Each restore brings back a different older version, so each writes a new one.
    let k = 1;
    const restore = () => {
      clock.t += MINUTE;
      const { created } = store.restoreVersion(documentId, ++k);
      if (!created) throw new Error('bench: a restore made no version');
    };
    const restoreMs = median(await timeRuns(restore, 20));
    line('restore one version (median of 20)', restoreMs, ms(restoreMs), TARGET_RESTORE_MS, 'ms');
    store.close();

    // ── 500 autosaves with small edits, each past the coalescing window so each is kept ────────
    const path = join(dir, 'autosaves.db');
    const auto = new Store(path, { now: () => clock.t });
    const doc = auto.createDocument(big, 'generated').documentId;
    for (let i = 1; i <= 500; i++) {
      clock.t += 3 * MINUTE;
      auto.saveVersion(doc, editedDoc(big, i), 'autosave');
    }
    const versions = auto.history(doc).length;
    auto.close();
    const mb = fileSize(path) / (1024 * 1024);
    line(`file size after 500 autosaves (${versions} versions)`, mb, `${mb.toFixed(2)} MB`, TARGET_AUTOSAVES_MB, 'MB');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const ok = results.every(Boolean);
  console.log(`targets: save ≤ ${TARGET_SAVE_MS} ms, diff ≤ ${TARGET_DIFF_MS} ms, restore ≤ ${TARGET_RESTORE_MS} ms, 500 autosaves ≤ ${TARGET_AUTOSAVES_MB} MB — ${ok ? 'met' : 'NOT MET'}`);
  return ok;
}
