// LibreOffice, where it is installed, converts what only it reads well (old Word with automatic
// numbering, WPS) into a .docx for our reader. Found at run time: WENGAO_SOFFICE (a path, or 'off'),
// else `soffice`/`libreoffice` on PATH, else the usual install folders on Windows and macOS.
// Each conversion runs headless with a profile of its own, so that a LibreOffice the user has open
// is neither disturbed nor waited for; its folder is removed afterwards whatever happens.
import { spawn, type ChildProcess } from 'node:child_process';
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

/**
 * What stands between the reading thread and LibreOffice: a small Node program (argv: the temporary
 * folder, then LibreOffice and its arguments) that starts LibreOffice in a process group of its own,
 * prints a line when it ends, and at the end of its standard input kills the group (LibreOffice starts
 * soffice.bin under it) and removes the folder. The reading thread ends that input when it has read
 * the result; and when the thread is ended mid-conversion (its read budget, 取消, the app closing)
 * or the whole process dies, the pipe closes by itself. A LibreOffice started directly outlived all
 * of those: it ran on to its own time limit, its folder left behind.
 */
const WATCHDOG = `
const { spawn, spawnSync } = require('node:child_process');
const { rmSync } = require('node:fs');
const [dir, program, ...args] = process.argv.slice(1);
const windows = process.platform === 'win32';
let running = true;
// Its reader may be gone (the thread ended): a write then fails, and must not end this program.
process.stdout.on('error', () => {});
const ended = () => { running = false; process.stdout.write('ended\\n'); };
// LibreOffice's own temporary files (lu*.tmp) go into the folder too.
const env = { ...process.env, TMPDIR: dir, TMP: dir, TEMP: dir };
const child = spawn(program, args, { stdio: 'ignore', detached: !windows, windowsHide: true, env });
child.on('error', ended);
child.on('exit', ended);
const end = () => {
  try {
    if (windows) spawnSync('taskkill', ['/pid', String(child.pid), '/T', '/F'], { windowsHide: true });
    else process.kill(-child.pid, 'SIGKILL');
  } catch {}
  const started = Date.now();
  const remove = () => {
    if (running && Date.now() - started < 3000) return setTimeout(remove, 50);
    try { rmSync(dir, { recursive: true, force: true, maxRetries: 5 }); } catch {}
    process.exit(0);
  };
  remove();
};
process.stdin.on('end', end);
process.stdin.on('error', end);
process.stdin.resume();
`;

/** A document's bytes converted to .docx by LibreOffice; undefined when the conversion fails. */
export async function convertToDocx(soffice: string, bytes: Uint8Array, extension: string): Promise<Uint8Array | undefined> {
  const dir = mkdtempSync(join(tmpdir(), 'wengao-convert-'));
  let watchdog: ChildProcess | undefined;
  try {
    const input = join(dir, `input.${extension}`);
    writeFileSync(input, bytes);
    const args = [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--norestore', '--nologo', '--convert-to', 'docx', '--outdir', dir, input];
    const env: NodeJS.ProcessEnv = { ...process.env, ELECTRON_RUN_AS_NODE: '1' };
    delete env.NODE_OPTIONS; // no loader of a test runner: the program above is plain CommonJS
    watchdog = spawn(process.execPath, ['-e', WATCHDOG, '--', dir, soffice, ...args], { stdio: ['pipe', 'pipe', 'ignore'], env, windowsHide: true });
    const running = watchdog;
    // Gone before its input is ended (it failed to start): nothing to tell it.
    running.stdin!.on('error', () => undefined);
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, CONVERT_TIMEOUT_MS);
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      running.stdout!.once('data', done);
      running.once('exit', done);
      running.once('error', done);
    });
    const output = join(dir, 'input.docx');
    return existsSync(output) ? new Uint8Array(readFileSync(output)) : undefined;
  } catch {
    return undefined;
  } finally {
    await finish(watchdog, dir);
  }
}

/** Ends the conversion (its watchdog kills what is left of LibreOffice and removes the folder) and waits for that. */
async function finish(watchdog: ChildProcess | undefined, dir: string): Promise<void> {
  if (watchdog && watchdog.exitCode === null && watchdog.signalCode === null && watchdog.pid !== undefined) {
    await new Promise<void>((resolve) => {
      // It exits once the folder is removed; should it hang, the folder is removed here after a while.
      const timer = setTimeout(resolve, 5000);
      watchdog.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      watchdog.stdin!.end();
    });
  }
  // The watchdog never started, or is gone without cleaning up: the folder is removed here.
  rmSync(dir, { recursive: true, force: true });
}
