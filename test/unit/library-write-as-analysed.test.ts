// With a worker analysing, an import writes each file as soon as its analysis comes (write.ts
// BatchWriter), hidden until its batch ends, instead of holding the batch's files until it is full:
// the writes then overlap with the analysis of the next files, and no batch is left to write at the
// end while the worker waits. While it waits for a file, no transaction stays open (the slice
// commits when its time is spent), so another connection can write meanwhile. A database that fails
// in the middle of a batch leaves each file whole or not at all, as before.
import Database from 'better-sqlite3';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inlineAnalyser, type Analyser } from '../../main/services/library/analyser.ts';
import type { Analysis, Format } from '../../main/services/library/analysis.ts';
import { importFiles, libraryCounts, libraryDocuments, search } from '../../main/services/library/library.ts';
import { Store } from '../../main/services/store/store.ts';

const tmp = mkdtempSync(join(tmpdir(), 'wengao-write-as-analysed-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// Invented minutes (a village of its own, not a fixture's), distinct per copy.
const MINUTES = (k: number) =>
  [
    `青溪镇柳塘村第${k + 1}次秸秆禁烧工作会议记录`,
    '时间：2024年10月9日下午',
    '地点：柳塘村村委会会议室',
    '主持人：村党总支书记 严振华',
    '一、通报秋收以来秸秆禁烧巡查情况',
    `严振华：第${k + 1}轮巡查发现田间堆放秸秆十一处，已督促农户清运，各网格员要每天巡田两次。`,
    '二、部署秸秆综合利用工作',
    '村委会副主任 符春梅：联系镇农机站上门打捆，秸秆送到镇里的饲料厂，农户每亩还有补贴。',
  ].join('\n');

function folder(name: string, n: number): string {
  const dir = join(tmp, name);
  mkdirSync(dir);
  for (let k = 0; k < n; k++) writeFileSync(join(dir, `${String(k).padStart(3, '0')}.txt`), MINUTES(k));
  return dir;
}

/** An analyser standing for the worker: each file's analysis comes when the test lets it. */
function heldAnalyser(): Analyser & { release(k: number): void; asked: () => number; waited: Promise<void> } {
  const held: { resolve: () => void }[] = [];
  let asked = 0;
  let onWait: () => void = () => undefined;
  const waited = new Promise<void>((resolve) => (onWait = resolve));
  return {
    analyse(format: Format, bytes: Uint8Array): Promise<Analysis> {
      asked++;
      return new Promise<void>((resolve) => held.push({ resolve })).then(() => inlineAnalyser.analyse(format, bytes));
    },
    async await<T>(result: Promise<T>, waiting?: () => void): Promise<T> {
      let settled = false;
      const done = result.finally(() => (settled = true));
      await new Promise((resolve) => setImmediate(resolve));
      if (!settled) {
        waiting?.();
        onWait();
      }
      return done;
    },
    release(k: number) {
      held[k]!.resolve();
    },
    asked: () => asked,
    lend() {},
    close() {},
    waited,
  };
}

describe('an import with a worker writes each file as its analysis comes', () => {
  it('the first file is written (hidden) while the second is still being analysed, and no transaction is held meanwhile', async () => {
    const dir = folder('held', 2);
    const path = join(tmp, 'held.db');
    const store = new Store(path);
    const other = new Database(path, { timeout: 0 });
    try {
      const analyser = heldAnalyser();
      const importing = importFiles(store, [dir], undefined, { analyser });
      await new Promise((resolve) => setImmediate(resolve));
      expect(analyser.asked()).toBe(2);
      analyser.release(0);
      await analyser.waited; // the first file is in; the second's analysis is still held
      // Its slice commits once its time is spent (at most a few hundred milliseconds with no save waiting).
      let sources = 0;
      for (let t = 0; t < 100 && sources === 0; t++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        sources = other.prepare(`SELECT count(*) FROM library_sources WHERE pending IS NOT NULL`).pluck().get() as number;
      }
      expect(sources).toBe(1);
      // Hidden from readers until the batch ends.
      expect(libraryDocuments(store)).toEqual([]);
      // No lock held while waiting: another connection writes at once.
      expect(() => other.exec('BEGIN IMMEDIATE; ROLLBACK')).not.toThrow();
      analyser.release(1);
      const r = await importing;
      expect(r.imported).toBe(2);
      expect(other.prepare(`SELECT count(*) FROM library_sources WHERE pending IS NULL`).pluck().get()).toBe(2);
      expect(libraryDocuments(store).length).toBe(r.documents);
      expect(search(store, '符春梅').hits.length).toBeGreaterThan(0);
    } finally {
      other.close();
      store.close();
    }
  });

  it('a database that fills up in the middle of a batch: each file whole or not at all, the imported ones searchable', async () => {
    const dir = folder('full', 300);
    mkdirSync(join(tmp, 'full-data'));
    const path = join(tmp, 'full-data', 'wengao.db');
    const empty = new Store(path);
    const pages = empty.db.pragma('page_count', { simple: true }) as number;
    empty.close();
    const full = new Store(path, { maxPages: pages + 40 });
    try {
      const r = await importFiles(full, [dir], undefined, { worker: true });
      const imported = r.files.filter((f) => f.status === 'imported');
      const failed = r.files.filter((f) => f.status === 'failed');
      expect(imported.length).toBeGreaterThan(0);
      expect(failed.length).toBeGreaterThan(0);
      for (const f of failed) expect(f.status === 'failed' && f.error).toMatch(/磁盘空间不足/);
      const counts = libraryCounts(full);
      expect(counts.sources).toBe(imported.length);
      expect(counts.documents).toBe(r.documents);
      expect(full.db.prepare(`SELECT count(*) FROM library_sources WHERE pending IS NOT NULL`).pluck().get()).toBe(0);
      expect(full.db.prepare(`SELECT count(*) FROM passages_fts`).pluck().get()).toBe(counts.passages);
      for (const f of imported) {
        if (f.status !== 'imported') continue;
        const n = full.db.prepare(`SELECT count(*) FROM passages WHERE document_id = ?`).pluck().get(f.documents[0]!.id);
        expect(n).toBe(f.documents[0]!.passages);
      }
      expect(full.db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      full.close();
    }
  });
});
