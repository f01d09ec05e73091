// Proofreading figure: 50,000 characters of real text (the official reports of ../shared/fixtures/import
// and the scraped speeches of ../shared/genre, repeated to length) proofread with the full built-in
// lexicon and the spelling checker — median and p95 of 25 runs — and the time to compile the lexicon once.
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { compileLexicon, proofText } from '../core/proof/index.ts';
import { readProofLexicon } from '../main/services/proof/load.ts';
import { loadSpellingModel } from '../main/services/proof/spelling-data.ts';
import { SHARED } from '../test/helpers/examples.ts';
import { median, ms, percentile, row, timeRuns } from './measure.ts';

const TARGET_MS = 50;
const CHARS = 50_000;
const RUNS = 25;
const SPEECH_CHARS = 6_000;

/** Median and p95 wall time, and median CPU time (what a busy machine does not inflate as much). */
async function timed(text: string, lex: Parameters<typeof proofText>[1]): Promise<{ med: number; p95: number; cpu: number }> {
  const cpu: number[] = [];
  const times = await timeRuns(() => {
    const c = process.cpuUsage();
    proofText(text, lex);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }, RUNS);
  return { med: median(times), p95: percentile(times, 95), cpu: median(cpu.slice(-RUNS)) };
}

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
  const a = await timed(text, lex);
  // One speech as a user checks it: 6,000 characters, about 25 minutes spoken at 240 characters a minute.
  const speech = benchText(SPEECH_CHARS);
  const b = await timed(speech, lex);
  const ok = a.med <= TARGET_MS;
  const widths = [34, 10, 10, 10, 10, 12, 10];
  console.log(`\n## Proofreading — proofText, ${RUNS} runs, spelling checker on (load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores)`);
  console.log(row(['text', 'findings', 'compile', 'median', 'p95', 'median CPU', 'target'], widths));
  const lexicon = `${raw.confusions.length} confusions, ${raw.formulations.length} 提法`;
  console.log(row([`${CHARS.toLocaleString('en-US')} characters (${lexicon})`, String(found), ms(compile), ms(a.med), ms(a.p95), ms(a.cpu), `≤ ${TARGET_MS} ms`], widths));
  console.log(row([`one speech, ${SPEECH_CHARS.toLocaleString('en-US')} characters`, String(proofText(speech, lex).length), '', ms(b.med), ms(b.p95), ms(b.cpu), ''], widths));
  console.log(`target: ${CHARS.toLocaleString('en-US')} characters ≤ ${TARGET_MS} ms (median) — ${ok ? 'met' : 'NOT MET'}`);
  return ok;
}
