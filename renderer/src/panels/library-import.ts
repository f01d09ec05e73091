// 导入范文 / 导入文件夹 / a drop on the 范文库: the picked files sent as ONE import (library.importFiles,
// a few calls only when the pick is larger than a call may be), its progress asked of main while it
// runs, 取消, and what it did file by file.
import { useRef, useState } from 'react';
import { call } from '../api.ts';
import type { PickedFile } from '../files.tsx';
import type { Status } from '../status.ts';
import { sendPick, type PickApi, type Progress } from './import-send.ts';
import { newTally, summaryLine, tallyLines, type ImportReport } from './import-tally.ts';

/** How often the panel asks how far the import is (and whether LibreOffice is converting a file of it). */
const STATUS_MS = 500;

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
    const api: PickApi = { importFiles: (input) => call('library.importFiles', input), importStatus: () => call('library.importStatus', {}) };
    await sendPick(files, t, { api, cancelled: () => cancelled.current, progress: setProgress, every: STATUS_MS });
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
