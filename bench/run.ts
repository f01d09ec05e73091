// `npm run bench`: prints every figure the issues name, with its target.
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
const only = process.argv.slice(2);
const unknown = only.filter((n) => !(n in sections));
if (unknown.length) throw new Error(`unknown bench section ${unknown.join(', ')}: one of ${Object.keys(sections).join(', ')}`);
const results: boolean[] = [];
for (const [name, run] of Object.entries(sections)) if (!only.length || only.includes(name)) results.push(await run());
console.log(results.every(Boolean) ? '\nall targets met' : '\nsome targets NOT met');
