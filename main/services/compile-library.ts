// Bundle entry run by scripts/build-bundles.mjs: the drafting library compiled to JSON.
import { compileDraftLibrary } from './library-files.ts';

export const compiled = compileDraftLibrary();
