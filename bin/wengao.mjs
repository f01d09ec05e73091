#!/usr/bin/env node
// Entry of the `wengao` command. It runs the prebuilt bundle out/cli/cli.cjs (scripts/build-bundles.mjs,
// made by the prepare step of `npm ci`) from V8's code cache (scripts/code-cache.mjs), so no
// TypeScript is compiled at start and little JavaScript. When a source file is
// newer than the bundle (a checkout that moved on) or the bundle is missing, it is rebuilt first;
// should that fail, the TypeScript sources run through tsx, slower but the same.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isFresh } from '../scripts/bundle-fresh.mjs';

const root = new URL('../', import.meta.url);
const args = process.argv.slice(2);

if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
  process.stdout.write(`wengao ${version}\n`);
  process.exit(0);
}

// `wengao search … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

const script = new URL('out/cli/cli.cjs', root);

/** Whether the prebuilt bundle is there and fresh, rebuilt if need be; false when only the sources can run. */
async function bundleReady() {
  if (isFresh('cli')) return true;
  try {
    const { buildBundle } = await import('../scripts/build-bundles.mjs');
    await buildBundle('cli');
    return true;
  } catch {
    return false;
  }
}

if (await bundleReady()) {
  const { loadScript } = await import('../scripts/code-cache.mjs');
  // The script's import.meta.url: a module beside it, where its worker and compiled library are.
  const loaded = loadScript(fileURLToPath(script), args[0], new URL('out/cli/main.mjs', root).href);
  process.exitCode = await loaded.exports.main(args);
  if (process.exitCode === 0) loaded.succeeded();
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import(new URL('main/cli/main.ts', root).href);
  process.exitCode = await main(args);
}
