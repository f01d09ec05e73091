// Browser mode's session cookie: the page that has the token asks for it once, and then a second
// tab of the same server works without the token — HttpOnly, SameSite=Strict, named after the port,
// holding another secret than the token; still refused from another origin, and worthless after a
// restart.
import { mkdtempSync, rmSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../main/server/server.ts';

const tmp = mkdtempSync(join(tmpdir(), 'wengao-session-'));
let srv: RunningServer;

beforeAll(async () => {
  srv = await startServer({ dataDir: join(tmp, 'data'), port: 0, staticDir: tmp, log: () => {} });
});
afterAll(async () => {
  await srv.close();
  rmSync(tmp, { recursive: true, force: true });
});

function post(server: RunningServer, path: string, headers: Record<string, string>): Promise<{ status: number; headers: IncomingHttpHeaders; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, method: 'POST', path, headers: { Host: `127.0.0.1:${server.port}`, 'Content-Type': 'application/json', ...headers }, setHost: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end('{"input":{}}');
  });
}

async function sessionCookie(server: RunningServer): Promise<string> {
  const r = await post(server, '/api/session', { Authorization: `Bearer ${server.token}` });
  expect(r.status).toBe(204);
  return (r.headers['set-cookie'] ?? [])[0] ?? '';
}

describe('browser-mode session cookie', () => {
  it('is given for the token only: HttpOnly, SameSite=Strict, per port, not the token', async () => {
    expect((await post(srv, '/api/session', {})).status).toBe(403);
    const cookie = await sessionCookie(srv);
    expect(cookie).toMatch(new RegExp(`^wengao_session_${srv.port}=[A-Za-z0-9_-]{43}; Path=/; HttpOnly; SameSite=Strict$`));
    expect(cookie).not.toContain(srv.token);
  });

  it('lets a tab without the token call the API', async () => {
    const pair = (await sessionCookie(srv)).split(';')[0]!;
    const r = await post(srv, '/api/templates.list', { Cookie: `other=1; ${pair}`, Origin: `http://127.0.0.1:${srv.port}`, 'Sec-Fetch-Site': 'same-origin' });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.text).output.length).toBeGreaterThan(2);
  });

  it('is refused from another origin or site, wrong, or with a wrong token beside it', async () => {
    const pair = (await sessionCookie(srv)).split(';')[0]!;
    expect((await post(srv, '/api/templates.list', { Cookie: pair, Origin: 'http://127.0.0.1:1' })).status).toBe(403);
    expect((await post(srv, '/api/templates.list', { Cookie: pair, 'Sec-Fetch-Site': 'same-site' })).status).toBe(403);
    expect((await post(srv, '/api/templates.list', { Cookie: `${pair.slice(0, -1)}x` })).status).toBe(403);
    expect((await post(srv, '/api/templates.list', { Cookie: pair, Authorization: 'Bearer wrong' })).status).toBe(403);
    const denied = await post(srv, '/api/templates.list', {});
    expect(JSON.parse(denied.text).error).toMatch(/启动时显示的完整地址/);
  });

  it('is worthless for another start of the server', async () => {
    const pair = (await sessionCookie(srv)).split(';')[0]!;
    const next = await startServer({ dataDir: join(tmp, 'data2'), port: 0, staticDir: tmp, log: () => {} });
    try {
      const moved = pair.replace(/^wengao_session_\d+/, `wengao_session_${next.port}`);
      expect((await post(next, '/api/templates.list', { Cookie: moved })).status).toBe(403);
    } finally {
      await next.close();
    }
  });
});
