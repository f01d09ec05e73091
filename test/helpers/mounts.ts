// Real file systems for the failure tests: a size-limited tmpfs (a full disk) and a folder that
// cannot be written (a read-only mount, or chmod 0555 when not root). As root, permission bits do
// not bind, so a read-only folder needs a read-only mount. Mounting needs root (CAP_SYS_ADMIN):
// when it is refused, the helpers throw and the test fails with that reason; they never skip.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync } from 'node:fs';

export function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function run(cmd: string, args: string[]): void {
  try {
    execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    const e = err as { stderr?: Buffer; message: string };
    throw new Error(`${cmd} ${args.join(' ')} failed: ${e.stderr?.toString().trim() || e.message}`, { cause: err });
  }
}

/** Mounts a tmpfs of `size` (e.g. '1m', '4m') at `dir`, creating it. Throws, saying why, if not permitted. */
export function mountTmpfs(dir: string, size: string): void {
  mkdirSync(dir, { recursive: true });
  try {
    run('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]);
  } catch (err) {
    throw new Error(
      `Cannot mount a ${size} tmpfs at ${dir}, so this file-system test cannot run (it needs root or CAP_SYS_ADMIN; uid ${process.getuid?.()}). ` +
        `It fails rather than skipping. ${(err as Error).message}`,
      { cause: err },
    );
  }
}

/** Remounts a mounted tmpfs read-only or read-write (every file on it must be closed to go read-only). */
export function remount(dir: string, mode: 'ro' | 'rw'): void {
  run('mount', ['-o', `remount,${mode}`, dir]);
}

/** Unmounts `dir`; if something still holds it open, detaches it lazily so no mount is left behind. */
export function unmount(dir: string): void {
  try {
    run('umount', [dir]);
  } catch {
    run('umount', ['-l', dir]);
  }
}

/** A folder that can be made unwritable and writable again, by the means that binds for this user. */
export interface ReadOnlyFolder {
  dir: string;
  how: 'tmpfs remounted read-only' | 'chmod 0555';
  lock(): void;
  unlock(): void;
  /** Unlocks and unmounts; safe to call twice. */
  dispose(): void;
}

export function readOnlyFolder(dir: string): ReadOnlyFolder {
  mkdirSync(dir, { recursive: true });
  if (isRoot()) {
    mountTmpfs(dir, '4m');
    let mounted = true;
    let locked = false;
    return {
      dir,
      how: 'tmpfs remounted read-only',
      lock: () => {
        remount(dir, 'ro');
        locked = true;
      },
      unlock: () => {
        if (locked) remount(dir, 'rw');
        locked = false;
      },
      dispose: () => {
        if (mounted) unmount(dir);
        mounted = false;
        locked = false;
      },
    };
  }
  return {
    dir,
    how: 'chmod 0555',
    lock: () => chmodSync(dir, 0o555),
    unlock: () => chmodSync(dir, 0o755),
    dispose: () => chmodSync(dir, 0o755),
  };
}
