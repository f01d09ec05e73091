// The 范文库 commands' store: the library of --data-dir opened for one command, and a library or store
// problem turned into the user's Chinese message (library-commands.ts, library-resplit-commands.ts).
import { LibraryError } from '../services/library/errors.ts';
import type { Store } from '../services/store/store.ts';
import type { Values } from './args.ts';
import { UserError } from './errors.ts';
import { asUserError, withStore } from './store-commands.ts';

export function dataDir(values: Values): string | undefined {
  return values['data-dir'] as string | undefined;
}

export function libraryError(err: unknown): unknown {
  return err instanceof LibraryError ? new UserError([err.message]) : asUserError(err);
}

/** Runs `fn` on the store of --data-dir; a library or store problem becomes the user's Chinese message. */
export function withLibrary<T>(values: Values, fn: (store: Store) => T): T {
  try {
    return withStore(dataDir(values), fn);
  } catch (err) {
    throw libraryError(err);
  }
}
