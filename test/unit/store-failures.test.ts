// What can go wrong with the database file, on real files and real file systems (issue #4): each
// case gives a clear Chinese message, and nothing is overwritten or lost — the files hash the same
// afterwards and every earlier version still reads back.
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DocModel } from '../../core/doc/model.ts';
import { draft } from '../../core/draft/index.ts';
import { createRng } from '../../core/draft/random.ts';
import { exportDocx } from '../../main/services/export/docx.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { backupTo, restoreFromBackup } from '../../main/services/store/backup.ts';
import { StoreError } from '../../main/services/store/errors.ts';
import { LATEST_VERSION } from '../../main/services/store/migrations/index.ts';
import { Store, type StoreOptions } from '../../main/services/store/store.ts';
import { auditChunks, bigDoc, editedDoc, fileHash, fileState } from '../helpers/db.ts';
import { loadExamples } from '../helpers/examples.ts';
import { mountTmpfs, readOnlyFolder, unmount, type ReadOnlyFolder } from '../helpers/mounts.ts';

const MINUTE = 60_000;
const tmp = mkdtempSync(join(tmpdir(), 'wengao-store-failures-'));
const cleanups: (() => void)[] = [];
afterAll(() => {
  for (const fn of cleanups.reverse()) fn();
  rmSync(tmp, { recursive: true, force: true });
});

let counter = 0;
function freshDir(): string {
  const dir = join(tmp, `t${++counter}`);
  mkdirSync(dir);
  return dir;
}

const big = bigDoc();
const speech = draft(loadExamples().find((e) => e.input.kind === 'speech')!.input, loadDraftLibrary());
const json = (doc: DocModel) => JSON.stringify(doc);
/** Every block changed: a version that needs about as much new space as the whole document. */
const rewritten = (doc: DocModel, n: number): DocModel => doc.blocks.reduce((d, _b, i) => editedDoc(d, n * doc.blocks.length + i), doc);

const READ_ONLY = ['数据文件夹不可写', '只读', '未作任何改动'];
const DISK_FULL = ['磁盘空间不足', '本次保存未完成', '已保存的版本不受影响'];
const NOT_OURS = ['这不是文稿台的数据库文件', '未作任何改动'];
const CORRUPT = ['数据库文件已损坏', '未作任何改动', 'wengao restore-backup'];
const FUTURE = ['数据库来自更新版本的文稿台', `数据版本 ${LATEST_VERSION + 1}`, '请升级文稿台', '未作任何改动'];

/** The content saved so far: document id → version number → DocModel JSON. */
type Saved = Map<number, Map<number, string>>;

/** A database at `path` with two documents and several versions each, closed. */
function populate(path: string, options: StoreOptions = {}): Saved {
  const clock = { t: Date.UTC(2026, 2, 1) };
  const store = new Store(path, { now: () => clock.t, ...options });
  const saved: Saved = new Map();
  const record = (id: number, n: number, doc: DocModel) => {
    if (!saved.has(id)) saved.set(id, new Map());
    saved.get(id)!.set(n, json(doc));
  };
  for (const base of [big, speech]) {
    const { documentId, version } = store.createDocument(base, 'generated');
    record(documentId, version.number, base);
    for (let n = 1; n <= 4; n++) {
      clock.t += 5 * MINUTE;
      const doc = editedDoc(base, n);
      record(documentId, store.saveVersion(documentId, doc, n % 2 ? 'saved' : 'autosave').version.number, doc);
    }
  }
  store.close();
  return saved;
}

/** Every saved version is there with the same content, and the file is sound. */
function expectIntact(store: Store, saved: Saved): void {
  for (const [id, versions] of saved) {
    expect(store.history(id).map((v) => v.number)).toEqual([...versions.keys()]);
    for (const [n, doc] of versions) expect(json(store.versionDoc(id, n)), `document ${id} version ${n}`).toBe(doc);
  }
  expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(auditChunks(store.db)).toMatchObject({ wrongRefs: [], orphans: [], missing: [] });
}

function readBack(path: string, saved: Saved): void {
  const store = new Store(path);
  try {
    expectIntact(store, saved);
  } finally {
    store.close();
  }
}

