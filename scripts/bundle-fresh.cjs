// Whether a prebuilt bundle (out/<name>/, scripts/build-bundles.mjs) is there and no source it was
// built from has changed since: bin/wengao.cjs asks at every start, so it only reads and stats
// (CommonJS, like the command's entry, so that the start needs no ES module loader).
'use strict';
const { readFileSync, statSync, watch } = require('node:fs');
const { basename, dirname, join } = require('node:path');

const root = join(__dirname, '..');

function isFresh(name) {
  try {
    const { builtAt, inputs } = JSON.parse(readFileSync(join(root, 'out', name, 'inputs.json'), 'utf8'));
    // `${root}/${p}`, not join(): inputs.json holds clean relative paths, and normalising 225 of
    // them was a third of this check's time.
    return inputs.every((p) => {
      const st = statSync(`${root}/${p}`, { throwIfNoEntry: false });
      return st !== undefined && st.mtimeMs <= builtAt;
    });
  } catch {
    return false;
  }
}

/**
 * For a process that lives long (the resident process, main/cli/resident-server.ts): a function that
 * tells whether bundle `name` is still fresh at no cost per call, by watching the folders of the
 * files it was built from (20 folders; a change to one of those files, or a watch that fails, makes
 * it stale for good). Where folders cannot be watched, isFresh itself, asked each time.
 */
function freshnessWatch(name) {
  let stale = false;
  try {
    const { inputs } = JSON.parse(readFileSync(join(root, 'out', name, 'inputs.json'), 'utf8'));
    const byDir = new Map();
    for (const p of inputs) {
      if (!byDir.has(dirname(p))) byDir.set(dirname(p), new Set());
      byDir.get(dirname(p)).add(basename(p));
    }
    for (const [dir, files] of byDir) {
      const watcher = watch(join(root, dir), (_event, file) => {
        if (!file || files.has(String(file))) stale = true;
      });
      watcher.on('error', () => (stale = true));
      watcher.unref();
    }
  } catch {
    return () => isFresh(name);
  }
  // Checked once the watches are set, so that no change falls between the two.
  if (!isFresh(name)) stale = true;
  return () => !stale;
}

exports.isFresh = isFresh;
exports.freshnessWatch = freshnessWatch;
