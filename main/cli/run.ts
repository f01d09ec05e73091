// Running one command of a table: find it, parse its flags, report its errors. Shared by the whole
// command line (main.ts) and by the drafting commands' own script (draft-main.ts). Exit codes:
// 0 done · 2 bad input (Chinese messages on stderr, nothing written) · 1 internal error.
import { config as zodConfig } from 'zod';
import { DraftRequestError } from '../../core/draft/compose.ts';
import { own } from '../../core/own.ts';
import { StoreError } from '../services/store/errors.ts';
import { parse, type Flags, type Parsed } from './args.ts';
import { UserError } from './errors.ts';
import { COMMANDS_USAGE } from './usage.ts';
import { stdio } from './stdio.ts';

// A command parses each contract schema once or twice: compiling zod's fast paths (new Function per
// object schema) costs more than it saves in a process that lives for one command.
zodConfig({ jitless: true });

export const dataDir = { 'data-dir': { type: 'string' } } as const;

export interface Command {
  flags: Flags;
  run(parsed: Parsed): Promise<number> | number;
}

/** The message and exit code of a failed command. */
function failure(err: unknown): number {
  if (err instanceof UserError) {
    stdio.err(err.lines.join('\n') + '\n');
    return 2;
  }
  if (err instanceof StoreError || err instanceof DraftRequestError) {
    stdio.err(err.message + '\n');
    return 2;
  }
  stdio.err(`内部错误：${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  return 1;
}

/** Runs the command `argv` names (with `help` or nothing: prints the usage); resolves with its exit code. */
export async function runCommand(commands: Readonly<Record<string, Command>>, argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
      stdio.out(COMMANDS_USAGE + '\n');
      return name === undefined ? 2 : 0;
    }
    const command = own(commands, name);
    if (!command) throw new UserError([`未知命令：${name}`, COMMANDS_USAGE]);
    return await command.run(parse(rest, command.flags, COMMANDS_USAGE));
  } catch (err) {
    return failure(err);
  }
}
