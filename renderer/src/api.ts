// One typed client for the whole UI: Electron's preload bridge when it is there, otherwise the
// browser-mode HTTP bridge on loopback with the per-start token from the address (#token=…).
// The rest of the UI only calls `call(method, input)` and never knows which transport it has.
import type { Input, Method, Output } from '../../core/api.ts';
import type { WengaoBridge } from '../../core/bridge.ts';

/**
 * A problem the user can fix, in Chinese (core/api.ts's ApiError has the same shape). Defined here
 * so that the page does not bundle zod with the contract's schemas: only the types cross over.
 */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly details: string[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

declare global {
  interface Window {
    wengao?: WengaoBridge;
  }
}

let token: string | null = null;

/**
 * Reads the token once from `#token=…` and removes it from the address bar. It is kept in this
 * tab's sessionStorage so that a reload (or recovering after a crash of the page) still works; other
 * tabs of the same server use the session cookie that startSession() asks for.
 */
export function readToken(): string | null {
  if (token !== null) return token;
  const m = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (m) {
    token = decodeURIComponent(m[1]!);
    history.replaceState(null, '', location.pathname + location.search);
    try {
      sessionStorage.setItem('wengao.token', token);
    } catch {
      // Storage may be disabled; the token then lives only in memory.
    }
  } else {
    try {
      token = sessionStorage.getItem('wengao.token') ?? '';
    } catch {
      token = '';
    }
  }
  return token;
}

/**
 * Browser mode: with the token, asks the server for its session cookie (HttpOnly, SameSite=Strict),
 * so that a new tab or a bookmark of this address opens without the token. Best effort: without it,
 * this tab still works with the token.
 */
export async function startSession(): Promise<void> {
  const t = readToken();
  if (bridge() || !t) return;
  await fetch('/api/session', { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${t}` }, body: '{}' }).catch(() => undefined);
}

/** Fired on window when the server refuses the page (no token, no session): App shows how to open the app. */
export const DENIED_EVENT = 'wengao:denied';

export function bridge(): WengaoBridge | undefined {
  return typeof window !== 'undefined' ? window.wengao : undefined;
}

function toApiError(body: unknown, fallback: string): ApiError {
  if (body && typeof body === 'object' && 'error' in body && typeof (body as { error: unknown }).error === 'string') {
    const b = body as { error: string; details?: unknown };
    const details = Array.isArray(b.details) ? b.details.map(String) : [];
    return new ApiError(b.error, details);
  }
  return new ApiError(fallback);
}

export async function call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
  const electron = bridge();
  if (electron) {
    try {
      return await electron.invoke(method, input);
    } catch (e) {
      // The preload rejects with a plain BridgeError { error, message, details } (core/bridge.ts).
      if (e instanceof ApiError) throw e;
      const err = (e ?? {}) as { error?: unknown; message?: unknown; details?: unknown };
      throw toApiError({ error: typeof err.error === 'string' ? err.error : typeof err.message === 'string' ? err.message : '操作失败', details: err.details }, '操作失败');
    }
  }
  let res: Response;
  try {
    res = await fetch(`/api/${method}`, {
      method: 'POST',
      // Without a token (a second tab), the session cookie goes along by itself.
      headers: { 'Content-Type': 'application/json', ...(readToken() ? { Authorization: `Bearer ${readToken()}` } : {}) },
      body: JSON.stringify({ input }),
    });
  } catch {
    throw new ApiError('无法连接本机服务，请确认文稿台仍在运行。');
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    if (res.status === 401 || res.status === 403) {
      const err = toApiError(body, '访问被拒绝：地址中的令牌无效，请用启动时显示的完整地址重新打开。');
      window.dispatchEvent(new CustomEvent(DENIED_EVENT, { detail: err.message }));
      throw err;
    }
    throw toApiError(body, `操作失败（${res.status}）`);
  }
  return (body as { output: Output<M> }).output;
}

/** Calls started before the first screen was drawn, each waiting to be taken once (callEarly). */
const early = new Map<string, Promise<unknown>>();

/**
 * Starts a call the first screen will make, now, while React is still loading and drawing: the
 * answer is on its way when the screen asks (start to interactive). Only with a token: a page
 * without one is refused, and that must be seen by the app, which is not listening yet.
 */
export function callEarly<M extends Method>(method: M, input: Input<M>): void {
  if (!bridge() && !readToken()) return;
  const pending = call(method, input);
  pending.catch(() => undefined);
  early.set(`${method} ${JSON.stringify(input)}`, pending);
}

/** The answer of the same call started early, else the call made now; an early failure is retried now. */
export function callOrEarly<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
  const key = `${method} ${JSON.stringify(input)}`;
  const pending = early.get(key) as Promise<Output<M>> | undefined;
  if (!pending) return call(method, input);
  early.delete(key);
  return pending.catch(() => call(method, input));
}

/** An error as one Chinese message for the status bar. */
export function errorText(e: unknown): string {
  if (e instanceof ApiError) return e.details.length ? `${e.message}：${e.details.join('；')}` : e.message;
  if (e instanceof Error) return `出错了：${e.message}`;
  return '出错了';
}

/**
 * A call sent as the page goes away (reload, close): the request outlives the page (fetch keepalive,
 * browser mode; the desktop window holds its close instead). Nothing waits for the answer.
 */
export function callAsPageLeaves<M extends Method>(method: M, input: Input<M>): void {
  const electron = bridge();
  if (electron) {
    void electron.invoke(method, input).catch(() => undefined);
    return;
  }
  void fetch(`/api/${method}`, {
    method: 'POST',
    keepalive: true,
    headers: { 'Content-Type': 'application/json', ...(readToken() ? { Authorization: `Bearer ${readToken()}` } : {}) },
    body: JSON.stringify({ input }),
  }).catch(() => undefined);
}
