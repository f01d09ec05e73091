#!/usr/bin/env node
// Entry of the `wengao` command. The sources are TypeScript; tsx compiles them on load so that
// `npx wengao …` works in a checkout right after `npm ci`, with no build step.
import { register } from 'tsx/esm/api';

register();
// `wengao search … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});
const { main } = await import('../main/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
