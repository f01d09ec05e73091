// Prints what the pages did (page-log.ts) under the name of each failing test of the file.
import { beforeEach } from 'vitest';
import type { Harness } from './harness.ts';

/** Call at the top level of an e2e file; `harness` returns the file's harness once it is open. */
export function reportFailures(harness: () => Harness | undefined): void {
  beforeEach(({ task, onTestFailed }) => {
    onTestFailed(async () => {
      const h = harness();
      if (h) console.error(`${task.name} failed; what the pages did:\n${await h.log.report()}`);
    });
  });
}
