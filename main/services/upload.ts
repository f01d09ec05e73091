// A file the user picked, as the page hands it over: its name and its bytes (base64 — in browser
// mode the UI never hands main a path).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { ApiError } from '../../core/api.ts';
import { fileName } from './file-names.ts';

/**
 * The bytes written under their own name into a private temporary folder for the readers that take
 * a path (under `under`), removed afterwards whatever happens.
 */
export async function withUploadedFile<T>(name: string, base64: string, use: (path: string) => Promise<T>, under = tmpdir()): Promise<T> {
  const path = writeUpload(name, base64, under);
  try {
    return await use(path);
  } finally {
    rmSync(dirname(path), { recursive: true, force: true });
  }
}

/** The name an uploaded file is read under: its own, made safe for every platform (no folder in it). */
export function uploadName(name: string): string {
  return fileName(basename(name.replace(/\\/g, '/')).replace(/\.[^.]*$/, ''), (/\.([A-Za-z0-9]{1,10})$/.exec(name)?.[1] ?? 'txt').toLowerCase());
}

/** An uploaded file's bytes; an ApiError if `base64` is not base64. */
export function uploadBytes(base64: string): Buffer {
  if (!/^[A-Za-z0-9+/\r\n]*={0,2}\s*$/.test(base64)) throw new ApiError('文件内容有误', ['base64：不是有效的 base64 编码']);
  return Buffer.from(base64, 'base64');
}

/**
 * The bytes written under their own name into a private folder of their own under `under` (two files
 * of a pick may have the same name); the caller removes it. An ApiError if `base64` is not base64.
 */
export function writeUpload(name: string, base64: string, under: string): string {
  const bytes = uploadBytes(base64);
  const dir = mkdtempSync(join(under, 'wengao-upload-'));
  try {
    const path = join(dir, uploadName(name));
    writeFileSync(path, bytes);
    return path;
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}
