// Before any test: the prebuilt bundles are made fresh once (as `npm ci`'s prepare step makes them),
// so that the many `wengao` processes the tests start all run the bundle, and none of them has to
// rebuild it (or race another one doing so) after a source changed. The renderer too: the e2e files
// then only rebuild it when a source changes during the run.
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../main/services/library-files.ts';

export default async function setup(): Promise<void> {
  const { isFresh } = (await import(join(PACKAGE_ROOT, 'scripts', 'bundle-fresh.cjs'))) as { isFresh(name: string): boolean };
  const { buildBundle } = (await import(join(PACKAGE_ROOT, 'scripts', 'build-bundles.mjs'))) as { buildBundle(name: string): Promise<string> };
  for (const name of ['cli', 'server']) if (!isFresh(name)) await buildBundle(name);
  const renderer = (await import(join(PACKAGE_ROOT, 'scripts', 'build-renderer.mjs'))) as { rendererStale(): boolean; buildRenderer(): Promise<unknown> };
  if (renderer.rendererStale()) await renderer.buildRenderer();
}
