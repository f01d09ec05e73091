// The outcome of importing every importable file under the given folders, hashed one a line
// (「<hash>  <path>」), so that a change to the 范文库 analysis can show which files it changes:
//   WENGAO_SOFFICE=off npx tsx scripts/import-hashes.ts test/fixtures ../shared/fixtures/import ../shared/genre > before.txt
// (LibreOffice off by default here: its conversions take seconds each; set WENGAO_SOFFICE to a path to use it.)
// The outcome is the documents (titles, genres, outlines, text), the report and the heading patterns,
// or the refusal's message.
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyse, harvestPatterns } from '../core/outline/index.ts';
import { readFile } from '../main/services/library/files.ts';
import { formatOf } from '../main/services/library/read.ts';

process.env.WENGAO_SOFFICE ??= 'off';

function walk(dir: string, out: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    // hostile/ holds files that test the import's time budget (a PDF pdf.js reads for minutes).
    if (name === 'node_modules' || name === 'hostile' || name.startsWith('.')) continue;
    if (statSync(p).isDirectory()) walk(p, out);
    else if (formatOf(p)) out.push(p);
  }
}

const files: string[] = [];
for (const dir of process.argv.slice(2)) walk(dir, files);
for (const file of files) {
  const started = performance.now();
  let outcome: unknown;
  try {
    const read = await readFile(file);
    const { documents, report } = analyse(read.text, { debris: read.debris, headings: read.headings, notices: read.notices });
    outcome = { documents, report, patterns: documents.map((d) => harvestPatterns(d)) };
  } catch (err) {
    outcome = { error: err instanceof Error ? err.message : String(err) };
  }
  if (process.env.TIMES) console.error(`${Math.round(performance.now() - started)} ms  ${file}`);
  console.log(`${createHash('sha256').update(JSON.stringify(outcome)).digest('hex').slice(0, 16)}  ${file}`);
}
