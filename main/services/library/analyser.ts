// Where an import decodes and analyses its files: in this thread, or in the library's worker thread
// (analyse-worker.ts) under a time budget per file.
//
// Why a budget: the readers of other people's formats (pdf.js, the .doc reader, the HTML parser) can
// take time out of all proportion to a damaged file's size. `npm run fuzz` found a 107 KB PDF whose
// broken Type 1 font gave pdf.js a 34-million-slot glyph table, looked up once per glyph: 236 s for
// one file. A loop like that is synchronous and cannot be interrupted in its own thread; in the
// worker it can: when the file being read overruns its budget, the worker is ended, the file is
// refused in Chinese, and a new worker reads the files after it. Nothing of a refused file is
// written (write.ts writes only what was analysed).
import type { Worker } from 'node:worker_threads';
import { analyseFileBytes, type Analysis, type AnalyseReply, type AnalyseRequest, type Format } from './analysis.ts';
import { LibraryError } from './errors.ts';
import { CONVERT_TIMEOUT_MS, findSoffice } from './soffice.ts';
import { ANALYSE_WORKER, startLibraryWorker } from './worker-thread.ts';

export interface Analyser {
  /** `converting`: told when LibreOffice starts on the file. */
  analyse(format: Format, bytes: Uint8Array, converting?: () => void): Promise<Analysis>;
  /**
   * `result` (one of analyse's promises), once settled. Meanwhile this thread, which would only
   * wait, may analyse small plain-text files given to analyse() that the worker has not taken up yet.
   */
  await<T>(result: Promise<T>): Promise<T>;
  /**
   * This thread is about to be busy for a while (a batch of `files` written, synchronously): the
   * worker is handed up to that many more of the files given to analyse(), so that it goes on
   * meanwhile instead of waiting, its IN_FLIGHT done, for this thread to come back and hand it the
   * next. (No more: what the worker cannot do meanwhile stays here, for this thread to take back.)
   */
  lend(files: number): void;
  close(): void;
}

export const inlineAnalyser: Analyser = { analyse: analyseFileBytes, await: (result) => result, lend() {}, close() {} };

/** Files this thread may analyse itself while it waits for the worker: our own analysis of plain
 *  text (linear, fuzzed; no one else's reader to overrun a budget), small enough that the writes it
 *  delays when the awaited result comes meanwhile wait for a few milliseconds at most. */
const HELP_FORMATS: readonly Format[] = ['txt', 'md'];
const HELP_MAX_BYTES = 64 * 1024;
/** Jobs handed to the worker at once: the next one waits there while it replies to the last. */
const IN_FLIGHT = 2;

/**
 * What reading one file may take, in milliseconds: 15 s, and 5 s more per megabyte. The slowest
 * reader reads a real PDF at 1–2 MB/s on a quiet machine and several times slower on a busy one, so
 * no real file comes near it; a damaged file that sends a reader into a super-linear loop is
 * refused after seconds instead of minutes. Where LibreOffice converts .doc and .wps (soffice.ts),
 * its own time limit is added: the worker only waits for it meanwhile.
 */
export function readBudgetMs(format: Format, bytes: number): number {
  // (An e-mail's attachment may be an old Word file that is converted.)
  const converted = (format === 'doc' || format === 'wps' || format === 'eml') && findSoffice() !== null;
  return 15_000 + (5_000 * bytes) / 1048576 + (converted ? CONVERT_TIMEOUT_MS : 0);
}

export function tooSlow(ms: number): LibraryError {
  return new LibraryError(`无法在合理时间内读取（超过 ${Math.round(ms / 1000)} 秒），文件可能已损坏，没有导入（请用原软件重新导出后再试）`);
}

interface Job {
  request: AnalyseRequest;
  resolve: (a: Analysis) => void;
  reject: (err: Error) => void;
  converting?: () => void;
  /** Posted to the worker (the others wait here, where await() may take them back). */
  sent?: true;
}

/**
 * Decoding and analysis in a worker thread, one file at a time in the order given, each within
 * `budget(format, bytes)` ms counted from when the worker takes it up. Should the worker fail to start or
 * die, the files it had and all after are read in this thread instead: slower, not wrong. The worker
 * is handed IN_FLIGHT files at a time; the others wait here, where this thread, while it waits for a
 * result (await()), analyses small plain-text ones from the end of the queue itself: on two cores a
 * folder of small files is then analysed by both (the writes, between, are this thread's).
 */
export function workerAnalyser(budget: (format: Format, bytes: number) => number = readBudgetMs): Analyser & { readonly analysedHere: number } {
  return new WorkerAnalyser(budget);
}

class WorkerAnalyser implements Analyser {
  /** In order: the worker reads jobs[0] (analyse-worker.ts takes them one at a time). */
  private readonly jobs: Job[] = [];
  private worker: Worker | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private nextId = 0;
  private broken = false;
  /** Files analysed in this thread while it waited (await()). */
  analysedHere = 0;
  /** Whether the worker has answered: from then on it is handed every file given to analyse(). */
  private up = false;

