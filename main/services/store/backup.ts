// Backups are consistent copies made with SQLite's online backup API. Restoring one checks it
// first (integrity, schema version, that it is Wengao's) and keeps the current file aside.
import Database from 'better-sqlite3';
import { accessSync, constants, copyFileSync, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { explain, StoreError } from './errors.ts';
import { APPLICATION_ID, LATEST_VERSION, schemaVersion } from './migrations/index.ts';
import type { Store } from './store.ts';

/** Writes a consistent copy of the open database to `dest` (replaced atomically). */
export async function backupTo(store: Store, dest: string): Promise<void> {
  if (!existsSync(dirname(dest))) throw new StoreError(`${dest}：备份文件夹不存在`);
  if (existsSync(dest) && statSync(dest).isDirectory()) throw new StoreError(`${dest}：这是一个文件夹，请给出备份文件名`);
  try {
    accessSync(dirname(dest), constants.W_OK);
  } catch (err) {
    throw explain(err, dest);
  }
  const tmp = join(dirname(dest), `.${basename(dest)}.${process.pid}.tmp`);
  try {
    await store.db.backup(tmp);
    renameSync(tmp, dest);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw explain(err, dest);
  }
}

/** Checks that a file is a whole, readable Wengao database this version can open. */
export function verifyBackup(src: string, shownAs = src): void {
  if (!existsSync(src)) throw new StoreError(`${shownAs}：找不到备份文件`);
  let db: Database.Database | undefined;
  try {
    db = new Database(src, { readonly: true, fileMustExist: true });
    const version = schemaVersion(db);
    if (db.pragma('application_id', { simple: true }) !== APPLICATION_ID || version === 0) {
      throw new StoreError(`${shownAs}：这不是文稿台的备份文件，未作任何改动`);
    }
    if (version > LATEST_VERSION) {
      throw new StoreError(`${shownAs}：备份来自更新版本的文稿台（数据版本 ${version}），本程序只支持到版本 ${LATEST_VERSION}；未作任何改动`);
    }
    const result = db.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new StoreError(`${shownAs}：备份文件已损坏（${String(result)}），未作任何改动`);
  } catch (err) {
    throw explain(err, shownAs);
  } finally {
    db?.close();
  }
}

/**
 * Replaces the database at `dbPath` (closed) with the backup `src`. The copy is checked, not the
 * original, so the backup itself is only ever read, and what is checked is what goes in place. The
 * current file is kept aside as `wengao.db.before-restore-<time>`; its path is returned.
 */
export function restoreFromBackup(dbPath: string, src: string, now = Date.now()): string | undefined {
  if (!existsSync(src)) throw new StoreError(`${src}：找不到备份文件`);
  const incoming = `${dbPath}.restore.${process.pid}.tmp`;
  const clean = (path: string) => ['', '-wal', '-shm'].forEach((side) => rmSync(path + side, { force: true }));
  let aside: string | undefined;
  try {
    copyFileSync(src, incoming);
    verifyBackup(incoming, src);
    // Checking a WAL-mode copy leaves empty -wal/-shm files beside it.
    rmSync(incoming + '-wal', { force: true });
    rmSync(incoming + '-shm', { force: true });
    if (existsSync(dbPath)) {
      assertNotInUse(dbPath);
      // The current file was closed by its last user, which checkpoints its WAL into it.
      aside = `${dbPath}.before-restore-${new Date(now).toISOString().replace(/[:.]/g, '-')}`;
      renameSync(dbPath, aside);
      for (const side of ['-wal', '-shm']) if (existsSync(dbPath + side)) renameSync(dbPath + side, aside + side);
    }
    renameSync(incoming, dbPath);
    return aside;
  } catch (err) {
    clean(incoming);
    // Put the current file back if it had been moved.
    if (aside && !existsSync(dbPath) && existsSync(aside)) renameSync(aside, dbPath);
    throw explain(err, dbPath);
  }
}

export const IN_USE = '文稿台正在使用这个数据库（有窗口、浏览器模式或命令正打开着它）：请先关闭文稿台的所有窗口，再恢复备份；未作任何改动';

/**
 * Refuses while another connection holds the database. Renaming the live files aside under a
 * running app lost saves: the app kept writing into wengao.db.before-restore-…, answered OK, and
 * those versions were missing from the restored database. Every open connection in WAL mode holds
 * a shared lock on the file, so an exclusive lock, asked for without waiting, is granted only when
 * nobody has it open. Closing this check's connection checkpoints the WAL into the file.
 */
export function assertNotInUse(dbPath: string): void {
  let db: Database.Database | undefined;
  try {
    db = new Database(dbPath, { fileMustExist: true, timeout: 0 });
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('COMMIT');
  } catch (err) {
    const code = (err as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) throw new StoreError(`${dbPath}：${IN_USE}`);
    // Any other failure (a damaged or foreign file — the reason to restore) says nobody holds it.
  } finally {
    db?.close();
  }
}
