// The files of one pick (or folder) imported as ONE import (library.importFiles): one importFiles
// call, so one batch — a few durable commits for the whole pick instead of one (and its checkpoint
// and index flush) per file, which is what the app paid when it sent one library.import call a file.
// Run in the import worker like a single file's import (import-worker.ts); it says how far it is
// (`progress`) and each file's outcome once it is final (`settled`), so that a 取消 in the middle
// still tells which files went in (import-thread.ts).
import { readFile } from 'node:fs/promises';
import type { Store } from '../store/store.ts';
import { join } from 'node:path';
import { uploadBytes, uploadName } from '../upload.ts';
import { inlineAnalyser, type Analyser } from './analyser.ts';
import { filesInput, type UploadedFile } from './call-body.ts';
import { notTaken, type FileResult } from './files.ts';
import { importFiles, type ImportPlan } from './import.ts';

/** A pick's files: `uploads`, their base64 one after the other in one file, each of `parts` with its
 *  name and length (the desktop app's call); `calls`, a browser-mode request body
 *  `{"input":{"files":[{"name","base64"},…]}}` as it arrived. */
export type PickJob =
  | { kind: 'uploads'; base64File: string; parts: { name: string; length: number }[]; dir: string; token: string }
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

/** Runs a pick's import on `store`; undefined when a browser-mode body is not a well-formed call. */
export async function runPick(store: Store, job: PickJob, analyser: Analyser | undefined, hooks: PickHooks = {}): Promise<PickDone | undefined> {
  const files = job.kind === 'uploads' ? await uploads(job) : filesInput(await readFile(job.bodyFile, 'utf8'));
  if (!files) return undefined;
  const names = files.map((f) => f.name);
  // Read from memory, never written to disk: each under its own name as if in a folder of its own
  // (two files of a pick may share a name). (A file each, in a new folder each, cost more than the
  // analysis of a small .txt: 530 folders and files took 0.6 s.)
  const paths = files.map((f, i) => join(job.dir, String(i), uploadName(f.name)));
  const held = new Map(paths.map((p, i) => [p, uploadBytes(files[i]!.base64)]));
  const indexOf = new Map(paths.map((p, i) => [p, i]));
  const others = paths.map(notTaken).filter((r) => r !== undefined);
  const skipped = new Set(others.map((o) => o.file));
  const taken = paths.filter((p) => !skipped.has(p));
  const plan: ImportPlan = { files: taken, others, sizes: taken.map((p) => held.get(p)!.length), analyser: analyser ?? inlineAnalyser, own: false };
  const results: (FileResult | undefined)[] = new Array(paths.length);
  const total = paths.length;
  hooks.started?.(names);
  // How far: the files refused by their kind are done at once; the name is of the file read next
  // (the last one's once all are read; the pick's first when none is read at all).
  const takenAt = taken.map((p) => indexOf.get(p)!);
  const nextName = (done: number) => names[takenAt[Math.min(done, takenAt.length - 1)] ?? 0]!;
  const tell = (done: number) => hooks.progress?.({ done: done + others.length, total, name: nextName(done) });
  tell(0);
  const summary = await importFiles(store, plan, tell, {
    held,
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

/** The desktop app's pick: its files' base64, one after the other in one file. */
async function uploads(job: Extract<PickJob, { kind: 'uploads' }>): Promise<UploadedFile[]> {
  const all = await readFile(job.base64File, 'latin1');
  let at = 0;
  return job.parts.map(({ name, length }) => ({ name, base64: all.slice(at, (at += length)) }));
}
