// `npm run bench`: prints every figure the issues name, with its target.
import { benchDraftExport } from './draft-export.ts';

const results = [await benchDraftExport()];
console.log(results.every(Boolean) ? '\nall targets met' : '\nsome targets NOT met');
