// `npm run bench`: prints every figure the issues name, with its target.
import { benchDiff } from './diff.ts';
import { benchDraftExport } from './draft-export.ts';
import { benchLibrary } from './library.ts';
import { benchLibraryFormats } from './library-formats.ts';
import { benchProof } from './proof.ts';
import { benchSpelling } from './spelling.ts';
import { benchStartup } from './startup.ts';
import { benchStore } from './store.ts';
import { benchUi } from './ui.ts';

const results = [await benchStartup(), await benchDraftExport(), await benchDiff(), await benchStore(), await benchLibrary(), await benchLibraryFormats(), await benchProof(), await benchSpelling(), await benchUi()];
console.log(results.every(Boolean) ? '\nall targets met' : '\nsome targets NOT met');
