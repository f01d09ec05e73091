// The drafting commands (draft, check, templates) as a script of their own, out/cli/draft.cjs
// (scripts/build-bundles.mjs), which bin/wengao.cjs runs for them. Drafting is what a user runs
// most, and a start reads, and V8 deserialises, the whole script it runs: this one holds the
// drafting engine, the contract and the exporter, not the library, store, proofreader and revision
// code of the other commands. The whole command line (main.ts) has the same commands from here.
import { dataDir, runCommand, type Command } from './run.ts';
import type { Flags } from './args.ts';
import { setShell, type Shell } from './shell.ts';

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

const drafting = () => import('./draft-commands.ts');

export const DRAFTING_COMMANDS: Readonly<Record<string, Command>> = {
  draft: { flags: DRAFT_FLAGS, run: async (p) => (await drafting()).draftCommand(p) },
  check: { flags: {}, run: async (p) => (await drafting()).checkCommand(p) },
  templates: { flags: {}, run: async () => (await drafting()).templatesCommand() },
};

export function main(argv: string[], given?: Shell): Promise<number> {
  setShell(given);
  return runCommand(DRAFTING_COMMANDS, argv);
}
