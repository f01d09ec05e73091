// Prebuilt bundles of the shells that run in Node, so that no TypeScript is compiled when they start:
//   out/cli/        the `wengao` command (bin/wengao.cjs runs out/cli/cli.cjs, or draft.cjs for drafting)
//   out/server/     browser mode (main/server/main.ts)
// The server is an ESM bundle with code splitting: a module (the exporter, the library, the
// proofreader, the store) is a chunk loaded when first needed. The CLI is CommonJS scripts (cli.cjs,
// and draft.cjs for drafting), whose modules are evaluated when a command needs them, and which
// start from a V8 code cache (scripts/code-cache.cjs): Node 20 has no code cache for ES modules, and compiling the
// code at each start was a fifth of a command's time. Native modules and packages
// that load files of their own stay external and come from node_modules. Each folder gets
// inputs.json: the source files it was built from, so a start can tell whether it is stale.
// Run by `npm ci` / `npm install` (prepare) and by bin/wengao.cjs when a source changed.
// Usage: node scripts/build-bundles.mjs [cli|server …]
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SCRIPT_MODULE_URL } from './code-cache.cjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// Bundled CommonJS dependencies call require(); an ESM bundle has to provide it.
const requireShim = "import { createRequire as __wengaoCreateRequire } from 'node:module'; const require = __wengaoCreateRequire(import.meta.url);";

/** Native modules, and packages that read their own files or start workers, stay in node_modules. */
export const EXTERNAL = ['electron', 'better-sqlite3', '@node-rs/jieba', 'unpdf', 'pdfjs-dist', 'exceljs', 'linkedom', '@mozilla/readability', 'opencc-js', 'tsx', 'esbuild'];

/**
 * zod's `locales` namespace (its messages in 40-odd languages, a third of zod's code) is exported by
 * zod/v4 and so kept by tree-shaking, though we only ever use English (core/input/messages.ts writes
 * our Chinese ones): a bundle gets English alone, so that no shell parses the rest at each start.
 */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.includes('/node_modules/zod/') ? { path: join(dirname(args.importer), '../locales/english-only.js'), namespace: 'zod-locales' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({ contents: "export { default as en } from './en.js';", resolveDir: dirname(args.path) }));
  },
};

/**
 * The script as ASCII. esbuild escapes non-ASCII characters in strings but not in regular expression
 * literals, and a script with one non-ASCII character is read into a two-byte string through a slow
 * UTF-8 decode: 50 ms of every start for 2 MB. In a regex literal (the only place left once comments are
 * gone) \uXXXX stands for the same UTF-16 unit, in a class or not, with the u flag or without
 * (where an escaped surrogate pair is one code point, as the pair itself was); a character escaped
 * by a backslash (「\（」) loses the backslash, since \uXXXX is the escape now.
 */
export function asciiScript(source) {
  return source.replace(/(\\*)([\u0080-\uffff])/g, (_, slashes, ch) => {
    const kept = slashes.length % 2 === 1 ? slashes.slice(1) : slashes;
    return `${kept}\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

export const BUNDLES = {
  // The CLI itself is CommonJS scripts, so that it can start from V8's code cache
  // (scripts/code-cache.cjs): cli.cjs has every command, draft.cjs the drafting ones alone
  // (main/cli/draft-main.ts), a third of the size to read at the start of a draft. Its worker and the
  // library compiler stay ES modules beside them.
  cli: {
    scripts: {
      cli: { entry: 'main/cli/main.ts' },
      // The packages only a fallback of drafting needs (the docx library where the compiled skeletons
      // are missing, yaml where the compiled library is) come from node_modules when it happens.
      draft: { entry: 'main/cli/draft-main.ts', external: ['docx', 'jszip', 'yaml', 'word-extractor'] },
    },
    entry: { 'analyse-worker': 'main/services/library/analyse-worker.ts', 'compile-library': 'main/services/compile-library.ts', 'compile-skeletons': 'main/services/export/compile-skeletons.ts' },
  },
  server: {
    entry: {
      main: 'main/server/main.ts',
      'analyse-worker': 'main/services/library/analyse-worker.ts',
      'compile-library': 'main/services/compile-library.ts',
      'compile-skeletons': 'main/services/export/compile-skeletons.ts',
    },
  },
};

/**
 * The bundle's CommonJS scripts, written into `staging`. Returns the source files they were made from.
 * import.meta.url in a script is the URL of a module beside it (SCRIPT_MODULE_URL), so that the
 * files it finds from there (the worker, the compiled library, the package root) are the same.
 * import() of a package becomes require(): code from V8's cache has lost the callback that import()
 * needs under vm (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING), and every external package the CLI loads
 * on demand (unpdf, linkedom, @mozilla/readability) has a CommonJS entry.
 */
async function buildScripts(scripts, staging, common) {
  const { build } = await import('esbuild');
  const inputs = [];
  for (const [name, { entry, external = [] }] of Object.entries(scripts)) {
    const script = await build({
      ...common,
      external: [...common.external, ...external],
      entryPoints: [join(root, entry)],
      outfile: join(staging, `${name}.cjs`),
      format: 'cjs',
      define: { 'import.meta.url': SCRIPT_MODULE_URL, 'import.meta.resolve': 'undefined' },
      supported: { 'dynamic-import': false },
      // No comments or indentation: a fifth less to read and hash at each start (names are kept, so
      // a stack trace in a report still reads).
      minifyWhitespace: true,
      minifySyntax: true,
      write: false,
    });
    mkdirSync(staging, { recursive: true });
    for (const file of script.outputFiles) writeFileSync(file.path, asciiScript(file.text));
    inputs.push(...Object.keys(script.metafile.inputs));
  }
  return inputs;
}

/** Builds one bundle into a fresh folder and swaps it in, so a reader never sees half of one. */
export async function buildBundle(name) {
  const spec = BUNDLES[name];
  const outdir = join(root, 'out', name);
  const staging = `${outdir}.building-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  // esbuild is a development dependency: imported here so that the check of a missing one below works.
  const { build } = await import('esbuild');
  const common = { bundle: true, platform: 'node', target: 'node20', external: EXTERNAL, metafile: true, plugins: [zodEnglishOnly], logLevel: 'warning', absWorkingDir: root, legalComments: 'none' };
  const result = await build({
    ...common,
    entryPoints: Object.fromEntries(Object.entries(spec.entry).map(([k, v]) => [k, join(root, v)])),
    outdir: staging,
    outExtension: { '.js': '.mjs' },
    splitting: true,
    format: 'esm',
    banner: { js: requireShim },
  });
  const scriptInputs = await buildScripts(spec.scripts ?? {}, staging, common);
  // The templates and phrase banks count as inputs too: the bundle's compiled library is made from them.
  const data = ['templates', 'corpus'].flatMap((dir) => readdirSync(join(root, dir)).filter((f) => f.endsWith('.yaml')).map((f) => `${dir}/${f}`));
  const sources = new Set([...Object.keys(result.metafile.inputs), ...scriptInputs]);
  // And the recipe: a bundle made by an older build-bundles.mjs or for an older loader is remade.
  const recipe = ['scripts/build-bundles.mjs', 'scripts/code-cache.cjs'];
  const inputs = [...[...sources].filter((p) => !p.includes('node_modules')), ...data, ...recipe];
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
  // The templates and phrase banks as JSON beside the bundle (main/services/library-files.ts), checked once
  // here, and the constant parts of a .docx for every layout (main/services/export/skeleton.ts).
  await import(pathToFileURL(join(outdir, 'compile-library.mjs')).href);
  await import(pathToFileURL(join(outdir, 'compile-skeletons.mjs')).href);
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
