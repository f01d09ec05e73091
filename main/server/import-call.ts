// library.import and library.importFiles in browser mode: the body — a whole library file as base64,
// up to 50 MB, or a pick's files — is saved to a private file as it arrives and handed to the
// library's import worker, which parses it and imports the files (import-thread.ts). Parsing a 70 MB JSON body, decoding its base64 or writing the
// file's passages would each hold this thread for a second or more, and every other call with it.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contract } from '../../core/api.ts';
import { asApiError, InternalError } from '../api/dispatch.ts';
import { importFilesOutput, importOutput } from '../api/library-import.ts';
import { importThread } from '../services/library/import-thread.ts';
import type { Store } from '../services/store/store.ts';
import { spoolBody } from './body.ts';

/**
 * The call's output, or its error as dispatch gives it. A body that is not a well-formed call is
 * given to `dispatch` (read whole, then): it is refused there as any other call is.
 */
export async function importCall(
  method: 'library.import' | 'library.importFiles',
  req: IncomingMessage,
  limit: number,
  store: Store,
  signal: AbortSignal,
  dispatch: (body: Buffer) => Promise<unknown>,
): Promise<unknown> {
  const dir = await mkdtemp(join(tmpdir(), 'wengao-call-'));
  try {
    const bodyFile = join(dir, 'body.json');
    await spoolBody(req, limit, bodyFile);
    let output: unknown;
    try {
      const done = await importThread(store).call({ kind: method === 'library.import' ? 'call' : 'calls', bodyFile }, signal);
      if ('reparse' in done) return await dispatch(await readFile(bodyFile));
      output = method === 'library.import' ? importOutput(done) : importFilesOutput(done);
    } catch (err) {
      throw asApiError(err);
    }
    const checked = contract[method].output.safeParse(output);
    if (!checked.success) throw new InternalError(`${method}: output does not match the contract: ${checked.error.message}`);
    return checked.data;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
