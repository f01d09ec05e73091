// Reading inputs and writing outputs. Outputs are replaced atomically: a reader (or a crash)
// sees the old file or the new one, never half of one.
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from './errors.ts';

/** Larger inputs are not campaign material; refuse before reading them into memory. */
const MAX_INPUT_BYTES = 5 * 1024 * 1024;

export function readUserFile(path: string): string {
  return readUserBytes(path, MAX_INPUT_BYTES, 'JSON 文件', '输入文件').toString('utf8');
}

/** A file's bytes, refused in Chinese when missing, a folder, unreadable or larger than `max`. */
export function readUserBytes(path: string, max: number, want = '文件', what = '文件'): Buffer {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new UserError([`${path}：这是一个文件夹，请给出${want}`]);
    size = st.size;
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError([`${path}：找不到文件`]);
  }
  if (size > max) throw new UserError([`${path}：文件过大（${(size / 1048576).toFixed(1)} MB），${what}最大 ${max / 1048576} MB`]);
  try {
    return readFileSync(path);
  } catch {
    throw new UserError([`${path}：无法读取文件（请检查权限）`]);
  }
}

export function writeAtomic(path: string, data: Uint8Array | string): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'w');
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, path);
  } catch (err) {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError([`${path}：输出文件夹不存在`]);
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw new UserError([`${path}：没有写入权限`]);
    if (code === 'ENOSPC' || code === 'EDQUOT') throw new UserError([`${path}：磁盘空间不足，原文件未改动`]);
    if (code === 'EISDIR') throw new UserError([`${path}：这是一个文件夹，请给出文件名`]);
    throw err;
  }
}
