// Whether a prebuilt bundle (out/<name>/, scripts/build-bundles.mjs) is there and no source it was
// built from has changed since: bin/wengao.cjs asks at every start, so it only reads and stats
// (CommonJS, like the command's entry, so that the start needs no ES module loader).
'use strict';
const { readFileSync, statSync } = require('node:fs');
const { join } = require('node:path');

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

exports.isFresh = isFresh;
