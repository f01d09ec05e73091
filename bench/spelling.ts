// Spelling figures: located recall, precision and clean sentences flagged on the development set
// (test/fixtures/proof/spelling-dev.jsonl, built by scripts/build-spelling-devset.ts), each report's
// sentences checked with character statistics counted without that report; for the spelling
// checker alone and for the whole proofreader (any finding of any rule and severity). Also the time
// to read and compile the spelling model once.
import { compileLexicon, proofText } from '../core/proof/index.ts';
import { spellingHits } from '../core/proof/spelling/check.ts';
import { compileSpelling } from '../core/proof/spelling/model.ts';
import { readProofLexicon } from '../main/services/proof/load.ts';
import { readSpellingData } from '../main/services/proof/spelling-data.ts';
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

export async function benchSpelling(): Promise<boolean> {
  let t0 = performance.now();
  const data = readSpellingData();
  const read = performance.now() - t0;
  t0 = performance.now();
  compileSpelling(data);
  const compile = performance.now() - t0;

  const pairs = readDevSet();
  const models = heldOutModels([...new Set(pairs.map((p) => p.fold))]);
  const lexicon = compileLexicon(readProofLexicon());
  const alone = scoreDevSet(pairs, (text, fold) => spellingHits(text, models.get(fold)!).map((h) => ({ offset: h.offset, length: 1 })));
  const whole = scoreDevSet(pairs, (text, fold) => proofText(text, { ...lexicon, spelling: models.get(fold)! }));

  console.log(`\n## Spelling — development set: ${pairs.length} sentences with injected typos + the same ${pairs.length} clean, statistics held out per report`);
  const widths = [22, 12, 10, 11, 12, 10];
  console.log(row(['checker', 'located', 'recall', 'precision', 'clean flagged', 'share'], widths));
  const rows = [line('spelling alone', alone), line('whole proofreader', whole)];
  for (const r of rows) console.log(row(r.cells, widths));
  console.log(`spelling model: read ${ms(read)}, compile ${ms(compile)} (once per process)`);
  const ok = rows.every((r) => r.ok);
  console.log(`target: located recall ≥ ${pct(TARGET_RECALL)}, clean sentences flagged ≤ ${pct(TARGET_CLEAN)} — ${ok ? 'met' : 'NOT MET'}`);
  return ok;
}
