// wengao's resident process: it keeps the command line loaded (our code, zod's schemas, ICU, the
// engine's first run all done) and runs the commands that scripts/resident-client.cjs sends it over a
// socket only this user can reach, one at a time, each with the client's arguments, working folder,
// environment and umask, printing into the answer instead of a terminal. It writes output files
// itself, at the paths the command names, resolved from the client's folder.
// It never listens on a network port. It goes away after IDLE_EXIT_MS without a command, after a
// `wengao daemon stop`, when a client of another build (or Node) calls — the client then starts a
// new one — or when its socket file is gone or taken over by another.
import { lstatSync, rmSync } from 'node:fs';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { config as zodConfig } from 'zod';
import { DRAFTING_COMMANDS } from './draft-main.ts';
import type { Shell } from './shell.ts';

/** The variable in which the client that starts a resident process passes the command it ran itself (WarmSpec, as JSON). */
export const WARM_VARIABLE = 'WENGAO_RESIDENT_WARM';

interface WarmSpec {
  argv: string[];
  cwd: string;
}

/**
 * 15 minutes. A secretary drafting, reading, fixing the material and drafting again, or a script
 * running many drafts, comes back within minutes; a process that waits longer only holds memory
 * (≈ 100 MB) on an office PC that may have 4 GB, and the first command after it has gone is no
 * slower than without one.
 */
export const IDLE_EXIT_MS = 15 * 60 * 1000;

/**
 * How many times a fresh resident process drafts the material of the draft that started it, in the
 * background. V8 optimises a function once it has run enough; a served draft took 17.7 ms of CPU
 * after 3 drafts, 16.0 after 20, 11.5 after 40 and 11.2 after 80 (session 9, bench-like gaps between
 * drafts). ≈ 0.5 s of one core, once per resident process.
 */
export const WARM_DRAFTS = 40;

/** Past this much memory after a command it leaves, and the next command starts a fresh one. */
const MAX_RSS_BYTES = 512 * 1024 * 1024;

/**
 * V8's collector, present when the process was started with --expose-gc (scripts/resident-client.cjs
 * startResident does). A served draft allocates ≈ 3.7 MB and V8 otherwise scavenges during every
 * second one (0.5–2.4 ms each); collected between commands, a draft took ≈ 1 ms less CPU (session 9).
 */
const collect = (globalThis as { gc?: (options: { type: 'minor' }) => void }).gc;

/** Collects a command's garbage after it has answered, not during the next command. */
function collectLater(): void {
  if (collect) setImmediate(() => collect({ type: 'minor' }));
}

/** How often it checks that its socket file is still its own. */
const SOCKET_CHECK_MS = 60 * 1000;

/** What the entry (bin/wengao.cjs) gives it. */
export interface ResidentOptions {
  /** The socket path (or Windows pipe name) of this installation (scripts/resident-client.cjs place). */
  socket: string;
  /** The build it runs: out/cli/inputs.json's builtAt and the Node version. */
  build: string;
  /** Whether the bundle is still fresh (no source changed since it was built). */
  fresh(): boolean;
  /** Whether a command is one a resident process runs (scripts/resident-client.cjs served). */
  served(argv: readonly string[]): boolean;
  /** The command line's main(). */
  main(argv: string[], shell: Shell): Promise<number>;
  /** The bundle's cache folder, as a command run from it gets. */
  cacheDir?: string;
  idleExitMs?: number;
}

interface RunRequest {
  op: 'run';
  build: string;
  argv: string[];
  cwd: string;
  env: Record<string, string>;
  umask: number;
}

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

/** The request a line carries, or undefined for one that is not a request. */
function parseRequest(line: string): RunRequest | { op: 'status' } | { op: 'stop' } | undefined {
  let r: Record<string, unknown>;
  try {
    r = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (r.op === 'status') return { op: 'status' };
  if (r.op === 'stop') return { op: 'stop' };
  const env = r.env as Record<string, unknown> | undefined;
  if (r.op !== 'run' || typeof r.build !== 'string' || !isStrings(r.argv) || typeof r.cwd !== 'string' || !Number.isInteger(r.umask)) return undefined;
  if (typeof env !== 'object' || env === null || !Object.values(env).every((v) => typeof v === 'string')) return undefined;
  return r as unknown as RunRequest;
}

let lastEnvironment = '';

/** The client's environment, for the command: the same variables, no others. */
function takeEnvironment(env: Record<string, string>): void {
  // The same terminal's commands come with the same environment: then nothing changes (reading
  // process.env variable by variable costs a millisecond).
  const text = JSON.stringify(env);
  if (text === lastEnvironment) return;
  lastEnvironment = text;
  const wanted = new Map(Object.entries(env));
  for (const key of Object.keys(process.env)) if (!wanted.has(key)) Reflect.deleteProperty(process.env, key);
  const current = new Map(Object.entries(process.env));
  // TZ among them: Node resets its time zone when TZ is assigned.
  Object.assign(process.env, Object.fromEntries([...wanted].filter(([key, value]) => current.get(key) !== value)));
}

/** The identity of the socket file, to tell whether it is still ours. */
function inodeOf(socket: string): number | undefined {
  if (process.platform === 'win32') return undefined;
  try {
    return lstatSync(socket).ino;
  } catch {
    return undefined;
  }
}

/** Whether a process answers at `socket`. */
function answers(socket: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = connect(socket);
    probe.on('connect', () => (probe.destroy(), resolve(true)));
    probe.on('error', () => resolve(false));
  });
}

