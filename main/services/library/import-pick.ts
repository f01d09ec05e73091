// The files of one pick (or folder) imported as ONE import (library.importFiles): one importFiles
// call, so one batch — a few durable commits for the whole pick instead of one (and its checkpoint
// and index flush) per file, which is what the app paid when it sent one library.import call a file.
// Run in the import worker like a single file's import (import-worker.ts); it says how far it is
// (`progress`) and each file's outcome once it is final (`settled`), so that a 取消 in the middle
// still tells which files went in (import-thread.ts).
import { readFile } from 'node:fs/promises';
import type { Store } from '../store/store.ts';
import { writeUpload } from '../upload.ts';
import type { Analyser } from './analyser.ts';
import type { FileResult } from './files.ts';
import { importFiles } from './import.ts';

/** A pick's files: `uploads`, each file's base64 in a file of its own (the desktop app's call);
 *  `calls`, a browser-mode request body `{"input":{"files":[{"name","base64"},…]}}` as it arrived. */
export type PickJob =
  | { kind: 'uploads'; files: { name: string; base64File: string }[]; dir: string; token: string }
  | { kind: 'calls'; bodyFile: string; dir: string; token: string };

/** Each file's name in the order sent, and its outcome: undefined for those the import did not reach. */
export interface PickDone {
  names: string[];
  results: (FileResult | undefined)[];
  /** Why the import stopped before every file had its outcome (取消, a worker that died). */
  stopped?: { cancelled: boolean; message: string };
}

/** How far a pick's import is: `done` files read of `total`, and the one being read now. */
export interface PickProgress {
  done: number;
  total: number;
  name: string;
}

/** What a pick's import tells while it runs. */
export interface PickHooks {
  converting?: (name: string) => void;
  /** The pick's file names in the order sent, before any is read. */
  started?: (names: string[]) => void;
  progress?: (p: PickProgress) => void;
  settled?: (index: number, result: FileResult) => void;
}

/** The files of a browser-mode call if its body is exactly `{ input: { files: [{ name, base64 }, …] } }`
 *  as the contract takes it (core/api.ts, library.importFiles); anything else is left to the API's refusal. */
export function pickInput(body: string): { name: string; base64: string }[] | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  const only = (v: unknown, keys: string[]): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === keys.length && keys.every((k) => Object.hasOwn(v, k));
  if (!only(parsed, ['input']) || !only(parsed.input, ['files'])) return undefined;
  const { files } = parsed.input;
  if (!Array.isArray(files) || files.length < 1 || files.length > 10_000) return undefined;
  const out: { name: string; base64: string }[] = [];
  for (const f of files as unknown[]) {
    if (!only(f, ['name', 'base64'])) return undefined;
    const { name, base64 } = f;
    if (typeof name !== 'string' || typeof base64 !== 'string' || name.length < 1 || name.length > 255) return undefined;
    out.push({ name, base64 });
  }
  return out;
}

/** Runs a pick's import on `store`; undefined when a browser-mode body is not a well-formed call. */
export async function runPick(store: Store, job: PickJob, analyser: Analyser | undefined, hooks: PickHooks = {}): Promise<PickDone | undefined> {
  const files =
    job.kind === 'uploads'
      ? await Promise.all(job.files.map(async (f) => ({ name: f.name, base64: await readFile(f.base64File, 'latin1') })))
      : pickInput(await readFile(job.bodyFile, 'utf8'));
  if (!files) return undefined;
  const names = files.map((f) => f.name);
  // Each under its own name, in a folder of its own (two files of a pick may share a name); the caller removes `dir`.
  const paths = files.map((f) => writeUpload(f.name, f.base64, job.dir));
  const indexOf = new Map(paths.map((p, i) => [p, i]));
  const results: (FileResult | undefined)[] = new Array(paths.length);
  const total = paths.length;
  hooks.started?.(names);
  hooks.progress?.({ done: 0, total, name: names[0]! });
  const summary = await importFiles(store, paths, (done) => hooks.progress?.({ done, total, name: names[Math.min(done, total - 1)]! }), {
    worker: false,
    analyser,
    token: job.token,
    onConverting: hooks.converting && ((path) => hooks.converting!(names[indexOf.get(path) ?? 0]!)),
    onSettled: (r) => {
      const i = indexOf.get(r.file);
      if (i !== undefined) hooks.settled?.(i, r);
    },
  });
  for (const r of summary.files) {
    const i = indexOf.get(r.file);
    if (i !== undefined) results[i] = r;
  }
  return { names, results };
}