/** Asserts `fn` throws a StoreError whose message has every phrase; returns the message. */
function refusal(fn: () => unknown, phrases: readonly string[]): string {
  let err: unknown;
  try {
    fn();
  } catch (e) {
    err = e;
  }
  expect(err, 'expected a StoreError').toBeInstanceOf(StoreError);
  const message = (err as Error).message;
  for (const p of phrases) expect(message).toContain(p);
  expect(message).toMatch(/[\u4e00-\u9fff]/);
  return message;
}

/** Opening `path` is refused with `phrases`, and the folder's files (names and bytes) are unchanged. */
function refusedUntouched(path: string, phrases: readonly string[]): string {
  const dir = join(path, '..');
  const files = () => Object.fromEntries(readdirSync(dir).map((f) => [f, fileHash(join(dir, f))]));
  const before = files();
  const message = refusal(() => new Store(path).close(), phrases);
  // Twice: a refusal leaves nothing behind that would change the second answer.
  refusal(() => new Store(path).close(), phrases);
  expect(files()).toEqual(before);
  expect(existsSync(`${path}-wal`)).toBe(before[`${basename(path)}-wal`] !== undefined);
  return message;
}

describe('(a) a truncated database', () => {
  const source = join(freshDir(), 'wengao.db');
  const saved = populate(source);
  const backup = join(freshDir(), 'backup.db');

  it.each([
    ['half', 0.5],
    ['nine tenths', 0.9],
    ['one page', 4096 / statSync(source).size],
  ])('cut to %s: refused as damaged, the file left as it was, the earlier versions restorable', async (_name, fraction) => {
    const path = join(freshDir(), 'wengao.db');
    copyFileSync(source, path);
    truncateSync(path, Math.floor(statSync(source).size * fraction));
    const hash = fileHash(path);
    refusedUntouched(path, CORRUPT);
    expect(fileHash(path)).toBe(hash);

    // The copy it came from still holds every version, and a backup of it restores over the damage,
    // keeping the damaged file aside rather than deleting it.
    readBack(source, saved);
    if (!existsSync(backup)) {
      const store = new Store(source);
      await backupTo(store, backup);
      store.close();
    }
    const aside = restoreFromBackup(path, backup);
    expect(fileHash(aside!)).toBe(hash);
    readBack(path, saved);
  });
});

describe('(b) a file that is not SQLite', () => {
  const rng = createRng(20260301);
  const cases: [string, () => Uint8Array | string | Promise<Uint8Array>][] = [
    ['random bytes', () => Uint8Array.from({ length: 64 * 1024 }, () => Math.floor(rng() * 256))],
    ['a .docx', () => exportDocx(speech)],
    ['a text file', () => '县政府办公室关于全县秋冬季森林防灭火工作的通知\n'.repeat(500)],
    ['a short text file', () => '会议记录\n'],
  ];
  it.each(cases)('%s: refused as not ours, its bytes unchanged', async (_name, make) => {
    const path = join(freshDir(), 'wengao.db');
    writeFileSync(path, await make());
    const hash = fileHash(path);
    refusedUntouched(path, NOT_OURS);
    expect(fileHash(path)).toBe(hash);
  });

  it("another program's SQLite database: refused as not ours, its bytes unchanged", () => {
    const path = join(freshDir(), 'wengao.db');
    const other = new Database(path);
    other.exec(`CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('会议记录')`);
    other.close();
    refusedUntouched(path, NOT_OURS);
  });
});

describe('(c) a database from a future version', () => {
  it('is refused with the upgrade message, its bytes unchanged and no -wal appearing; its versions are all there', () => {
    const path = join(freshDir(), 'wengao.db');
    const saved = populate(path);
    const future = new Database(path);
    future.pragma(`user_version = ${LATEST_VERSION + 1}`);
    future.close();
    const before = fileState(path);
    expect(before.wal).toBe('absent');
    refusedUntouched(path, FUTURE);
    expect(fileState(path)).toEqual(before);

    // Nothing lost: the same bytes, read by a program that knows that version, hold every version.
    const copy = join(freshDir(), 'wengao.db');
    copyFileSync(path, copy);
    const db = new Database(copy);
    db.pragma(`user_version = ${LATEST_VERSION}`);
    db.close();
    readBack(copy, saved);
  });
});

