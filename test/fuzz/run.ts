// `npm run fuzz [-- --runs N --seed S]`: every fuzz property 10,000 times (by default), counting
// instead of stopping at the first failure, and printing the counts the issue asks for.
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fuzzImporter, type ImporterTally } from './importer.ts';
import { fuzzInput } from './input.ts';
import { fuzzDiff, fuzzProof } from './text.ts';
import type { Tally } from './common.ts';
import type { Format } from '../../main/services/library/analysis.ts';

// `--only import` runs one of the four (input, import, proof, diff); `--formats pdf,html,doc` gives
// the importer only seed files of those formats. A failing input of the importer is written under
// the system's temporary folder (wengao-fuzz/<seed>-<run>.<ext>), and its path printed.
const { values } = parseArgs({
  options: { runs: { type: 'string', default: '10000' }, seed: { type: 'string' }, phase: { type: 'string' }, only: { type: 'string' }, formats: { type: 'string' } },
});
const runs = Number(values.runs);
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
const formats = values.formats?.split(',') as Format[] | undefined;
const failedDir = join(tmpdir(), 'wengao-fuzz');
const phase = (name: string) => values.only === undefined || values.only === name;

// The importer runs in a process of its own: its peak memory is then what reading and analysing
// the files costs, not that plus the heap the 10,000 drafts and exports before it left behind
// (688 MB measured so). Its heap is capped as the app's import worker should be: what the importer
// holds after a collection is about 115 MB, but uncapped V8 lets garbage pile up to 765 MB over
// 10,000 files before it collects; capped, it collects in time, and a file that really needed more
// would end the process (a failure here) instead of passing unnoticed.
const IMPORTER_HEAP_MB = 256;
if (values.phase === 'import') {
  process.stdout.write(JSON.stringify(await fuzzImporter({ runs, seed, collect: true, formats, failedDir })));
  process.exit(0);
}
function importerApart(): ImporterTally {
  const child = spawnSync(process.execPath, [...process.execArgv, `--max-old-space-size=${IMPORTER_HEAP_MB}`, process.argv[1]!, '--phase', 'import', '--runs', String(runs), '--seed', String(seed), ...(values.formats ? ['--formats', values.formats] : [])], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`the importer's fuzz process ended with ${child.status ?? child.signal}`);
  return JSON.parse(child.stdout) as ImporterTally;
}
const n = (t: Tally, key: string) => t.counts[key] ?? 0;
const secs = (from: number) => `${((performance.now() - from) / 1000).toFixed(1)} s`;
let failed = false;
const failures = (t: Tally) => {
  for (const f of t.failures) console.log(`    ${f.split('\n')[0]}`);
};

console.log(`fuzz: ${runs} runs each, seed ${seed} (repeat with --seed ${seed})`);
let start = performance.now();
if (phase('input')) {
  const input = await fuzzInput({ runs, seed, collect: true });
  console.log(
    `input   mutants tried ${input.tried}, refused ${n(input, 'refused')}, drafted ${n(input, 'drafted')}, uncaught exceptions ${n(input, 'uncaught exceptions')}, ` +
      `invalid .docx ${n(input, 'invalid .docx')}, facts missing ${n(input, 'facts missing from the .docx')} (of ${n(input, 'facts checked')} checked), bad refusals ${n(input, 'bad refusal')}  [${secs(start)}]`,
  );
  failures(input);
  failed ||= n(input, 'uncaught exceptions') + n(input, 'invalid .docx') + n(input, 'facts missing from the .docx') + n(input, 'bad refusal') > 0;
}

if (phase('import')) {
  start = performance.now();
  const imp = importerApart();
  console.log(
    `import  files tried ${imp.tried}${formats ? ` (${formats.join(', ')} only)` : ''}, refused ${n(imp, 'refused')}, imported ${n(imp, 'imported')}, exceptions ${n(imp, 'exceptions')}, bad refusals ${n(imp, 'bad refusal')}, ` +
      `slowest ${Math.round(imp.slowestMs)} ms (${imp.slowestFile}; target ≤ 2000), peak memory ${Math.round(imp.peakRssMb)} MB in a process of its own (target ≤ 512)  [${secs(start)}]`,
  );
  failures(imp);
  failed ||= n(imp, 'exceptions') + n(imp, 'bad refusal') + n(imp, 'too slow') + n(imp, 'too much memory') > 0;
}

for (const [name, f] of [['proof', fuzzProof], ['diff', fuzzDiff]] as const) {
  if (!phase(name)) continue;
  start = performance.now();
  const t = await f({ runs, seed, collect: true });
  const { tried, counts } = t;
  console.log(`${name.padEnd(7)} texts tried ${tried}, ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}, exceptions ${n(t, 'exceptions')}  [${secs(start)}]`);
  failures(t);
  failed ||= Object.keys(counts).some((k) => !['with findings', 'clean', 'changed', 'equal'].includes(k));
}
process.exit(failed ? 1 : 0);
