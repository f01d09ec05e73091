// Shared by the e2e test and the UI bench: build the renderer, start browser mode on a temp data
// folder, open Debian's Chromium on it, and record every request the page makes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startServer } from '../../main/server/server.ts';
// @ts-expect-error — a plain .mjs build script without type declarations
import { buildRenderer } from '../../scripts/build-renderer.mjs';

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
  close(): Promise<void>;
}

export async function build(): Promise<void> {
  await (buildRenderer as () => Promise<unknown>)();
}

export async function openApp(options: { build?: boolean } = {}): Promise<Harness> {
  if (options.build !== false) await build();
  const dataDir = mkdtempSync(join(tmpdir(), 'wengao-e2e-'));
  const server = await startServer({ dataDir, port: 0, staticDir: STATIC_DIR, log: () => {} });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1500, height: 950 }, locale: 'zh-CN' });
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
