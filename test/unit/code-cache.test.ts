// The CLI starts from V8's code cache (scripts/code-cache.cjs): a command's first success writes its
// cache, the next run takes it, and a cache that is damaged, stale or cannot be written never
// changes what a command does.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DRAFTING_COMMANDS } from '../../main/cli/draft-main.ts';
import { PACKAGE_ROOT } from '../../main/services/library-files.ts';
import { SHARED } from '../helpers/examples.ts';
import { wengao } from '../helpers/cli.ts';

interface Loaded {
  exports: { answer(): Promise<string> };
  fromCache: boolean;
  succeeded(): void;
}
const { loadScript } = (await import(pathToFileURL(join(PACKAGE_ROOT, 'scripts', 'code-cache.cjs')).href)) as {
  loadScript(path: string, command: string | undefined, moduleUrl: string): Loaded;
};

/** A CommonJS script like the CLI's: it uses require, import.meta.url (as the loader names it) and a lazy module. */
function script(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wengao-code-cache-'));
  const path = join(dir, 'cli.cjs');
  writeFileSync(
    path,
    `const { basename } = require('node:path');
let lazy; const load = () => (lazy ??= { twice: (s) => s + s });
exports.answer = async () => load().twice(basename(new URL(__wengaoModuleUrl).pathname));`,
  );
  return path;
}

describe('code cache of the CLI script', () => {
  it('is written after the first success and taken by the next run, with the same result', async () => {
    const path = script();
    const first = loadScript(path, 'draft', 'file:///x/main.mjs');
    expect(first.fromCache).toBe(false);
    expect(await first.exports.answer()).toBe('main.mjsmain.mjs');
    first.succeeded();
    expect(readdirSync(join(path, '..', 'code-cache'))).toEqual(['cli.draft.bin']);
    const second = loadScript(path, 'draft', 'file:///x/main.mjs');
    expect(second.fromCache).toBe(true);
    expect(await second.exports.answer()).toBe('main.mjsmain.mjs');
    // Another command has a cache of its own; a name that is not a command shares one.
    expect(loadScript(path, 'list', 'file:///x/main.mjs').fromCache).toBe(false);
    loadScript(path, '../../etc', 'file:///x/main.mjs').succeeded();
    expect(readdirSync(join(path, '..', 'code-cache')).sort()).toEqual(['cli.draft.bin', 'cli.other.bin']);
  });

  it('rejects a damaged cache, runs the same and writes a good one', async () => {
    const path = script();
    mkdirSync(join(path, '..', 'code-cache'));
    writeFileSync(join(path, '..', 'code-cache', 'cli.draft.bin'), 'not a cache at all');
    const damaged = loadScript(path, 'draft', 'file:///x/main.mjs');
    expect(damaged.fromCache).toBe(false);
    expect(await damaged.exports.answer()).toBe('main.mjsmain.mjs');
    damaged.succeeded();
    expect(loadScript(path, 'draft', 'file:///x/main.mjs').fromCache).toBe(true);
  });

  it('rejects the cache of a script that changed since', async () => {
    const path = script();
    loadScript(path, 'draft', 'file:///x/main.mjs').succeeded();
    writeFileSync(path, readFileSync(path, 'utf8') + '\nexports.more = 1;');
    expect(loadScript(path, 'draft', 'file:///x/main.mjs').fromCache).toBe(false);
  });

  it('is no error where the cache cannot be written', async () => {
    const path = script();
    // A file where the cache folder would be: no folder can be made (as for a read-only install, even as root).
    writeFileSync(join(path, '..', 'code-cache'), '');
    const loaded = loadScript(path, 'draft', 'file:///x/main.mjs');
    expect(await loaded.exports.answer()).toBe('main.mjsmain.mjs');
    expect(() => loaded.succeeded()).not.toThrow();
  });

  it('gives the real CLI the same draft with and without its cache', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wengao-code-cache-cli-'));
    const speech = join(SHARED, 'examples', 'speech-living-environment.json');
    const out = (n: number) => join(dir, `${n}.json`);
    for (const n of [1, 2]) expect(wengao(['draft', speech, '--seed', '3', '-o', out(n)]).status).toBe(0);
    // Drafting runs from the drafting commands' own script, draft.cjs.
    expect(existsSync(join(PACKAGE_ROOT, 'out', 'cli', 'code-cache', 'draft.draft.bin'))).toBe(true);
    expect(readFileSync(out(2), 'utf8')).toBe(readFileSync(out(1), 'utf8'));
  });

  it('sends exactly the commands of the drafting script to it', () => {
    const require = createRequire(import.meta.url);
    const { DRAFT_SCRIPT_COMMANDS } = require(join(PACKAGE_ROOT, 'bin', 'wengao.cjs')) as { DRAFT_SCRIPT_COMMANDS: string[] };
    expect([...DRAFT_SCRIPT_COMMANDS].sort()).toEqual(Object.keys(DRAFTING_COMMANDS).sort());
  });
});
