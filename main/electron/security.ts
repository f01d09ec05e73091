// Everything the window may not do: open windows, navigate away, attach webviews, ask for
// permissions, or reach the network. Nothing leaves the machine (DESIGN.md "Browser mode and security").
// There is no `remote` module to disable: Electron removed it in version 14.
import { relative, isAbsolute, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { App, Session, WebContents } from 'electron';
import { CSP } from '../security/csp.ts';

export { CSP };

/** Where the app's own files are: the packaged app folder (or app.asar) and its page. */
export interface AppFiles {
  /** app.getAppPath(): every file the window may load lies under it. */
  root: string;
  /** The page itself, out/renderer/index.html under root. */
  page: string;
}

export function appFiles(root: string): AppFiles {
  return { root: resolve(root), page: resolve(root, 'out', 'renderer', 'index.html') };
}

export function pageUrl(files: AppFiles): string {
  return pathToFileURL(files.page).href;
}

function filePath(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'file:') return undefined;
    parsed.hash = '';
    parsed.search = '';
    return resolve(fileURLToPath(parsed));
  } catch {
    return undefined; // not a URL, or a file URL with a host
  }
}

/** A file:// URL of a file under the app folder. */
export function isAppFile(url: string, files: AppFiles): boolean {
  const path = filePath(url);
  if (path === undefined) return false;
  const rel = relative(files.root, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/** The app's page, whatever its hash or query. */
export function isAppPage(url: string, files: AppFiles): boolean {
  return filePath(url) === files.page;
}

/** What the window may fetch: its own files, inline data, and the developer tools. */
export function isAllowedRequest(url: string, files: AppFiles): boolean {
  if (url.startsWith('devtools://') || url.startsWith('data:') || url.startsWith('blob:file://')) return true;
  return isAppFile(url, files);
}

/** Adds the CSP to every response (and drops any other), blocks every request that is not the app's own. */
export function lockSession(session: Session, files: AppFiles): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    const kept = Object.entries(details.responseHeaders ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy');
    const headers: Record<string, string[]> = { ...Object.fromEntries(kept), 'Content-Security-Policy': [CSP] };
    callback({ responseHeaders: headers });
  });
  // No filter: every request of every scheme reaches the listener, which lets only the app's own through.
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, files) });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** Every web contents: no new windows, no navigation off the app's files, no webviews. */
export function lockContents(contents: WebContents, files: AppFiles): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event) => {
    if (!isAppPage(event.url, files)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppPage(event.url, files)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Call once the app is ready (the default session exists only then). */
export function harden(app: Pick<App, 'on'>, session: Session, files: AppFiles): void {
  app.on('web-contents-created', (_event, contents) => lockContents(contents, files));
  lockSession(session, files);
}
