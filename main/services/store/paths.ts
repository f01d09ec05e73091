// Where the database lives, for all three shells (desktop app, browser mode, command line): the
// --data-dir flag, then WENGAO_DATA_DIR, then the platform's user data folder. One resolver, so the
// app and `wengao list` always show the same documents.
//
// Earlier desktop builds kept the database in Electron's userData folder (on Linux ~/.config/文稿台
// or ~/.config/wengao), not in the shared folder the CLI uses (~/.local/share/wengao). When the
// shared folder has no database and one of those has, it is moved over once (with its -wal and -shm
// files), and the shell tells the user where it went.
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const DB_FILE = 'wengao.db';

/** What the resolver reads: the flag, the environment, the platform (tests pass their own). */
export interface PlaceRequest {
  flag?: string;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  home?: string;
}

/** The user's home: HOME of the environment given (so a shell and its tests agree), else the OS's. */
function homeOf(env: NodeJS.ProcessEnv): string {
  return env.HOME || homedir();
}

export function defaultDataDir({ env = process.env, platform = process.platform, home = homeOf(env) }: PlaceRequest = {}): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Wengao');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Wengao');
  return join(env.XDG_DATA_HOME || join(home, '.local', 'share'), 'wengao');
}

export function dataDir(flag?: string, request: PlaceRequest = {}): string {
  const env = request.env ?? process.env;
  return flag || env.WENGAO_DATA_DIR || defaultDataDir(request);
}

export function databasePath(flag?: string, request: PlaceRequest = {}): string {
  return join(dataDir(flag, request), DB_FILE);
}

/** The folders Electron's userData was for this app: the packaged name and the development name. */
export function legacyDesktopDirs({ env = process.env, platform = process.platform, home = homeOf(env) }: PlaceRequest = {}): string[] {
  const appData =
    platform === 'win32'
      ? (env.APPDATA ?? join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? join(home, 'Library', 'Application Support')
        : env.XDG_CONFIG_HOME || join(home, '.config');
  return ['文稿台', 'wengao'].map((name) => join(appData, name));
}

function move(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (err) {
    // Another disk: copy, then remove the original only once the copy is whole.
    if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
    copyFileSync(from, to);
    rmSync(from);
  }
}

/**
 * The database path for a shell, after moving an old desktop database into the default folder when
 * that folder has none. `notice` (Chinese) says what was moved, for the shell to show once. With a
 * flag or WENGAO_DATA_DIR nothing is moved: the user chose the folder.
 */
export function resolveDatabase(request: PlaceRequest = {}): { path: string; notice?: string } {
  const path = databasePath(request.flag, request);
  const env = request.env ?? process.env;
  if (request.flag || env.WENGAO_DATA_DIR || existsSync(path)) return { path };
  const legacy = legacyDesktopDirs(request).find((dir) => existsSync(join(dir, DB_FILE)));
  if (!legacy) return { path };
  const target = dataDir(undefined, request);
  mkdirSync(target, { recursive: true });
  // The main file last: until it is there, the move can simply be made again.
  for (const suffix of ['-wal', '-shm', '']) {
    const from = join(legacy, DB_FILE + suffix);
    if (existsSync(from)) move(from, join(target, DB_FILE + suffix));
  }
  return { path, notice: `已将桌面版文稿台的数据从 ${legacy} 移到 ${target}，桌面版和命令行从此使用同一个数据库。` };
}
