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

/** Why a request is refused before it is read, in Chinese; undefined when it may go on. */
export function refusal(req: IncomingMessage, port: number, token: string, api: boolean): string | undefined {
  const host = req.headers.host?.toLowerCase();
  if (!host || !allowedHosts(port).includes(host)) return '拒绝访问：请求的主机名不是本机文稿台';
  const origin = req.headers.origin;
  if (origin !== undefined && !allowedOrigins(port).includes(origin.toLowerCase())) return '拒绝访问：请求来自其他网站';
  if (!api) return undefined;
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return '拒绝访问：请求来自其他网站';
  const auth = req.headers.authorization;
  const match = auth === undefined ? null : /^Bearer ([A-Za-z0-9_-]{1,200})$/.exec(auth);
  if (!match || !sameSecret(match[1]!, token)) return '拒绝访问：缺少或错误的访问令牌，请使用启动时显示的完整地址打开文稿台';
  return undefined;
}
