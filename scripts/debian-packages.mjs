// Debian packages a task needs (the tests, the benchmarks): which are missing, and installing them
// with apt-get as root. Shared by test-deps.mjs (pretest) and bench-deps.mjs (prebench).
import { spawnSync } from 'node:child_process';

/** Whether `command` is on the PATH. */
export const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

/** Runs a command in the foreground (its output shown); true when it succeeded. */
export function run(command, args, { cwd, env = {} } = {}) {
  const r = spawnSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive', ...env } });
  return r.status === 0;
}

/**
 * Installs the packages of `packages` ([name, isPresent]) that are missing. Returns the names still
 * missing afterwards: all of them when apt-get cannot be used here (not root, not Debian).
 */
export function installMissing(packages, who) {
  const missing = packages.filter(([, present]) => !present()).map(([name]) => name);
  if (missing.length === 0) return [];
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !has('apt-get')) return missing;
  console.log(`${who}: installing ${missing.join(' ')}`);
  if (!run('apt-get', ['update', '-qq']) || !run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing])) return missing;
  return packages.filter(([, present]) => !present()).map(([name]) => name);
}
