// Where the database lives: --data-dir, then WENGAO_DATA_DIR, then the user's data folder.
import { homedir } from 'node:os';
import { join } from 'node:path';

export const DB_FILE = 'wengao.db';

export function defaultDataDir(): string {
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Wengao');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Wengao');
  return join(process.env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'wengao');
}

export function dataDir(flag?: string): string {
  return flag ?? process.env.WENGAO_DATA_DIR ?? defaultDataDir();
}

export function databasePath(flag?: string): string {
  return join(dataDir(flag), DB_FILE);
}
