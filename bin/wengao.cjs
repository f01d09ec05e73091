#!/usr/bin/env node
// Entry of the `wengao` command. It runs the prebuilt bundle out/cli/cli.cjs, or draft.cjs for the
// drafting commands (scripts/build-bundles.mjs, made by the prepare step of `npm ci`) from V8's code cache (scripts/code-cache.cjs), so no
// TypeScript is compiled at start and little JavaScript. When a source file is
// newer than the bundle (a checkout that moved on) or the bundle is missing, it is rebuilt first;
// should that fail, the TypeScript sources run through tsx, slower but the same.
// A command a resident process can run (scripts/resident-client.cjs) is sent to this installation's
// resident process when one answers; when none does, it runs here as above, and a resident process
// is then started in the background for the next command. WENGAO_NO_DAEMON=1 or --no-daemon: never.
// This file and the helpers it requires are CommonJS: an ES module entry would start Node's
// ES module loader, a tenth of a command's time.
'use strict';
const { readFileSync, writeSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');

const root = join(__dirname, '..');
const resident = require('../scripts/resident-client.cjs');
const { args, noDaemon } = resident.withoutFlag(process.argv.slice(2));
// `wengao import` (never resident) analyses its files cold in a process that lives for seconds, in
// two threads that each warm the analysis up: inlining in V8's optimising compiler, which runs on
// the same two cores, costs more there than the inlined code saves before the process ends (the
// first 4 MB of a collection: 17 % less CPU without it, the same after). Set before anything is
// compiled; the code cache of the command is made under the same flags (V8 checks them).
if (args[0] === 'import') require('node:v8').setFlagsFromString('--no-turbo-inlining');
/** Whether this command may go to (or start) a resident process. */
const viaResident = !noDaemon && !resident.disabledByEnv() && resident.served(args);

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

/** Loads the bundle's script for `command` from its code cache (scripts/code-cache.cjs). */
function load(command, script) {
  const { loadScript } = require('../scripts/code-cache.cjs');
  // The script's import.meta.url: a module beside it, where its worker and compiled library are.
  return loadScript(join(root, 'out', 'cli', script), command, pathToFileURL(join(root, 'out', 'cli', 'main.mjs')).href);
}

async function run() {
  if (viaResident) {
    const code = await resident.runResident(root, args);
    // Printed with synchronous writes: nothing is left to wait for (Windows writes a pipe later).
    if (code !== undefined && process.platform !== 'win32') process.exit(code);
    if (code !== undefined) return void (process.exitCode = code);
  }
  if (await bundleReady()) {
    const loaded = load(args[0], DRAFT_SCRIPT_COMMANDS.includes(args[0]) ? 'draft.cjs' : 'cli.cjs');
    process.exitCode = await loaded.exports.main(args, { cacheDir: loaded.cacheDir });
    if (process.exitCode === 0) loaded.succeeded();
    // Done and printed: the next command need not start from nothing.
    if (viaResident) resident.startResident(root, args);
  } else {
    const { register } = await import('tsx/esm/api');
    register();
    const { main } = await import(pathToFileURL(join(root, 'main', 'cli', 'main.ts')).href);
    process.exitCode = await main(args);
  }
}

/** `wengao daemon status|stop|start`, and `serve`: be the resident process (what start runs, detached). */
async function daemon(sub) {
  if (sub !== 'serve') {
    const [text, code] = await resident.daemonCommand(root, sub);
    resident.writeOut(code === 0 ? 1 : 2, text);
    return void (process.exitCode = code);
  }
  const where = resident.place(root);
  const build = (await bundleReady()) && resident.buildOf(root);
  if (!where || !build) return void (process.exitCode = 1);
  const loaded = load('daemon', 'cli.cjs');
  const fresh = require('../scripts/bundle-fresh.cjs').freshnessWatch('cli');
  await loaded.exports.serve({ socket: where.socket, build, fresh, served: resident.served, cacheDir: loaded.cacheDir });
  loaded.succeeded();
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
} else if (args[0] === 'daemon') {
  void daemon(args[1]);
} else {
  void run();
}
