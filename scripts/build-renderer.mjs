// Bundles the renderer into out/renderer (app.js, app.css, index.html, chunks/).
// esbuild rather than electron-vite: it is already installed (no plugins to fetch offline), it
// builds in well under a second, and one bundle serves both browser mode and the Electron shell.
import { build } from 'esbuild';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'out', 'renderer');

export async function buildRenderer({ minify = true } = {}) {
  const started = Date.now();
  // Old chunks would pile up under their hashed names.
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  await build({
    entryPoints: { app: join(root, 'renderer', 'src', 'main.tsx') },
    bundle: true,
    outdir,
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
  await copyFile(join(root, 'renderer', 'index.html'), join(outdir, 'index.html'));
  return { outdir, ms: Date.now() - started };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { outdir: dir, ms } = await buildRenderer();
  console.log(`renderer → ${dir} (${ms} ms)`);
}
