// Defect 5: two processes saving into one database. Deferred transactions failed with
// SQLITE_BUSY_SNAPSHOT without waiting (73 % of saves refused in a tight loop); BEGIN IMMEDIATE
// waits for the other writer. Two writers × 200 saves: none refused, none lost.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../../main/services/library-files.ts';
import { toChunks } from '../../../main/services/store/snapshot.ts';
import { Store } from '../../../main/services/store/store.ts';
import { speechModel } from '../../fixtures/docmodels.ts';
import { writerDoc } from '../../fixtures/store-writer-child.ts';

const SAVES = 200;
const CHILD = join(PACKAGE_ROOT, 'test', 'fixtures', 'store-writer-child.ts');
const tmp = mkdtempSync(join(tmpdir(), 'wengao-writers-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function writer(dbPath: string, documentId: number, w: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx/esm', CHILD, dbPath, String(documentId), String(w), String(SAVES)], {
      cwd: PACKAGE_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (err += c));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out.trim().split('\n')) : reject(new Error(`writer ${w} exited ${code}: ${err}`))));
  });
}

it('two writers × 200 saves: 0 refused, 0 lost', async () => {
  const dbPath = join(tmp, 'wengao.db');
  const setup = new Store(dbPath);
  const { documentId } = setup.createDocument(speechModel(), 'generated');
  setup.close();

  const [a, b] = await Promise.all([writer(dbPath, documentId, 1), writer(dbPath, documentId, 2)]);
  const lines = [...a!, ...b!];
  expect(lines.filter((l) => l.startsWith('refused'))).toEqual([]);
  expect(lines).toHaveLength(2 * SAVES);

  const store = new Store(dbPath);
  try {
    const history = store.history(documentId);
    expect(history).toHaveLength(1 + 2 * SAVES);
    const byNumber = new Map(history.map((v) => [v.number, v.hash]));
    for (const line of lines) {
      const [, number, hash] = line.split(' ');
      expect(byNumber.get(Number(number))).toBe(hash);
    }
    // Every save's content is there, each once.
    const expected = new Set([1, 2].flatMap((w) => Array.from({ length: SAVES }, (_, i) => toChunks(writerDoc(w, i + 1)).hash)));
    expect(new Set(history.slice(1).map((v) => v.hash))).toEqual(expected);
  } finally {
    store.close();
  }
}, 120_000);

it('a save waits for the busy timeout, then is refused in Chinese and changes nothing', () => {
  const dbPath = join(tmp, 'held.db');
  const store = new Store(dbPath, { busyTimeoutMs: 400 });
  const { documentId } = store.createDocument(speechModel(), 'generated');
  const other = new Store(dbPath);
  other.db.exec('BEGIN IMMEDIATE');
  try {
    const t0 = performance.now();
    expect(() => store.saveVersion(documentId, writerDoc(1, 1), 'saved')).toThrow(/数据库正被另一个文稿台窗口或命令占用.*请稍后重试/);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(390);
  } finally {
    other.db.exec('ROLLBACK');
    other.close();
  }
  expect(store.history(documentId)).toHaveLength(1);
  expect(store.saveVersion(documentId, writerDoc(1, 1), 'saved').created).toBe(true);
  store.close();
});
