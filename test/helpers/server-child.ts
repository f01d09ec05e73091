// Browser mode as a user runs it — `main/server/main.ts` in a process of its own — for the tests
// where the server must survive (or be seen to die): a SIGBUS, a restore under it, a long import.
import { spawn, type ChildProcess } from 'node:child_process';
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
      const res = await fetch(`${url}api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ input }),
      });
      return { status: res.status, body: (await res.json()) as { output?: unknown; error?: string } };
    },
    async stop() {
      if (ended) return;
      child.kill('SIGTERM');
      await closed;
    },
  };
}
