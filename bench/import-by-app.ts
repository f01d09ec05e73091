// What a user of the app waits for when she picks a folder's files: the page sends them one
// library.import call a file (renderer/src/panels/LibraryPanel.tsx), and each is read, analysed and
// written by the import worker as an import of its own, with its own durable commit. Timed here as
// the page makes the calls, one after the other, against browser mode's server in a process of its
// own (Electron's window calls the same import worker over IPC).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServerChild } from '../test/helpers/server-child.ts';

/** Milliseconds the app takes to import the files of `dir` (each a call), after an untimed first call of `first`. */
export async function importByApp(dir: string, dataDir: string, first: string): Promise<number> {
  const srv = await startServerChild(dataDir);
  try {
    const call = async (name: string, bytes: Buffer) => {
      const r = await srv.call('library.import', { name, base64: bytes.toString('base64') });
      if (r.status !== 200) throw new Error(`bench library.import ${name}: ${r.status} ${r.body.error}`);
    };
    await call('first.html', readFileSync(first));
    const t = performance.now();
    // (The page reads each picked file as it sends it.)
    for (const name of readdirSync(dir).sort()) await call(name, readFileSync(join(dir, name)));
    return performance.now() - t;
  } finally {
    await srv.stop();
  }
}
