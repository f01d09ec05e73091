// Browser mode reads the drafting library when a call first needs it (or in the background after
// the page's first call), not at start: the server answers the page without it. A library that
// cannot be read does not stop the server; the call that needs it says so in Chinese, names the
// file and says that her documents are safe — never 内部错误 — and the documents still open.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { DraftLibrary } from '../../core/draft/index.ts';
import { readDraftLibrary } from '../../main/services/library-files.ts';
import { LIBRARY_REFUSED } from '../../main/api/library-on-demand.ts';
import { startServer, type RunningServer } from '../../main/server/server.ts';
import { SHARED } from '../helpers/examples.ts';

const tmp = mkdtempSync(join(tmpdir(), 'wengao-server-library-'));
const servers: RunningServer[] = [];
afterAll(async () => {
  for (const s of servers) await s.close();
  rmSync(tmp, { recursive: true, force: true });
});

async function start(library: () => DraftLibrary, logged: string[] = []): Promise<RunningServer> {
  const s = await startServer({ dataDir: mkdtempSync(join(tmp, 'data-')), port: 0, staticDir: tmp, library, log: (m) => logged.push(m) });
  servers.push(s);
  return s;
}

async function call(s: RunningServer, method: string, input: unknown): Promise<{ status: number; body: { output?: unknown; error?: string; details?: string[] } }> {
  const res = await fetch(`${s.url}api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${s.token}` },
    body: JSON.stringify({ input }),
  });
  return { status: res.status, body: (await res.json()) as never };
}

const material = JSON.parse(readFileSync(join(SHARED, 'examples', 'speech-sanitation-promotion.json'), 'utf8')) as unknown;

describe('the drafting library in browser mode', () => {
  it('is not read at start, and is read once when a draft needs it', async () => {
    let loads = 0;
    const s = await start(() => {
      loads++;
      return readDraftLibrary();
    });
    expect(loads).toBe(0);
    const created = await call(s, 'documents.create', { input: material });
    expect(created.status).toBe(200);
    await call(s, 'templates.list', {});
    expect(loads).toBe(1);
  });

  it('is read in the background once the page has made its first call', async () => {
    let loads = 0;
    const s = await start(() => {
      loads++;
      return readDraftLibrary();
    });
    expect((await call(s, 'documents.list', { includeDeleted: false })).status).toBe(200);
    await vi.waitFor(() => expect(loads).toBe(1), { timeout: 10_000, interval: 50 });
    await call(s, 'documents.create', { input: material });
    expect(loads).toBe(1);
  });

  it('that cannot be read: the server starts, the list opens, a draft is refused in words she can act on', async () => {
    const logged: string[] = [];
    const s = await start(() => {
      throw new Error('templates/speech-deploy.yaml: Invalid input: expected array, received undefined');
    }, logged);
    const list = await call(s, 'documents.list', { includeDeleted: false });
    expect(list).toMatchObject({ status: 200, body: { output: [] } });
    for (const [method, input] of [
      ['documents.create', { input: material }],
      ['templates.list', {}],
    ] as const) {
      const refused = await call(s, method, input);
      expect(refused.status).toBe(400);
      expect(refused.body.error).toBe(LIBRARY_REFUSED);
      expect(refused.body.details).toEqual([
        '有问题的文件：templates/speech-deploy.yaml',
        '已保存的文稿不受影响，仍可打开、编辑和导出。请重新安装文稿台；若仍如此，请把这条消息告诉技术支持。',
      ]);
      expect(JSON.stringify(refused.body)).not.toMatch(/内部错误|Invalid input|expected/);
    }
    // The detail is for support, in the server's log only.
    expect(logged).toContain('文稿台的起草资料没能载入');
  });

  it('a library that comes back (reinstalled) is used at the next call', async () => {
    let broken = true;
    const s = await start(() => {
      if (broken) throw new Error('ENOENT: no such file or directory, scandir corpus');
      return readDraftLibrary();
    });
    const refused = await call(s, 'documents.create', { input: material });
    expect(refused.body.details?.[0]).toBe('起草资料的文件缺失或已损坏');
    broken = false;
    expect((await call(s, 'documents.create', { input: material })).status).toBe(200);
  });
});