  constructor(private readonly budget: (format: Format, bytes: number) => number) {
    this.broken = !this.start();
  }

  analyse(format: Format, bytes: Uint8Array, converting?: () => void): Promise<Analysis> {
    if (this.broken || !this.worker) {
      this.broken = true;
      return inlineAnalyser.analyse(format, bytes, converting);
    }
    return new Promise((resolve, reject) => {
      this.jobs.push({ request: { id: this.nextId++, format, bytes }, resolve, reject, converting });
      this.feed();
    });
  }

  async await<T>(result: Promise<T>): Promise<T> {
    let settled = false;
    const done = result.finally(() => (settled = true));
    for (;;) {
      // Let the worker's replies in first: `result` may be among them.
      await new Promise((resolve) => setImmediate(resolve));
      if (settled) break;
      const job = this.takeBack();
      if (!job) break;
      this.analysedHere++;
      await inlineAnalyser.analyse(job.request.format, job.request.bytes).then(job.resolve, job.reject);
    }
    return done;
  }

  lend(files: number): void {
    this.feed(IN_FLIGHT + files);
  }

  close(): void {
    // Nothing is waiting after a finished import; after one that threw, nobody needs the rest.
    this.jobs.length = 0;
    this.broken = true;
    this.stop();
  }

  private start(): boolean {
    this.up = false;
    try {
      const w = startLibraryWorker({ role: ANALYSE_WORKER });
      w.on('message', (reply: AnalyseReply) => this.settle(reply));
      w.on('error', () => this.fallBack());
      w.on('exit', () => this.fallBack());
      this.worker = w;
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Posts the next jobs to the worker, `inFlight` at a time — every job once it is up (the importer
   * bounds them: AHEAD_BYTES) — and times the head when it is new. Until the worker has started
   * (tenths of a second: a thread, and the analysis loaded), this thread analyses the files it has
   * not taken (await()); once it is up, this thread, which writes what the worker analyses, leaves
   * all the analysis to it: analysing beside it too, it made the writes wait, and warmed the
   * analysis up a second time (the 50 MB import: the main thread's CPU, not the worker's, bounds it).
   */
  private feed(inFlight = IN_FLIGHT): void {
    if (!this.worker) return;
    if (this.up) inFlight = Infinity;
    let sent = 0;
    for (const job of this.jobs) {
      if (sent >= inFlight) break;
      sent++;
      if (job.sent) continue;
      job.sent = true;
      this.worker.postMessage(job.request);
      if (job === this.jobs[0]) this.arm();
    }
  }

  /** The last job not yet posted, if this thread may analyse it (HELP_FORMATS, HELP_MAX_BYTES). */
  private takeBack(): Job | undefined {
    const last = this.jobs.length - 1;
    const job = this.jobs[last];
    if (!job || job.sent || !HELP_FORMATS.includes(job.request.format) || job.request.bytes.length > HELP_MAX_BYTES) return undefined;
    return this.jobs.pop();
  }

  /** The budget of the job now at the head, counted from now. */
  private arm(): void {
    clearTimeout(this.timer);
    const head = this.jobs[0];
    if (!head || !this.worker) return;
    const ms = this.budget(head.request.format, head.request.bytes.length);
    this.timer = setTimeout(() => this.overrun(tooSlow(ms)), ms);
  }

  private settle(reply: AnalyseReply): void {
    this.up = true;
    const at = this.jobs.findIndex((j) => j.request.id === reply.id);
    if (at < 0) return;
    if ('converting' in reply) return this.jobs[at]!.converting?.();
    const [job] = this.jobs.splice(at, 1);
    if (!('error' in reply)) job!.resolve(reply);
    else job!.reject(reply.libraryError ? new LibraryError(reply.error) : new Error(reply.error));
    if (at === 0) this.arm();
    this.feed();
  }

  /** The head job overran its budget: it is refused, and a new worker reads the others. */
  private overrun(err: LibraryError): void {
    const head = this.jobs.shift();
    this.stop();
    head?.reject(err);
    if (!this.start()) return this.fallBack();
    for (const job of this.jobs) delete job.sent;
    this.feed();
    this.arm();
  }

  /** No worker: the jobs it had are read here. */
  private fallBack(): void {
    this.stop();
    for (const job of this.jobs.splice(0)) inlineAnalyser.analyse(job.request.format, job.request.bytes, job.converting).then(job.resolve, job.reject);
  }

  private stop(): void {
    clearTimeout(this.timer);
    const w = this.worker;
    this.worker = undefined;
    if (!w) return;
    w.removeAllListeners();
    // An 'error' after this is of no interest: the worker is being thrown away.
    w.on('error', () => undefined);
    void w.terminate();
  }
}
