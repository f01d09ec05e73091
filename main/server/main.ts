// Browser mode from the command line:
//   node --import tsx/esm main/server/main.ts [--port N] [--data-dir D] [--no-build]
// Builds the renderer when out/renderer is missing or older than renderer/, starts the loopback
// server, prints one line with the address and its token, and runs until SIGINT/SIGTERM.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { PACKAGE_ROOT } from '../services/library-files.ts';
import { startServer } from './server.ts';

const BUILT_INDEX = join(PACKAGE_ROOT, 'out', 'renderer', 'index.html');
const BUILD_SCRIPT = join(PACKAGE_ROOT, 'scripts', 'build-renderer.mjs');
const USAGE_TEXT = join(PACKAGE_ROOT, 'scripts', 'start-usage.mjs');

/** The usage `npm start -- --help` prints (one text, scripts/start-usage.mjs); a line when it is not there. */
async function usage(): Promise<string> {
  try {
    return ((await import(pathToFileURL(USAGE_TEXT).href)) as { START_USAGE: string }).START_USAGE;
  } catch {
    return '用法：npm start -- [--browser] [--port 端口] [--data-dir 文件夹]\n';
  }
}

interface BuildScript {
  rendererStale?: () => boolean;
  buildRenderer?: () => Promise<unknown>;
}

/** Rebuilds the renderer when it is missing or older than its sources (the build script decides). */
async function buildRendererIfNeeded(): Promise<void> {
  if (!existsSync(BUILD_SCRIPT)) {
    if (!existsSync(BUILT_INDEX)) process.stderr.write('未找到界面构建脚本（scripts/build-renderer.mjs），将显示「界面尚未构建」页面。\n');
    return;
  }
  try {
    const mod = (await import(pathToFileURL(BUILD_SCRIPT).href)) as BuildScript;
    if (typeof mod.buildRenderer !== 'function' || typeof mod.rendererStale !== 'function') throw new Error('scripts/build-renderer.mjs 没有导出 buildRenderer 和 rendererStale');
    if (mod.rendererStale()) await mod.buildRenderer();
  } catch (err) {
    process.stderr.write(`界面构建失败：${err instanceof Error ? err.message : String(err)}\n`);
    if (!existsSync(BUILT_INDEX)) process.stderr.write('将显示「界面尚未构建」页面。\n');
  }
}

/** The options, read strictly; an unknown one or a missing value is said in Chinese (main prints it with the usage, exit 2). */
function options() {
  try {
    return parseArgs({
      options: {
        port: { type: 'string' },
        'data-dir': { type: 'string' },
        'no-build': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }).values;
  } catch (err) {
    const code = (err as { code?: string }).code;
    const option = /'([^']+)'/.exec(err instanceof Error ? err.message : '')?.[1] ?? '';
    const said =
      code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
        ? `不认识的选项“${option}”`
        : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
          ? `选项“${option.split(' ')[0]}”后面缺少要填的值`
          : code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL'
            ? `多余的参数“${option}”`
            : '选项有误';
    return { error: said };
  }
}

async function main(): Promise<void> {
  const values = options();
  if ('error' in values) {
    process.stderr.write(`文稿台无法启动：${values.error}。\n\n${await usage()}`);
    process.exit(2);
  }
  if (values.help) {
    process.stdout.write(await usage());
    return;
  }
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
