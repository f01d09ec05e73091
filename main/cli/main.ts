// The command line: a shell over the same API handlers as the desktop app and browser mode. This
// file only finds the command, parses its flags and reports errors; each command module reads its
// files, makes its API calls and prints. Exit codes: 0 done · 2 bad input (Chinese messages on
// stderr, nothing written) · 1 internal error; `wengao proof` also returns 1 when it finds a
// 错误-level problem (see proof-commands.ts).
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

const dataDir = { 'data-dir': { type: 'string' } } as const;
const json = { json: { type: 'boolean' } } as const;

const DRAFT_FLAGS: Flags = {
  template: { type: 'string', short: 't' },
  seed: { type: 'string', short: 's' },
  minutes: { type: 'string' },
  rate: { type: 'string' },
  enumeration: { type: 'string' },
  reseed: { type: 'string', multiple: true },
  heading: { type: 'string', multiple: true },
  output: { type: 'string', short: 'o' },
  save: { type: 'boolean' },
  ...dataDir,
};

interface Command {
  flags: Flags;
  run(parsed: Parsed): Promise<number> | number;
}

// Each command's module loads only when it runs: the store (and its native SQLite module), the
// exporter, the library and the proofreader are not read by commands that do not use them.
const drafting = () => import('./draft-commands.ts');
const documents = () => import('./document-commands.ts');
const store = () => import('./store-commands.ts');
const library = () => import('./library-commands.ts');
const lexicon = () => import('./lexicon-commands.ts');
const proof = () => import('./proof-commands.ts');
const roster = () => import('./roster-commands.ts');
const revision = () => import('./revision-commands.ts');

const COMMANDS: Record<string, Command> = {
  draft: { flags: DRAFT_FLAGS, run: async (p) => (await drafting()).draftCommand(p) },
  check: { flags: {}, run: async (p) => (await drafting()).checkCommand(p) },
  templates: { flags: {}, run: async () => (await drafting()).templatesCommand() },
  list: { flags: { ...json, ...dataDir }, run: async (p) => (await documents()).listCommand(p) },
  history: { flags: { ...json, ...dataDir }, run: async (p) => (await documents()).historyCommand(p) },
  save: { flags: { label: { type: 'string' }, ...dataDir }, run: async (p) => (await documents()).saveCommand(p) },
  diff: { flags: { ...json, ...dataDir }, run: async (p) => (await documents()).diffCommand(p) },
  restore: { flags: dataDir, run: async (p) => (await documents()).restoreCommand(p) },
  export: { flags: { output: { type: 'string', short: 'o' }, ...dataDir }, run: async (p) => (await documents()).exportCommand(p) },
  'import-doc': { flags: dataDir, run: async (p) => (await documents()).importDocCommand(p) },
  backup: { flags: dataDir, run: async (p) => (await store()).backupCommand(p) },
  'restore-backup': { flags: dataDir, run: async (p) => (await store()).restoreBackupCommand(p) },
  import: { flags: { ...json, ...dataDir }, run: async (p) => (await library()).importCommand(p.values, p.positionals) },
  search: {
    flags: { role: { type: 'string' }, doc: { type: 'string' }, year: { type: 'string' }, limit: { type: 'string' }, ...json, ...dataDir },
    run: async (p) => (await library()).searchCommand(p.values, p.positionals),
  },
  library: { flags: { ...json, ...dataDir }, run: async (p) => (await library()).libraryCommand(p.values, p.positionals) },
  patterns: {
    flags: { role: { type: 'string' }, level: { type: 'string' }, limit: { type: 'string' }, ...json, ...dataDir },
    run: async (p) => (await library()).patternsCommand(p.values, p.positionals),
  },
  outline: { flags: {}, run: async (p) => (await library()).outlineCommand(p.values, p.positionals) },
  lexicon: { flags: { ...json, level: { type: 'string' }, reason: { type: 'string' }, ...dataDir }, run: async (p) => (await lexicon()).lexiconCommand(p) },
  proof: { flags: { ...json, min: { type: 'string' }, ...dataDir }, run: async (p) => (await proof()).proofCommand(p.values, p.positionals) },
  roster: { flags: { ...json, rank: { type: 'string' }, ...dataDir }, run: async (p) => (await roster()).rosterCommand(p) },
  'export-diff': { flags: { output: { type: 'string', short: 'o' }, author: { type: 'string' }, ...dataDir }, run: async (p) => (await revision()).exportDiffCommand(p) },
  'user-name': { flags: dataDir, run: async (p) => (await revision()).userNameCommand(p) },
  'import-revision': {
    flags: { base: { type: 'string' }, 'accept-all': { type: 'boolean' }, 'reject-all': { type: 'boolean' }, accept: { type: 'string' }, reject: { type: 'string' }, ...json, ...dataDir },
    run: async (p) => (await revision()).importRevisionCommand(p),
  },
  comments: { flags: { all: { type: 'boolean' }, resolve: { type: 'string' }, reopen: { type: 'string' }, ...json, ...dataDir }, run: async (p) => (await revision()).commentsCommand(p) },
};

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

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
      stdio.out(COMMANDS_USAGE + '\n');
      return name === undefined ? 2 : 0;
    }
    const command = own(COMMANDS, name);
    if (!command) throw new UserError([`未知命令：${name}`, COMMANDS_USAGE]);
    return await command.run(parse(rest, command.flags, COMMANDS_USAGE));
  } catch (err) {
    return failure(err);
  }
}
