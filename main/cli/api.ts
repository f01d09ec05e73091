// The command line's way into the application: the same handlers as the desktop app and browser
// mode, called through dispatch, so every command is checked by the contract exactly like a click.
// The database opens on the first call that needs it; an error the user can fix is printed in
// Chinese (a contract path such as options.seed named as the flag --seed), exit code 2.
import { ApiError, type Input, type Method, type Output } from '../../core/api.ts';
import { dispatch } from '../api/dispatch.ts';
import { createHandlers } from '../api/handlers.ts';
import { loadDraftLibrary } from '../services/library-files.ts';
import { databaseFile } from './database.ts';
import { Store } from '../services/store/store.ts';
import { UserError } from './errors.ts';

export interface CliApi {
  call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>>;
}

/** The flag a contract path stands for (options.seed → --seed), for messages in the user's words. */
const FLAGS = new Map(Object.entries({
  'options.seed': '--seed',
  'options.minutes': '--minutes',
  'options.rate': '--rate',
  'options.template': '--template',
  'options.enumeration': '--enumeration',
  'options.partSeeds': '--reseed',
  'options.headings': '--heading',
}));

function asFlags(line: string): string {
  const m = /^(options\.[A-Za-z]+)(.*)$/s.exec(line);
  const flag = m ? FLAGS.get(m[1]!) : undefined;
  return flag ? flag + m![2] : line;
}

/** An ApiError as the lines the CLI prints: the message, then each detail indented. */
export function userError(err: ApiError, subject?: string): UserError {
  const head = subject ? `${subject}：${err.message}` : err.message;
  return new UserError([head, ...err.details.map((d) => `  ${asFlags(d)}`)]);
}

/**
 * Runs `fn` with the API over the database of --data-dir (or WENGAO_DATA_DIR, or the user's data
 * folder), opened only if a call needs it and closed afterwards. `subject` (a file name) heads the
 * message of a refusal.
 */
export async function withApi<T>(dataDir: string | undefined, fn: (api: CliApi) => Promise<T>, subject?: string): Promise<T> {
  let store: Store | undefined;
  const handlers = createHandlers({ store: () => (store = new Store(databaseFile(dataDir))), library: () => loadDraftLibrary() });
  const api: CliApi = { call: (method, input) => dispatch(handlers, method, input) as never };
  try {
    return await fn(api);
  } catch (err) {
    throw err instanceof ApiError ? userError(err, subject) : err;
  } finally {
    store?.close();
  }
}
