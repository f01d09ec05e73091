// Whether a prebuilt bundle (out/<name>/, scripts/build-bundles.mjs) is there and no source it was
// built from has changed since: bin/wengao.mjs asks at every start, so it only reads and stats.
import { readFileSync, statSync } from 'node:fs';

const root = new URL('../', import.meta.url);

export function isFresh(name) {
  try {
    const { builtAt, inputs } = JSON.parse(readFileSync(new URL(`out/${name}/inputs.json`, root), 'utf8'));
    return inputs.every((p) => statSync(new URL(p, root)).mtimeMs <= builtAt);
  } catch {
    return false;
  }
}
