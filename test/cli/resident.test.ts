// The resident process (scripts/resident-client.cjs, main/cli/resident-server.ts), with real
// processes and real sockets: a command through it prints, exits and writes exactly what the same
// command run in its own process does, and every way the resident path can fail ends in the
// command running in its own process, with the same output. Each test has its own runtime folder
// (XDG_RUNTIME_DIR), so its resident process is its own; none is left behind.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../main/services/library-files.ts';
import { warmArgv } from '../../main/cli/resident-server.ts';
import { readDocx } from '../helpers/docx-xml.ts';
import { loadExamples } from '../helpers/examples.ts';

const BIN = join(PACKAGE_ROOT, 'bin', 'wengao.cjs');
const client = (await import(join(PACKAGE_ROOT, 'scripts', 'resident-client.cjs'))) as {
  place(root: string, env: NodeJS.ProcessEnv): { socket: string } | undefined;
  buildOf(root: string): string | undefined;
};

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** A test's own world: a runtime folder for its resident process and a working folder. */
function world(clientEnv: NodeJS.ProcessEnv = {}) {
  const base = mkdtempSync(join(tmpdir(), 'wengao-resident-'));
  const runtime = join(base, 'run');
  const cwd = join(base, 'cwd');
  mkdirSync(runtime, { mode: 0o700 });
  mkdirSync(cwd);
  const env = (daemon: boolean): NodeJS.ProcessEnv => ({ ...process.env, ...clientEnv, XDG_RUNTIME_DIR: runtime, WENGAO_NO_DAEMON: daemon ? '' : '1' });
  const wengao = (args: string[], daemon = true): Run => {
    const r = spawnSync(process.execPath, [BIN, ...args], { cwd, env: env(daemon), encoding: 'utf8', timeout: 60_000 });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const socket = () => client.place(PACKAGE_ROOT, { XDG_RUNTIME_DIR: runtime })!.socket;
  return { base, runtime, cwd, wengao, socket };
}
type World = ReturnType<typeof world>;

const worlds: World[] = [];
function newWorld(clientEnv?: NodeJS.ProcessEnv): World {
  const w = world(clientEnv);
  worlds.push(w);
  return w;
}

interface Status {
  pid: number;
  served: number;
  warming: number;
}

/** The resident process's status, asked over its socket as `wengao daemon status` does; undefined when none answers. */
function status(w: World): Promise<Status | undefined> {
  return new Promise((resolve) => {
    if (!existsSync(w.socket())) return resolve(undefined);
    const conn = connect(w.socket());
    let text = '';
    conn.on('connect', () => conn.write('{"op":"status"}\n'));
    conn.on('data', (d) => (text += d.toString()));
    conn.on('end', () => resolve(text ? (JSON.parse(text) as Status) : undefined));
    conn.on('error', () => resolve(undefined));
  });
}

/** Waits (up to 30 s: a loaded machine) until the resident process answers, or is gone. */
async function until(w: World, running: boolean): Promise<Status | undefined> {
  for (let i = 0; i < 300; i++) {
    const s = await status(w);
    if (Boolean(s) === running) return s;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`resident process ${running ? 'never answered' : 'never went away'}`);
}

/** Whether process `pid` is still there. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function gone(pid: number): Promise<void> {
  for (let i = 0; i < 300 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  expect(alive(pid)).toBe(false);
}

afterEach(async () => {
  // No resident process outlives its test.
  for (const w of worlds.splice(0)) {
    const s = await status(w);
    w.wengao(['daemon', 'stop']);
    if (s) await gone(s.pid);
  }
});

/** Every part of a .docx as text, the moment it was written (docProps/core.xml) set aside. */
async function parts(bytes: Uint8Array): Promise<Record<string, string>> {
  const { xml } = await readDocx(bytes);
  return { ...xml, 'docProps/core.xml': xml['docProps/core.xml']!.replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, '(time)') };
}

