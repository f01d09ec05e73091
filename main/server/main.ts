// Browser mode from the command line:
//   node --import tsx/esm main/server/main.ts [--port N] [--data-dir D] [--no-build]
// Builds the renderer when out/renderer is missing or older than renderer/, starts the loopback
// server, prints one line with the address and its token, and runs until SIGINT/SIGTERM.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { PACKAGE_ROOT } from '../services/library-files.ts';
import { startServer } from './server.ts';

const RENDERER_SRC = join(PACKAGE_ROOT, 'renderer');
const BUILT_INDEX = join(PACKAGE_ROOT, 'out', 'renderer', 'index.html');
const BUILD_SCRIPT = join(PACKAGE_ROOT, 'scripts', 'build-renderer.mjs');

/** The newest modification time of any file under `dir`. */
function newest(dir: string): number {
  let max = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) max = Math.max(max, newest(path));
    else if (entry.isFile()) max = Math.max(max, statSync(path).mtimeMs);
  }
  return max;
}

/** True when the built renderer is missing or older than its sources (core/ included: it is bundled). */
export function rendererStale(): boolean {
  if (!existsSync(BUILT_INDEX)) return true;
  const built = statSync(BUILT_INDEX).mtimeMs;
  return [RENDERER_SRC, join(PACKAGE_ROOT, 'core')].some((dir) => existsSync(dir) && newest(dir) > built);
}

async function buildRendererIfNeeded(): Promise<void> {
  if (!rendererStale()) return;
  if (!existsSync(BUILD_SCRIPT)) {
    process.stderr.write('未找到界面构建脚本（scripts/build-renderer.mjs），将显示「界面尚未构建」页面。\n');
    return;
  }
  try {
    const mod = (await import(pathToFileURL(BUILD_SCRIPT).href)) as { buildRenderer?: () => Promise<unknown> };
    if (typeof mod.buildRenderer !== 'function') throw new Error('scripts/build-renderer.mjs 没有导出 buildRenderer');
    await mod.buildRenderer();
  } catch (err) {
    process.stderr.write(`界面构建失败：${err instanceof Error ? err.message : String(err)}\n`);
    if (!existsSync(BUILT_INDEX)) process.stderr.write('将显示「界面尚未构建」页面。\n');
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      'no-build': { type: 'boolean', default: false },
    },
    strict: true,
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`端口应为 0 到 65535 之间的整数，实际为“${values.port}”\n`);
    process.exit(2);
  }
  if (!values['no-build']) await buildRendererIfNeeded();
  const server = await startServer({ dataDir: values['data-dir'], port });
  process.stdout.write(`文稿台已在浏览器模式启动：${server.openUrl}\n`);

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  const message = err instanceof Error ? err.message : String(err);
  const code = (err as { code?: string }).code;
  if (code === 'EADDRINUSE') process.stderr.write('端口已被占用，请换一个端口（--port）或不指定端口。\n');
  else process.stderr.write(`文稿台无法启动：${message}\n`);
  process.exit(1);
});
