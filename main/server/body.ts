// A browser-mode API call's body: read whole (bounded), or saved to a file as it arrives for a call
// whose body is a whole library file (import-call.ts); and parsed as `{ "input": … }`.
import { open } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';

export class BodyTooLarge extends Error {}
export class BadBody extends Error {}

export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(new BodyTooLarge());
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on('data', (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > limit) {
        failed = true;
        chunks.length = 0;
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!failed) resolveBody(Buffer.concat(chunks));
    });
    req.on('error', (err) => {
      if (!failed) reject(err);
    });
  });
}

export function parseCall(body: Buffer): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    throw new BadBody('请求不是有效的 JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new BadBody('请求应为 { "input": … } 形式的 JSON 对象');
  const keys = Object.keys(parsed);
  if (keys.some((k) => k !== 'input')) throw new BadBody(`请求中有未知字段：${keys.filter((k) => k !== 'input').join('、')}`);
  return (parsed as { input?: unknown }).input;
}


/**
 * The body written to `file` chunk by chunk, never held whole in memory. Past `limit` it rejects
 * with BodyTooLarge at once and reads the rest away, as readBody does, so that the 413 can be sent.
 */
export async function spoolBody(req: IncomingMessage, limit: number, file: string): Promise<void> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > limit) throw new BodyTooLarge();
  const out = await open(file, 'w');
  try {
    await new Promise<void>((resolveBody, reject) => {
      let size = 0;
      let failed = false;
      let writing = Promise.resolve();
      const fail = (err: unknown) => {
        if (failed) return;
        failed = true;
        req.resume();
        reject(err);
      };
      req.on('data', (chunk: Buffer) => {
        if (failed) return;
        size += chunk.length;
        if (size > limit) return fail(new BodyTooLarge());
        // Written in order; the socket waits while the disk is behind.
        req.pause();
        writing = writing.then(() => out.write(chunk)).then(() => void (failed || req.resume()), fail);
      });
      req.on('end', () => void writing.then(() => failed || resolveBody()));
      req.on('error', fail);
    });
  } finally {
    await out.close();
  }
}
