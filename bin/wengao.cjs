#!/usr/bin/env node
// Entry of the `wengao` command. It runs the prebuilt bundle out/cli/cli.cjs, or draft.cjs for the
// drafting commands (scripts/build-bundles.mjs, made by the prepare step of `npm ci`) from V8's code cache (scripts/code-cache.cjs), so no
// TypeScript is compiled at start and little JavaScript. When a source file is
// newer than the bundle (a checkout that moved on) or the bundle is missing, it is rebuilt first;
// should that fail, the TypeScript sources run through tsx, slower but the same.
// This file and the two helpers it requires are CommonJS: an ES module entry would start Node's
// ES module loader, a tenth of a command's time.
'use strict';
const { readFileSync, writeSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');

const root = join(__dirname, '..');
const args = process.argv.slice(2);

/**
 * The commands that run from out/cli/draft.cjs, the drafting commands' own script
 * (main/cli/draft-main.ts DRAFTING_COMMANDS): a third of the size of cli.cjs, which has them all.
 */
const DRAFT_SCRIPT_COMMANDS = ['draft', 'check', 'templates'];

/** Whether the prebuilt bundle is there and fresh, rebuilt if need be; false when only the sources can run. */
async function bundleReady() {
  if (require('../scripts/bundle-fresh.cjs').isFresh('cli')) return true;
  try {
    const { buildBundle } = await import(pathToFileURL(join(root, 'scripts', 'build-bundles.mjs')).href);
    await buildBundle('cli');
    return true;
  } catch {
    return false;
  }
}

async function run() {
  if (await bundleReady()) {
    const { loadScript } = require('../scripts/code-cache.cjs');
    // The script's import.meta.url: a module beside it, where its worker and compiled library are.
    const script = DRAFT_SCRIPT_COMMANDS.includes(args[0]) ? 'draft.cjs' : 'cli.cjs';
    const loaded = loadScript(join(root, 'out', 'cli', script), args[0], pathToFileURL(join(root, 'out', 'cli', 'main.mjs')).href);
    process.exitCode = await loaded.exports.main(args, { cacheDir: loaded.cacheDir });
    if (process.exitCode === 0) loaded.succeeded();
  } else {
    const { register } = await import('tsx/esm/api');
    register();
    const { main } = await import(pathToFileURL(join(root, 'main', 'cli', 'main.ts')).href);
    process.exitCode = await main(args);
  }
}

exports.DRAFT_SCRIPT_COMMANDS = DRAFT_SCRIPT_COMMANDS;

if (require.main !== module) {
  // Required by a test for its list of commands: nothing to run.
} else if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  // Straight to the descriptor, as the commands print (main/cli/stdio.ts): process.stdout is a
  // stream Node builds on first use, a tenth of this process's time.
  if (process.platform === 'win32') process.stdout.write(`wengao ${version}\n`);
  else writeSync(1, `wengao ${version}\n`);
} else {
  void run();
}
