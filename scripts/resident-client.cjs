// The client side of wengao's resident process (main/cli/resident-server.ts). A fresh Node process
// cannot draft in 1.5 × its own start (issue 15: loading our code, zod, ICU and the engine's first
// run are each a large part of it), so after a command that could be served, bin/wengao.cjs leaves a
// process running that has all of that done, and the next command is sent to it over a socket
// only this user can reach — as eslint_d, prettierd and the Gradle daemon do.
// This file is what every such command loads before it knows whether a resident process answers:
// Node built-ins only (no zod, engine or docx), CommonJS like the entry, and the socket module is
// required only when a socket file is there. Whatever goes wrong on this path (nothing listening, a
// stale socket, another build, a crash mid-request, no answer), the caller runs the command itself:
// nothing has been printed yet, so the user sees the same output either way.
'use strict';
const { existsSync, lstatSync, mkdirSync, readFileSync, rmSync, writeSync } = require('node:fs');
const { join } = require('node:path');

/**
 * The commands a resident process runs. Each can be run again by the client after a crash half way
 * (it reads, or replaces an output file whole) and is quick. Commands that add to the database
 * (save, import-doc, draft --save, …) run in their own process, where a failure cannot be followed
 * by a second attempt that stores the same thing twice; long imports print progress as they go.
 */
const SERVED = new Set(['draft', 'check', 'templates', 'list', 'history', 'diff', 'export', 'export-diff', 'search', 'patterns', 'outline', 'proof']);

/** How long the client waits for the resident process to take its request; then it runs it itself. */
const ACCEPT_TIMEOUT_MS = 3000;
/** How long it waits for a taken request's answer (a queue of others' requests included). */
const ANSWER_TIMEOUT_MS = 120000;

/** The flag that runs one command without a resident process (as WENGAO_NO_DAEMON=1 does for all). */
const NO_DAEMON_FLAG = '--no-daemon';

/** The arguments without --no-daemon (before a `--`), and whether it was there. */
function withoutFlag(args) {
  const end = args.includes('--') ? args.indexOf('--') : args.length;
  const kept = args.filter((a, i) => i >= end || a !== NO_DAEMON_FLAG);
  return { args: kept, noDaemon: kept.length !== args.length };
}

/** Whether the environment turns the resident process off (WENGAO_NO_DAEMON set and not 0). */
function disabledByEnv(env = process.env) {
  const v = env.WENGAO_NO_DAEMON;
  return v !== undefined && v !== '' && v !== '0';
}

/** Whether `args` is a command a resident process runs. */
function served(args) {
  if (!SERVED.has(args[0])) return false;
  return !(args[0] === 'draft' && args.includes('--save'));
}

/** FNV-1a of a string, as 8 hex digits: names the socket of one installation (no crypto module to load). */
function shortHash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/**
 * Where this installation's resident process listens, or undefined when there is no place only this
 * user can reach. Unix: a socket in $XDG_RUNTIME_DIR/wengao, else in <tmp>/wengao-<uid>, a folder of
 * mode 0700 owned by the user (made if missing, refused if anyone else could enter it). Windows: a
 * named pipe of the user's. One socket per installation (its folder's hash), so two checkouts do not
 * replace each other's process.
 */
function place(root, env = process.env, platform = process.platform) {
  const name = `wengao-${shortHash(root)}`;
  if (platform === 'win32') return { dir: undefined, socket: pipeName(root, env) };
  const uid = process.getuid();
  const dir = env.XDG_RUNTIME_DIR ? join(env.XDG_RUNTIME_DIR, 'wengao') : join(require('node:os').tmpdir(), `wengao-${uid}`);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = lstatSync(dir);
    if (!st.isDirectory() || st.uid !== uid || (st.mode & 0o077) !== 0) return undefined;
  } catch {
    return undefined;
  }
  return { dir, socket: join(dir, `${name}.sock`) };
}

/**
 * The named pipe of `root`'s resident process for the Windows user of `env` (USERDOMAIN\USERNAME):
 * the name as far as it is plain ASCII, for a person reading a list of pipes, and a hash of it, so
 * that 张三 and 李四 (both `__`) on one computer do not share a pipe.
 */
function pipeName(root, env) {
  const user = env.USERNAME || 'user';
  const readable = user.replace(/[^A-Za-z0-9_.-]/g, '_');
  return `\\\\.\\pipe\\wengao-${readable}-${shortHash(`${env.USERDOMAIN ?? ''}\\${user}`)}-wengao-${shortHash(root)}`;
}

/** The build the client would run (out/cli/inputs.json builtAt) and its Node: a resident process of another is replaced. */
function buildOf(root) {
  try {
    return `${JSON.parse(readFileSync(join(root, 'out', 'cli', 'inputs.json'), 'utf8')).builtAt} ${process.version}`;
  } catch {
    return undefined;
  }
}

