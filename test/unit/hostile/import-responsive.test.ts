// Defect 4b: in browser mode a library import ran on the server's event loop — decoding the 70 MB
// request body, analysing the file, writing and indexing its passages — so every other call waited
// for it, seconds at a time. The import now runs in the library's import worker on a connection of
// its own (main/services/library/import-thread.ts): while a 50 MB file imports, the other calls are
// answered (measured here, as the acceptance asks; `npm run bench -- library` prints the
// figure too), the import is seen by them once committed, and a cancelled import leaves nothing.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { SHARED } from '../../helpers/examples.ts';
import { collection, importCall, listWhile } from '../../helpers/import-upload.ts';
import { startServerChild, type ServerChild } from '../../helpers/server-child.ts';

const tmp = mkdtempSync(join(tmpdir(), 'wengao-responsive-'));
let server: ServerChild | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The bound for any other call while an import runs. */
const TARGET_MS = 200;
/**
 * What the test holds it to: the slowest of the calls made during the import. Above the target,
 * because this machine and CI's are shared by other work (a call can wait for a core without any
 * fault of ours); far below what the import on the event loop cost — the body alone held it for
 * about a second, writing the passages for ten.
 */
const BOUND_MS = 600;

describe('defect 4b: a library import in browser mode runs off the event loop', () => {
  it('while a 50 MB file imports, every documents.list call answers (measured), and the import is then searchable', async () => {
    const srv = (server = await startServerChild(join(tmp, 'big')));
    const bytes = collection(50);
    const started = performance.now();
    const imported = importCall(srv, '范文合集.txt', bytes, tmp).answer;
    const took = await listWhile(srv, imported);
    const { status, body } = await imported;
    const seconds = (performance.now() - started) / 1000;
    expect(status, body.error).toBe(200);
    expect(body.output!.documents).toBeGreaterThan(1000);
    const sorted = [...took].sort((a, b) => a - b);
    const max = sorted.at(-1)!;
    const median = sorted[Math.floor(sorted.length / 2)]!;
    console.log(
      `50 MB import in ${seconds.toFixed(1)} s; ${took.length} documents.list calls meanwhile: median ${median.toFixed(0)} ms, max ${max.toFixed(0)} ms (target ≤ ${TARGET_MS} ms, held to ≤ ${BOUND_MS} ms here)`,
    );
    // Calls were answered all along, not once at the end.
    expect(took.length).toBeGreaterThan(seconds * 4);
    expect(median).toBeLessThanOrEqual(TARGET_MS);
    expect(max).toBeLessThanOrEqual(BOUND_MS);
    // The server's own connection sees what the worker wrote.
    const found = await srv.call('library.search', { query: '生活垃圾分类', limit: 5 });
    expect((found.body.output as { hits: unknown[] }).hits.length).toBe(5);
    expect(srv.exit()).toBeNull();
  }, 240_000);

  it('a cancelled import (the page gives up on the call) leaves nothing of the file, and the next import goes in', async () => {
    const srv = (server = await startServerChild(join(tmp, 'cancel')));
    const imported = importCall(srv, '合集.txt', collection(12), tmp);
    // Long enough for the body to arrive and the worker to be reading, analysing or writing it.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    imported.stop();
    await expect(imported.answer).rejects.toThrow();
    // The server stopped the worker; whatever it had begun to write was rolled back.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const sources = await srv.call('library.sources', {});
    expect(sources.status, sources.body.error).toBe(200);
    expect(sources.body.output).toEqual([]);
    const small = await importCall(srv, '讲话.txt', readFileSync(join(SHARED, 'genre', 'speech-living-environment.txt')), tmp).answer;
    expect(small.status, small.body.error).toBe(200);
    expect(small.body.output!.documents).toBe(1);
    expect(((await srv.call('library.sources', {})).body.output as unknown[]).length).toBe(1);
    expect(srv.exit()).toBeNull();
  }, 120_000);
});
