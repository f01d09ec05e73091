// A pick's files sent to the 范文库 as one import (library.importFiles, a few calls only when the pick is
// larger than a call may be), tallied file by file. No DOM and no React here (library-import.ts holds the
// panel's state): the unit tests give it a stand-in for the API.
import type { Input, Output } from '../../../core/api.ts';
import { callsOf, stoppedLine, tally, type Tally } from './import-tally.ts';

/** A picked file as the sending reads it (files.tsx PickedFile): its name, its size where known, its bytes as base64. */
export interface PickedFile {
  name: string;
  size?: number;
  base64(): Promise<string>;
}

/** How far the import is: `done` files of `total` read, the one read now (and LibreOffice's, converting). */
export type Progress = { done: number; total: number; name: string; converting?: string };

/** The API as the pick uses it. */
export interface PickApi {
  importFiles(input: Input<'library.importFiles'>): Promise<Output<'library.importFiles'>>;
  importStatus(): Promise<Output<'library.importStatus'>>;
}

/** What the sending is told and asked while it runs. */
export interface PickRun {
  api: PickApi;
  /** Whether 取消 came. */
  cancelled(): boolean;
  progress(update: (was: Progress | null) => Progress | null): void;
  /** How often the import's progress is asked of main (ms). */
  every: number;
}

/** A file that could not be read in the browser (moved, deleted, held by another program): refused alone. */
export const unreadableLine = (name: string) => `${name}：无法读取这个文件（可能已被移动、删除或正被其他程序占用），未导入；其余文件照常导入`;

/**
 * Sends `files` in calls, in order, and tallies into `t` what each became. 取消 stops the file being read
 * (nothing of it is kept) and every file after it: those are counted as not imported, the first named.
 */
export async function sendPick(files: readonly PickedFile[], t: Tally, run: PickRun): Promise<void> {
  let sent = 0;
  for (const part of callsOf(files)) {
    // 取消 before this call: none of its files is sent.
    const stop = run.cancelled() ? { first: 0, unreached: part.length } : await sendPart(part, sent, files.length, t, run);
    if (stop) {
      const first = sent + stop.first;
      if (first < files.length) t.stopped = stoppedLine(files[first]!.name, files.length - first - 1);
      t.notImported += stop.unreached + files.length - sent - part.length;
      return;
    }
    sent += part.length;
  }
}

/** Where 取消 stopped a call: the first file of the call it kept out (its index in the call), and how many of the call's files it kept out. */
type Stop = { first: number; unreached: number };

/** Each file of `part` as base64, read one by one: a file that cannot be read is named in `t` and left out, the rest go. */
async function readPart(part: readonly PickedFile[], t: Tally): Promise<{ input: Input<'library.importFiles'>['files']; at: number[] }> {
  const input: Input<'library.importFiles'>['files'] = [];
  const at: number[] = [];
  for (const [k, f] of part.entries()) {
    try {
      input.push({ name: f.name, base64: await f.base64() });
      at.push(k);
    } catch {
      t.failed.push(unreadableLine(f.name));
    }
  }
  return { input, at };
}

/** One call of the pick (its files `sent`… of `total`), tallied into `t`; where 取消 stopped it, if it came. */
async function sendPart(part: readonly PickedFile[], sent: number, total: number, t: Tally, run: PickRun): Promise<Stop | undefined> {
  run.progress(() => ({ done: sent, total, name: part[0]!.name }));
  const { input, at } = await readPart(part, t);
  if (!input.length) return run.cancelled() ? { first: part.length, unreached: 0 } : undefined;
  // Files left out as unreadable count as read.
  const skipped = part.length - input.length;
  // Asked twice a second: which file is being read, and whether LibreOffice is converting it (half a minute).
  const asking = setInterval(() => {
    run.api
      .importStatus()
      .then(({ converting, progress: p }) =>
        run.progress((was) => was && { ...was, ...(p && p.total === input.length ? { done: sent + skipped + p.done, name: p.name } : {}), converting: converting ?? undefined }),
      )
      .catch(() => undefined);
  }, run.every);
  try {
    const { files, cancelled } = await run.api.importFiles({ files: input });
    let first: number | undefined;
    let unreached = 0;
    files.forEach((f, i) => {
      if (f.output) tally(t, f.name, f.output);
      else if (f.error) t.failed.push(f.error);
      else {
        first ??= at[i]!;
        unreached++;
      }
    });
    return cancelled || run.cancelled() ? { first: first ?? part.length, unreached } : undefined;
  } catch (e) {
    if (run.cancelled()) return { first: at[0]!, unreached: input.length };
    // The call itself was refused (the connection, a body too large): none of its files went in.
    t.failed.push(`${input.map((f) => f.name).join('、')}：${e instanceof Error ? e.message : String(e)}`);
    return undefined;
  } finally {
    clearInterval(asking);
  }
}
