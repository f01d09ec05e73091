#!/usr/bin/env node
// Entry of the `wengao` command. It runs the prebuilt bundle out/cli/main.mjs (scripts/build-bundles.mjs,
// made by the prepare step of `npm ci`), so no TypeScript is compiled at start. When a source file is
// newer than the bundle (a checkout that moved on) or the bundle is missing, it is rebuilt first;
// should that fail, the TypeScript sources run through tsx, slower but the same.
import { readFileSync } from 'node:fs';
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

async function entry() {
  const bundle = new URL('out/cli/main.mjs', root).href;
  if (isFresh('cli')) return bundle;
  try {
    const { buildBundle } = await import('../scripts/build-bundles.mjs');
    await buildBundle('cli');
    return bundle;
  } catch {
    const { register } = await import('tsx/esm/api');
    register();
    return new URL('main/cli/main.ts', root).href;
  }
}

const { main } = await import(await entry());
process.exitCode = await main(args);
