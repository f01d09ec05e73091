// The API as the UI reaches it, for tests: handlers on a real store in a temp folder (made before
// the file's tests, removed after), called through dispatch() so the contract checks every call.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { ApiError, type Input, type Method, type Output } from '../../core/api.ts';
import { dispatch } from '../../main/api/dispatch.ts';
import { createHandlers, type Handlers } from '../../main/api/handlers.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { Store } from '../../main/services/store/store.ts';

export interface ApiHarness {
  /** The temp folder holding wengao.db; removed after the file's tests. */
  readonly dir: string;
  readonly store: Store;
  readonly handlers: Handlers;
  call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>>;
  /** The ApiError a call is refused with; fails the test when the call succeeds. */
  refusal(method: string, input: unknown): Promise<ApiError>;
}

export function useApi(prefix: string): ApiHarness {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  let store: Store | undefined;
  let handlers: Handlers | undefined;
  beforeAll(() => {
    store = new Store(join(dir, 'wengao.db'));
    handlers = createHandlers({ store, library: loadDraftLibrary() });
  });
  afterAll(() => {
    store?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const ready = () => {
    if (!handlers || !store) throw new Error('useApi: the handlers exist only inside tests');
    return { store, handlers };
  };
  return {
    dir,
    get store() {
      return ready().store;
    },
    get handlers() {
      return ready().handlers;
    },
    call: (method, input) => dispatch(ready().handlers, method, input) as never,
    async refusal(method, input) {
      try {
        await dispatch(ready().handlers, method, input);
      } catch (err) {
        if (err instanceof ApiError) return err;
        throw err;
      }
      throw new Error(`${method} was not refused`);
    },
  };
}
