// The outside tester's minor items not covered with the .docx reader (docx-structure.test.ts) or the
// XML sanitiser (xml-text.test.ts, &#xD800;): a missing field named as zod's 「nonoptional」 or
// 「实际为undefined」, and a slow connection closed at about twice its headers timeout.
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract } from '../../../core/api.ts';
import { startServer } from '../../../main/server/server.ts';
import { useApi } from '../../helpers/api.ts';
import { INTERNALS } from '../../fuzz/common.ts';

describe('minor items', () => {
  const api = useApi('wengao-minor-');

  it('every API method called without its fields names what is missing in Chinese, without zod’s words', async () => {
    let refused = 0;
    for (const method of Object.keys(contract)) {
      for (const input of [{}, undefined, { input: null }]) {
        let err;
        try {
          err = await api.refusal(method, input);
        } catch {
          continue; // a method that needs no fields
        }
        refused++;
        for (const line of [err.message, ...err.details]) {
          expect(line, `${method}`).not.toMatch(/undefined|nonoptional|null\b(?!）)/);
          expect(line, `${method}`).not.toMatch(INTERNALS);
          expect(line, `${method}`).toMatch(/[\u4e00-\u9fff]/);
        }
      }
    }
    expect(refused).toBeGreaterThan(20);
  });

  it('a connection that never finishes its headers is closed at the headers timeout, not about twice it', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'wengao-slow-'));
    const srv = await startServer({ dataDir: tmp, port: 0, staticDir: tmp, log: () => {}, headersTimeoutMs: 2000 });
    try {
      const started = performance.now();
      const closedAfter = await new Promise<number>((resolve, reject) => {
        const socket = connect(srv.port, '127.0.0.1', () => socket.write(`POST /api/documents.list HTTP/1.1\r\nHost: 127.0.0.1:${srv.port}\r\n`));
        socket.on('error', () => {});
        socket.resume();
        socket.on('close', () => resolve(performance.now() - started));
        setTimeout(() => reject(new Error('still open after 10 s')), 10_000);
      });
      expect(closedAfter).toBeGreaterThan(1900);
      // Node checked every 30 s by default: a 30 s timeout closed at up to 60 s.
      expect(closedAfter).toBeLessThan(2000 + 2500);
    } finally {
      await srv.close();
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
