// `npm run bench`: prints every figure the issues name, with its target.
import { benchDiff } from './diff.ts';
import { benchDraftExport } from './draft-export.ts';

const results = [await benchDraftExport(), await benchDiff()];
try {
  const { benchStore } = await import('./store.ts');
  results.push(await benchStore());
} catch (err) {
  // bench/store.ts arrives with the store's tests; until then say so rather than fail.
  if ((err as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw err;
  console.log('\n## Store — not yet measured');
}
console.log(results.every(Boolean) ? '\nall targets met' : '\nsome targets NOT met');
