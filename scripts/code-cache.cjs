// Runs a prebuilt CommonJS script (out/cli/cli.cjs, draft.cjs) from V8's code cache. A one-command process
// spends much of its life compiling: the script's top level, then every function the first time it
// is called. Node 20 caches none of it (module.enableCompileCache came with Node 22), so this does
// what it does there: the script is compiled with vm.Script and the cache V8 made of it, and after a
// command that succeeded without a usable cache, V8's cache of everything compiled so far — the
// functions that command ran — is written beside the script, one file per script and command, for
// next time.
// V8 checks a cache against the source and its own version and flags, and rejects a stale one; a
// rebuilt bundle is a fresh folder (build-bundles.mjs), so it starts without caches.
// CommonJS, like the command's entry (bin/wengao.cjs): the start needs no ES module loader.
'use strict';
const { isAscii } = require('node:buffer');
const { mkdirSync, readFileSync, renameSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { basename, dirname, join } = require('node:path');
const { pathToFileURL } = require('node:url');
const vm = require('node:vm');

/** The name the script's `import.meta.url` is compiled to (esbuild define); the loader supplies it. */
const SCRIPT_MODULE_URL = '__wengaoModuleUrl';

/**
 * The folder of a script's caches: V8's, and what else a command keeps from one run to the next
 * (main/cli/shell.ts). It goes with the bundle, which a rebuild replaces.
 */
function cacheDir(scriptPath) {
  return join(dirname(scriptPath), 'code-cache');
}

/** The file a script's cache for a command lives in: commands are plain words; anything else shares one cache. */
function cacheFile(scriptPath, command) {
  const name = /^[a-z][a-z-]{0,30}$/.test(command ?? '') ? command : 'other';
  return join(cacheDir(scriptPath), `${basename(scriptPath, '.cjs')}.${name}.bin`);
}

function readCache(file) {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Written whole or not at all; a folder that cannot be written to (an installed package) is no error. */
function writeCache(file, data) {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } catch {
    // Next start compiles again: slower, never wrong.
  }
}

/**
 * Loads `scriptPath` (CommonJS) with the code cache of `command`, and returns its exports and a
 * function to call once the command has succeeded: it writes the cache if there was none to use.
 * `moduleUrl` is what the script sees as import.meta.url.
 */
function loadScript(scriptPath, command, moduleUrl) {
  const file = cacheFile(scriptPath, command);
  const cachedData = readCache(file);
  // The build writes the script as ASCII (build-bundles.mjs asciiScript), read here as one-byte text:
  // a UTF-8 decode of 2 MB took tens of milliseconds. Should a character beyond ASCII slip in, UTF-8.
  // (A script written by the build inside this wrapper and compiled from the text as read was tried:
  // over 1 MB that text is an external string, and V8 then ran a full GC before each exit, 15–60 ms.)
  const bytes = readFileSync(scriptPath);
  const source = isAscii(bytes) ? bytes.latin1Slice(0, bytes.length) : bytes.toString('utf8');
  const wrapper = `(function (exports, require, module, __filename, __dirname, ${SCRIPT_MODULE_URL}) {${source}\n})`;
  const script = new vm.Script(wrapper, {
    filename: pathToFileURL(scriptPath).href,
    cachedData,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const scriptModule = { exports: {} };
  script.runInThisContext()(scriptModule.exports, createRequire(scriptPath), scriptModule, scriptPath, dirname(scriptPath), moduleUrl);
  const usable = cachedData !== undefined && !script.cachedDataRejected;
  return {
    exports: scriptModule.exports,
    /** Where the command may keep what it learnt for the next run (main/cli/shell.ts). */
    cacheDir: cacheDir(scriptPath),
    /** Whether V8 took the cache (for the tests; a rejected one is rewritten like a missing one). */
    fromCache: usable,
    succeeded() {
      if (!usable) writeCache(file, script.createCachedData());
    },
  };
}

exports.SCRIPT_MODULE_URL = SCRIPT_MODULE_URL;
exports.loadScript = loadScript;
