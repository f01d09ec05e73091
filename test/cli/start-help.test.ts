// `npm start -- --help` says how to start the app, in Chinese, as `wengao --help` does (the outside
// tester's item 14, session 16: it answered 「文稿台无法启动：Unknown option '--help'」 in English), and
// starts nothing; an option browser mode does not know is named in Chinese, with the usage.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../main/services/library-files.ts';

const run = (command: string, args: string[]) => spawnSync(command, args, { cwd: PACKAGE_ROOT, encoding: 'utf8', timeout: 60_000 });

describe('npm start -- --help', () => {
  it('prints the usage in Chinese and exits 0 without starting anything', () => {
    const r = run('npm', ['start', '--silent', '--', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('用法：npm start');
    for (const option of ['--browser', '--port', '--data-dir']) expect(r.stdout).toContain(option);
    expect(r.stdout + r.stderr).not.toMatch(/Unknown option|已在浏览器模式启动|正在安装/);
  });

  it('browser mode names an option it does not know in Chinese, with the usage, and exits 2', () => {
    const r = run(process.execPath, ['--import', 'tsx/esm', join(PACKAGE_ROOT, 'main', 'server', 'main.ts'), '--no-build', '--data-folder', '/tmp/x']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('文稿台无法启动：不认识的选项“--data-folder”');
    expect(r.stderr).toContain('--data-dir');
    expect(r.stderr).not.toMatch(/Unknown option/);
  });
});
