// Issue #17's one-thread .txt row (bench/library-formats.ts: copies of flood-records.txt, each made
// distinct by trailing spaces, imported by importFiles with worker: false into a new database)
// counted in instructions under valgrind's cachegrind instead of timed. On this shared two-core
// machine a wall or CPU figure moves ±40 % with the load; the row's instructions move ±0.3 %, so two
// trees can be compared whatever the load (sessions 24–26 rebuilt this by hand each time):
//   npx tsx bench/row-instructions.ts [--files 530] [--analysis]      (valgrind must be installed)
// --analysis: the analysis alone (analyseFileBytes of each copy, nothing written or held).
// The row is bundled with esbuild into out/bench/ (no TypeScript compiled under valgrind) and run
// by `node --single-threaded`: V8's compiler and collector then run on the counted thread, so their
// share is printed apart. Its clock runs a million times slower, so that the writer's slices
// (write.ts: ended by time or by 512 K characters of source text) end by the text alone, the same
// run to run, instead of by valgrind's speed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

const ROOT = join(import.meta.dirname, '..');
const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at < 0 ? undefined : process.argv[at + 1];
};
const files = Number(arg('--files') ?? 530);
const analysisOnly = process.argv.includes('--analysis');

/** The program counted: the row (or the analysis alone) over `files` copies; prints what it did. */
const entry = `
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyseFileBytes } from './main/services/library/analysis.ts';
import { importFiles } from './main/services/library/library.ts';
import { Store } from './main/services/store/store.ts';
const now = performance.now.bind(performance);
performance.now = () => now() / 1e6;
const bytes = readFileSync(${JSON.stringify(join(ROOT, 'test', 'fixtures', 'collections', 'flood-records.txt'))});
const copy = (n) => Buffer.concat([bytes, Buffer.from('\\n' + ' '.repeat(n))]);
if (${analysisOnly}) {
  let documents = 0;
  for (let n = 0; n < ${files}; n++) documents += (await analyseFileBytes('txt', copy(n))).documents.length;
  console.log('analysed ' + ${files} + ' files, ' + documents + ' documents');
} else {
  const tmp = mkdtempSync(join(tmpdir(), 'wengao-row-instructions-'));
  const dir = join(tmp, 'in');
  mkdirSync(dir);
  for (let n = 0; n < ${files}; n++) writeFileSync(join(dir, String(n).padStart(5, '0') + '.txt'), copy(n));
  const store = new Store(join(tmp, 'library.db'));
  const s = await importFiles(store, [dir], undefined, { worker: false });
  store.close();
  rmSync(tmp, { recursive: true, force: true });
  console.log('imported ' + s.imported + ' files, ' + s.documents + ' documents');
}
`;

/** Where a function's instructions are counted (by its name in cachegrind's table). */
const KINDS: [string, RegExp][] = [
  ['SQLite (with FTS5)', /sqlite3|fts5|Fts5|vdbe|Vdbe|btree|Btree|pager|Pager|pcache|:wal[A-Z]|balance_nonroot|balance_quick|balance_deeper|moveTo|getPage|allocateSpace|insertCell|dropCell|fillInCell|cellSize|rebuildPage|editPage|defragmentPage|accessPayload|pageFindSlot|freeSpace/],
  ['V8 compiling (TurboFan, regexps)', /compiler::|RegExpCompiler|RegExpBytecode|RegExpMacroAssembler|Irregexp.*Compile/],
  ['V8 collecting garbage', /Scaveng|Mark|Sweep|heap::|Heap::|Evacuat|RecordWrite|Pretenuring|RememberedSet|SlotSet/],
  ['V8 parsing, bytecode', /Scanner|Parser|AstValue|BytecodeGenerator|interpreter::|Utf16CharacterStream/],
  ['regexp matching', /RegExp|regexp/],
  ['UTF-8 ⇄ UTF-16', /Utf8/],
  ['ICU (word segmentation)', /icu_|ubrk_|ucase|uprv_/],
  ['hashing (SHA-256, SHA-1)', /sha1|sha256|SHA1|SHA256/],
  ['JavaScript (optimised, unnamed)', /^\?\?\?:\?\?\?$/],
  ['V8 builtins', /Builtins_/],
  ['libc (memory, strings)', /malloc|free|mem|str[a-z]*cmp|strlen/],
];

const out = join(ROOT, 'out', 'bench');
mkdirSync(out, { recursive: true });
const bundle = join(out, 'row-instructions.mjs');
await build({
  stdin: { contents: entry, resolveDir: ROOT, sourcefile: 'row-instructions-entry.ts', loader: 'ts' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['better-sqlite3'],
  banner: { js: `import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(${JSON.stringify(bundle)});` },
  outfile: bundle,
  logLevel: 'warning',
});
const tmp = mkdtempSync(join(tmpdir(), 'wengao-cachegrind-'));
try {
  const cg = join(tmp, 'cachegrind.out');
  const run = spawnSync('valgrind', ['--tool=cachegrind', '--cache-sim=no', `--cachegrind-out-file=${cg}`, process.execPath, '--single-threaded', bundle], {
    encoding: 'utf8',
    env: { ...process.env, WENGAO_SOFFICE: 'off' },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error || run.status !== 0) throw new Error(`valgrind: ${run.error?.message ?? run.stderr.slice(-2000)}`);
  const byFunction = functionCounts(readFileSync(cg, 'utf8'));
  const total = [...byFunction.values()].reduce((a, b) => a + b, 0);
  const kinds = new Map<string, number>();
  for (const [fn, n] of byFunction) {
    const kind = KINDS.find(([, re]) => re.test(fn))?.[0] ?? 'other';
    kinds.set(kind, (kinds.get(kind) ?? 0) + n);
  }
  console.log(`${run.stdout.trim()} (${analysisOnly ? 'the analysis alone' : 'the one-thread row'}, node --single-threaded under cachegrind)`);
  console.log(`instructions ${(total / 1e6).toFixed(0)} M`);
  for (const [kind, n] of [...kinds].sort((a, b) => b[1] - a[1])) console.log(`  ${kind.padEnd(34)} ${(n / 1e6).toFixed(0).padStart(7)} M  ${((100 * n) / total).toFixed(1).padStart(5)} %`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

/** Instructions by function, summed over files, from a cachegrind output file (one event: Ir). */
function functionCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  let file = '???';
  let fn = '???';
  for (const line of text.split('\n')) {
    if (line.startsWith('fl=')) file = line.slice(3);
    else if (line.startsWith('fn=')) fn = `${file}:${line.slice(3)}`;
    else if (/^\d/.test(line)) {
      const n = Number(line.slice(line.indexOf(' ') + 1));
      if (n) counts.set(fn, (counts.get(fn) ?? 0) + n);
    }
  }
  return counts;
}