/** Listens at `socket`: a file left by a dead process is replaced; undefined when a live one is there. */
async function listen(socket: string): Promise<Server | undefined> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const server = createServer();
    const failed = await new Promise<NodeJS.ErrnoException | undefined>((resolve) => {
      server.once('error', resolve);
      server.listen(socket, () => resolve(undefined));
    });
    if (!failed) return server;
    if (failed.code !== 'EADDRINUSE' || process.platform === 'win32' || (await answers(socket))) return undefined;
    rmSync(socket, { force: true });
  }
  return undefined;
}

class Resident {
  private queue: Promise<void> = Promise.resolve();
  private served = 0;
  private readonly started = Date.now();
  private idle: NodeJS.Timeout | undefined;
  private retiring = false;
  /** Warm-up runs still to come (status tells them: a benchmark waits for none). */
  private warming = 0;
  private readonly idleExitMs: number;
  /** Where it waits between commands: its socket's folder (Windows: the temporary folder). */
  readonly home: string;

  constructor(
    private readonly options: ResidentOptions,
    private readonly server: Server,
    private readonly inode: number | undefined,
  ) {
    this.idleExitMs = options.idleExitMs ?? IDLE_EXIT_MS;
    this.home = process.platform === 'win32' ? tmpdir() : dirname(options.socket);
    server.on('connection', (conn) => this.accept(conn));
    setInterval(() => {
      if (process.platform !== 'win32' && inodeOf(options.socket) !== inode) this.retire();
    }, SOCKET_CHECK_MS).unref();
    this.restartIdle();
  }

  private restartIdle(): void {
    clearTimeout(this.idle);
    this.idle = setTimeout(() => this.retire(), this.idleExitMs);
  }

  private accept(conn: Socket): void {
    let buffered = '';
    conn.setEncoding('utf8');
    conn.on('error', () => conn.destroy());
    conn.on('data', (chunk: string) => {
      buffered += chunk;
      const nl = buffered.indexOf('\n');
      if (nl < 0) return;
      conn.removeAllListeners('data');
      this.answer(conn, parseRequest(buffered.slice(0, nl)));
    });
  }

  private answer(conn: Socket, request: ReturnType<typeof parseRequest>): void {
    const reply = (value: unknown) => void conn.end(JSON.stringify(value) + '\n');
    if (!request) return void conn.destroy();
    if (request.op === 'status') return reply({ pid: process.pid, uptimeMs: Date.now() - this.started, served: this.served, idleExitMs: this.idleExitMs, build: this.options.build, warming: this.warming });
    if (request.op === 'stop') return (reply({ stopped: true }), this.retire());
    if (this.retiring || !this.options.served(request.argv)) return reply({ accepted: false });
    // Another build (or Node), or sources changed since the bundle was built: the client runs the
    // command itself (rebuilding first if need be) and starts a resident process of its own build.
    if (request.build !== this.options.build || !this.options.fresh()) return (reply({ accepted: false }), this.retire());
    conn.write(JSON.stringify({ accepted: true }) + '\n');
    clearTimeout(this.idle);
    this.enqueue(async () => {
      if (!conn.destroyed) reply(await this.run(request));
      collectLater();
      this.served++;
      if (process.memoryUsage.rss() > MAX_RSS_BYTES) this.retire();
      else if (!this.retiring) this.restartIdle();
    });
  }

  /** Runs one command as the client would have: its answer, or a refusal the client falls back on. */
  async run(request: RunRequest): Promise<unknown> {
    try {
      process.chdir(request.cwd);
    } catch {
      return { accepted: false };
    }
    takeEnvironment(request.env);
    process.umask(request.umask);
    const output: [1 | 2, string][] = [];
    const io = { out: (text: string) => void output.push([1, text]), err: (text: string) => void output.push([2, text]) };
    try {
      const code = await this.options.main(request.argv, { cacheDir: this.options.cacheDir, io });
      return { code, output };
    } finally {
      // Out of the user's folder between commands: a USB stick it is on can be ejected.
      process.chdir(this.home);
    }
  }

