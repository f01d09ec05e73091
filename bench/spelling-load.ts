// Run by bench/spelling.ts in a fresh process: what the first proof of a process (a CLI run, the
// app's first 校对) pays for the spelling model, loading the shipped model.bin.gz or, for comparison,
// compiling the data files it is built from. Prints one JSON line: { wall, cpu } in milliseconds.
import { gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeSpellingModel } from '../core/proof/spelling/model-file.ts';
import { compileSpelling } from '../core/proof/spelling/model.ts';
import { MODEL_FILE, readSpellingData } from '../main/services/proof/spelling-data.ts';
import { PACKAGE_ROOT } from '../main/services/library-files.ts';
import { SPELLING_DIR } from '../scripts/spelling-corpus.ts';

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const [w, c] = [performance.now(), cpu()];
if (process.argv[2] === 'compile') compileSpelling(readSpellingData());
else decodeSpellingModel(gunzipSync(readFileSync(join(PACKAGE_ROOT, SPELLING_DIR, MODEL_FILE))));
console.log(JSON.stringify({ wall: performance.now() - w, cpu: cpu() - c }));
