// Browser mode's bridge, started for real on a temp data folder: loopback only, the token on every
// API call, foreign Host and Origin refused, static files confined to their folder, a strict CSP,
// bodies limited.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP, sameSecret } from '../../main/server/security.ts';
import { startServer, type RunningServer } from '../../main/server/server.ts';

const tmp = mkdtempSync(join(tmpdir(), 'wengao-server-'));
const staticDir = join(tmp, 'renderer');
let srv: RunningServer;

beforeAll(async () => {
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>文稿台</title><script src="/assets/app.js"></script>');
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1);');
  writeFileSync(join(tmp, 'secret.txt'), '不应被读到');
  srv = await startServer({ dataDir: join(tmp, 'data'), port: 0, staticDir, maxBodyBytes: 64 * 1024, log: () => {} });
});
afterAll(async () => {
  await srv.close();
  rmSync(tmp, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  json: () => Record<string, unknown>;
}

/** A raw request: the path is sent as written (no URL normalisation), headers exactly as given. */
function send(method: string, path: string, headers: Record<string, string> = {}, body?: string | Buffer): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: srv.port, method, path, headers: { Host: `127.0.0.1:${srv.port}`, ...headers }, setHost: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) as Record<string, unknown> });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

const api = (method: string, input: unknown, headers: Record<string, string> = {}) =>
  send('POST', `/api/${method}`, { 'Content-Type': 'application/json', Authorization: `Bearer ${srv.token}`, ...headers }, JSON.stringify({ input }));

