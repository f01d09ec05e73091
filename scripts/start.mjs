// npm start [-- --browser] [-- --port N] [-- --data-dir D] [-- --help]
// Installs what is missing, then opens the desktop app (Electron), or — when asked with --browser,
// or when the Electron runtime is not installed or cannot show a window (no display) — says why in
// one line and serves browser mode instead (main/server/main.ts), printing the address with its
// token. WENGAO_DATA_DIR chooses the data folder.
//
// better-sqlite3 is a native module: Node and Electron need it built for their own ABI. A marker
// file in node_modules records which one it was last built for, so that switching between the two
// rebuilds it once, not at every start.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isFresh } from './bundle-fresh.cjs';
import { START_USAGE } from './start-usage.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const marker = join(root, 'node_modules', '.wengao-native-abi');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

const args = process.argv.slice(2);
const wantBrowser = args.includes('--browser');
const passOn = args.filter((a) => a !== '--browser');

function run(command, commandArgs, env = {}) {
  const r = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env }, shell: process.platform === 'win32' });
  if (r.error) throw r.error;
  return r.status ?? 1;
}

function installIfMissing() {
  if (existsSync(join(root, 'node_modules'))) return;
  console.log('正在安装依赖（npm ci）……');
  if (run(npm, ['ci'], { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }) !== 0) {
    console.error('依赖安装失败，请检查网络或本地镜像后重试。');
    process.exit(1);
  }
  writeFileSync(marker, 'node\n');
}

/**
 * The Electron binary's path, or why there is none. Read from node_modules/electron/path.txt rather
 * than require('electron'), which tries to download a missing binary (a network call, and slow).
 */
function electronBinary() {
  const why = '未找到 Electron 运行时（本机无法下载），改用浏览器模式。';
  try {
    const pkg = dirname(createRequire(join(root, 'package.json')).resolve('electron/package.json'));
    const pathFile = join(pkg, 'path.txt');
    if (!existsSync(pathFile)) return { why };
    const name = readFileSync(pathFile, 'utf8').trim();
    const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(pkg, 'dist');
    const path = join(dist, name || 'electron');
    return existsSync(path) ? { path } : { why };
  } catch {
    return { why };
  }
}

function noDisplay() {
  return process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
}

function builtFor() {
  try {
    return readFileSync(marker, 'utf8').trim();
  } catch {
    return 'node';
  }
}

/** better-sqlite3 rebuilt for `target` ('node' or 'electron') when it was last built for the other. */
function nativeFor(target) {
  if (builtFor() === target) return true;
  const status = target === 'electron' ? run(npx, ['electron-builder', 'install-app-deps']) : run(npm, ['rebuild', 'better-sqlite3']);
  if (status !== 0) return false;
  if (target === 'node') rmSync(marker, { force: true });
  else writeFileSync(marker, 'electron\n');
  return true;
}

/** The prebuilt browser-mode bundle (rebuilt when a source changed), or the sources through tsx. */
async function serverArgs() {
  const bundle = join(root, 'out', 'server', 'main.mjs');
  try {
    // esbuild is imported only now: at the top it would be missing before the first npm ci.
    if (!isFresh('server')) await (await import('./build-bundles.mjs')).buildBundle('server');
    return [bundle];
  } catch {
    return ['--import', 'tsx/esm', join(root, 'main', 'server', 'main.ts')];
  }
}

async function browserMode(why) {
  if (why) console.log(why);
  if (!nativeFor('node')) {
    console.error('无法为 Node 重新编译 better-sqlite3，浏览器模式无法启动。');
    process.exit(1);
  }
  const child = spawn(process.execPath, [...(await serverArgs()), ...passOn], { cwd: root, stdio: 'inherit' });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function electronMode(binary) {
  // The entry is package.json "main" (out/main/electron/main.js), built with the renderer.
  for (const script of ['build-renderer.mjs', 'build-electron.mjs']) {
    if (run(process.execPath, [join(root, 'scripts', script)]) !== 0) return browserMode('桌面程序构建失败，改用浏览器模式。');
  }
  if (!nativeFor('electron')) return browserMode('无法为 Electron 重新编译 better-sqlite3，改用浏览器模式。');
  const child = spawn(binary, ['.', ...passOn], { cwd: root, stdio: 'inherit' });
  child.on('error', () => browserMode('Electron 无法启动，改用浏览器模式。'));
  child.on('exit', (code) => process.exit(code ?? 0));
}

// --help: the usage in Chinese, before anything is installed, built or started.
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(START_USAGE);
  process.exit(0);
}
installIfMissing();
if (wantBrowser) {
  browserMode('按要求以浏览器模式启动。');
} else {
  const electron = electronBinary();
  if (!electron.path) browserMode(electron.why);
  else if (noDisplay()) browserMode('没有可用的图形显示（未设置 DISPLAY 或 WAYLAND_DISPLAY），改用浏览器模式。');
  else electronMode(electron.path);
}
