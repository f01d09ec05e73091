// The command line: a shell over the same API handlers as the desktop app and browser mode. This
// file only lists the commands (run.ts finds one, parses its flags and reports errors); each command
// module reads its files, makes its API calls and prints. `wengao proof` also returns 1 when it
// finds a 错误-level problem (see proof-commands.ts). The drafting commands come from draft-main.ts,
// which is also a script of its own.
import { DRAFTING_COMMANDS } from './draft-main.ts';
import { dataDir, runCommand, type Command } from './run.ts';
import { setShell, type Shell } from './shell.ts';
import type { ResidentOptions } from './resident-server.ts';

const json = { json: { type: 'boolean' } } as const;

// Each command's module loads only when it runs: the store (and its native SQLite module), the
// exporter, the library and the proofreader are not read by commands that do not use them.
const documents = () => import('./document-commands.ts');
const store = () => import('./store-commands.ts');
const library = () => import('./library-commands.ts');
const lexicon = () => import('./lexicon-commands.ts');
const proof = () => import('./proof-commands.ts');
const roster = () => import('./roster-commands.ts');
const revision = () => import('./revision-commands.ts');

const COMMANDS: Record<string, Command> = {
  ...DRAFTING_COMMANDS,
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
  library: { flags: { ...json, yes: { type: 'boolean' }, undo: { type: 'boolean' }, ...dataDir }, run: async (p) => (await library()).libraryCommand(p.values, p.positionals) },
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

export function main(argv: string[], given?: Shell): Promise<number> {
  setShell(given);
  return runCommand(COMMANDS, argv);
}

/** `wengao daemon serve`: this command line as a resident process (resident-server.ts), loaded only then. */
export async function serve(options: Omit<ResidentOptions, 'main'>): Promise<void> {
  const { serveResident } = await import('./resident-server.ts');
  return serveResident({ ...options, main });
}
