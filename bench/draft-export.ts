// Issue #2 figures: generation and in-process export per example (median of 50), and the
// end-to-end CLI time (median of 5 runs of `wengao draft … -o x.docx`, process start included);
// issue 11: generation of our campaigns (test/fixtures/campaigns) at their slot / at 60 minutes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { draft } from '../core/draft/index.ts';
import { bodyLength } from '../core/doc/text.ts';
import { validateInput } from '../core/input/index.ts';
import { exportDocx } from '../main/services/export/docx.ts';
import { loadDraftLibrary, PACKAGE_ROOT } from '../main/services/library-files.ts';
import { loadExamples, SHARED } from '../test/helpers/examples.ts';
import { loadCampaigns } from '../test/helpers/campaigns.ts';
import { docFromMarkdown } from '../core/doc/markdown.ts';
import { median, ms, row, timeRuns } from './measure.ts';

const TARGET_DRAFT_MS = 10;
const TARGET_EXPORT_MS = 50;

export async function benchDraftExport(): Promise<boolean> {
  const library = loadDraftLibrary();
  const out = mkdtempSync(join(tmpdir(), 'wengao-bench-'));
  const widths = [40, 8, 16, 16, 14];
  console.log('\n## Draft and export (issue #2) — median of 50 runs; CLI median of 5');
  console.log(row(['example', 'chars', 'generation', 'export .docx', 'CLI end-to-end'], widths));
  let ok = true;
  for (const ex of loadExamples()) {
    const v = validateInput(JSON.parse(readFileSync(ex.path, 'utf8')));
    if (!v.ok) throw new Error(`${ex.name} invalid`);
    const doc = draft(v.value, library);
    const gen = median(await timeRuns(() => draft(v.value, library), 50));
    const exp = median(await timeRuns(() => exportDocx(doc), 50));
    const docxPath = join(out, basename(ex.path, '.json') + '.docx');
    const cli = median(
      await timeRuns(
        () => {
          const r = spawnSync(process.execPath, [join(PACKAGE_ROOT, 'bin', 'wengao.cjs'), 'draft', ex.path, '-o', docxPath]);
          if (r.status !== 0) throw new Error(`CLI failed on ${ex.name}: ${r.stderr}`);
        },
        5,
        1,
      ),
    );
    ok &&= gen <= TARGET_DRAFT_MS && exp <= TARGET_EXPORT_MS;
    console.log(row([ex.name, String(bodyLength(doc)), ms(gen), ms(exp), ms(cli)], widths));
  }
  // Our campaigns of other domains, levels and ranks (issue 11): generation alone, at their slot and
  // at 60 minutes (every place of elaboration tried).
  for (const c of loadCampaigns().filter((x) => x.ours)) {
    const gen = median(await timeRuns(() => draft(c.input, library), 50));
    const long = median(await timeRuns(() => draft(c.input, library, { minutes: 60 }), 50));
    ok &&= gen <= TARGET_DRAFT_MS && long <= TARGET_DRAFT_MS;
    console.log(row([c.name, String(bodyLength(draft(c.input, library))), `${ms(gen)} / ${ms(long)}`, '—', '—'], widths));
  }
  // The 10,000-character speech of ../shared/fixtures/bench: the size of a long real draft.
  const big = docFromMarkdown(readFileSync(join(SHARED, 'fixtures', 'bench', 'speech-10k.md'), 'utf8'));
  const bigExport = median(await timeRuns(() => exportDocx(big), 20));
  console.log(row(['speech-10k.md (export only)', String(bodyLength(big)), '—', ms(bigExport), '—'], widths));
  console.log(`targets: generation ≤ ${TARGET_DRAFT_MS} ms, export ≤ ${TARGET_EXPORT_MS} ms per example — ${ok ? 'met' : 'NOT MET'}`);
  return ok;
}
