// Whether the database's files can still be written, asked of the file system before a write.
//
// Measured choice (issue 12, defect 6): `locking_mode = EXCLUSIVE` would keep the WAL index in heap
// memory and so never SIGBUS, but it locks every other process out — the CLI could no longer save
// while a window is open, which defect 5's two writers need. Checking costs three access(2) calls
// (a few microseconds) per write transaction instead.
import { accessSync, constants } from 'node:fs';

/** The message for a database that can be read but no longer written. */
export function readOnlyMessage(path: string): string {
  return `${path}：数据库文件现在是只读的（文件被设为不可修改、磁盘或网络共享变为只读），本次操作未完成，已保存的版本不受影响。请检查文件和磁盘后重试`;
}

/** True when the database, its WAL or its WAL index exists and cannot be written. */
export function isUnwritable(dbPath: string): boolean {
  if (dbPath === ':memory:' || dbPath === '') return false;
  for (const side of ['', '-wal', '-shm']) {
    try {
      accessSync(dbPath + side, constants.W_OK);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') return true;
    }
  }
  return false;
}
