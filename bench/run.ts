// `npm run bench`: prints every figure the issues name, with its target.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { benchDiff } from './diff.ts';
import { benchDraftExport } from './draft-export.ts';
import { benchImportResponsive } from './import-responsive.ts';
import { benchLibrary } from './library.ts';
import { benchLibraryFormats } from './library-formats.ts';
import { benchProof } from './proof.ts';
import { benchSpelling } from './spelling.ts';
import { benchStartup } from './startup.ts';
import { benchStore } from './store.ts';
import { benchUi } from './ui.ts';

// The `wengao` commands the sections time run each in its own process, as they always did; only the
// startup section's warm rows use a resident process, one of its own that it stops.
process.env.WENGAO_NO_DAEMON = '1';

const sections: Record<string, () => Promise<boolean>> = {
  startup: benchStartup,
  'draft-export': benchDraftExport,
  diff: benchDiff,
  store: benchStore,
  library: benchLibrary,
  'library-formats': benchLibraryFormats,
  'library-responsive': benchImportResponsive,
  proof: benchProof,
  spelling: benchSpelling,
  ui: benchUi,
};
// `npm run bench -- proof spelling` runs only the sections named (a busy machine need not run them all).
// Two or more sections run each in a process of its own: in one process, the heap and the threads the
// 50 MB library sections leave behind slowed the proofreading and UI figures after them by a third.
const only = process.argv.slice(2);
const unknown = only.filter((n) => !(n in sections));
if (unknown.length) throw new Error(`unknown bench section ${unknown.join(', ')}: one of ${Object.keys(sections).join(', ')}`);
const chosen = Object.keys(sections).filter((name) => !only.length || only.includes(name));
/** A section's child exits with this when it ran but a target was not met. */
const NOT_MET = 3;
const results: boolean[] = [];
if (chosen.length === 1) {
  const met = await sections[chosen[0]!]!();
  if (process.env.WENGAO_BENCH_CHILD) process.exit(met ? 0 : NOT_MET);
  results.push(met);
} else {
  for (const name of chosen) {
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), name], { stdio: 'inherit', env: { ...process.env, WENGAO_BENCH_CHILD: '1' } });
    if (child.status !== 0 && child.status !== NOT_MET) throw new Error(`bench section ${name} failed (exit ${child.status ?? child.signal})`);
    results.push(child.status === 0);
  }
}
console.log(results.every(Boolean) ? '\nall targets met' : '\nsome targets NOT met');
