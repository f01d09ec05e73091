// Shared by the e2e test and the UI bench: build the renderer (when its sources changed), start
// browser mode on a temp data folder, open Debian's Chromium on it, and record every request the
// page makes and what every page of the context did (page-log.ts, printed when a test fails).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startServer } from '../../main/server/server.ts';
// @ts-expect-error — a plain .mjs build script without type declarations
import { buildRenderer, rendererStale } from '../../scripts/build-renderer.mjs';
import { PageLog } from './page-log.ts';

export const STATIC_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'out', 'renderer');
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface Harness {
  url: string;
  token: string;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Every request URL the page made. */
  requests: string[];
  /** Requests to anything but the loopback bridge. */
  foreign(): string[];
  /** What the pages did: every page of `context` is watched; call `log.watch` for pages of other contexts. */
  log: PageLog;
  close(): Promise<void>;
}

/** Builds the renderer (atomically: a page of another test file that loads meanwhile is unharmed). */
export async function build(): Promise<void> {
  await (buildRenderer as () => Promise<unknown>)();
}

export async function openApp(options: { build?: boolean } = {}): Promise<Harness> {
  // The global setup built it once; a test file rebuilds only when a source changed since.
  if (options.build !== false && (rendererStale as () => boolean)()) await build();
  const dataDir = mkdtempSync(join(tmpdir(), 'wengao-e2e-'));
  const server = await startServer({ dataDir, port: 0, staticDir: STATIC_DIR, log: () => {} });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1500, height: 950 }, locale: 'zh-CN' });
  const log = new PageLog();
  context.on('page', (p) => log.watch(p));
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const origin = new URL(server.url).origin;
  return {
    url: server.url,
    token: server.token,
    browser,
    context,
    page,
    requests,
    log,
    foreign: () => requests.filter((u) => !(u.startsWith(`${origin}/`) || u === origin || u.startsWith(`blob:${origin}/`) || u.startsWith('data:'))),
    async close() {
      await browser.close().catch(() => {});
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function appUrl(h: { url: string; token: string }): string {
  const base = h.url.endsWith('/') ? h.url : `${h.url}/`;
  return `${base}#token=${encodeURIComponent(h.token)}`;
}
