// What a user of the app waits for when she picks a folder's files: the page reads them and sends
// them in one library.importFiles call (renderer/src/panels/library-import.ts; several calls only for
// a pick over 24 MB), imported by the import worker as one import. Timed here as the page makes the
// call, against browser mode's server in a process of its own (Electron's window calls the same
// import worker over IPC). Until session 23 the page sent one library.import call a file, each an
// import of its own with its own durable commit: 1.05 MB/s at load 1.1 against 4.4 for importFiles.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServerChild } from '../test/helpers/server-child.ts';

/** Milliseconds the app takes to import the files of `dir` (one call), after an untimed first call of `first`. */
export async function importByApp(dir: string, dataDir: string, first: string): Promise<number> {
  const srv = await startServerChild(dataDir);
  try {
    const call = async (name: string, bytes: Buffer) => {
      const r = await srv.call('library.import', { name, base64: bytes.toString('base64') });
      if (r.status !== 200) throw new Error(`bench library.import ${name}: ${r.status} ${r.body.error}`);
    };
    await call('first.html', readFileSync(first));
    const t = performance.now();
    // (The page reads the picked files as it sends them.)
    const files = readdirSync(dir)
      .sort()
      .map((name) => ({ name, base64: readFileSync(join(dir, name)).toString('base64') }));
    const r = await srv.call('library.importFiles', { files });
    if (r.status !== 200) throw new Error(`bench library.importFiles: ${r.status} ${r.body.error}`);
    const out = r.body.output as { files: { name: string; output?: unknown; error?: string }[] };
    const refused = out.files.filter((f) => !f.output);
    if (refused.length) throw new Error(`bench library.importFiles: ${refused.length} not imported, e.g. ${JSON.stringify(refused[0])}`);
    return performance.now() - t;
  } finally {
    await srv.stop();
  }
}
