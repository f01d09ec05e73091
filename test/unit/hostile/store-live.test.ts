// Defects 6 and 7: the database changing under a running app (browser mode, a process of its own).
// 6: made unwritable mid-session (here: an immutable -shm, wal or db file, as `chattr +i` does; the
//    same fault as a read-only remount or a network share gone read-only), the server died with
//    SIGBUS and the request in flight was lost. Now it stays up and says 只读, and saves again
//    once the file is writable.
// 7: `wengao restore-backup` renamed the live files aside while the app had them open; the app
//    went on saving into wengao.db.before-restore-…, answered OK, and those saves were missing.
//    Now the restore is refused while anything holds the database, and no OK'd save is lost.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { DocModel } from '../../../core/doc/model.ts';
import { IN_USE } from '../../../main/services/store/backup.ts';
import { wengao } from '../../helpers/cli.ts';
import { loadExamples } from '../../helpers/examples.ts';
import { startServerChild, type ServerChild } from '../../helpers/server-child.ts';

const tmp = mkdtempSync(join(tmpdir(), 'wengao-live-'));
let server: ServerChild | undefined;
const immutable: string[] = [];

function chattr(flag: '+i' | '-i', paths: string[]): void {
  // Needs root on ext4/xfs/btrfs (CI runs as root): fails, saying why, rather than skipping.
  execFileSync('chattr', [flag, ...paths], { stdio: ['ignore', 'pipe', 'pipe'] });
}

afterEach(async () => {
  if (immutable.length) chattr('-i', immutable.splice(0));
  await server?.stop();
  server = undefined;
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function sessionWithDocument(dataDir: string): Promise<{ srv: ServerChild; documentId: number; doc: DocModel }> {
  const srv = (server = await startServerChild(dataDir));
  const created = await srv.call('documents.create', { input: loadExamples()[0]!.raw });
  expect(created.status, created.body.error).toBe(200);
  const { documentId, doc } = created.body.output as { documentId: number; doc: DocModel };
  return { srv, documentId, doc };
}

const edited = (doc: DocModel, n: number): DocModel => ({ ...doc, blocks: [...doc.blocks, { type: 'paragraph', runs: [{ text: `第${n}次修改。` }] }] });

describe('defect 6: the database made unwritable mid-session', () => {
  for (const sides of [['-shm'], ['', '-wal', '-shm'], ['-wal'], ['']]) {
    it(`the server stays up and says 只读 (${sides.map((s) => `wengao.db${s}`).join(', ')} immutable), then saves again`, async () => {
      const dataDir = join(tmp, `ro${sides.join('')}`);
      const { srv, documentId, doc } = await sessionWithDocument(dataDir);
      const ok: number[] = [];
      const save = async (n: number) => srv.call('versions.save', { documentId, doc: edited(doc, n), kind: 'saved' });
      for (let n = 1; n <= 3; n++) {
        const r = await save(n);
        expect(r.status).toBe(200);
        ok.push((r.body.output as { version: number }).version);
      }
      const files = sides.map((s) => join(dataDir, `wengao.db${s}`)).filter((f) => existsSync(f));
      expect(files.length).toBe(sides.length);
      chattr('+i', files);
      immutable.push(...files);
      for (let n = 4; n <= 8; n++) {
        const r = await save(n);
        expect(r.status, JSON.stringify(r.body)).toBeGreaterThanOrEqual(400);
        expect(r.body.error).toContain('只读');
        expect(r.body.error).not.toMatch(/SQLITE|Error|at /);
      }
      expect((await srv.call('documents.list', {})).body.error ?? '只读').toContain('只读');
      expect(srv.exit(), srv.stderr()).toBeNull();
      chattr('-i', immutable.splice(0));
      const again = await save(9);
      expect(again.status, again.body.error).toBe(200);
      ok.push((again.body.output as { version: number }).version);
      const list = (await srv.call('versions.list', { documentId })).body.output as { number: number }[];
      for (const v of ok) expect(list.map((l) => l.number)).toContain(v);
      expect(srv.exit()).toBeNull();
    });
  }
});

describe('defect 7: restore-backup while the app runs', () => {
  it('is refused, nothing is moved, and every save answered OK is in the live database', async () => {
    const dataDir = join(tmp, 'restore');
    const { srv, documentId, doc } = await sessionWithDocument(dataDir);
    const backup = join(tmp, 'backup.db');
    const env = { WENGAO_DATA_DIR: dataDir };
    const b = wengao(['backup', backup, '--data-dir', dataDir], env);
    expect(b.status, b.stderr).toBe(0);

    const ok: number[] = [];
    for (let n = 1; n <= 3; n++) ok.push(((await srv.call('versions.save', { documentId, doc: edited(doc, n), kind: 'saved' })).body.output as { version: number }).version);
    const r = wengao(['restore-backup', backup, '--data-dir', dataDir], env);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain(IN_USE);
    expect(r.stderr).not.toMatch(/SQLITE|at /);
    expect(readdirSync(dataDir).filter((f) => f.includes('before-restore'))).toEqual([]);
    for (let n = 4; n <= 6; n++) {
      const s = await srv.call('versions.save', { documentId, doc: edited(doc, n), kind: 'saved' });
      expect(s.status).toBe(200);
      ok.push((s.body.output as { version: number }).version);
    }
    await srv.stop();
    server = undefined;

    // Every save the app answered OK is in the database a new session opens.
    const again = (server = await startServerChild(dataDir));
    const list = (await again.call('versions.list', { documentId })).body.output as { number: number }[];
    expect(list.map((l) => l.number)).toEqual(expect.arrayContaining(ok));
    await again.stop();
    server = undefined;

    // With the app closed, the same restore goes through.
    const done = wengao(['restore-backup', backup, '--data-dir', dataDir], env);
    expect(done.status, done.stderr).toBe(0);
    expect(readdirSync(dataDir).some((f) => f.includes('before-restore'))).toBe(true);
  });
});
