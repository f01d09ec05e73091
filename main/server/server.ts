// Browser mode: the same UI and API as the desktop app, on 127.0.0.1 at a free port.
//
//   GET  /…            static files of the built renderer (no token: they hold no user data)
//   POST /api/<method> JSON { input } with Authorization: Bearer <token>, or the session cookie
//                      → 200 { output } · 400 { error, details } · 403/404/405/413/415 { error } · 500 { error: '内部错误' }
//   POST /api/session  with the token → 204 and the session cookie (HttpOnly, SameSite=Strict), so
//                      that another tab of this server works without the token (security.ts)
//
// Host and Origin are checked on every request, the token or session on every API call. The
// token reaches the page in the URL fragment (#token=…), never in a URL sent to the server.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { DraftLibrary } from '../../core/draft/index.ts';
import { ApiError } from '../../core/api.ts';
import { dispatch, errorBody, InternalError } from '../api/dispatch.ts';
import { createHandlers, type Handlers } from '../api/handlers.ts';
import { loadDraftLibrary, PACKAGE_ROOT } from '../services/library-files.ts';
import { resolveDatabase } from '../services/store/paths.ts';
import { closeImportThread, sweepUnfinishedImports } from '../services/library/import-thread.ts';
import { Store } from '../services/store/store.ts';
import { BadBody, BodyTooLarge, parseCall, readBody } from './body.ts';
import { importCall } from './import-call.ts';
import { libraryOnDemand } from '../api/library-on-demand.ts';
import { newToken, refusal, SECURITY_HEADERS, sessionCookie } from './security.ts';
import { serveStatic } from './static.ts';

/** How long after the page's first API call the drafting library is read in the background. */
const WARM_UP_MS = 500;

/** Large enough for a 50 MB library file as base64 in JSON. */
export const MAX_BODY_BYTES = 70 * 1024 * 1024;

export interface ServerOptions {
  /** The data folder (default: WENGAO_DATA_DIR, then the user's data folder). */
  dataDir?: string;
  /** 0 (default): a free port. */
  port?: number;
  /** The built renderer (default out/renderer in the package). */
  staticDir?: string;
  /** Bodies larger than this are refused with 413. */
  maxBodyBytes?: number;
  /** A store already open (tests); closed by close() only when the server opened it. */
  store?: Store;
  /** The drafting library, or how to load it (default: the package's, loaded on first use; library.ts). */
  library?: DraftLibrary | (() => DraftLibrary);
  /** Where internal errors are reported (default console.error); never to the page. */
  log?: (message: string, err?: unknown) => void;
  /** A connection that has not sent its headers after this long is closed (default 30 s). */
  headersTimeoutMs?: number;
}

export interface RunningServer {
  url: string;
  token: string;
  port: number;
  /** The address with its token in the fragment, for the user to open. */
  openUrl: string;
  server: Server;
  store: Store;
  close(): Promise<void>;
}

function sendJson(res: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(text);
}

interface CallContext {
  handlers: Handlers;
  store: Store;
  limit: number;
  log: NonNullable<ServerOptions['log']>;
}

/** One API call: its body read and dispatched, the answer (or the refusal) sent. */
async function answerCall(req: IncomingMessage, res: ServerResponse, method: string, { handlers, store, limit, log }: CallContext): Promise<void> {
  // A library file's call (up to 50 MB as base64) is neither parsed nor imported in this thread,
  // which goes on answering the other calls meanwhile (import-call.ts).
  const run =
    method === 'library.import' || method === 'library.importFiles'
      ? (signal: AbortSignal) => importCall(method, req, limit, store, signal, (body) => dispatch(handlers, method, parseCall(body)))
      : async () => dispatch(handlers, method, parseCall(await readBody(req, limit)));
  // The page gave up on the call (a cancelled import): whatever it started is stopped.
  const gone = new AbortController();
  res.on('close', () => res.writableFinished || gone.abort());
  try {
    sendJson(res, 200, { output: await run(gone.signal) });
  } catch (err) {
    if (err instanceof BodyTooLarge) {
      sendJson(res, 413, { error: `请求过大（上限 ${Math.floor(limit / 1048576)} MB）` }, { Connection: 'close' });
      req.resume();
      return;
    }
    if (err instanceof BadBody) return sendJson(res, 400, { error: err.message });
    if (err instanceof InternalError) log(`文稿台内部错误（${method}）：${err.message}`, err.detail ?? err);
    else if (!(err instanceof ApiError)) log(`文稿台内部错误（${method}）`, err);
    const { status, body: answer } = errorBody(err);
    sendJson(res, status, answer);
  }
}

