// Bundles the Electron main process and preload with esbuild (no Electron binary needed):
//   out/main/electron/main.js     ESM, platform node; electron, better-sqlite3 and opencc-js stay external
//   out/main/electron/preload.js  CommonJS: a sandboxed preload is a plain script that may only
//                                 require('electron')
// Usage: node scripts/build-electron.mjs [--outdir DIR]   (default: out/main/electron)
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Packages loaded from node_modules when first needed rather than bundled: OpenCC's tables (opencc-js,
 * 110 KB, 360 KB once bundled as ASCII) are read only for a file in traditional characters.
 */
const ON_DEMAND = ['opencc-js'];

// Bundled CommonJS dependencies call require(); an ESM bundle has to provide it.
const requireShim = "import { createRequire as __wengaoCreateRequire } from 'node:module'; const require = __wengaoCreateRequire(import.meta.url);";

export async function buildElectron(outdir = join(root, 'out', 'main', 'electron')) {
  const common = { bundle: true, sourcemap: true, logLevel: 'warning', absWorkingDir: root, legalComments: 'none' };
  await build({
    ...common,
    entryPoints: [join(root, 'main', 'electron', 'main.ts')],
    outfile: join(outdir, 'main.js'),
    platform: 'node',
    format: 'esm',
    target: 'node22',
    external: ['electron', 'better-sqlite3', ...ON_DEMAND],
    banner: { js: requireShim },
  });
  // The library's import worker, found next to main.js as ./analyse-worker.js (library.ts).
  await build({
    ...common,
    entryPoints: [join(root, 'main', 'services', 'library', 'analyse-worker.ts')],
    outfile: join(outdir, 'analyse-worker.js'),
    platform: 'node',
    format: 'esm',
    target: 'node22',
    external: ['electron', 'better-sqlite3', ...ON_DEMAND],
    banner: { js: requireShim },
  });
  await build({
    ...common,
    entryPoints: [join(root, 'main', 'electron', 'preload.ts')],
    outfile: join(outdir, 'preload.js'),
    platform: 'browser',
    format: 'cjs',
    target: 'chrome140',
    external: ['electron'],
  });
  return { main: join(outdir, 'main.js'), preload: join(outdir, 'preload.js') };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--outdir');
  const out = await buildElectron(at > 0 && process.argv[at + 1] ? resolve(process.argv[at + 1]) : undefined);
  console.log(`built ${out.main} and ${out.preload}`);
}
