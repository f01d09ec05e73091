// Bundles the renderer into out/renderer (app.js, app.css, index.html, chunks/).
// esbuild rather than electron-vite: it is already installed (no plugins to fetch offline), it
// builds in well under a second, and one bundle serves both browser mode and the Electron shell.
//
// A running server may be serving out/renderer while it is rebuilt (a second `npm start`, a test
// file starting while another one's page reloads). The folder is therefore never emptied: every
// file is written beside it and renamed into place (rename is atomic), the chunks first, the entry
// next and index.html last, so a page that loads meanwhile gets a whole old or a whole new bundle,
// never the 「界面尚未构建」 placeholder or a half-written script. (Emptying the folder first was
// what left CI's reloaded pages on the placeholder for good.)
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'out', 'renderer');
const builtIndex = join(outdir, 'index.html');

/** The newest modification time of any file under `dir`. */
function newest(dir) {
  let max = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) max = Math.max(max, newest(path));
    else if (entry.isFile()) max = Math.max(max, statSync(path).mtimeMs);
  }
  return max;
}

/** True when the built renderer is missing or older than its sources (core/ included: it is bundled). */
export function rendererStale() {
  if (!existsSync(builtIndex)) return true;
  const built = statSync(builtIndex).mtimeMs;
  return [join(root, 'renderer'), join(root, 'core')].some((dir) => existsSync(dir) && newest(dir) > built);
}

/** Order of replacement: chunks before the entry that imports them, index.html last. */
function rank(path) {
  if (path.endsWith(`${sep}index.html`)) return 2;
  return path.includes(`${sep}chunks${sep}`) ? 0 : 1;
}

export async function buildRenderer({ minify = true } = {}) {
  const started = Date.now();
  // Imported here, not at the top: a start that only asks rendererStale() must not load esbuild (a
  // development dependency, absent from an install without them).
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: { app: join(root, 'renderer', 'src', 'main.tsx') },
    bundle: true,
    outdir,
    write: false,
    // ES modules with splitting: the editor is a chunk loaded on demand (see App.tsx). Electron
    // loads module scripts from file:// pages, as electron-vite's builds do.
    format: 'esm',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    platform: 'browser',
    // Lexical's package exports pick its production build under this condition.
    conditions: ['production'],
    target: 'chrome120',
    minify,
    sourcemap: false,
    jsx: 'automatic',
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  const files = result.outputFiles.map((f) => ({ path: f.path, contents: f.contents }));
  files.push({ path: builtIndex, contents: await readFile(join(root, 'renderer', 'index.html')) });
  files.sort((a, b) => rank(a.path) - rank(b.path));
  // Staging beside the served folder (same file system, so rename is atomic), unique per build.
  const staging = join(root, 'out', `.renderer-staging-${process.pid}-${Math.random().toString(36).slice(2)}`);
  await mkdir(staging, { recursive: true });
  await mkdir(join(outdir, 'chunks'), { recursive: true });
  try {
    for (const [i, file] of files.entries()) {
      const temp = join(staging, String(i));
      await writeFile(temp, file.contents);
      await rename(temp, file.path);
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  // Chunks of earlier builds (their names carry a hash) would pile up.
  const kept = new Set(files.map((f) => relative(outdir, f.path)));
  for (const name of await readdir(join(outdir, 'chunks'))) {
    if (!kept.has(join('chunks', name))) await rm(join(outdir, 'chunks', name), { force: true });
  }
  return { outdir, ms: Date.now() - started };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { outdir: dir, ms } = await buildRenderer();
  console.log(`renderer → ${dir} (${ms} ms)`);
}