/** Listens on 127.0.0.1 only; rejects when the port is taken. */
function listen(server: Server, port: number): Promise<void> {
  return new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen({ host: '127.0.0.1', port, exclusive: true }, () => {
      server.off('error', fail);
      ok();
    });
  });
}

interface Routing {
  /** The port listened on (known once listening). */
  port(): number;
  keys: { token: string; session: string };
  staticDir: string;
  calls: CallContext;
}

/** One request: the checks every request passes, then a static file, the session, or an API call. */
async function route(req: IncomingMessage, res: ServerResponse, r: Routing): Promise<void> {
  const rawUrl = req.url ?? '/';
  // Only origin-form targets: an absolute URL or `*` is not ours to serve.
  if (!rawUrl.startsWith('/')) return sendJson(res, 400, { error: '请求地址无效' });
  const pathname = rawUrl.split('?')[0]!.split('#')[0]!;
  const api = pathname === '/api' || pathname.startsWith('/api/');
  const refused = refusal(req, r.port(), r.keys, api);
  if (refused) {
    req.resume();
    return sendJson(res, 403, { error: refused }, { Connection: 'close' });
  }
  if (!api) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { error: '不支持的请求方法' }, { Allow: 'GET, HEAD' });
    return serveStatic(req, res, r.staticDir, pathname, { ...SECURITY_HEADERS });
  }
  if (req.method !== 'POST') {
    req.resume();
    return sendJson(res, 405, { error: '不支持的请求方法' }, { Allow: 'POST' });
  }
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') {
    req.resume();
    return sendJson(res, 415, { error: '请求应为 JSON（Content-Type: application/json）' }, { Connection: 'close' });
  }
  if (pathname === '/api/session') {
    req.resume();
    res.writeHead(204, { ...SECURITY_HEADERS, 'Set-Cookie': sessionCookie(r.port(), r.keys.session), 'Cache-Control': 'no-store' });
    res.end();
    return;
  }
  return answerCall(req, res, decodeURIComponentSafe(pathname.slice('/api/'.length)), r.calls);
}

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const staticDir = resolve(PACKAGE_ROOT, options.staticDir ?? 'out/renderer');
  const limit = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const log = options.log ?? ((message: string, err?: unknown) => console.error(message, err ?? ''));
  const ownStore = !options.store;
  const place = options.store ? undefined : resolveDatabase({ flag: options.dataDir });
  if (place?.notice) log(place.notice);
  const store = options.store ?? new Store(place!.path);
  const given = options.library;
  const library = libraryOnDemand(typeof given === 'function' ? given : given ? () => given : () => loadDraftLibrary(), log);
  // What an import of an earlier run left unfinished (the server stopped in the middle) is deleted, off this thread.
  sweepUnfinishedImports(store);
  const calls: CallContext = { handlers: createHandlers({ store, library }), store, limit, log };
  const token = newToken();
  const session = newToken();
  let port = 0;

  const routing: Routing = { port: () => port, keys: { token, session }, staticDir, calls };
  // Once the page has asked for its first answer (the 文稿 list is being drawn), the library is read
  // in the background, so that 新建 and the first 生成 do not wait for it. A failure is logged there
  // and told to the user by the call that needs it.
  let warmUp: NodeJS.Timeout | undefined;
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    if (!warmUp && req.url?.startsWith('/api/')) {
      warmUp = setTimeout(() => {
        try {
          library();
        } catch {
          // Logged by libraryOnDemand; refused to the call that needs it.
        }
      }, WARM_UP_MS);
      warmUp.unref();
    }
    return route(req, res, routing);
  };

  // Node checks the timeouts every connectionsCheckingInterval (default 30 s), so a 30 s
  // headersTimeout closed a slow connection only after about 60 s: checked every second instead.
  const server = createServer({ connectionsCheckingInterval: 1000 }, (req, res) => {
    handle(req, res).catch((err: unknown) => {
      log('文稿台内部错误', err);
      if (!res.headersSent) sendJson(res, 500, { error: '内部错误' });
      else res.destroy();
    });
  });
  server.headersTimeout = options.headersTimeoutMs ?? 30_000;
  server.requestTimeout = 5 * 60_000;

  try {
    await listen(server, options.port ?? 0);
  } catch (err) {
    if (ownStore) store.close();
    throw err;
  }
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/`;
  let closed = false;
  return {
    url,
    token,
    port,
    openUrl: `${url}#token=${token}`,
    server,
    store,
    close: async () => {
      if (closed) return;
      closed = true;
      clearTimeout(warmUp);
      await new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      });
      await closeImportThread(store);
      if (ownStore) store.close();
    },
  };
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
