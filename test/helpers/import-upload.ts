// A library import in browser mode as the page makes it, and calls measured while it runs: for the
// test of defect 4b (test/unit/hostile/import-responsive.test.ts) and its figure in \`npm run bench\`.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED } from './examples.ts';
import { QUIET_MS } from '../../main/services/store/transaction.ts';
import type { ServerChild } from './server-child.ts';

/** A collection of `mb` megabytes: the shared speeches and reports, again and again, each copy numbered. */
export function collection(mb: number): Buffer {
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
function callBody(name: string, bytes: Buffer, dir: string): string {
  const head = Buffer.from(JSON.stringify({ input: { name, base64: '' } }).slice(0, -3));
  const body = Buffer.alloc(head.length + Math.ceil(bytes.length / 3) * 4 + 3);
  let at = head.copy(body);
  const chunk = 3 * 65536;
  for (let i = 0; i < bytes.length; i += chunk) at += body.write(bytes.subarray(i, i + chunk).toString('base64'), at, 'latin1');
  body.write('"}}', at, 'latin1');
  const file = join(dir, `body-${process.hrtime.bigint()}.json`);
  writeFileSync(file, body);
  return file;
}

/**
 * library.import of `bytes`, sent from a process of its own: sending 70 MB stalls the sender's
 * event loop now and then, which must not be counted against the server. `stop` kills the sender,
 * which closes its connection, as a page that gives up on the call does. When the call fails, the
 * answer is rejected with what the sender wrote to stderr (「fetch failed … other side closed」 for a
 * server killed under it): kept for the rejection, not printed into the test run's log.
 */
export function importCall(srv: ServerChild, name: string, bytes: Buffer, dir: string): { answer: Promise<{ status: number; body: { output?: { documents: number }; error?: string } }>; stop(): void } {
  const code = `const r = await fetch(process.argv[1], { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + process.argv[2] }, body: (await import('node:fs')).readFileSync(process.argv[3]) });
process.stdout.write(JSON.stringify({ status: r.status, body: await r.json() }));`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', code, `${srv.url}api/library.import`, srv.token, callBody(name, bytes, dir)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (err += c));
  const answer = new Promise<{ status: number; body: { output?: { documents: number }; error?: string } }>((resolve, reject) =>
    child.on('close', (code, signal) => (code === 0 ? resolve(JSON.parse(out) as never) : reject(new Error(`the sender ended (${signal ?? code}): ${err.slice(-2000)}`)))),
  );
  return { answer, stop: () => child.kill('SIGKILL') };
}

/** How long each call made during an import took, reads and writes apart; `afterQuiet`: the saves
 *  that came first after a pause (also in `writes`). */
export interface CallTimes {
  reads: number[];
  writes: number[];
  afterQuiet: number[];
}

/** Pairs of calls between two pauses. */
const CALLS_BETWEEN_PAUSES = 30;
/** A pause longer than an import's quiet spell (store/transaction.ts): the save after it meets the
 *  import's longer slices, made while nobody was saving. */
export const PAUSE_MS = QUIET_MS + 1000;

/**
 * Calls made one after another until `until` settles: documents.list (a read), then versions.save of
 * document `documentId` with its title changed each time (a write: a new version every call, as an
 * autosave after an edit makes), measured apart; every CALLS_BETWEEN_PAUSES pairs, a pause of
 * PAUSE_MS, as a user who stops typing for a while.
 */
export async function callWhile(srv: ServerChild, until: Promise<unknown>, documentId: number): Promise<CallTimes> {
  let over = false;
  void until.finally(() => (over = true)).catch(() => undefined);
  const opened = await srv.call('documents.open', { documentId });
  if (opened.status !== 200) throw new Error(`documents.open: ${opened.status} ${opened.body.error}`);
  const doc = (opened.body.output as { doc: { title: { text: string }[] } }).doc;
  const times: CallTimes = { reads: [], writes: [], afterQuiet: [] };
  const timed = async (into: number[], method: string, input: unknown) => {
    const t = performance.now();
    const r = await srv.call(method, input);
    into.push(performance.now() - t);
    if (r.status !== 200) throw new Error(`${method}: ${r.status} ${r.body.error}`);
  };
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  for (let n = 1; !over; n++) {
    await timed(times.reads, 'documents.list', {});
    await timed(times.writes, 'versions.save', { documentId, doc: { ...doc, title: [{ text: `${doc.title.map((r) => r.text).join('')}（第${n}稿）` }] }, kind: 'saved' });
    if ((n - 1) % CALLS_BETWEEN_PAUSES === 0) times.afterQuiet.push(times.writes.at(-1)!);
    if (n % CALLS_BETWEEN_PAUSES === 0) for (const end = performance.now() + PAUSE_MS; !over && performance.now() < end; ) await pause(100);
    else await pause(25);
  }
  return times;
}
