// 导入范文 / 导入文件夹 / a drop on the 范文库: the picked files sent as ONE import (library.importFiles,
// a few calls only when the pick is larger than a call may be), its progress asked of main while it
// runs, 取消, and what it did file by file.
import { useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { call } from '../api.ts';
import type { PickedFile } from '../files.tsx';
import type { Status } from '../status.ts';
import { callsOf, newTally, stoppedLine, summaryLine, tally, tallyLines, type ImportReport, type Tally } from './import-tally.ts';

/** How often the panel asks how far the import is (and whether LibreOffice is converting a file of it). */
const STATUS_MS = 500;
type Progress = { done: number; total: number; name: string; converting?: string };

/**
 * Imports the picked files as one import, showing which file of how many is being read; a bad file
 * names itself and the others still go in. 取消 stops the file being read or written (nothing of it
 * is kept: library.cancelImport) and the files after it.
 */
export function useLibraryImport(status: Status) {
  const [progress, setProgress] = useState<Progress | null>(null);
  /** What the last import did: a summary line in the panel, the files one by one under 查看详情. */
  const [report, setReport] = useState<ImportReport | null>(null);
  const cancelled = useRef(false);
  /** How many imports have ended: the document list reads itself again after each. */
  const [imports, setImports] = useState(0);

  /** Imports `files`; `refused`, files of a kind the library does not take, each with why (said with the rest). */
  const importFiles = async (files: PickedFile[], refused: readonly string[] = []) => {
    if (progress || (!files.length && !refused.length)) return;
    const t = newTally();
    t.failed.push(...refused);
    cancelled.current = false;
    setReport(null);
    let sent = 0;
    for (const part of callsOf(files)) {
      // 取消 (before this call or during it): the first file it kept out and those after it were not imported.
      let kept: number | undefined = 0;
      if (cancelled.current) t.notImported += part.length;
      else kept = await importPart(part, sent, files.length, t, setProgress, () => cancelled.current);
      if (kept !== undefined) {
        const first = sent + kept;
        if (first < files.length) t.stopped = stoppedLine(files[first]!.name, files.length - first - 1);
        t.notImported += files.length - sent - part.length;
        break;
      }
      sent += part.length;
    }
    setProgress(null);
    setImports((n) => n + 1);
    const { binned, failed, stopped } = t;
    const lines = [...failed, ...tallyLines(t), ...(stopped ? [stopped] : [])];
    if (!lines.length && !binned.length) return;
    // Said in the panel only, in its own place: never a copy in the status line over the toolbar (s22 outside screen test, 5).
    setReport({ key: Date.now(), summary: summaryLine(t), lines, binned, error: t.documents === 0 && failed.length > 0 && !stopped });
  };
  const cancel = () => {
    cancelled.current = true;
    call('library.cancelImport', {}).catch((e: unknown) => status.error(e));
  };
  /** After documents came back from the 回收站: the document list is read again. */
  const refresh = () => setImports((n) => n + 1);
  const dismissReport = () => setReport(null);
  return { progress, report, imports, refresh, importFiles, cancel, dismissReport };
}

/**
 * One call of the pick (its files `sent`… of `total`), tallied into `t`; if 取消 came during it, the
 * index in `part` of the first file it kept out (part.length if none).
 */
async function importPart(
  part: readonly PickedFile[],
  sent: number,
  total: number,
  t: Tally,
  setProgress: Dispatch<SetStateAction<Progress | null>>,
  isCancelled: () => boolean,
): Promise<number | undefined> {
  setProgress({ done: sent, total, name: part[0]!.name });
  // Asked twice a second: which file is being read, and whether LibreOffice is converting it (half a minute).
  const asking = setInterval(() => {
    call('library.importStatus', {})
      .then(({ converting, progress: p }) =>
        setProgress((was) => was && { ...was, ...(p && p.total === part.length ? { done: sent + p.done, name: p.name } : {}), converting: converting ?? undefined }),
      )
      .catch(() => undefined);
  }, STATUS_MS);
  try {
    const input = [];
    for (const f of part) input.push({ name: f.name, base64: await f.base64() });
    const { files, cancelled } = await call('library.importFiles', { files: input });
    let notReached: number | undefined;
    files.forEach((f, i) => {
      if (f.output) tally(t, f.name, f.output);
      else if (f.error) t.failed.push(f.error);
      else {
        notReached ??= i;
        t.notImported++;
      }
    });
    return cancelled || isCancelled() ? (notReached ?? part.length) : undefined;
  } catch (e) {
    if (isCancelled()) {
      t.notImported += part.length;
      return 0;
    }
    // The call itself was refused (the connection, a body too large): none of its files went in.
    t.failed.push(`${part.map((f) => f.name).join('、')}：${e instanceof Error ? e.message : String(e)}`);
    return undefined;
  } finally {
    clearInterval(asking);
  }
}

