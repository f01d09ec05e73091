// Defect 4b: in browser mode a library import ran on the server's event loop — decoding the 70 MB
// request body, analysing the file, writing and indexing its passages — so every other call waited
// for it, seconds at a time. The import now runs in the library's import worker on a connection of
// its own (main/services/library/import-thread.ts): while a 50 MB file imports, the other calls are
// answered (measured here, as the acceptance asks; `npm run bench -- library` prints the
// figure too), the import is seen by them once committed, and a cancelled import leaves nothing.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { SHARED } from '../../helpers/examples.ts';
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

/** A collection of `mb` megabytes: the shared speeches and reports, again and again, each copy numbered. */
function collection(mb: number): Buffer {
  const texts = [join(SHARED, 'genre'), join(SHARED, 'fixtures', 'import')].flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(d, f), 'utf8')),
  );
  const parts: Buffer[] = [];
  let size = 0;
  for (let copy = 1; size < mb * 1024 * 1024 - 300_000; copy++) {
    for (const t of texts) {
      const part = Buffer.from(`${t}\n\n`);
      parts.push(part);
      size += part.length;
    }
  }
  return Buffer.concat(parts);
}

/** The call's body, written to a file without a 70 MB string in this process. */
function callBody(name: string, bytes: Buffer): string {
  const head = Buffer.from(JSON.stringify({ input: { name, base64: '' } }).slice(0, -3));
  const body = Buffer.alloc(head.length + Math.ceil(bytes.length / 3) * 4 + 3);
  let at = head.copy(body);
  const chunk = 3 * 65536;
  for (let i = 0; i < bytes.length; i += chunk) at += body.write(bytes.subarray(i, i + chunk).toString('base64'), at, 'latin1');
  body.write('"}}', at, 'latin1');
  const file = join(tmp, `body-${process.hrtime.bigint()}.json`);
  writeFileSync(file, body);
  return file;
}

/**
 * library.import of `bytes`, sent from a process of its own: sending 70 MB stalls the sender's
 * event loop now and then, which must not be counted against the server. `stop` kills the sender,
 * which closes its connection, as a page that gives up on the call does.
 */
function importCall(srv: ServerChild, name: string, bytes: Buffer): { answer: Promise<{ status: number; body: { output?: { documents: number }; error?: string } }>; stop(): void } {
  const code = `const r = await fetch(process.argv[1], { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + process.argv[2] }, body: (await import('node:fs')).readFileSync(process.argv[3]) });
process.stdout.write(JSON.stringify({ status: r.status, body: await r.json() }));`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', code, `${srv.url}api/library.import`, srv.token, callBody(name, bytes)], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
  const answer = new Promise<{ status: number; body: { output?: { documents: number }; error?: string } }>((resolve, reject) =>
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as never) : reject(new Error(`the sender ended (${code})`)))),
  );
  return { answer, stop: () => child.kill('SIGKILL') };
}

/** Calls documents.list one after another until `until` settles: how long each took. */
async function listWhile(srv: ServerChild, until: Promise<unknown>): Promise<number[]> {
  let over = false;
  void until.finally(() => (over = true)).catch(() => undefined);
  const took: number[] = [];
  while (!over) {
    const t = performance.now();
    const r = await srv.call('documents.list', {});
    took.push(performance.now() - t);
    expect(r.status, r.body.error).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return took;
}

describe('defect 4b: a library import in browser mode runs off the event loop', () => {
  it('while a 50 MB file imports, every documents.list call answers (measured), and the import is then searchable', async () => {
    const srv = (server = await startServerChild(join(tmp, 'big')));
    const bytes = collection(50);
    const started = performance.now();
    const imported = importCall(srv, '范文合集.txt', bytes).answer;
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
    const imported = importCall(srv, '合集.txt', collection(12));
    // Long enough for the body to arrive and the worker to be reading, analysing or writing it.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    imported.stop();
    await expect(imported.answer).rejects.toThrow();
    // The server stopped the worker; whatever it had begun to write was rolled back.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const sources = await srv.call('library.sources', {});
    expect(sources.status, sources.body.error).toBe(200);
    expect(sources.body.output).toEqual([]);
    const small = await importCall(srv, '讲话.txt', readFileSync(join(SHARED, 'genre', 'speech-living-environment.txt'))).answer;
    expect(small.status, small.body.error).toBe(200);
    expect(small.body.output!.documents).toBe(1);
    expect(((await srv.call('library.sources', {})).body.output as unknown[]).length).toBe(1);
    expect(srv.exit()).toBeNull();
  }, 120_000);
});
