// Browser mode as a user runs it — `main/server/main.ts` in a process of its own — for the tests
// where the server must survive (or be seen to die): a SIGBUS, a restore under it, a long import.
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../main/services/library-files.ts';

export interface ServerChild {
  url: string;
  token: string;
  child: ChildProcess;
  /** How the process ended (null while it runs), and what it wrote to stderr. */
  exit(): { code: number | null; signal: NodeJS.Signals | null } | null;
  stderr(): string;
  /** Calls an API method: the HTTP status and the answer's body. */
  call(method: string, input: unknown): Promise<{ status: number; body: { output?: unknown; error?: string } }>;
  stop(): Promise<void>;
}

export async function startServerChild(dataDir: string): Promise<ServerChild> {
  const child = spawn(process.execPath, ['--import', 'tsx/esm', join(PACKAGE_ROOT, 'main', 'server', 'main.ts'), '--no-build', '--data-dir', dataDir], {
    cwd: PACKAGE_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  let ended: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  const closed = new Promise<void>((resolve) =>
    child.on('exit', (code, signal) => {
      ended = { code, signal };
      resolve();
    }),
  );
  child.stderr.setEncoding('utf8').on('data', (c: string) => (err += c));
  const openUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser mode did not start in 60 s: ${err}`)), 60_000);
    child.stdout.setEncoding('utf8').on('data', (c: string) => {
      out += c;
      const m = /(http:\/\/127\.0\.0\.1:\d+\/)#token=([A-Za-z0-9_-]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[0]);
      }
    });
    void closed.then(() => reject(new Error(`browser mode exited: ${err}`)));
  });
  const [url, token] = openUrl.split('#token=') as [string, string];
  return {
    url,
    token,
    child,
    exit: () => ended,
    stderr: () => err,
    async call(method, input) {
      try {
        return await post(`${url}api/${method}`, token, JSON.stringify({ input }));
      } catch (e) {
        // Say whether the server is gone, and what it last wrote, rather than only 「fetch failed」.
        throw new Error(`${method}: ${(e as Error).message}; server ${ended ? `ended ${JSON.stringify(ended)}` : 'still running'}; stderr: ${err.slice(-2000)}`, { cause: e });
      }
    },
    async stop() {
      if (ended) return;
      child.kill('SIGTERM');
      await closed;
    },
  };
}

/**
 * One POST on a connection of its own. fetch keeps sockets alive, and on a loaded machine a socket the
 * server closed as idle (its 5 s keep-alive) can be reused by a client whose timers ran late: the call
 * then fails with 「other side closed」 though the server is fine. A browser retries such a request;
 * a test should not see it at all.
 */
function post(url: string, token: string, body: string): Promise<{ status: number; body: { output?: unknown; error?: string } }> {
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'POST',
      agent: false,
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, 'Content-Length': Buffer.byteLength(body) },
    });
    req.on('error', reject);
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (c: string) => (text += c));
      res.on('error', reject);
      res.on('end', () => {
        try {
          resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as { output?: unknown; error?: string } });
        } catch (e) {
          reject(e as Error);
        }
      });
    });
    req.end(body);
  });
}
