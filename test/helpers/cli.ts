// Runs the real `wengao` command as a user would, in a child process.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../main/services/library-files.ts';

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function wengao(args: string[], env: NodeJS.ProcessEnv = {}): CliResult {
  const r = spawnSync(process.execPath, [join(PACKAGE_ROOT, 'bin', 'wengao.cjs'), ...args], {
    cwd: PACKAGE_ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