/** Writes all of `text` to descriptor `fd`; a reader gone from standard output ends the command as in-process (main/cli/stdio.ts). */
function writeOut(fd, text) {
  if (process.platform === 'win32') return void (fd === 1 ? process.stdout : process.stderr).write(text);
  const bytes = Buffer.from(text, 'utf8');
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(fd, bytes, offset);
    } catch (err) {
      if (err.code === 'EAGAIN') Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
      else if (err.code === 'EPIPE' && fd === 1) process.exit(0);
      else return;
    }
  }
}

/**
 * Node's own socket handle, reached without loading `node:net`: that module and the stream machinery
 * it brings take 4–13 ms to load, a tenth of a served command's time, for one connection that writes a
 * line and reads a few. `process.binding` is deprecated in documentation only (DEP0111); it warns only
 * under --pending-deprecation, so then, on Windows (named pipes, never run here), or when a Node no
 * longer has these names, the client uses `node:net` (netLink): the same exchange, a little slower.
 */
let binding;
function socketBinding() {
  if (binding !== undefined) return binding;
  binding = null;
  if (process.platform === 'win32' || pendingDeprecation()) return binding;
  try {
    const { Pipe, PipeConnectWrap, constants } = process.binding('pipe_wrap');
    const { WriteWrap, streamBaseState, kReadBytesOrError, kArrayBufferOffset } = process.binding('stream_wrap');
    const classes = [Pipe, PipeConnectWrap, WriteWrap].every((c) => typeof c === 'function');
    const numbers = [constants?.SOCKET, kReadBytesOrError, kArrayBufferOffset].every(Number.isInteger);
    if (classes && numbers && streamBaseState) binding = { Pipe, PipeConnectWrap, WriteWrap, socketType: constants.SOCKET, streamBaseState, kReadBytesOrError, kArrayBufferOffset };
  } catch {
    // A Node without them, or one that forbids them: node:net.
  }
  return binding;
}

/** Whether Node warns of documentation-only deprecations here: --pending-deprecation (or _), in its arguments or NODE_OPTIONS, or NODE_PENDING_DEPRECATION=1. */
function pendingDeprecation() {
  if (process.env.NODE_PENDING_DEPRECATION === '1') return true;
  const flags = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)];
  return flags.some((flag) => flag.replace(/_/g, '-') === '--pending-deprecation');
}

/**
 * A connection to `socket` over Node's socket handle: `events.open()` once connected, `data(bytes)`
 * as bytes arrive, `closed(code)` once at the end ('ECONNREFUSED', …, or undefined when the other
 * side ended it). Returns `write(text)` and `close()`.
 */
function rawLink(b, socket, events) {
  const handle = new b.Pipe(b.socketType);
  let open = true;
  const close = (code) => {
    if (!open) return;
    open = false;
    handle.close();
    events.closed(code);
  };
  const failed = (status) => close(require('node:util').getSystemErrorName(status));
  const connecting = new b.PipeConnectWrap();
  connecting.oncomplete = (status) => {
    if (status < 0) return failed(status);
    handle.onread = (arrayBuffer) => {
      const n = b.streamBaseState[b.kReadBytesOrError];
      if (n < 0) return close(undefined);
      if (n > 0) events.data(Buffer.from(arrayBuffer, b.streamBaseState[b.kArrayBufferOffset], n));
    };
    const reading = handle.readStart();
    if (reading < 0) return failed(reading);
    events.open();
  };
  const status = handle.connect(connecting, socket);
  if (status < 0) process.nextTick(failed, status);
  return {
    write(text) {
      if (!open) return;
      const request = new b.WriteWrap();
      request.handle = handle;
      request.oncomplete = (status) => status < 0 && failed(status);
      // Kept with the handle until written: libuv still holds a write that did not finish at once.
      handle.writing = request;
      const status = handle.writeUtf8String(request, text);
      if (status < 0) failed(status);
    },
    close: () => close(undefined),
  };
}

/** The same connection through `node:net`. */
function netLink(socket, events) {
  const conn = require('node:net').connect(socket);
  let open = true;
  const close = (code) => {
    if (!open) return;
    open = false;
    conn.destroy();
    events.closed(code);
  };
  conn.on('connect', () => events.open());
  conn.on('data', (bytes) => events.data(bytes));
  conn.on('error', (err) => close(err.code));
  conn.on('close', () => close(undefined));
  return { write: (text) => open && conn.write(text), close: () => close(undefined) };
}

/** A connection to `socket` (see rawLink), by the quickest way this Node allows. */
function link(socket, events) {
  const b = socketBinding();
  return b ? rawLink(b, socket, events) : netLink(socket, events);
}

/**
 * One exchange with the resident process at `socket`: sends `request` (a JSON line), resolves with
 * its answer lines as objects, or undefined on any failure. `onLine` sees each line; returning true
 * ends the exchange. A socket file nobody listens on is removed.
 */
