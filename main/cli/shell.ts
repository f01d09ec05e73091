// What the command's entry (bin/wengao.cjs) tells the command line about where it runs: set once by
// main() before a command runs. From the prebuilt bundle there is a folder beside it where a command
// may keep what it learnt for the next run (V8's code caches live there too); run from the sources
// (tsx, the tests' fallback) there is none, and nothing is kept. A resident process
// (resident-server.ts) runs many commands, each with its own output.
import { useIo, type Io } from './stdio.ts';

export interface Shell {
  /** The bundle's cache folder (scripts/code-cache.cjs cacheDir), absent when run from the sources. */
  cacheDir?: string;
  /** Where the command prints; absent: this process's standard output and error. */
  io?: Io;
}

export const shell: Shell = {};

/** Takes what the entry says. */
export function setShell(given: Shell | undefined): void {
  shell.cacheDir = typeof given?.cacheDir === 'string' ? given.cacheDir : undefined;
  useIo(given?.io);
}
