// The browser-mode bridge's guards. The server listens on 127.0.0.1 only, but any page the user has
// open can reach loopback ports, and a DNS-rebinding page can even make them "same-origin" with a
// name of its own. So:
// - Host must name this server exactly (127.0.0.1:PORT or localhost:PORT), on every request: a
//   rebinding page sends its own name in Host.
// - Origin, when present, must be this server's origin (http://127.0.0.1:PORT or
//   http://localhost:PORT), on every request; `Origin: null` (sandboxed frames, file: pages) is
//   refused. Browsers send Origin on every POST, same-origin fetches included, so a browser call
//   from another site always carries a foreign one; a call without Origin comes from a non-browser
//   client, which still needs the token.
// - Every /api call carries the per-start token (Authorization: Bearer …), compared in constant
//   time. It reaches the page in the URL fragment, which browsers never send to a server, and is
//   never written into a URL the page requests, a cookie or a log.
// - Or the session cookie: the page that has the token asks for it once (POST /api/session with the
//   token), so that a second tab or a bookmark of this server works without the token. It holds
//   another per-start secret (not the token), is HttpOnly (no script reads it) and SameSite=Strict,
//   and is named after the port, since browsers send a 127.0.0.1 cookie to every port. Origin and
//   Sec-Fetch-Site still have to be this server's, so another local page cannot ride on it.
// - Sec-Fetch-Site, when a browser sends it, must be same-origin (or none) for /api calls.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { CSP } from '../security/csp.ts';

export { CSP };

/** Headers on every response, static files and API answers alike. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** A random per-start token: 32 bytes, base64url. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/** Constant-time comparison (of SHA-256 digests, so lengths leak nothing either). */
export function sameSecret(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected)) && given.length === expected.length;
}

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function allowedOrigins(port: number): string[] {
  return allowedHosts(port).map((h) => `http://${h}`);
}

/** The refusal of a call without a valid token or session; the page shows how to open the app instead. */
export const DENIED = '拒绝访问：缺少或错误的访问令牌，请使用启动时显示的完整地址打开文稿台';

/** The session cookie's name on this port. */
export function sessionCookieName(port: number): string {
  return `wengao_session_${port}`;
}

/** The Set-Cookie header that opens a session: the session secret, for this server's pages only. */
export function sessionCookie(port: number, session: string): string {
  return `${sessionCookieName(port)}=${session}; Path=/; HttpOnly; SameSite=Strict`;
}

function cookieValue(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}

/** Secrets a request may present: the token (Authorization) or the session cookie. */
export interface Secrets {
  token: string;
  session: string;
}

/** Why a request is refused before it is read, in Chinese; undefined when it may go on. */
export function refusal(req: IncomingMessage, port: number, secrets: Secrets | string, api: boolean): string | undefined {
  const { token, session } = typeof secrets === 'string' ? { token: secrets, session: undefined } : secrets;
  const host = req.headers.host?.toLowerCase();
  if (!host || !allowedHosts(port).includes(host)) return '拒绝访问：请求的主机名不是本机文稿台';
  const origin = req.headers.origin;
  if (origin !== undefined && !allowedOrigins(port).includes(origin.toLowerCase())) return '拒绝访问：请求来自其他网站';
  if (!api) return undefined;
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return '拒绝访问：请求来自其他网站';
  const auth = req.headers.authorization;
  const match = auth === undefined ? null : /^Bearer ([A-Za-z0-9_-]{1,200})$/.exec(auth);
  if (match && sameSecret(match[1]!, token)) return undefined;
  const cookie = session === undefined || auth !== undefined ? undefined : cookieValue(req, sessionCookieName(port));
  if (cookie !== undefined && session !== undefined && sameSecret(cookie, session)) return undefined;
  return DENIED;
}
