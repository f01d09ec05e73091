// LibreOffice through UNO (lo_uno.py) from the tests: one soffice process per call runs every job.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { OFFICE_TIMEOUT_MS } from './office.ts';

const run = promisify(execFile);
const SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'lo_uno.py');
/** Debian's python3 (python3-uno is installed for it, not for another python on PATH). */
export const PYTHON = '/usr/bin/python3';

export type Step =
  | { op: 'record'; on?: boolean }
  | { op: 'redlines' | 'comments' | 'paragraphs' | 'styles' | 'acceptAll' | 'rejectAll' | 'reload' }
  | { op: 'replace'; find: string; with: string }
  | { op: 'insertAfter' | 'insertParagraphAfter'; find: string; text: string }
  | { op: 'deleteParagraph' | 'moveDown'; find: string }
  | { op: 'paraStyle'; find: string; style: string }
  | { op: 'comment'; find: string; text: string; author: string }
  | { op: 'save'; to: string; format: 'docx' | 'odt' | 'pdf' };

export interface Job {
  input: string;
  author?: string;
  /** false: the document as a model only — needed for a file with comments (see lo_uno.py). */
  view?: boolean;
  steps: Step[];
}

export interface Redline {
  type: string;
  author: string;
  date: string;
  text: string;
}

/** Runs the jobs in one soffice; each job's results by step (null for steps that return nothing). */
export async function uno(jobs: readonly Job[]): Promise<unknown[][]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'wengao-uno-jobs-'));
  try {
    const file = path.join(dir, 'jobs.json');
    writeFileSync(file, JSON.stringify(jobs));
    const { stdout } = await run(PYTHON, [SCRIPT, file], { timeout: OFFICE_TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 });
    const out = JSON.parse(stdout) as ({ ok: true; results: unknown[] } | { ok: false; error: string })[];
    return out.map((r, k) => {
      if (!r.ok) throw new Error(`LibreOffice job ${k} (${jobs[k]!.input}): ${r.error}`);
      return r.results;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
