// Spelling figures: located recall, precision and clean sentences flagged on the development set
// (test/fixtures/proof/spelling-dev.jsonl, built by scripts/build-spelling-devset.ts), each report's
// sentences checked with character statistics counted without that report; for the spelling
// checker alone and for the whole proofreader (any finding of any rule and severity). Also what a
// process pays once for the model (reading the shipped model.bin.gz, against compiling the data
// files), and the size of the data.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { compileLexicon, proofText } from '../core/proof/index.ts';
import { spellingHits } from '../core/proof/spelling/check.ts';
import { readProofLexicon } from '../main/services/proof/load.ts';
import { MODEL_FILE } from '../main/services/proof/spelling-data.ts';
import { PACKAGE_ROOT } from '../main/services/library-files.ts';
import { SPELLING_DIR } from '../scripts/spelling-corpus.ts';
import { heldOutModels, readDevSet, scoreDevSet, type DevScore } from './spelling-eval.ts';
import { ms, row } from './measure.ts';

const TARGET_RECALL = 0.5;
const TARGET_CLEAN = 0.02;

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

function line(name: string, s: DevScore): { ok: boolean; cells: string[] } {
  const recall = s.located / s.typos;
  const clean = s.cleanFlagged / s.clean;
  return {
    ok: recall >= TARGET_RECALL && clean <= TARGET_CLEAN,
    cells: [name, `${s.located}/${s.typos}`, pct(recall), pct(s.correctFindings / Math.max(1, s.findings)), `${s.cleanFlagged}/${s.clean}`, pct(clean)],
  };
}

/** The first load of the model in a fresh process (bench/spelling-load.ts), as a CLI run pays it. */
function firstLoad(how: 'file' | 'compile'): { wall: number; cpu: number } {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(PACKAGE_ROOT, 'bench', 'spelling-load.ts'), how], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!) as { wall: number; cpu: number };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/** Loading the shipped model against compiling the data files, and the sizes of both. */
function benchModelLoad(): void {
  const dir = join(PACKAGE_ROOT, SPELLING_DIR);
  const file = firstLoad('file');
  const text = firstLoad('compile');
  const texts = ['words.txt', 'chars.txt', 'shape.txt', 'persons.txt', 'bigrams.txt'].reduce((n, f) => n + statSync(join(dir, f)).size, 0);
  const gz = statSync(join(dir, MODEL_FILE)).size;
  const raw = gunzipSync(readFileSync(join(dir, MODEL_FILE))).length;
  console.log(`spelling model, once per process: ${MODEL_FILE} read + gunzip + decode ${ms(file.wall)} (CPU ${ms(file.cpu)}); compiling the data files instead ${ms(text.wall)} (CPU ${ms(text.cpu)})`);
  console.log(`spelling data: ${MODEL_FILE} ${mb(gz)} (${mb(raw)} unpacked); data files it is built from ${mb(texts)}`);
}

export async function benchSpelling(): Promise<boolean> {
  const pairs = readDevSet();
  const models = heldOutModels([...new Set(pairs.map((p) => p.fold))]);
  const lexicon = compileLexicon(readProofLexicon());
  const alone = scoreDevSet(pairs, (text, fold) => spellingHits(text, models.get(fold)!).map((h) => ({ offset: h.offset, length: h.length })));
  const whole = scoreDevSet(pairs, (text, fold) => proofText(text, { ...lexicon, spelling: models.get(fold)! }));

  console.log(`\n## Spelling — development set: ${pairs.length} sentences with injected typos + the same ${pairs.length} clean, statistics held out per report`);
  const widths = [22, 12, 10, 11, 12, 10];
  console.log(row(['checker', 'located', 'recall', 'precision', 'clean flagged', 'share'], widths));
  const rows = [line('spelling alone', alone), line('whole proofreader', whole)];
  for (const r of rows) console.log(row(r.cells, widths));
  benchModelLoad();
  const ok = rows.every((r) => r.ok);
  console.log(`target: located recall ≥ ${pct(TARGET_RECALL)}, clean sentences flagged ≤ ${pct(TARGET_CLEAN)} — ${ok ? 'met' : 'NOT MET'}`);
  return ok;
}
