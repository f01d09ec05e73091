// Issue 15 figures, measured side by side in one run: the CLI against `node -e 0` (its floor: a Node
// process that does nothing) and against pandoc writing a .docx where pandoc is installed, and the
// in-process export of the 10,000-character fixture.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { docFromMarkdown } from '../core/doc/markdown.ts';
import { exportDocx } from '../main/services/export/docx.ts';
import { PACKAGE_ROOT } from '../main/services/library-files.ts';
import { SHARED } from '../test/helpers/examples.ts';
import { median, ms, row, timeRuns } from './measure.ts';

const TARGET_DRAFT_RATIO = 1.5;
const TARGET_VERSION_RATIO = 1.2;
const TARGET_EXPORT_10K_MS = 10;
const RUNS = 11;

/** Median wall time of a command (spawned and waited for), or undefined when it cannot run. */
async function wall(command: string, args: string[]): Promise<number | undefined> {
  const probe = spawnSync(command, args);
  if (probe.error || probe.status !== 0) return undefined;
  return median(await timeRuns(() => spawnSync(command, args), RUNS, 2));
}

export async function benchStartup(): Promise<boolean> {
  const out = mkdtempSync(join(tmpdir(), 'wengao-bench-startup-'));
  const wengao = join(PACKAGE_ROOT, 'bin', 'wengao.cjs');
  const speech = join(SHARED, 'examples', 'speech-living-environment.json');
  const bigMd = join(SHARED, 'fixtures', 'bench', 'speech-10k.md');
  const widths = [58, 12, 12, 14];
  console.log(`\n## CLI start-up and export (issue 15) — median of ${RUNS} runs, side by side`);
  console.log(row(['command', 'wall', 'ratio', 'target'], widths));
  const node = (await wall(process.execPath, ['-e', '0']))!;
  const version = await wall(process.execPath, [wengao, '--version']);
  const draft = await wall(process.execPath, [wengao, 'draft', speech, '-o', join(out, 'speech.docx')]);
  const pandoc = await wall('pandoc', [bigMd, '-o', join(out, 'pandoc.docx')]);
  const ratio = (t: number | undefined) => (t === undefined ? '—' : `${(t / node).toFixed(2)}×`);
  console.log(row(['node -e 0', ms(node), '1.00×', ''], widths));
  console.log(row(['wengao --version', version === undefined ? 'failed' : ms(version), ratio(version), `≤ ${TARGET_VERSION_RATIO}×`], widths));
  console.log(row(['wengao draft <20-minute speech example> -o x.docx', draft === undefined ? 'failed' : ms(draft), ratio(draft), `≤ ${TARGET_DRAFT_RATIO}×`], widths));
  console.log(row(['pandoc speech-10k.md -o x.docx', pandoc === undefined ? 'not installed' : ms(pandoc), ratio(pandoc), 'wengao faster'], widths));
  const big = docFromMarkdown(readFileSync(bigMd, 'utf8'));
  const exportMs = median(await timeRuns(() => exportDocx(big), 20));
  console.log(row(['in-process export of speech-10k.md', ms(exportMs), '', `≤ ${TARGET_EXPORT_10K_MS} ms`], widths));
  const ok =
    version !== undefined &&
    draft !== undefined &&
    version / node <= TARGET_VERSION_RATIO &&
    draft / node <= TARGET_DRAFT_RATIO &&
    (pandoc === undefined || draft < pandoc) &&
    exportMs <= TARGET_EXPORT_10K_MS;
  console.log(`targets — ${ok ? 'met' : 'NOT MET'}`);
  return ok;
}

if (process.argv[1]?.endsWith('startup.ts')) await benchStartup();