describe('wengao through its resident process', () => {
  it('drafts every example as in its own process: the same .docx, .json, output and exit code, to a path relative to the caller', async () => {
    const w = newWorld();
    const examples = loadExamples();
    expect(w.wengao(['templates']).status).toBe(0);
    const started = await until(w, true);
    for (const ex of examples) {
      const name = ex.name.replace(/\.json$/, '');
      const alone = w.wengao(['draft', ex.path, '-o', `${name}.alone.docx`], false);
      const served = w.wengao(['draft', ex.path, '-o', `${name}.served.docx`]);
      expect(served.status, served.stderr).toBe(alone.status);
      expect(served.stderr).toBe(alone.stderr);
      expect(served.stdout.replace('.served.', '.alone.')).toBe(alone.stdout);
      expect(await parts(readFileSync(join(w.cwd, `${name}.served.docx`)))).toEqual(await parts(readFileSync(join(w.cwd, `${name}.alone.docx`))));
      expect(w.wengao(['draft', ex.path, '--seed', '2', '-o', `${name}.alone.json`], false).status).toBe(0);
      expect(w.wengao(['draft', ex.path, '--seed', '2', '-o', `${name}.served.json`]).status).toBe(0);
      expect(readFileSync(join(w.cwd, `${name}.served.json`), 'utf8')).toBe(readFileSync(join(w.cwd, `${name}.alone.json`), 'utf8'));
    }
    const after = await status(w);
    // The same process served them all: one .docx and one .json per example, after the templates.
    expect(after?.pid).toBe(started!.pid);
    expect(after!.served - started!.served).toBe(2 * examples.length);
  });

  it('refuses a bad input file and a missing one in the same Chinese words and exit code', async () => {
    const w = newWorld();
    writeFileSync(join(w.cwd, 'bad.json'), JSON.stringify({ kind: 'speech', campaign: { name: '' } }));
    w.wengao(['templates']);
    const before = (await until(w, true))!.served;
    for (const args of [['draft', 'bad.json', '-o', 'x.docx'], ['draft', 'missing.json', '-o', 'x.docx'], ['check', 'bad.json'], ['draft', 'bad.json']]) {
      const alone = w.wengao(args, false);
      const served = w.wengao(args);
      expect(alone.status, args.join(' ')).toBe(2);
      expect(served).toEqual(alone);
      expect(served.stderr).toMatch(/[\u4e00-\u9fff]/);
      expect(served.stderr).not.toMatch(/ at |ZodError|SQLITE/);
    }
    expect((await status(w))!.served - before).toBe(4);
    expect(existsSync(join(w.cwd, 'x.docx'))).toBe(false);
  });

  it("opens the database of each caller's WENGAO_DATA_DIR or --data-dir, relative to the caller's folder", async () => {
    const w = newWorld();
    const ex = loadExamples()[0]!;
    // Stored in their own process (draft --save is not served), in folder A.
    const saved = spawnSync(process.execPath, [BIN, 'draft', ex.path, '--save', '-o', 'x.txt'], { cwd: w.cwd, env: { ...process.env, WENGAO_DATA_DIR: join(w.cwd, 'A') }, encoding: 'utf8' });
    expect(saved.status, saved.stderr).toBe(0);
    w.wengao(['templates']);
    const before = (await until(w, true))!.served;
    const list = (env: NodeJS.ProcessEnv, args: string[] = []) =>
      spawnSync(process.execPath, [BIN, 'list', '--json', ...args], { cwd: w.cwd, env: { ...process.env, XDG_RUNTIME_DIR: w.runtime, WENGAO_NO_DAEMON: '', ...env }, encoding: 'utf8' });
    const inA = list({ WENGAO_DATA_DIR: join(w.cwd, 'A') });
    const inB = list({ WENGAO_DATA_DIR: join(w.cwd, 'B') });
    const relative = list({}, ['--data-dir', 'A']);
    expect(JSON.parse(inA.stdout)).toHaveLength(1);
    expect(JSON.parse(inB.stdout)).toEqual([]);
    expect(relative.stdout).toBe(inA.stdout);
    expect((await status(w))!.served - before).toBe(3);
  });

  it("warms up on the draft that started it without touching that draft's output", async () => {
    const w = newWorld();
    const ex = loadExamples()[0]!;
    expect(w.wengao(['draft', ex.path, '-o', 'mine.docx']).status).toBe(0);
    const written = statSync(join(w.cwd, 'mine.docx')).mtimeMs;
    const bytes = readFileSync(join(w.cwd, 'mine.docx'));
    await until(w, true);
    // Served when it comes, during the warm-up or after it (one command at a time).
    expect(w.wengao(['check', ex.path]).status).toBe(0);
    expect((await status(w))!.served).toBe(1);
    for (let i = 0; i < 600 && (await status(w))!.warming > 0; i++) await new Promise((r) => setTimeout(r, 100));
    expect((await status(w))!.warming).toBe(0);
    expect(statSync(join(w.cwd, 'mine.docx')).mtimeMs).toBe(written);
    expect(readFileSync(join(w.cwd, 'mine.docx'))).toEqual(bytes);
    expect(readdirSync(w.cwd)).toEqual(['mine.docx']);
    expect(readdirSync(join(w.runtime, 'wengao'))).toEqual([w.socket().split('/').pop()]);
  });

  it('warms up with the same draft aimed at a file of its own', () => {
    const own = `/run/w/warm-${process.pid}`;
    expect(warmArgv(['draft', 'a.json', '-o', 'x.docx', '--seed', '2'], '/run/w')).toEqual(['draft', 'a.json', '--seed', '2', '-o', `${own}.docx`]);
    expect(warmArgv(['draft', '--output=稿.txt', '--save', 'a.json', '--reseed', '2:7'], '/run/w')).toEqual(['draft', 'a.json', '--reseed', '2:7', '-o', `${own}.txt`]);
    expect(warmArgv(['draft', 'a.json'], '/run/w')).toBeUndefined();
    expect(warmArgv(['draft', 'a.json', '--nonsense', '-o', 'x.docx'], '/run/w')).toBeUndefined();
    expect(warmArgv(['check', 'a.json'], '/run/w')).toBeUndefined();
  });

  it('starts one after a served command, and `wengao daemon stop` ends it', async () => {
    const w = newWorld();
    expect(w.wengao(['daemon', 'status']).stdout).toContain('没有运行中的常驻进程');
    expect(w.wengao(['templates']).status).toBe(0);
    const s = (await until(w, true))!;
    expect(w.wengao(['daemon', 'status']).stdout).toContain(`进程号 ${s.pid}`);
    const stop = w.wengao(['daemon', 'stop']);
    expect(stop.stdout).toContain('常驻进程已停止');
    await gone(s.pid);
    expect(existsSync(w.socket())).toBe(false);
    expect(w.wengao(['daemon', 'stop']).stdout).toContain('没有运行中的常驻进程');
  });

  it('with WENGAO_NO_DAEMON=1 or --no-daemon, runs in its own process and starts none', async () => {
    const w = newWorld();
    const ex = loadExamples()[0]!;
    expect(w.wengao(['draft', ex.path, '-o', 'a.docx'], false).status).toBe(0);
    expect(w.wengao(['templates', '--no-daemon']).status).toBe(0);
    expect(w.wengao(['--no-daemon', 'check', ex.path]).status).toBe(0);
    // No socket was even looked for: its folder was never made.
    expect(readdirSync(w.runtime)).toEqual([]);
    expect(await status(w)).toBeUndefined();
  });

  it('runs the command itself when the socket is stale, removes it, and starts a new one', async () => {
    const w = newWorld();
    w.wengao(['templates']);
    const first = (await until(w, true))!;
    process.kill(first.pid, 'SIGKILL');
    await gone(first.pid);
    expect(existsSync(w.socket())).toBe(true);
    const ex = loadExamples()[0]!;
    const alone = w.wengao(['check', ex.path], false);
    expect(w.wengao(['check', ex.path])).toEqual(alone);
    const second = (await until(w, true))!;
    expect(second.pid).not.toBe(first.pid);
  });

  it('when a client of another build calls, the resident process goes and the command runs in its own process', async () => {
    const w = newWorld();
    w.wengao(['templates']);
    const old = (await until(w, true))!;
    const refusal = await new Promise<string>((resolve) => {
      const conn = connect(w.socket());
      let text = '';
      const request = { op: 'run', build: `${client.buildOf(PACKAGE_ROOT)}-other`, argv: ['templates'], cwd: w.cwd, env: {}, umask: 0o22 };
      conn.on('connect', () => conn.write(JSON.stringify(request) + '\n'));
      conn.on('data', (d) => (text += d.toString()));
      conn.on('end', () => resolve(text));
    });
    expect(JSON.parse(refusal)).toEqual({ accepted: false });
    await gone(old.pid);
    const ex = loadExamples()[0]!;
    expect(w.wengao(['check', ex.path])).toEqual(w.wengao(['check', ex.path], false));
    expect((await until(w, true))!.pid).not.toBe(old.pid);
  });

  const behaviours: [string, (conn: Socket) => void][] = [
    ['takes the request and dies', (conn: Socket) => conn.destroy()],
    ['accepts it and then dies', (conn: Socket) => (conn.write('{"accepted":true}\n'), conn.destroy())],
    ['answers nonsense', (conn: Socket) => conn.end('{"accepted":true}\nnot json\n')],
    // The client gives up after its accept timeout (3 s), whatever the machine's load.
    ['never answers', () => {}],
  ];
  // The client's two ways to the socket: Node's socket handle, and node:net (with --pending-deprecation).
  const clients: [string, NodeJS.ProcessEnv][] = [
    ['', {}],
    [' (client on node:net)', { NODE_OPTIONS: '--pending-deprecation' }],
  ];
  it.each(clients.flatMap(([how, env]) => behaviours.map(([what, behave]) => [what, how, env, behave] as const)))('when the process at the socket %s, the command runs in its own process with the same output%s', async (_what, _how, clientEnv, behave) => {
    const w = newWorld(clientEnv);
    mkdirSync(join(w.runtime, 'wengao'), { mode: 0o700 });
    let connections = 0;
    const fake: Server = createServer((conn) => {
      connections++;
      conn.on('error', () => {});
      conn.once('data', () => behave(conn));
    });
    await new Promise<void>((r) => fake.listen(w.socket(), r));
    try {
      const ex = loadExamples()[0]!;
      const served = w.wengao(['draft', ex.path, '-o', 'a.docx']);
      const alone = w.wengao(['draft', ex.path, '-o', 'b.docx'], false);
      expect(served.status).toBe(0);
      expect(served.stdout.replace('a.docx', 'b.docx')).toBe(alone.stdout);
      expect(served.stderr).toBe(alone.stderr);
      expect(await parts(readFileSync(join(w.cwd, 'a.docx')))).toEqual(await parts(readFileSync(join(w.cwd, 'b.docx'))));
      // The client then started a resident process, which found this one answering and left: it
      // knocked without a request. (Until then the socket stays, so that none is left behind.)
      for (let i = 0; i < 300 && connections < 2; i++) await new Promise((r) => setTimeout(r, 100));
      expect(connections).toBe(2);
    } finally {
      await new Promise((r) => fake.close(r));
    }
  });

  it('loads nothing but Node built-ins and its own two files before a resident process answers', async () => {
    const w = newWorld();
    w.wengao(['templates']);
    await until(w, true);
    const hook = join(w.base, 'loaded.cjs');
    const list = join(w.base, 'loaded.json');
    const record = `{ files: Object.keys(require.cache), net: process.moduleLoadList.includes('NativeModule net') }`;
    writeFileSync(hook, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, JSON.stringify(${record})));`);
    const ex = loadExamples()[0]!;
    const r = spawnSync(process.execPath, ['--require', hook, BIN, 'check', ex.path], { cwd: w.cwd, env: { ...process.env, XDG_RUNTIME_DIR: w.runtime, WENGAO_NO_DAEMON: '' }, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const loaded = JSON.parse(readFileSync(list, 'utf8')) as { files: string[]; net: boolean };
    expect(loaded.files.filter((f) => f !== hook).sort()).toEqual([BIN, join(PACKAGE_ROOT, 'scripts', 'resident-client.cjs')].sort());
    // Not even node:net: the client talks through Node's socket handle (resident-client.cjs rawLink).
    expect(loaded.net).toBe(false);
    expect((await status(w))!.served).toBe(1);
  });

  it.runIf(process.platform !== 'win32')("writes the output with the caller's umask, as in its own process", async () => {
    const w = newWorld();
    w.wengao(['templates']);
    await until(w, true);
    const ex = loadExamples()[0]!;
    const env = (daemon: boolean) => ({ ...process.env, XDG_RUNTIME_DIR: w.runtime, WENGAO_NO_DAEMON: daemon ? '' : '1' });
    const withUmask = (umask: string, out: string, daemon: boolean) =>
      spawnSync('/bin/sh', ['-c', `umask ${umask} && exec "$0" "$@"`, process.execPath, BIN, 'draft', ex.path, '-o', out], { cwd: w.cwd, env: env(daemon), encoding: 'utf8' }).status;
    for (const [umask, mode] of [['077', 0o600], ['022', 0o644], ['002', 0o664]] as const) {
      expect(withUmask(umask, `served-${umask}.docx`, true)).toBe(0);
      expect(withUmask(umask, `alone-${umask}.docx`, false)).toBe(0);
      expect(statSync(join(w.cwd, `served-${umask}.docx`)).mode & 0o777).toBe(mode);
      expect(statSync(join(w.cwd, `alone-${umask}.docx`)).mode & 0o777).toBe(mode);
    }
    expect((await status(w))!.served).toBe(3);
  });

  it.each([
    ['NODE_OPTIONS=--pending-deprecation', { NODE_OPTIONS: '--pending-deprecation' }],
    ['NODE_OPTIONS=--pending_deprecation', { NODE_OPTIONS: '--pending_deprecation' }],
    ['NODE_PENDING_DEPRECATION=1', { NODE_PENDING_DEPRECATION: '1' }],
  ])('with %s, where the client uses node:net, prints the same and warns of nothing', async (_how, pending) => {
    const w = newWorld();
    w.wengao(['templates']);
    await until(w, true);
    const ex = loadExamples()[0]!;
    const env = { ...process.env, XDG_RUNTIME_DIR: w.runtime, WENGAO_NO_DAEMON: '', ...pending };
    const served = spawnSync(process.execPath, [BIN, 'draft', ex.path, '-o', 'a.docx'], { cwd: w.cwd, env, encoding: 'utf8' });
    const alone = w.wengao(['draft', ex.path, '-o', 'b.docx'], false);
    expect((await status(w))!.served).toBe(1);
    expect(served.status).toBe(0);
    expect(served.stdout.replace('a.docx', 'b.docx')).toBe(alone.stdout);
    expect(served.stderr).toBe(alone.stderr);
    expect(await parts(readFileSync(join(w.cwd, 'a.docx')))).toEqual(await parts(readFileSync(join(w.cwd, 'b.docx'))));
  });
});
