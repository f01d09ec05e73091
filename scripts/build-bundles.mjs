// Prebuilt bundles of the shells that run in Node, so that no TypeScript is compiled when they start:
//   out/cli/        the `wengao` command (bin/wengao.mjs loads out/cli/main.mjs)
//   out/server/     browser mode (main/server/main.ts)
// Each is an ESM bundle with code splitting: a command's module (the exporter, the library, the
// proofreader, the store) is a chunk loaded when the command needs it. Native modules and packages
// that load files of their own stay external and come from node_modules. Each folder gets
// inputs.json: the source files it was built from, so a start can tell whether it is stale.
// Run by `npm ci` / `npm install` (prepare) and by bin/wengao.mjs when a source changed.
// Usage: node scripts/build-bundles.mjs [cli|server …]
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// Bundled CommonJS dependencies call require(); an ESM bundle has to provide it.
const requireShim = "import { createRequire as __wengaoCreateRequire } from 'node:module'; const require = __wengaoCreateRequire(import.meta.url);";

/** Native modules, and packages that read their own files or start workers, stay in node_modules. */
export const EXTERNAL = ['electron', 'better-sqlite3', '@node-rs/jieba', 'unpdf', 'pdfjs-dist', 'exceljs', 'linkedom', '@mozilla/readability', 'tsx', 'esbuild'];

export const BUNDLES = {
  cli: { entry: { main: 'main/cli/main.ts', 'analyse-worker': 'main/services/library/analyse-worker.ts', 'compile-library': 'main/services/compile-library.ts' } },
  server: { entry: { main: 'main/server/main.ts', 'analyse-worker': 'main/services/library/analyse-worker.ts', 'compile-library': 'main/services/compile-library.ts' } },
};

/** Builds one bundle into a fresh folder and swaps it in, so a reader never sees half of one. */
export async function buildBundle(name) {
  const spec = BUNDLES[name];
  const outdir = join(root, 'out', name);
  const staging = `${outdir}.building-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  // esbuild is a development dependency: imported here so that the check of a missing one below works.
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: Object.fromEntries(Object.entries(spec.entry).map(([k, v]) => [k, join(root, v)])),
    outdir: staging,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: EXTERNAL,
    banner: { js: requireShim },
    metafile: true,
    logLevel: 'warning',
    absWorkingDir: root,
    legalComments: 'none',
  });
  // The templates and phrase banks count as inputs too: the bundle's compiled library is made from them.
  const data = ['templates', 'corpus'].flatMap((dir) => readdirSync(join(root, dir)).filter((f) => f.endsWith('.yaml')).map((f) => `${dir}/${f}`));
  const inputs = [...Object.keys(result.metafile.inputs).filter((p) => !p.includes('node_modules')), ...data];
  writeFileSync(join(staging, 'inputs.json'), JSON.stringify({ builtAt: Date.now(), inputs: inputs.map((p) => relative(root, resolve(root, p))) }) + '\n');
  mkdirSync(dirname(outdir), { recursive: true });
  const old = `${outdir}.old-${process.pid}`;
  try {
    renameSync(outdir, old);
  } catch {
    // No earlier bundle.
  }
  renameSync(staging, outdir);
  rmSync(old, { recursive: true, force: true });
  // The templates and phrase banks as JSON beside the bundle (main/services/library-files.ts), checked once here.
  await import(pathToFileURL(join(outdir, 'compile-library.mjs')).href);
  return outdir;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const names = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(BUNDLES);
  try {
    for (const name of names) console.log(`built ${relative(root, await buildBundle(name))}`);
  } catch (err) {
    // An install without development dependencies (npm ci --omit=dev) has no esbuild: the shells then
    // run their TypeScript through tsx, so the install goes on.
    if (err?.code !== 'ERR_MODULE_NOT_FOUND' || !String(err.message).includes("'esbuild'")) throw err;
    console.log('esbuild is not installed: no prebuilt bundles; wengao and browser mode run from the sources.');
  }
}
