#!/usr/bin/env node
// Entry of the `wengao` command. The sources are TypeScript; tsx compiles them on load so that
// `npx wengao …` works in a checkout right after `npm ci`, with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../main/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
