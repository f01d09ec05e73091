// Static files of the built renderer: `/` is index.html; a path is decoded, resolved and must stay
// inside the folder (links resolved too), or the answer is 404. Without a built index.html, `/`
// gets a placeholder page saying so.
import { createReadStream, existsSync, realpathSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { own } from '../../core/own.ts';

export const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export const PLACEHOLDER = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>文稿台</title></head>
<body style="font-family: sans-serif; margin: 4em;"><h1>文稿台</h1><p>界面尚未构建。请先构建界面（npm start 会自动构建），然后刷新本页。</p></body></html>
`;

/** The file a URL path names inside `root`, or undefined (outside, missing, not a file, malformed). */
export function resolveStatic(root: string, urlPath: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (path.includes('\0') || path.includes('\\')) return undefined;
  if (path === '/' || path === '') path = '/index.html';
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    return undefined;
  }
  const file = resolve(realRoot, '.' + (path.startsWith('/') ? path : '/' + path));
  if (!file.startsWith(realRoot + sep)) return undefined;
  try {
    const real = realpathSync(file);
    if (!real.startsWith(realRoot + sep) || !statSync(real).isFile()) return undefined;
    return real;
  } catch {
    return undefined;
  }
}

export function serveStatic(req: IncomingMessage, res: ServerResponse, root: string, urlPath: string, headers: Record<string, string>): void {
  const file = resolveStatic(root, urlPath);
  const head = req.method === 'HEAD';
  if (!file) {
    if ((urlPath === '/' || urlPath === '/index.html') && !existsSync(resolve(root, 'index.html'))) {
      res.writeHead(200, { ...headers, 'Content-Type': MIME['.html']!, 'Cache-Control': 'no-store' });
      res.end(head ? undefined : PLACEHOLDER);
      return;
    }
    res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(head ? undefined : '未找到');
    return;
  }
  const size = statSync(file).size;
  res.writeHead(200, {
    ...headers,
    'Content-Type': own(MIME, extname(file).toLowerCase()) ?? 'application/octet-stream',
    'Content-Length': String(size),
    'Cache-Control': 'no-cache',
  });
  if (head) {
    res.end();
    return;
  }
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}
