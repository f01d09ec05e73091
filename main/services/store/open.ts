// Opening the database file: checked before anything is written, so a file that is damaged, not
// ours, or from a newer Wengao is refused and left exactly as it was.
import Database from 'better-sqlite3';
import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { explain, StoreError } from './errors.ts';
import { BUSY_TIMEOUT_MS } from './transaction.ts';
import { APPLICATION_ID, LATEST_VERSION, migrate, schemaVersion } from './migrations/index.ts';

export interface OpenOptions {
  /** Stop growing the file at this many pages (4 KiB each): a size limit, as on a full disk. */
  maxPages?: number;
  /** How long a write waits for another writer before it is refused (default BUSY_TIMEOUT_MS). */
  busyTimeoutMs?: number;
}

export function openDatabase(path: string, options: OpenOptions = {}): Database.Database {
  const isNew = !existsSync(path);
  let db: Database.Database | undefined;
  try {
    if (isNew) mkdirSync(dirname(path), { recursive: true });
    // WAL needs to create files beside the database: a read-only folder (or mount) would otherwise
    // surface as SQLite's vague "unable to open database file". EROFS/EACCES → the read-only message.
    accessSync(dirname(path), constants.W_OK);
    // Opened without creating first when the file exists, so that checks run before any write.
    db = new Database(path, { fileMustExist: !isNew });
    if (!isNew) check(db, path);
    db.pragma('journal_mode = WAL');
    // FULL: a version whose save returned survives a power cut, not only a crash.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? BUSY_TIMEOUT_MS}`);
    if (options.maxPages) db.pragma(`max_page_count = ${options.maxPages}`);
    migrate(db);
    return db;
  } catch (err) {
    db?.close();
    throw explain(err, path);
  }
}

/** Refuses a file that is not SQLite, not Wengao's, damaged, or from a newer version. */
export function check(db: Database.Database, path: string): void {
  const version = schemaVersion(db);
  const appId = db.pragma('application_id', { simple: true }) as number;
  const tables = (db.prepare(`SELECT count(*) AS n FROM sqlite_master`).get() as { n: number }).n;
  // Another program's SQLite file: ours always carry the application id once they have tables.
  if ((version > 0 || tables > 0) && appId !== APPLICATION_ID) throw new StoreError(`${path}：这不是文稿台的数据库文件，未作任何改动`);
  if (version > LATEST_VERSION) {
    throw new StoreError(`${path}：数据库来自更新版本的文稿台（数据版本 ${version}），本程序只支持到版本 ${LATEST_VERSION}。请升级文稿台后再打开；文件未作任何改动`);
  }
  const result = db.pragma('quick_check', { simple: true });
  if (result !== 'ok') throw new StoreError(`${path}：数据库文件已损坏（${String(result)}），未作任何改动。请用 wengao restore-backup 从备份恢复`);
}
