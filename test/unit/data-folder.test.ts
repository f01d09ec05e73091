// One data folder: the command line, browser mode and the desktop app resolve the same database
// file, by flag, by WENGAO_DATA_DIR and by default; a database left in the old desktop location
// (Electron's userData) is moved over once, with a message, and its documents are all there.
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chooseDatabase } from '../../main/electron/data.ts';
import { startServer } from '../../main/server/server.ts';
import { databasePath, DB_FILE } from '../../main/services/store/paths.ts';
import { Store } from '../../main/services/store/store.ts';
import { wengao } from '../helpers/cli.ts';

const root = realpathSync(mkdtempSync(join(tmpdir(), 'wengao-data-folder-')));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A user's environment: their home, no data-folder variables of ours or the test machine's. */
function userEnv(home: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, ...extra };
  for (const name of ['WENGAO_DATA_DIR', 'XDG_DATA_HOME', 'XDG_CONFIG_HOME', 'APPDATA']) if (!(name in extra)) delete env[name];
  return env;
}

/** The database file each shell opens in `env` (and with `flag`). */
async function shells(env: NodeJS.ProcessEnv, flag?: string): Promise<{ cli: string; server: string; desktop: string }> {
  const args = flag ? ['--data-dir', flag] : [];
  const listed = wengao(['list', '--json', ...args], { ...env, WENGAO_DATA_DIR: env.WENGAO_DATA_DIR ?? '' });
  expect(listed.status, listed.stderr).toBe(0);
  const saved = { ...process.env };
  let server: string;
  try {
    for (const k of Object.keys(process.env)) if (!(k in env)) delete process.env[k];
    Object.assign(process.env, env);
    const srv = await startServer({ ...(flag ? { dataDir: flag } : {}), port: 0, staticDir: root, log: () => {} });
    server = srv.store.path;
    await srv.close();
  } finally {
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  }
  const desktop = chooseDatabase(['electron', '.', ...args], env).path;
  const cli = databasePath(flag, { env, platform: process.platform, home: env.HOME });
  return { cli, server, desktop };
}

describe('one data folder for the three shells', () => {
  it('by default, by WENGAO_DATA_DIR and by --data-dir, all three open the same file', async () => {
    const home = join(root, 'home-a');
    mkdirSync(home);
    const byDefault = await shells(userEnv(home));
    expect(byDefault.cli).toBe(join(home, '.local', 'share', 'wengao', DB_FILE));
    expect(byDefault.server).toBe(byDefault.cli);
    expect(byDefault.desktop).toBe(byDefault.cli);
    // The CLI really created its database there (not in ~/.config, where Electron keeps userData).
    expect(existsSync(byDefault.cli)).toBe(true);

    const chosen = join(root, 'chosen');
    const byEnv = await shells(userEnv(home, { WENGAO_DATA_DIR: chosen }));
    expect([byEnv.server, byEnv.desktop]).toEqual([join(chosen, DB_FILE), join(chosen, DB_FILE)]);
    expect(existsSync(join(chosen, DB_FILE))).toBe(true);

    const flagged = join(root, 'flagged');
    const byFlag = await shells(userEnv(home, { WENGAO_DATA_DIR: chosen }), flagged);
    expect([byFlag.server, byFlag.desktop]).toEqual([join(flagged, DB_FILE), join(flagged, DB_FILE)]);
    expect(existsSync(join(flagged, DB_FILE))).toBe(true);
  });

  it('moves an old desktop database from Electron’s userData once, says so, and keeps its documents', () => {
    const home = join(root, 'home-b');
    const legacy = join(home, '.config', '文稿台');
    mkdirSync(legacy, { recursive: true });
    const old = new Store(join(legacy, DB_FILE));
    old.createDocument({ kind: 'speech', template: 'text', seed: 0, title: [{ text: '桌面版里写的讲话' }], blocks: [] }, 'imported', { label: '导入' });
    old.close();

    const first = wengao(['list'], userEnv(home));
    expect(first.status, first.stderr).toBe(0);
    expect(first.stderr).toContain(`已将桌面版文稿台的数据从 ${legacy} 移到`);
    expect(first.stdout).toContain('桌面版里写的讲话');
    expect(existsSync(join(legacy, DB_FILE))).toBe(false);
    expect(existsSync(join(home, '.local', 'share', 'wengao', DB_FILE))).toBe(true);

    const again = wengao(['list'], userEnv(home));
    expect(again.stderr).toBe('');
    expect(again.stdout).toContain('桌面版里写的讲话');
    expect(chooseDatabase(['electron', '.'], userEnv(home))).toEqual({ path: join(home, '.local', 'share', 'wengao', DB_FILE) });
  });
});
