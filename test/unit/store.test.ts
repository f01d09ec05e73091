// The version store on real files: numbering, the keep/coalesce/prune policy, restore, round trips,
// shared chunks, and backups (issue #4).
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DocModel } from '../../core/doc/model.ts';
import { runsText, toPlainText } from '../../core/doc/text.ts';
import { draft } from '../../core/draft/index.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { backupTo, restoreFromBackup, verifyBackup } from '../../main/services/store/backup.ts';
import { StoreError } from '../../main/services/store/errors.ts';
import { LATEST_VERSION } from '../../main/services/store/migrations/index.ts';
import { toChunks } from '../../main/services/store/snapshot.ts';
import { Store, type StoreOptions } from '../../main/services/store/store.ts';
import { auditChunks, bigDoc, editedDoc, fileHash, fileState } from '../helpers/db.ts';
import { loadExamples } from '../helpers/examples.ts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);

const tmp = mkdtempSync(join(tmpdir(), 'wengao-store-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let counter = 0;
/** A fresh folder for one test. */
function freshDir(): string {
  const dir = join(tmp, `t${++counter}`);
  mkdirSync(dir);
  return dir;
}

/** A store on a new file with a clock the test moves (`clock.t`). */
function openStore(options: StoreOptions = {}, path = join(freshDir(), 'wengao.db')) {
  const clock = { t: T0 };
  const store = new Store(path, { now: () => clock.t, ...options });
  return { store, clock, path };
}

const library = loadDraftLibrary();
const examples = loadExamples();
const drafts = examples.map((ex) => ({ name: ex.name, doc: draft(ex.input, library) }));
const big = bigDoc();
/** A draft speech: its head holds `length`, so the head chunk changes with every edit. */
const speech = drafts.find((d) => d.doc.kind === 'speech')!.doc;

const json = (doc: DocModel) => JSON.stringify(doc);
const numbers = (store: Store, id: number) => store.history(id).map((v) => v.number);

/** Every version of every document: number, kind, hash and the DocModel's JSON. */
function snapshot(store: Store): unknown {
  return store.listDocuments().map((d) => ({
    document: d,
    versions: store.history(d.id).map((v) => ({ ...v, doc: json(store.versionDoc(d.id, v.number)) })),
  }));
}

/** Asserts `fn` throws a StoreError whose message has every phrase; returns the message. */
function refusal(fn: () => unknown, ...phrases: string[]): string {
  let err: unknown;
  try {
    fn();
  } catch (e) {
    err = e;
  }
  expect(err, 'expected a StoreError').toBeInstanceOf(StoreError);
  const message = (err as Error).message;
  for (const p of phrases) expect(message).toContain(p);
  return message;
}

describe('documents and versions', () => {
  it('creates a document, lists it and shows its history', () => {
    const { store } = openStore();
    const { documentId, version } = store.createDocument(speech, 'generated', { frame: 'deploy', label: '初稿' });
    expect(version).toMatchObject({ documentId, number: 1, kind: 'generated', label: '初稿', parentNumber: null, createdAt: T0 });
    expect(version.hash).toBe(toChunks(speech).hash);
    expect(store.listDocuments()).toEqual([
      expect.objectContaining({ id: documentId, kind: 'speech', title: runsText(speech.title), frame: 'deploy', versions: 1 }),
    ]);
    expect(store.history(documentId)).toEqual([version]);
    expect(() => store.history(999)).toThrow('没有编号为 999 的文稿');
    expect(() => store.versionDoc(documentId, 7)).toThrow(`文稿 ${documentId} 没有第 7 版`);
    store.close();
  });

  it('numbers versions 1, 2, 3 within each document, each the parent of the next', () => {
    const { store, clock } = openStore();
    const a = store.createDocument(big, 'generated').documentId;
    const b = store.createDocument(speech, 'imported').documentId;
    for (let n = 1; n <= 2; n++) {
      clock.t += MINUTE;
      expect(store.saveVersion(a, editedDoc(big, n), 'saved').version.number).toBe(n + 1);
    }
    clock.t += MINUTE;
    expect(store.saveVersion(b, editedDoc(speech, 1), 'saved', '领导改后').version).toMatchObject({ number: 2, label: '领导改后', parentNumber: 1 });
    expect(store.history(a).map((v) => [v.number, v.parentNumber, v.kind])).toEqual([
      [1, null, 'generated'],
      [2, 1, 'saved'],
      [3, 2, 'saved'],
    ]);
    expect(numbers(store, b)).toEqual([1, 2]);
    expect(store.latestNumber(a)).toBe(3);
    expect(store.listDocuments().map((d) => [d.id, d.versions])).toEqual([
      [b, 2],
      [a, 3],
    ]);
    store.close();
  });

  it('saving unchanged content makes no new version, whatever the kind', () => {
    const { store, clock } = openStore();
    const { documentId } = store.createDocument(big, 'generated');
    for (const kind of ['saved', 'autosave', 'imported'] as const) {
      clock.t += 10 * MINUTE;
      // A structurally equal copy, not the same object.
      const r = store.saveVersion(documentId, structuredClone(big), kind);
      expect(r.created).toBe(false);
      expect(r.version.number).toBe(1);
    }
    expect(numbers(store, documentId)).toEqual([1]);
    store.close();
  });

  it('keeps explicit versions (generated, saved, restored, imported) forever', () => {
    const { store, clock } = openStore();
    const { documentId } = store.createDocument(speech, 'generated');
    const kept = new Map<number, string>([[1, json(speech)]]);
    for (let n = 1; n <= 12; n++) {
      clock.t += 30 * DAY;
      const doc = editedDoc(speech, n);
      const kind = (['saved', 'imported', 'saved', 'autosave'] as const)[n % 4]!;
      const { version } = store.saveVersion(documentId, doc, kind);
      if (kind !== 'autosave') kept.set(version.number, json(doc));
    }
    clock.t += 400 * DAY;
    store.restoreVersion(documentId, 2);
    clock.t += 400 * DAY;
    store.saveVersion(documentId, editedDoc(speech, 99), 'autosave');
    const history = store.history(documentId);
    for (const [number, doc] of kept) {
      expect(history.some((v) => v.number === number), `version ${number}`).toBe(true);
      expect(json(store.versionDoc(documentId, number))).toBe(doc);
    }
    expect(history.filter((v) => v.kind !== 'autosave').length).toBe(kept.size + 1); // + the restored one
    store.close();
  });
});

describe('autosave coalescing', () => {
  it('keeps one autosave per 2 minutes, holding the last content; after the window a new one', () => {
    const { store, clock } = openStore();
    const { documentId } = store.createDocument(speech, 'generated');
    const start = clock.t;
    const offsets = [0, 20_000, 45_000, 90_000, 119_999];
    offsets.forEach((dt, i) => {
      clock.t = start + dt;
      const r = store.saveVersion(documentId, editedDoc(speech, i + 1), 'autosave');
      expect(r.created).toBe(i === 0);
      expect(r.version.number).toBe(2);
    });
    expect(numbers(store, documentId)).toEqual([1, 2]);
    const coalesced = store.versionRow(documentId, 2);
    expect(json(store.versionDoc(documentId, 2))).toBe(json(editedDoc(speech, offsets.length)));
    expect(coalesced).toMatchObject({ kind: 'autosave', createdAt: start, savedAt: start + 119_999, hash: toChunks(editedDoc(speech, offsets.length)).hash });

    clock.t = start + 2 * MINUTE;
    const next = store.saveVersion(documentId, editedDoc(speech, 50), 'autosave');
    expect(next).toMatchObject({ created: true, version: { number: 3, parentNumber: 2 } });
    expect(json(store.versionDoc(documentId, 2))).toBe(json(editedDoc(speech, offsets.length)));
    expect(auditChunks(store.db)).toMatchObject({ wrongRefs: [], orphans: [], missing: [] });
    store.close();
  });

  it('never folds an autosave into a saved version, nor a saved version into an autosave', () => {
    const { store, clock } = openStore();
    const { documentId } = store.createDocument(big, 'generated');
    const kinds = ['autosave', 'saved', 'autosave', 'autosave', 'saved'] as const;
    kinds.forEach((kind, i) => {
      clock.t += 1000;
      store.saveVersion(documentId, editedDoc(big, i + 1), kind);
    });
    // generated, autosave, saved, autosave (two coalesced), saved
    expect(store.history(documentId).map((v) => v.kind)).toEqual(['generated', 'autosave', 'saved', 'autosave', 'saved']);
    expect(json(store.versionDoc(documentId, 4))).toBe(json(editedDoc(big, 4)));
    store.close();
  });

  it('an autosave brought back to the text of the version before it is dropped, not kept as an empty copy (session 24 screen test, b)', () => {
    const { store, clock } = openStore();
    const { documentId } = store.createDocument(speech, 'generated');
    clock.t += 10_000;
    expect(store.saveVersion(documentId, editedDoc(speech, 1), 'autosave')).toMatchObject({ created: true, version: { number: 2 } });
    clock.t += 10_000;
    // Deleted and undone: the text is version 1's again.
    expect(store.saveVersion(documentId, speech, 'autosave')).toMatchObject({ created: false, version: { number: 1 } });
    expect(store.history(documentId).map((v) => v.kind)).toEqual(['generated']);
    expect(auditChunks(store.db)).toMatchObject({ wrongRefs: [], orphans: [], missing: [] });
    clock.t += 10_000;
    expect(store.saveVersion(documentId, editedDoc(speech, 2), 'autosave')).toMatchObject({ created: true });
    expect(json(store.versionDoc(documentId, store.history(documentId).at(-1)!.number))).toBe(json(editedDoc(speech, 2)));
    store.close();
  });

  it('takes the window from StoreOptions', () => {
    const { store, clock } = openStore({ autosaveWindowMs: 10_000 });
    const { documentId } = store.createDocument(big, 'generated');
    const at = (dt: number, n: number) => {
      clock.t = T0 + dt;
      return store.saveVersion(documentId, editedDoc(big, n), 'autosave').version.number;
    };
    expect([at(1000, 1), at(9000, 2), at(11_000, 3), at(20_999, 4), at(21_000, 5)]).toEqual([2, 2, 3, 3, 4]);
    store.close();
  });
});

describe('pruning old autosaves', () => {
  it('drops autosaves older than 30 days, keeps saved and generated ones, relinks parents and frees chunks', () => {
    const { store, clock } = openStore();
    const { documentId } = store.createDocument(speech, 'generated');
    const plan = ['autosave', 'autosave', 'autosave', 'saved', 'autosave', 'autosave'] as const;
    plan.forEach((kind, i) => {
      clock.t = T0 + (i + 1) * DAY;
      store.saveVersion(documentId, editedDoc(speech, i + 1), kind);
    });
    expect(store.history(documentId).map((v) => `${v.number}${v.kind}`)).toEqual([
      '1generated',
      '2autosave',
      '3autosave',
      '4autosave',
      '5saved',
      '6autosave',
      '7autosave',
    ]);
    const chunksBefore = auditChunks(store.db).chunks;

    // Day 35: versions 2–4 (days 1–3) are more than 30 days old; 6 and 7 (days 5, 6) are not.
    clock.t = T0 + 35 * DAY;
    const { version } = store.saveVersion(documentId, editedDoc(speech, 20), 'saved');
    expect(store.history(documentId).map((v) => [v.number, v.kind, v.parentNumber])).toEqual([
      [1, 'generated', null],
      [5, 'saved', 1],
      [6, 'autosave', 5],
      [7, 'autosave', 6],
      [8, 'saved', 7],
    ]);
    expect(version.number).toBe(8);
    const audit = auditChunks(store.db);
    expect(audit).toMatchObject({ wrongRefs: [], orphans: [], missing: [] });
    expect(audit.chunks).toBeLessThan(chunksBefore + 2);

    // Day 100: the autosaves of days 5 and 6 go too; numbers are never reused.
    clock.t = T0 + 100 * DAY;
    store.saveVersion(documentId, editedDoc(speech, 21), 'autosave');
    expect(store.history(documentId).map((v) => [v.number, v.kind, v.parentNumber])).toEqual([
      [1, 'generated', null],
      [5, 'saved', 1],
      [8, 'saved', 5],
      [9, 'autosave', 8],
    ]);
    for (const [n, doc] of [
      [1, speech],
      [5, editedDoc(speech, 4)],
      [8, editedDoc(speech, 20)],
      [9, editedDoc(speech, 21)],
    ] as const) {
      expect(json(store.versionDoc(documentId, n))).toBe(json(doc));
    }
    expect(auditChunks(store.db)).toMatchObject({ wrongRefs: [], orphans: [], missing: [] });
    store.close();
  });

  it('always keeps the newest version, even an autosave long past the keep period', () => {
    const { store, clock } = openStore({ autosaveKeepMs: DAY });
    const a = store.createDocument(big, 'generated').documentId;
    const b = store.createDocument(speech, 'generated').documentId;
    clock.t += MINUTE;
    store.saveVersion(b, editedDoc(speech, 1), 'autosave');
    clock.t += 2 * MINUTE;
    store.saveVersion(b, editedDoc(speech, 2), 'autosave');
    // Much later, a save of another document, and an unchanged save of b: b's newest autosave stays.
    clock.t += 365 * DAY;
    store.saveVersion(a, editedDoc(big, 1), 'autosave');
    expect(store.saveVersion(b, editedDoc(speech, 2), 'autosave').created).toBe(false);
    expect(numbers(store, b)).toEqual([1, 2, 3]);
    // A new save of b: the old autosaves go, the generated version and the new one stay.
    clock.t += MINUTE;
    store.saveVersion(b, editedDoc(speech, 3), 'autosave');
    expect(numbers(store, b)).toEqual([1, 4]);
    expect(store.versionRow(b, 4).parentNumber).toBe(1);
    expect(auditChunks(store.db)).toMatchObject({ wrongRefs: [], orphans: [], missing: [] });
    store.close();
  });

  it('coalesces and prunes versions whose title changed: a head chunk goes only once no version names it', () => {
    // The head chunk (everything but the blocks) is a foreign key of its version: releasing it while
    // the row still pointed at it failed with SQLITE_CONSTRAINT_FOREIGNKEY before the fix.
    const retitled = (n: number): DocModel => ({ ...editedDoc(speech, n), title: [{ text: `在全区推进会上的讲话（第${n}稿）` }] });
    const { store, clock } = openStore();
    const { documentId } = store.createDocument(speech, 'generated');
    clock.t += MINUTE;
    store.saveVersion(documentId, retitled(1), 'autosave');
    clock.t += 30_000;
    // Coalesced into version 2: its old head is released after the row points at the new one.
    expect(store.saveVersion(documentId, retitled(2), 'autosave')).toMatchObject({ created: false, version: { number: 2 } });
    expect(json(store.versionDoc(documentId, 2))).toBe(json(retitled(2)));
    clock.t += 5 * MINUTE;
    store.saveVersion(documentId, retitled(3), 'autosave');
    const heads = () => store.db.prepare(`SELECT count(DISTINCT head) FROM versions`).pluck().get();
    expect(heads()).toBe(3);
    clock.t += 40 * DAY;
    store.saveVersion(documentId, retitled(4), 'saved');
    expect(store.history(documentId).map((v) => [v.number, v.parentNumber])).toEqual([
      [1, null],
      [4, 1],
    ]);
    expect(store.listDocuments()[0]!.title).toBe(runsText(retitled(4).title));
    expect(auditChunks(store.db)).toMatchObject({ wrongRefs: [], orphans: [], missing: [] });
    expect(heads()).toBe(2);
    store.close();
  });
});

describe('restore', () => {
  it('writes a new version (kind restored) whose parent is the restored one, byte-identical, overwriting nothing', () => {
    const { store, clock } = openStore();
    const { documentId } = store.createDocument(speech, 'generated');
    for (let n = 1; n <= 3; n++) {
      clock.t += 5 * MINUTE;
      store.saveVersion(documentId, editedDoc(speech, n), n === 2 ? 'autosave' : 'saved');
    }
    const before = snapshot(store);
    clock.t += 5 * MINUTE;
    const { version, created } = store.restoreVersion(documentId, 2);
    expect(created).toBe(true);
    expect(version).toMatchObject({ number: 5, kind: 'restored', parentNumber: 2, label: '恢复自第 2 版', hash: store.versionRow(documentId, 2).hash });
    expect(json(store.versionDoc(documentId, 5))).toBe(json(store.versionDoc(documentId, 2)));
    // Version 2 was the first edit.
    expect(json(store.versionDoc(documentId, 5))).toBe(json(editedDoc(speech, 1)));
    expect(store.versionText(documentId, 5)).toBe(toPlainText(editedDoc(speech, 1)));
    // Versions 1–4 exactly as they were.
    const after = snapshot(store) as { versions: unknown[] }[];
    expect(after[0]!.versions.slice(0, 4)).toEqual((before as { versions: unknown[] }[])[0]!.versions);

    // Restoring the content that is already newest writes nothing.
    expect(store.restoreVersion(documentId, 5).created).toBe(false);
    expect(store.restoreVersion(documentId, 2).created).toBe(false);
    expect(numbers(store, documentId)).toEqual([1, 2, 3, 4, 5]);
    // An autosave after a restore starts its own version: the restored one is never rewritten.
    clock.t += 1000;
    store.saveVersion(documentId, editedDoc(speech, 9), 'autosave');
    expect(json(store.versionDoc(documentId, 5))).toBe(json(editedDoc(speech, 1)));
    expect(() => store.restoreVersion(documentId, 42)).toThrow('没有第 42 版');
    store.close();
  });
});

describe('round trip', () => {
  it('gives back a deep-equal DocModel for every example draft and the 10,000-character speech', () => {
    const { store, path } = openStore();
    const docs = [...drafts, { name: 'speech-10k.md', doc: big }];
    expect(docs.length).toBeGreaterThanOrEqual(5);
    const ids = docs.map(({ doc }) => store.createDocument(doc, 'generated').documentId);
    store.close();
    // Read back through a new connection, from the file.
    const again = new Store(path);
    docs.forEach(({ name, doc }, i) => {
      const back = again.versionDoc(ids[i]!, 1);
      expect(back, name).toStrictEqual(JSON.parse(json(doc)));
      expect(back, name).toEqual(doc);
      expect(json(back), name).toBe(json(doc));
      expect(again.versionText(ids[i]!, 1), name).toBe(toPlainText(doc));
      expect(again.versionRow(ids[i]!, 1).hash).toBe(toChunks(doc).hash);
    });
    again.close();
  });

  it('keeps a whole document whose blocks repeat, and characters outside the BMP', () => {
    const { store } = openStore();
    const para = { type: 'paragraph' as const, runs: [{ text: '𠮷野家与𡈽城镇同一段落。' }] };
    const doc: DocModel = { ...big, title: [{ text: '𠮷𠮷𠮷' }], blocks: [para, para, ...big.blocks.slice(0, 3), para] };
    const { documentId } = store.createDocument(doc, 'saved');
    expect(json(store.versionDoc(documentId, 1))).toBe(json(doc));
    expect(auditChunks(store.db)).toMatchObject({ wrongRefs: [], orphans: [], missing: [] });
    store.close();
  });
});

describe('shared chunks', () => {
  it('500 autosaves of small edits to a 10,000-character draft keep the file small, and pruning frees chunks', () => {
    const { store, clock, path } = openStore();
    const { documentId } = store.createDocument(big, 'generated');
    const oneVersion = json(big).length * 3; // UTF-8 bytes of one full snapshot, roughly
    for (let n = 1; n <= 500; n++) {
      clock.t += 3 * MINUTE; // past the window: every autosave is kept
      expect(store.saveVersion(documentId, editedDoc(big, n), 'autosave').created).toBe(true);
    }
    expect(store.history(documentId)).toHaveLength(501);
    const audit = auditChunks(store.db);
    expect(audit).toMatchObject({ wrongRefs: [], orphans: [], missing: [] });
    // The head and the distinct original blocks (the speech repeats some paragraphs), plus one
    // new block per edit.
    const distinct = new Set(big.blocks.map((b) => JSON.stringify(b))).size;
    expect(audit.chunks).toBe(1 + distinct + 500);
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    const size = statSync(path).size + (existsSync(`${path}-wal`) ? statSync(`${path}-wal`).size : 0);
    expect(size).toBeLessThan(5 * 1024 * 1024);
    // Whole snapshots would take 500 × the document; shared chunks take a small fraction of that.
    expect(size).toBeLessThan((500 * oneVersion) / 5);

    // 31 days later every one of those autosaves is old: a save prunes them all but the first version.
    clock.t += 31 * DAY;
    store.saveVersion(documentId, editedDoc(big, 1000), 'saved');
    expect(numbers(store, documentId)).toEqual([1, 502]);
    const pruned = auditChunks(store.db);
    expect(pruned).toMatchObject({ wrongRefs: [], orphans: [], missing: [] });
    expect(pruned.chunks).toBe(1 + distinct + 1);
    expect(store.db.prepare(`SELECT count(*) FROM chunks WHERE refs <= 0`).pluck().get()).toBe(0);
    expect(json(store.versionDoc(documentId, 1))).toBe(json(big));
    store.close();
  });
});

describe('backup', () => {
  /** A store with two documents and a few versions of each, closed; returns its path and content. */
  function populated(): { path: string; content: unknown } {
    const { store, clock, path } = openStore();
    const a = store.createDocument(speech, 'generated').documentId;
    const b = store.createDocument(big, 'generated').documentId;
    for (let n = 1; n <= 3; n++) {
      clock.t += 5 * MINUTE;
      store.saveVersion(a, editedDoc(speech, n), 'saved');
      store.saveVersion(b, editedDoc(big, n), 'autosave');
    }
    store.saveCampaign(examples[0]!.input);
    const content = snapshot(store);
    store.close();
    return { path, content };
  }

  it('backupTo writes a copy verifyBackup accepts, holding the same versions', async () => {
    const { path, content } = populated();
    const store = new Store(path);
    const dest = join(freshDir(), 'wengao-备份.db');
    await backupTo(store, dest);
    store.close();
    expect(() => verifyBackup(dest)).not.toThrow();
    const copy = join(freshDir(), 'copy.db');
    copyFileSync(dest, copy);
    const restored = new Store(copy);
    expect(snapshot(restored)).toEqual(content);
    restored.close();
  });

  it('backupTo refuses a missing folder or a folder as the destination', async () => {
    const { path } = populated();
    const store = new Store(path);
    await expect(backupTo(store, join(tmp, 'no-such-folder', 'b.db'))).rejects.toThrow('备份文件夹不存在');
    await expect(backupTo(store, freshDir())).rejects.toThrow('这是一个文件夹');
    store.close();
  });

  it('restoreFromBackup keeps the current file aside and the restored database opens with the backup content', async () => {
    const { path, content } = populated();
    const dest = join(freshDir(), 'backup.db');
    const store = new Store(path, { now: () => T0 + DAY });
    await backupTo(store, dest);
    // Work done after the backup: it must survive in the file kept aside.
    store.saveVersion(1, editedDoc(speech, 77), 'saved');
    const later = snapshot(store);
    store.close();
    const current = fileHash(path);

    const aside = restoreFromBackup(path, dest, T0 + 2 * DAY);
    expect(aside).toBeDefined();
    expect(aside!).toContain('before-restore-');
    expect(fileHash(aside!)).toBe(current);
    const restored = new Store(path);
    expect(snapshot(restored)).toEqual(content);
    restored.close();
    const kept = new Store(aside!);
    expect(snapshot(kept)).toEqual(later);
    kept.close();
  });

  describe('refuses a bad backup in Chinese and leaves the current database as it was', () => {
    function badBackupCase(make: (file: string, good: string) => void, ...phrases: string[]): void {
      const { path } = populated();
      const good = join(freshDir(), 'good.db');
      copyFileSync(path, good);
      const before = fileState(path);
      const dir = join(path, '..');
      const filesBefore = readdirSync(dir).sort();
      const bad = join(freshDir(), 'bad.db');
      make(bad, good);
      const badBefore = fileHash(bad);
      refusal(() => restoreFromBackup(path, bad), ...phrases);
      expect(fileState(path)).toEqual(before);
      expect(readdirSync(dir).sort()).toEqual(filesBefore); // nothing set aside, no temp file left
      expect(fileHash(bad)).toBe(badBefore);
      const store = new Store(path);
      expect(store.listDocuments()).toHaveLength(2);
      store.close();
    }

    it('another program’s SQLite file', () => {
      badBackupCase((file) => {
        const db = new Database(file);
        db.exec(`CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)`);
        db.close();
      }, '这不是文稿台的备份文件', '未作任何改动');
    });

    it('an empty SQLite file with no Wengao mark', () => {
      badBackupCase((file) => new Database(file).close(), '这不是文稿台的');
    });

    it('a truncated backup', () => {
      badBackupCase((file, good) => {
        copyFileSync(good, file);
        truncateSync(file, Math.floor(statSync(good).size / 2));
      }, '损坏', '未作任何改动');
    });

    it('a backup from a future version', () => {
      badBackupCase(
        (file, good) => {
          copyFileSync(good, file);
          const db = new Database(file);
          db.pragma(`user_version = ${LATEST_VERSION + 1}`);
          db.close();
        },
        '备份来自更新版本的文稿台',
        `数据版本 ${LATEST_VERSION + 1}`,
        '未作任何改动',
      );
    });

    it('a text file', () => {
      badBackupCase((file) => writeFileSync(file, '这是会议记录的文本，不是备份。\n'.repeat(200)), '这不是文稿台的数据库文件', '未作任何改动');
    });

    it('a missing file', () => {
      badBackupCase(() => undefined, '找不到备份文件');
    });
  });
});
