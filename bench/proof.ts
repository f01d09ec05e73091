// Proofreading figure: 50,000 characters of real text (the official reports of ../shared/fixtures/import
// and the scraped speeches of ../shared/genre, repeated to length) proofread with the full built-in
// lexicon and the spelling checker — median and p95 of 25 runs — and the time to compile the lexicon once.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileLexicon, proofText } from '../core/proof/index.ts';
import { readProofLexicon } from '../main/services/proof/load.ts';
import { loadSpellingModel } from '../main/services/proof/spelling-data.ts';
import { SHARED } from '../test/helpers/examples.ts';
import { median, ms, percentile, row, timeRuns } from './measure.ts';

const TARGET_MS = 50;
const CHARS = 50_000;
const RUNS = 25;

export function benchText(chars = CHARS): string {
  const dirs = [join(SHARED, 'fixtures', 'import'), join(SHARED, 'genre')];
  const [reports, speeches] = dirs.map((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(d, f), 'utf8')));
  // Interleaved, so that the 50,000 characters hold both the clean reports and the speeches' errors.
  const texts = reports!.flatMap((r, i) => [r, speeches![i % speeches!.length]!]);
  let out = '';
  for (let k = 0; [...out].length < chars; k++) out += texts[k % texts.length]! + '\n';
  return [...out].slice(0, chars).join('');
}

export async function benchProof(): Promise<boolean> {
  const raw = readProofLexicon();
  const t0 = performance.now();
  const compiled = compileLexicon(raw);
  const compile = performance.now() - t0;
  // The spelling model's read and compile times are printed by bench/spelling.ts.
  const lex = { ...compiled, spelling: loadSpellingModel() };
  const text = benchText();
  const found = proofText(text, lex).length;
  const times = await timeRuns(() => proofText(text, lex), RUNS);
  const med = median(times);
  const p95 = percentile(times, 95);
  const ok = med <= TARGET_MS;
  const widths = [34, 10, 10, 10, 10, 10];
  console.log(`\n## Proofreading — proofText on ${CHARS.toLocaleString('en-US')} characters, ${RUNS} runs, spelling checker on`);
  console.log(row(['lexicon', 'findings', 'compile', 'median', 'p95', 'target'], widths));
  console.log(
    row([`${raw.confusions.length} confusions, ${raw.formulations.length} 提法`, String(found), ms(compile), ms(med), ms(p95), `≤ ${TARGET_MS} ms`], widths),
  );
  console.log(`target: ${CHARS.toLocaleString('en-US')} characters ≤ ${TARGET_MS} ms (median) — ${ok ? 'met' : 'NOT MET'}`);
  return ok;
}