function exchange(socket, request, onLine) {
  if (process.platform !== 'win32' && !existsSync(socket)) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    let buffered = Buffer.alloc(0);
    let settled = false;
    const finish = (value) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      conn.close();
      resolve(value);
    };
    let timer = setTimeout(() => finish(undefined), ACCEPT_TIMEOUT_MS);
    const conn = link(socket, {
      open: () => conn.write(JSON.stringify(request) + '\n'),
      data(bytes) {
        // Lines end at a newline byte, which is never part of a character in UTF-8.
        buffered = buffered.length ? Buffer.concat([buffered, bytes]) : bytes;
        let nl;
        while (!settled && (nl = buffered.indexOf(10)) >= 0) {
          const line = buffered.toString('utf8', 0, nl);
          buffered = buffered.subarray(nl + 1);
          let message;
          try {
            message = JSON.parse(line);
          } catch {
            return finish(undefined);
          }
          const verdict = onLine(message);
          if (verdict === 'wait') {
            clearTimeout(timer);
            timer = setTimeout(() => finish(undefined), ANSWER_TIMEOUT_MS);
          } else if (verdict !== undefined) return finish(verdict);
        }
      },
      closed(code) {
        // Refused: the file is left from a process that ended without removing it.
        if (code === 'ECONNREFUSED' && process.platform !== 'win32') rmSync(socket, { force: true });
        finish(undefined);
      },
    });
  });
}

/**
 * Runs `args` in the resident process of `root` if one answers with this build: prints what the
 * command printed and resolves with its exit code; undefined when the caller should run it itself.
 */
async function runResident(root, args) {
  const where = place(root);
  const build = where && buildOf(root);
  if (!build) return undefined;
  const request = { op: 'run', build, argv: args, cwd: process.cwd(), env: process.env, umask: process.umask() };
  const answer = await exchange(where.socket, request, (m) => (m.accepted === true ? 'wait' : m.accepted === false ? null : m));
  if (!answer || !Number.isInteger(answer.code) || !Array.isArray(answer.output)) return undefined;
  for (const [fd, text] of answer.output) writeOut(fd === 2 ? 2 : 1, String(text));
  return answer.code;
}

/**
 * Starts a resident process for `root` in the background, detached from this one (it outlives it).
 * `args`: the command this process ran, which it runs once itself to warm up (a draft, into a file of
 * its own: main/cli/resident-server.ts warmUp).
 */
function startResident(root, args = []) {
  if (!place(root)) return;
  try {
    const { spawn } = require('node:child_process');
    // --expose-gc: it collects each command's garbage once the command has answered (resident-server.ts collectLater).
    const child = spawn(process.execPath, ['--expose-gc', join(root, 'bin', 'wengao.cjs'), 'daemon', 'serve'], {
      detached: true,
      stdio: 'ignore',
      windowsHide: true,
      cwd: root,
      env: { ...process.env, WENGAO_RESIDENT_WARM: JSON.stringify({ argv: args, cwd: process.cwd() }) },
    });
    child.on('error', () => {});
    child.unref();
  } catch {
    // Not started: the next command runs in its own process, as this one did.
  }
}

/** `wengao daemon status|stop|start`: what it prints and its exit code. */
async function daemonCommand(root, sub) {
  const where = place(root);
  const ask = (op) => (where ? exchange(where.socket, { op }, (m) => m) : Promise.resolve(undefined));
  if (sub === 'status') {
    const s = await ask('status');
    if (!s) return [`没有运行中的常驻进程${disabledByEnv() ? '（已由 WENGAO_NO_DAEMON 关闭）' : ''}\n`, 0];
    const idle = Math.round(s.idleExitMs / 60000);
    const warming = s.warming > 0 ? `，预热中（还要试运行 ${s.warming} 次）` : '';
    return [`常驻进程运行中：进程号 ${s.pid}，已运行 ${Math.round(s.uptimeMs / 1000)} 秒，处理命令 ${s.served} 次${warming}，空闲 ${idle} 分钟后退出\n套接字：${where.socket}\n`, 0];
  }
  if (sub === 'stop') return (await ask('stop')) ? ['常驻进程已停止\n', 0] : ['没有运行中的常驻进程\n', 0];
  if (sub === 'start') {
    if (disabledByEnv()) return ['WENGAO_NO_DAEMON 已设置：不启动常驻进程\n', 2];
    if (await ask('status')) return ['常驻进程已在运行\n', 0];
    startResident(root);
    return ['常驻进程已在后台启动\n', 0];
  }
  return [`用法：wengao daemon status|stop|start\n  常驻进程让之后的命令启动更快（见 README）；WENGAO_NO_DAEMON=1 或 --no-daemon 不使用它\n`, sub === undefined || sub === 'help' ? 0 : 2];
}

module.exports = { SERVED, NO_DAEMON_FLAG, withoutFlag, disabledByEnv, served, place, pipeName, buildOf, runResident, startResident, daemonCommand, writeOut };
