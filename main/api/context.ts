// What every slice of the handlers shares: the typed shape of a handler, and the services a call may
// need. The store and the drafting library are opened on first use, so a shell that only drafts
// (the CLI without --save) never opens the database or loads the native SQLite module.
import type { Args, Method, Output } from '../../core/api.ts';
import type { DraftLibrary } from '../../core/draft/index.ts';
import type { Store } from '../services/store/store.ts';
import { assertWritable } from '../services/store/errors.ts';

/** The handlers of some methods: each gets its input as the contract parsed it. */
export type Slice<M extends Method> = { [K in M]: (input: Args<K>) => Promise<Output<K>> };

/** The handlers of every method whose name starts with `domain.` (documents, versions, …). */
export type DomainSlice<D extends string> = Slice<Extract<Method, `${D}.${string}`>>;

/** One handler per method of the contract. */
export type Handlers = Slice<Method>;

/** A value, or how to make it on first use. */
type Lazy<T> = T | (() => T);

export interface HandlerContext {
  store: Lazy<Store>;
  library: Lazy<DraftLibrary>;
  /** Where corpus/proof is (the package root by default); the built-in lexicon is compiled once from it. */
  proofRoot?: string;
}

/** The context as the slices use it: each service made once, when a call first needs it. */
export interface Services {
  store(): Store;
  library(): DraftLibrary;
  proofRoot?: string;
}

function once<T>(value: Lazy<T>): () => T {
  if (typeof value !== 'function') return () => value;
  let made: T | undefined;
  return () => (made ??= (value as () => T)());
}

export function services(ctx: HandlerContext): Services {
  const store = once(ctx.store);
  // Every call that touches the database first checks that its files can still be written: even a
  // read writes into the memory-mapped WAL index, which kills the process (SIGBUS) once the file is
  // unwritable. The call is refused as 只读 instead, and the app stays up (store/writable.ts).
  const checked = () => {
    const s = store();
    assertWritable(s.path);
    return s;
  };
  return { store: checked, library: once(ctx.library), ...(ctx.proofRoot ? { proofRoot: ctx.proofRoot } : {}) };
}
