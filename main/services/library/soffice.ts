// LibreOffice, where it is installed, converts what only it reads well (old Word with automatic
// numbering, WPS) into a .docx for our reader. Found at run time: WENGAO_SOFFICE (a path, or 'off'),
// else `soffice`/`libreoffice` on PATH, else the usual install folders on Windows and macOS.
// Each conversion runs headless with a profile of its own, so that a LibreOffice the user has open
// is neither disturbed nor waited for; its folder is removed afterwards whatever happens.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** A conversion that takes longer than this is abandoned (the built-in reader is used instead). */
export const CONVERT_TIMEOUT_MS = 120_000;

let found: string | null | undefined;

/** The LibreOffice program, or null when there is none (or WENGAO_SOFFICE=off). */
export function findSoffice(): string | null {
  const env = process.env.WENGAO_SOFFICE;
  if (env) return env === 'off' || !existsSync(env) ? null : env;
  if (found !== undefined) return found;
  const names = process.platform === 'win32' ? ['soffice.exe'] : ['soffice', 'libreoffice'];
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  if (process.platform === 'win32') {
    for (const base of [process.env.ProgramFiles, process.env['ProgramFiles(x86)']]) if (base) dirs.push(join(base, 'LibreOffice', 'program'));
  }
  if (process.platform === 'darwin') dirs.push('/Applications/LibreOffice.app/Contents/MacOS');
  for (const dir of dirs) for (const name of names) if (existsSync(join(dir, name))) return (found = join(dir, name));
  return (found = null);
}

/** A document's bytes converted to .docx by LibreOffice; undefined when the conversion fails. */
export async function convertToDocx(soffice: string, bytes: Uint8Array, extension: string): Promise<Uint8Array | undefined> {
  const dir = mkdtempSync(join(tmpdir(), 'wengao-convert-'));
  try {
    const input = join(dir, `input.${extension}`);
    writeFileSync(input, bytes);
    const args = [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--norestore', '--nologo', '--convert-to', 'docx', '--outdir', dir, input];
    await new Promise<void>((resolve) => {
      execFile(soffice, args, { timeout: CONVERT_TIMEOUT_MS, windowsHide: true }, () => resolve());
    });
    const output = join(dir, 'input.docx');
    return existsSync(output) ? new Uint8Array(readFileSync(output)) : undefined;
  } catch {
    return undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
