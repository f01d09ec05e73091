// Everything that can go wrong with the local database, said in Chinese, and what the user can do.
// A StoreError always means nothing was changed: writes run in transactions that roll back.
import { isUnwritable, readOnlyMessage } from './writable.ts';

export class StoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreError';
  }
}

/** Turns a better-sqlite3 / file-system error into what a secretary can act on. */
export function explain(err: unknown, path: string): StoreError {
  if (err instanceof StoreError) return err;
  const code = (err as { code?: string }).code ?? '';
  const message = (err as Error).message ?? String(err);
  if (code === 'SQLITE_NOTADB' || /file is not a database/.test(message)) {
    return new StoreError(`${path}：这不是文稿台的数据库文件（或文件已严重损坏），未作任何改动`);
  }
  if (code.startsWith('SQLITE_CORRUPT') || /malformed/.test(message)) {
    return new StoreError(`${path}：数据库文件已损坏，未作任何改动。请用 wengao restore-backup 从备份恢复`);
  }
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || /database or disk is full/.test(message)) {
    return new StoreError(`${path}：磁盘空间不足，本次保存未完成，已保存的版本不受影响。请清理磁盘后重试`);
  }
  if (code === 'SQLITE_READONLY' || code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM' || /readonly|read-only/.test(message)) {
    return new StoreError(`${path}：数据文件夹不可写（只读或没有权限），未作任何改动。请检查文件夹权限，或用 --data-dir 指定其他文件夹`);
  }
  if (code === 'SQLITE_CANTOPEN' || /unable to open database/.test(message)) {
    return new StoreError(`${path}：无法打开数据库（文件夹不存在或没有权限）`);
  }
  if (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY')) {
    return new StoreError(`${path}：数据库正被另一个文稿台窗口或命令占用，等候多时仍未释放，本次操作未完成。请稍后重试`);
  }
  // An I/O error on a file that can no longer be written (made immutable, a read-only remount):
  // what the user can act on is that it is read-only, not SQLite's code.
  if (code.startsWith('SQLITE_IOERR') && isUnwritable(path)) return new StoreError(readOnlyMessage(path));
  return new StoreError(`${path}：数据库操作失败（${code || message}）`);
}

/** Throws a StoreError (只读) when the database, its WAL or its WAL index exists and cannot be written. */
export function assertWritable(dbPath: string): void {
  if (isUnwritable(dbPath)) throw new StoreError(readOnlyMessage(dbPath));
}
