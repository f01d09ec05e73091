// One app per e2e test file: opened in browser mode before the file's tests (the screenshots' folder
// made), taken to where its tests start, closed after them; a failing test prints what the pages did.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { reportFailures } from './failures.ts';
import { openApp, type Harness } from './harness.ts';

/** Where the e2e tests leave the screenshots a reviewer looks at. */
export const LOOK = '/tmp/wengao-look';

/**
 * Call at the top level of a test file; `ready` takes the open app to where the file's tests start
 * (the 范文库, a drafted document). Returns the file's harness, for its tests once it is open.
 */
export function useApp(ready: (h: Harness) => Promise<void>): () => Harness {
  let h: Harness | undefined;
  reportFailures(() => h);
  beforeAll(async () => {
    mkdirSync(LOOK, { recursive: true });
    h = await openApp();
    await ready(h);
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });
  return () => h!;
}