  /** Runs `job` after every command taken so far (one at a time: a command sets the process's folder and output). */
  enqueue(job: () => Promise<void>): void {
    this.queue = this.queue.then(job).catch(() => {});
  }

  /**
   * Runs `job` `times` times, each after the commands taken by then: a command that comes during the
   * warm-up waits for one run of it at most.
   */
  warm(times: number, job: () => Promise<void>): void {
    this.warming = times;
    const next = async () => {
      // A turn of the event loop first, to take the commands that came meanwhile (a draft runs
      // through without one).
      await new Promise((resolve) => setImmediate(resolve));
      if (this.retiring || this.warming <= 0) return void (this.warming = 0);
      // A run that throws ends the warm-up: the commands are then as quick as it got.
      const ran = await job().then(
        () => true,
        () => false,
      );
      collectLater();
      this.warming = ran ? this.warming - 1 : 0;
      if (ran) this.enqueue(next);
    };
    this.enqueue(next);
  }

  /** Stops taking commands, removes its socket (if still its own), and exits once the queue is done. */
  retire(): void {
    if (this.retiring) return;
    this.retiring = true;
    clearTimeout(this.idle);
    if (inodeOf(this.options.socket) === this.inode && this.inode !== undefined) rmSync(this.options.socket, { force: true });
    // Once every connection has had its answer, and the queue is done.
    this.server.close(() => void this.queue.then(() => process.exit(0)));
  }
}

/**
 * The draft `argv` names, written to a file of this process's own in `dir` instead of the user's
 * output; undefined for another command or one that does not parse.
 */
export function warmArgv(argv: readonly string[], dir: string): string[] | undefined {
  if (argv[0] !== 'draft') return undefined;
  const rest = argv.slice(1);
  let tokens;
  try {
    tokens = parseArgs({ args: rest, options: DRAFTING_COMMANDS.draft!.flags, allowPositionals: true, strict: true, tokens: true }).tokens;
  } catch {
    return undefined;
  }
  const dropped = new Set<number>();
  let ext = '';
  for (const t of tokens) {
    if (t.kind !== 'option' || (t.name !== 'output' && t.name !== 'save')) continue;
    dropped.add(t.index);
    if (t.name === 'output' && !t.inlineValue) dropped.add(t.index + 1);
    if (t.name === 'output') ext = extname(t.value ?? '');
  }
  return ext ? ['draft', ...rest.filter((_, i) => !dropped.has(i)), '-o', join(dir, `warm-${process.pid}${ext}`)] : undefined;
}

/**
 * What a fresh resident process does before its first command, so that the first is as quick as the
 * rest: it loads the library and starts ICU; then (warmDraft) the draft that started it, if one did.
 */
async function warmUp(options: ResidentOptions): Promise<void> {
  const silent = { out: () => {}, err: () => {} };
  await options.main(['templates'], { cacheDir: options.cacheDir, io: silent });
  // ICU's first Intl object (15–20 ms): titles are broken into lines by its word breaks.
  for (const s of new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment('文稿')) void s;
}

/**
 * The draft that started this process, again, into a file of its own (removed): run WARM_DRAFTS
 * times, so that V8 has compiled the engine and the exporter with its optimising compiler.
 */
async function warmDraft(options: ResidentOptions, resident: Resident, argv: string[], cwd: string): Promise<void> {
  try {
    await resident.run({ op: 'run', build: options.build, argv, cwd, env: process.env as Record<string, string>, umask: 0o077 });
  } finally {
    rmSync(argv.at(-1)!, { force: true });
  }
}

/** The command the starting client ran, if it passed one. */
function warmSpec(): WarmSpec | undefined {
  const text = process.env[WARM_VARIABLE];
  Reflect.deleteProperty(process.env, WARM_VARIABLE);
  try {
    const spec = JSON.parse(text ?? '') as WarmSpec;
    return Array.isArray(spec.argv) && spec.argv.every((a) => typeof a === 'string') && typeof spec.cwd === 'string' ? spec : undefined;
  } catch {
    return undefined;
  }
}

/** Serves commands at `options.socket` until it retires; returns at once when another process serves there. */
export async function serveResident(options: ResidentOptions): Promise<void> {
  // A process that runs many commands gains from zod's compiled parsers (main/cli/run.ts turns them
  // off for a process that runs one).
  zodConfig({ jitless: false });
  const spec = warmSpec();
  const previous = process.umask(0o077);
  const server = await listen(options.socket);
  process.umask(previous);
  if (!server) return;
  const resident = new Resident(options, server, inodeOf(options.socket));
  process.on('SIGTERM', () => resident.retire());
  resident.enqueue(() => warmUp(options));
  const argv = spec && warmArgv(spec.argv, resident.home);
  if (argv) resident.warm(WARM_DRAFTS, () => warmDraft(options, resident, argv, spec.cwd));
}