describe('(d) a read-only folder', () => {
  let folder: ReadOnlyFolder | undefined;
  cleanups.push(() => folder?.dispose());

  it('opening and saving give the read-only message; the files are unchanged and every version reads back', async () => {
    // As root a read-only tmpfs mount (chmod does not bind); otherwise chmod 0555. Not skipped.
    folder = readOnlyFolder(join(tmp, 'readonly'));
    const path = join(folder.dir, 'wengao.db');
    const saved = populate(path);
    const before = fileState(path);
    folder.lock();
    // The folder really refuses writes, so the test is not vacuous.
    expect(() => writeFileSync(join(folder!.dir, 'probe.txt'), 'x'), folder.how).toThrow(/EROFS|EACCES|EPERM/);

    refusedUntouched(path, READ_ONLY);
    refusal(() => {
      const store = new Store(path);
      try {
        store.saveVersion(1, editedDoc(big, 99), 'saved');
      } finally {
        store.close();
      }
    }, READ_ONLY);
    // A new database in that folder.
    refusal(() => new Store(join(folder!.dir, 'new.db')), READ_ONLY);
    // A backup written into it.
    const elsewhere = join(freshDir(), 'wengao.db');
    populate(elsewhere);
    const store = new Store(elsewhere);
    await expect(backupTo(store, join(folder.dir, 'backup.db'))).rejects.toThrow(/没有权限|不可写/);
    store.close();
    expect(readdirSync(folder.dir).sort()).toEqual(['wengao.db']);
    expect(fileState(path)).toEqual(before);

    folder.unlock();
    readBack(path, saved);
    folder.dispose();
  });
});

describe('(e) a full disk', () => {
  it('maxPages: saving the 10,000-character draft fails with the disk-full message, rolled back; a small save works after', () => {
    const path = join(freshDir(), 'wengao.db');
    const small: DocModel = { ...speech, blocks: speech.blocks.slice(0, 3) };
    const clock = { t: Date.UTC(2026, 2, 1) };
    const first = new Store(path, { now: () => clock.t });
    const { documentId } = first.createDocument(small, 'generated');
    const saved: Saved = new Map([[documentId, new Map([[1, json(small)]])]]);
    for (let n = 1; n <= 3; n++) {
      clock.t += 5 * MINUTE;
      const doc = editedDoc(small, n);
      saved.get(documentId)!.set(first.saveVersion(documentId, doc, 'saved').version.number, json(doc));
    }
    const pages = first.db.pragma('page_count', { simple: true }) as number;
    first.close();

    const store = new Store(path, { now: () => clock.t, maxPages: pages + 2 });
    const documents = store.listDocuments();
    clock.t += 5 * MINUTE;
    refusal(() => store.saveVersion(documentId, big, 'saved'), DISK_FULL);
    refusal(() => store.createDocument(big, 'generated'), DISK_FULL);
    // Rolled back: no document, version or chunk from the failed saves.
    expect(store.listDocuments()).toEqual(documents);
    expectIntact(store, saved);

    clock.t += 5 * MINUTE;
    const doc = editedDoc(small, 50);
    const { version, created } = store.saveVersion(documentId, doc, 'saved');
    expect(created).toBe(true);
    saved.get(documentId)!.set(version.number, json(doc));
    expectIntact(store, saved);
    store.close();
    readBack(path, saved);
  });

  it('a 1 MB tmpfs filled up by saves: the disk-full message, and every version saved before it is intact', () => {
    const dir = join(tmp, 'full');
    mountTmpfs(dir, '1m');
    cleanups.push(() => unmount(dir));
    const path = join(dir, 'wengao.db');
    const clock = { t: Date.UTC(2026, 2, 1) };
    const store = new Store(path, { now: () => clock.t });
    const { documentId } = store.createDocument(big, 'generated');
    const saved: Saved = new Map([[documentId, new Map([[1, json(big)]])]]);
    let failure: unknown;
    for (let n = 1; n <= 200 && !failure; n++) {
      clock.t += 5 * MINUTE;
      const doc = rewritten(big, n);
      try {
        saved.get(documentId)!.set(store.saveVersion(documentId, doc, 'saved').version.number, json(doc));
      } catch (err) {
        failure = err;
      }
    }
    expect(failure, 'the 1 MB file system should fill up').toBeInstanceOf(StoreError);
    for (const p of DISK_FULL) expect((failure as Error).message).toContain(p);
    expect(saved.get(documentId)!.size).toBeGreaterThan(2);
    // Still readable while the disk is full, and after closing and opening again.
    expectIntact(store, saved);
    store.close();
    readBack(path, saved);
  });
});
