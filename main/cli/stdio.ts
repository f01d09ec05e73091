// What the command line prints, written to file descriptors 1 and 2 directly. process.stdout and
// process.stderr are streams that Node builds on first use — for a pipe or a terminal that loads its
// net, tty and stream modules, 10–20 ms of a command's start (measured alone) — while a command only
// prints a few lines, synchronously either way. On Windows the streams stay: a console there takes
// text through WriteConsoleW, not as UTF-8 bytes.
import { writeSync } from 'node:fs';

/** About a millisecond's wait: a descriptor another program left non-blocking is full for now. */
function pause(): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
}

let windowsPipeWatched = false;

/** Through the stream on Windows; a closed pipe there ends the command as it does below. */
function windowsWrite(fd: 1 | 2, text: string): void {
  if (!windowsPipeWatched) {
    windowsPipeWatched = true;
    process.stdout.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(0);
      throw err;
    });
  }
  (fd === 1 ? process.stdout : process.stderr).write(text);
}

function writeAll(fd: 1 | 2, text: string): void {
  if (process.platform === 'win32') return windowsWrite(fd, text);
  const bytes = Buffer.from(text, 'utf8');
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(fd, bytes, offset);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') pause();
      // `wengao search … | head` closes the pipe early: that is the reader's choice, not an error.
      else if (code === 'EPIPE' && fd === 1) process.exit(0);
      // Nobody reads the messages any more: the exit code still tells.
      else if (code === 'EPIPE') return;
      else throw err;
    }
  }
}

/** Where a command's output goes: the process's descriptors, or a resident process's request (main/cli/resident-server.ts). */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

let io: Io | undefined;

/** Sends what commands print to `given` from now on; undefined: to this process's descriptors again. */
export function useIo(given: Io | undefined): void {
  io = given;
}

/** Standard output and standard error; an object, so that a test can capture what a command prints. */
export const stdio = {
  out: (text: string): void => (io ? io.out(text) : writeAll(1, text)),
  err: (text: string): void => (io ? io.err(text) : writeAll(2, text)),
};
