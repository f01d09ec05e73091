// Runs before `npm test` (pretest) and in CI: installs what the tests need and is missing, so that
// `npm test` works on a fresh Debian machine. The tests use real components — LibreOffice prints
// the .docx, poppler reads the PDF, Debian's Chromium runs the UI, ripgrep is the search baseline —
// so those come from apt-get (as root), and the npm packages from `npm ci`. On a machine where
// apt-get cannot be used, it names what to install and stops.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { has, installMissing, run } from './debian-packages.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// The Word round-trip tests drive LibreOffice through UNO (test/helpers/lo_uno.py) with Debian's python3.
const hasPythonUno = () => spawnSync('/usr/bin/python3', ['-c', 'import uno'], { stdio: 'ignore' }).status === 0;
const hasCjkFont = () => spawnSync('sh', ['-c', "fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'"], { stdio: 'ignore' }).status === 0;

/** Debian package → how to tell it is there. */
const PACKAGES = [
  ['libreoffice-writer-nogui', () => has('soffice')],
  ['poppler-utils', () => has('pdftotext')],
  ['ripgrep', () => has('rg')],
  ['fonts-noto-cjk', hasCjkFont],
  ['chromium', () => existsSync('/usr/bin/chromium')],
  ['python3-uno', hasPythonUno],
];

const missing = installMissing(PACKAGES, 'test-deps');
if (missing.length > 0) {
  console.error(`测试需要以下软件包：${missing.join(' ')}。请以管理员身份安装（apt-get install ${missing.join(' ')}）后重试。`);
  process.exit(1);
}

// Electron's binary comes from the internet, which our machines do not reach; the tests run main
// under Node and the renderer in Chromium, so Electron's types are all they need.
if (!existsSync(join(root, 'node_modules', '.package-lock.json'))) {
  console.log('test-deps: npm ci');
  if (!run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, env: { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } })) process.exit(1);
}
