// The command line's way into the application: the same handlers as the desktop app and browser
// mode, called through dispatch, so every command is checked by the contract exactly like a click.
// The database opens on the first call that needs it; an error the user can fix is printed in
// Chinese (a contract path such as options.seed named as the flag --seed), exit code 2.
import { ApiError, DRAFT_OPTION_LABELS, type Input, type Method, type Output } from '../../core/api.ts';
import type { HandlerContext, Handlers } from '../api/context.ts';
import { dispatch, REQUEST_REFUSED, type Checks } from '../api/dispatch.ts';
import { createHandlers } from '../api/handlers.ts';
import type { DraftLibrary } from '../../core/draft/index.ts';
import { loadDraftLibrary } from '../services/library-files.ts';
import { databaseFile } from './database.ts';
import type { Store } from '../services/store/store.ts';
import { UserError } from './errors.ts';

export interface CliApi {
  /** One call through dispatch; `checks` only for a document this process's engine made (dispatch.ts Checks). */
  call<M extends Method>(method: M, input: Input<M>, checks?: Checks): Promise<Output<M>>;
}

/** The flag each draft option is set with: a refusal names it (讲话时长（分钟）→ --minutes). */
const FLAGS: Readonly<Record<keyof typeof DRAFT_OPTION_LABELS, string>> = {
  template: '--template',
  seed: '--seed',
  minutes: '--minutes',
  rate: '--rate',
  enumeration: '--enumeration',
  partSeeds: '--reseed',
  headings: '--heading',
};
const BY_LABEL = new Map(Object.entries(DRAFT_OPTION_LABELS).map(([k, label]) => [label, FLAGS[k as keyof typeof FLAGS]]));

/** A line of a refusal in the CLI's words: the option's label becomes its flag. */
function asFlags(line: string): string {
  for (const [label, flag] of BY_LABEL) if (line.startsWith(label) && /^[：中]/.test(line.slice(label.length))) return flag + line.slice(label.length);
  return line;
}

/** An ApiError as the lines the CLI prints: the message, then each detail indented. */
export function userError(err: ApiError, subject?: string): UserError {
  const head = subject ? `${subject}：${err.message}` : err.message;
  // Only a refusal of the request names options (the material has fields of the same names).
  const words = err.message === REQUEST_REFUSED ? asFlags : (d: string) => d;
  return new UserError([head, ...err.details.map((d) => `  ${words(d)}`)]);
}

/** Which handlers a command's API has: all of them, or the few its command calls (draft-commands.ts). */
export type HandlerSet = (ctx: HandlerContext) => Partial<Handlers>;

/**
 * Runs `fn` with the API over the database of --data-dir (or WENGAO_DATA_DIR, or the user's data
 * folder), opened only if a call needs it and closed afterwards. `subject` (a file name) heads the
 * message of a refusal. A command that never touches the database (drafting without --save) says
 * `database: false`: the store's module and the native SQLite module are then not even loaded
 * (7–11 ms of such a command's start).
 */
export async function withApi<T>(dataDir: string | undefined, fn: (api: CliApi) => Promise<T>, subject?: string, options: { database?: boolean } = {}): Promise<T> {
  return withHandlers(createHandlers, dataDir, fn, subject, options);
}

/**
 * The templates and phrase banks, read once per process as the app and browser mode do: a resident
 * process runs many commands, and its bundle (of which they are inputs) is replaced when they change.
 */
let library: DraftLibrary | undefined;

/** withApi with the handlers `make` gives: a call of any other method is an internal error. */
export async function withHandlers<T>(make: HandlerSet, dataDir: string | undefined, fn: (api: CliApi) => Promise<T>, subject?: string, { database = true } = {}): Promise<T> {
  const StoreClass = database ? (await import('../services/store/store.ts')).Store : undefined;
  let store: Store | undefined;
  const open = () => {
    if (!StoreClass) throw new Error('this command opens no database');
    return (store = new StoreClass(databaseFile(dataDir)));
  };
  const handlers = make({ store: open, library: () => (library ??= loadDraftLibrary()) });
  const api: CliApi = { call: (method, input, checks) => dispatch(handlers, method, input, checks) as never };
  try {
    return await fn(api);
  } catch (err) {
    throw err instanceof ApiError ? userError(err, subject) : err;
  } finally {
    store?.close();
  }
}
