import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // LibreOffice conversions are slow and share one profile; keep file-level parallelism modest.
    maxWorkers: 2,
  },
});
