// Issue 15 figures, measured side by side in one run: the CLI against `node -e 0` (its floor: a Node
// process that does nothing) and against pandoc writing a .docx where pandoc is installed, and the
// in-process export of the 10,000-character fixture. `wengao draft` twice: cold (no resident process,
// WENGAO_NO_DAEMON=1: the whole command in a fresh process, as the first command after a quiet quarter
// of an hour) and warm (sent to a resident process, as every command after it: scripts/resident-client.cjs).
// The target is judged on the warm row; the cold one is printed beside it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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

/**
 * The environment the commands run in. NODE_EXTRA_CA_CERTS (set on some build machines, as on ours)
 * makes every Node process read and parse that certificate file at start, about 50 ms here: the same
 * milliseconds added to the CLI and to its floor would flatter the ratio. No user's machine sets it
 * for a command that opens no connection, so it is left out of both.
 */
function commandEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, WENGAO_NO_DAEMON: '1' };
  delete env.NODE_EXTRA_CA_CERTS;
  return env;
}

/** A command to time: program, arguments, what to do before each run of it, and variables of its own. */
type Timed = [string, string[], (() => void)?, NodeJS.ProcessEnv?];

/**
 * The environment of the warm rows: a resident process of the bench's own (its own runtime folder, so
 * that a user's is neither used nor stopped), started and answering before the timing begins.
 */
function residentEnv(runtime: string): NodeJS.ProcessEnv {
  mkdirSync(runtime, { recursive: true, mode: 0o700 });
  return { WENGAO_NO_DAEMON: '', XDG_RUNTIME_DIR: runtime };
}

function daemon(wengao: string, env: NodeJS.ProcessEnv, sub: string): string {
  return spawnSync(process.execPath, [wengao, 'daemon', sub], { env: { ...commandEnv(), ...env }, encoding: 'utf8' }).stdout;
}

/**
 * Starts the resident process as a user does, by a draft run without one (`draft`), and waits until it
 * answers and has finished its warm-up: as the user's next command, which comes seconds later.
 */
async function startResident(env: NodeJS.ProcessEnv, draft: string[]): Promise<boolean> {
  spawnSync(process.execPath, draft, { env: { ...commandEnv(), ...env } });
  const wengao = draft[0]!;
  for (let i = 0; i < 300; i++) {
    const status = daemon(wengao, env, 'status');
    if (status.includes('运行中') && !status.includes('预热中')) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/**
 * Median wall time of each command (spawned and waited for), or undefined for one that cannot run.
 * The commands take turns, run after run, so that a change in the machine's load moves them all.
 */
function wallSideBySide(commands: Timed[]): (number | undefined)[] {
  const env = commandEnv();
  const run = ([command, args, before, own]: Timed) => {
    before?.();
    return spawnSync(command, args, { env: own ? { ...env, ...own } : env });
  };
  const ok = commands.map((c) => {
    const probe = run(c);
    return !probe.error && probe.status === 0;
  });
  const times: number[][] = commands.map(() => []);
  for (let i = 0; i < RUNS + 2; i++) {
    commands.forEach((c, k) => {
      if (!ok[k]) return;
      const t0 = performance.now();
      run(c);
      if (i >= 2) times[k]!.push(performance.now() - t0);
    });
  }
  return times.map((t, k) => (ok[k] ? median(t) : undefined));
}

export async function benchStartup(): Promise<boolean> {
  const out = mkdtempSync(join(tmpdir(), 'wengao-bench-startup-'));
  const wengao = join(PACKAGE_ROOT, 'bin', 'wengao.cjs');
  const speech = join(SHARED, 'examples', 'speech-living-environment.json');
  const bigMd = join(SHARED, 'fixtures', 'bench', 'speech-10k.md');
  const widths = [68, 12, 12, 14];
  console.log(`\n## CLI start-up and export (issue 15) — median of ${RUNS} runs, side by side`);
  console.log(row(['command', 'wall', 'ratio', 'target'], widths));
  if (process.env.NODE_EXTRA_CA_CERTS) console.log('(NODE_EXTRA_CA_CERTS is set here: the commands below run without it)');
  // The CLI keeps ICU's word breaks of the titles it drafted (main/services/export/word-starts.ts):
  // the draft row is a title drafted before, as a user redrafts; the next one a title new to it.
  const forget = () => rmSync(join(PACKAGE_ROOT, 'out', 'cli', 'code-cache', 'title-words.json'), { force: true });
  const warmEnv = residentEnv(join(out, 'run'));
  const draftTo = (file: string) => [wengao, 'draft', speech, '-o', join(out, file)];
  const started = await startResident(warmEnv, draftTo('first.docx'));
  if (!started) console.log('(the resident process did not start: the warm rows below ran without one)');
  let times: (number | undefined)[];
  try {
    times = wallSideBySide([
      [process.execPath, ['-e', '0']],
      [process.execPath, [wengao, '--version']],
      [process.execPath, draftTo('cold.docx')],
      [process.execPath, draftTo('warm.docx'), undefined, warmEnv],
      [process.execPath, draftTo('cold-new-title.docx'), forget],
      [process.execPath, draftTo('warm-new-title.docx'), forget, warmEnv],
      ['pandoc', [bigMd, '-o', join(out, 'pandoc.docx')]],
    ]);
  } finally {
    daemon(wengao, warmEnv, 'stop');
  }
  const [node, version, cold, warm, coldNew, warmNew, pandoc] = times as [number, ...(number | undefined)[]];
  const ratio = (t: number | undefined) => (t === undefined ? '—' : `${(t / node).toFixed(2)}×`);
  const timed = (t: number | undefined) => (t === undefined ? 'failed' : ms(t));
  console.log(row(['node -e 0', ms(node), '1.00×', ''], widths));
  console.log(row(['wengao --version', timed(version), ratio(version), `≤ ${TARGET_VERSION_RATIO}×`], widths));
  console.log(row(['wengao draft <20-minute speech example> -o x.docx, warm (resident)', timed(warm), ratio(warm), `≤ ${TARGET_DRAFT_RATIO}×`], widths));
  console.log(row(['  the same, cold (no resident process, WENGAO_NO_DAEMON=1)', timed(cold), ratio(cold), ''], widths));
  console.log(row(['  its title new to the CLI, warm (resident)', timed(warmNew), ratio(warmNew), ''], widths));
  console.log(row(['  its title new to the CLI, cold (ICU started)', timed(coldNew), ratio(coldNew), ''], widths));
  console.log(row(['pandoc speech-10k.md -o x.docx', pandoc === undefined ? 'not installed' : ms(pandoc), ratio(pandoc), 'wengao (warm) faster'], widths));
  const big = docFromMarkdown(readFileSync(bigMd, 'utf8'));
  const exportMs = median(await timeRuns(() => exportDocx(big), 20));
  console.log(row(['in-process export of speech-10k.md', ms(exportMs), '', `≤ ${TARGET_EXPORT_10K_MS} ms`], widths));
  const ok =
    version !== undefined &&
    warm !== undefined &&
    started &&
    version / node <= TARGET_VERSION_RATIO &&
    warm / node <= TARGET_DRAFT_RATIO &&
    (pandoc === undefined || warm < pandoc) &&
    exportMs <= TARGET_EXPORT_10K_MS;
  console.log(`targets — ${ok ? 'met' : 'NOT MET'}`);
  return ok;
}

if (process.argv[1]?.endsWith('startup.ts')) await benchStartup();