describe('browser-mode server', () => {
  it('listens on 127.0.0.1 only, with a fresh random token', async () => {
    expect((srv.server.address() as AddressInfo).address).toBe('127.0.0.1');
    expect(srv.url).toBe(`http://127.0.0.1:${srv.port}/`);
    expect(srv.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(srv.openUrl).toBe(`${srv.url}#token=${srv.token}`);
    const other = await startServer({ dataDir: join(tmp, 'data2'), staticDir, log: () => {} });
    try {
      expect(other.token).not.toBe(srv.token);
      expect(other.port).not.toBe(srv.port);
    } finally {
      await other.close();
    }
  });

  it('a valid call → 200 with its output', async () => {
    const r = await api('templates.list', {});
    expect(r.status).toBe(200);
    expect(r.headers['cache-control']).toBe('no-store');
    expect(r.headers['content-type']).toMatch(/^application\/json/);
    const output = r.json().output as { id: string }[];
    expect(output.map((t) => t.id)).toContain('speech-deploy');
    // The page's own fetch carries its origin (either spelling of loopback).
    expect((await api('documents.list', {}, { Origin: `http://127.0.0.1:${srv.port}` })).status).toBe(200);
    expect((await api('documents.list', {}, { Origin: `http://localhost:${srv.port}`, Host: `localhost:${srv.port}` })).status).toBe(200);
  });

  it('refuses a call without the token, or with a wrong one (403, Chinese error)', async () => {
    const none = await send('POST', '/api/templates.list', { 'Content-Type': 'application/json' }, '{"input":{}}');
    expect(none.status).toBe(403);
    expect(none.json().error).toMatch(/令牌/);
    expect((await api('templates.list', {}, { Authorization: 'Bearer wrong' })).status).toBe(403);
    expect((await api('templates.list', {}, { Authorization: `Bearer ${srv.token.slice(0, -1)}x` })).status).toBe(403);
    expect((await api('templates.list', {}, { Authorization: srv.token })).status).toBe(403);
    // The token in the URL is not a token.
    expect((await send('POST', `/api/templates.list?token=${srv.token}`, { 'Content-Type': 'application/json' }, '{"input":{}}')).status).toBe(403);
  });

  it('refuses a foreign Origin, even with the token', async () => {
    for (const origin of ['http://evil.example', 'null', `http://127.0.0.1:${srv.port + 1}`, `https://127.0.0.1:${srv.port}`]) {
      const r = await api('templates.list', {}, { Origin: origin });
      expect(r.status, origin).toBe(403);
      expect(r.json().error).toMatch(/其他网站/);
    }
    expect((await send('GET', '/', { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await api('templates.list', {}, { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
  });

  it('refuses a foreign Host (DNS rebinding), even with the token', async () => {
    for (const host of ['evil.example', `evil.example:${srv.port}`, `127.0.0.1:${srv.port + 1}`, '127.0.0.1', `0.0.0.0:${srv.port}`]) {
      const r = await api('templates.list', {}, { Host: host });
      expect(r.status, host).toBe(403);
      expect(r.json().error).toMatch(/主机名/);
      expect((await send('GET', '/', { Host: host })).status, host).toBe(403);
    }
  });

  it('answers an ApiError with 400 { error, details } and an unknown method with 400', async () => {
    const bad = await api('documents.open', { documentId: 'x' });
    expect(bad.status).toBe(400);
    expect(bad.json()).toEqual({ error: '请求参数有误', details: [expect.stringMatching(/^documentId：/)] });
    const unknown = await api('documents.destroy', {});
    expect(unknown.status).toBe(400);
    expect(unknown.json().error).toBe('未知的操作：documents.destroy');
    const notJson = await send('POST', '/api/templates.list', { 'Content-Type': 'application/json', Authorization: `Bearer ${srv.token}` }, '{input');
    expect(notJson.status).toBe(400);
    expect((await send('POST', '/api/templates.list', { 'Content-Type': 'text/plain', Authorization: `Bearer ${srv.token}` }, '{"input":{}}')).status).toBe(415);
    expect((await send('GET', '/api/templates.list', { Authorization: `Bearer ${srv.token}` })).status).toBe(405);
  });

  it('serves static files with the exact CSP and security headers', async () => {
    const index = await send('GET', '/');
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['content-security-policy']).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
    );
    expect(index.headers['content-security-policy']).toBe(CSP);
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect(index.headers['referrer-policy']).toBe('no-referrer');
    expect(index.text).toContain('文稿台');
    const js = await send('GET', '/assets/app.js');
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['content-security-policy']).toBe(CSP);
    expect((await send('GET', '/missing.js')).status).toBe(404);
  });

  it('keeps static paths inside the folder: traversal → 404', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/..%2fsecret.txt', '/%2e%2e%2fsecret.txt', '/assets/../../secret.txt', '/..\\secret.txt', '/%5c..%5csecret.txt', '/%00', '/%E0%A4%A']) {
      const r = await send('GET', path);
      expect(r.status, path).toBe(404);
      expect(r.text).not.toContain('不应被读到');
    }
    expect((await send('GET', '/assets/../index.html')).status).toBe(200);
  });

  it('refuses an oversized body with 413', async () => {
    const big = JSON.stringify({ input: { name: 'a.txt', base64: 'A'.repeat(70 * 1024) } });
    const r = await send('POST', '/api/library.import', { 'Content-Type': 'application/json', Authorization: `Bearer ${srv.token}` }, big);
    expect(r.status).toBe(413);
    expect(r.json().error).toMatch(/请求过大/);
    // Chunked, without a Content-Length: counted as it arrives.
    const chunked = await new Promise<number>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: srv.port, method: 'POST', path: '/api/library.import', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${srv.token}`, 'Transfer-Encoding': 'chunked' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.write(big.slice(0, 40_000));
      req.end(big.slice(40_000));
    });
    expect(chunked).toBe(413);
  });

  it('compares tokens in constant time', () => {
    expect(sameSecret('abc', 'abc')).toBe(true);
    expect(sameSecret('abd', 'abc')).toBe(false);
    expect(sameSecret('', 'abc')).toBe(false);
  });

  it('serves a placeholder when the interface is not built', async () => {
    const empty = join(tmp, 'empty');
    mkdirSync(empty);
    const other = await startServer({ dataDir: join(tmp, 'data3'), staticDir: empty, log: () => {} });
    try {
      const r = await new Promise<{ status: number; text: string }>((resolve, reject) => {
        request({ host: '127.0.0.1', port: other.port, path: '/' }, (res) => {
          let text = '';
          res.setEncoding('utf8').on('data', (c: string) => (text += c)).on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        })
          .on('error', reject)
          .end();
      });
      expect(r.status).toBe(200);
      expect(r.text).toContain('界面尚未构建');
    } finally {
      await other.close();
    }
  });
});
