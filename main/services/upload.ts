// A file the user picked, as the page hands it over: its name and its bytes (base64 — in browser
// mode the UI never hands main a path).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { ApiError } from '../../core/api.ts';
import { fileName } from './file-names.ts';

/**
 * The bytes written under their own name into a private temporary folder for the readers that take
 * a path (under `under`), removed afterwards whatever happens.
 */
export async function withUploadedFile<T>(name: string, base64: string, use: (path: string) => Promise<T>, under = tmpdir()): Promise<T> {
  if (!/^[A-Za-z0-9+/\r\n]*={0,2}\s*$/.test(base64)) throw new ApiError('文件内容有误', ['base64：不是有效的 base64 编码']);
  const safe = fileName(basename(name.replace(/\\/g, '/')).replace(/\.[^.]*$/, ''), (/\.([A-Za-z0-9]{1,10})$/.exec(name)?.[1] ?? 'txt').toLowerCase());
  const dir = mkdtempSync(join(under, 'wengao-upload-'));
  try {
    const path = join(dir, safe);
    writeFileSync(path, Buffer.from(base64, 'base64'));
    return await use(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
