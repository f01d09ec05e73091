// What the library's import calls answer (core/api.ts, core/api-library-import.ts): library.import for
// one file, library.importFiles for each file of a pick, from what the import worker did.
import type { Output } from '../../core/api.ts';
import { LibraryError } from '../services/library/errors.ts';
import type { FileResult } from '../services/library/files.ts';
import type { ImportThread } from '../services/library/import-thread.ts';
import type { ImportDone } from '../services/library/import-worker.ts';

type FileOutput = Output<'library.import'>;

/** What library.import answers for one file's import (a refusal names the file). */
export function importOutput(done: ImportDone): FileOutput {
  if ('reparse' in done || 'names' in done) throw new Error('library.import: an upload is always a well-formed call of one file');
  const { name, summary } = done;
  const file = summary.files[0];
  if (!file) throw new LibraryError('没有可导入的文件');
  return fileOutput(name, file);
}

/** What a file became, as library.import says it; a LibraryError naming the file if it was not imported. */
function fileOutput(name: string, file: FileResult): FileOutput {
  switch (file.status) {
    case 'imported': {
      const copies = file.documents.filter((d) => d.sameAs).length;
      const notices = [...(file.report.notices ?? []), ...(file.report.collection ? [file.report.collection] : [])];
      return {
        documents: file.documents.length,
        removed: file.report.removed.length,
        ...(notices.length ? { notices } : {}),
        ...(copies ? { copies } : {}),
        ...(file.version ? { version: file.version } : {}),
        ...(file.page ? { page: file.page } : {}),
      };
    }
    case 'duplicate':
      return {
        documents: file.returned?.length ?? 0,
        removed: 0,
        duplicate: true,
        inLibrary: file.documentIds.length,
        binned: file.binned,
        ...(file.returned?.length ? { returned: file.returned } : {}),
      };
    case 'skipped':
      throw new LibraryError(`${name}：${file.reason}`);
    case 'failed':
      throw new LibraryError(`${name}：${file.error}`);
  }
}

/** What library.importFiles answers: each file's outcome, or why it was not imported, in the order sent. */
export function importFilesOutput(done: ImportDone): Output<'library.importFiles'> {
  if (!('names' in done)) throw new Error('library.importFiles: a pick is always a well-formed call');
  const files = done.names.map((name, i) => {
    const r = done.results[i];
    if (!r) return { name, ...(done.stopped && !done.stopped.cancelled ? { error: `${name}：${done.stopped.message}` } : {}) };
    try {
      return { name, output: fileOutput(name, r) };
    } catch (err) {
      return { name, error: err instanceof Error ? err.message : String(err) };
    }
  });
  return { files, ...(done.stopped?.cancelled ? { cancelled: true } : {}) };
}

/** What library.importStatus answers: the file LibreOffice is converting, and how far a pick is. */
export function importStatus(thread: ImportThread): Output<'library.importStatus'> {
  const progress = thread.progress();
  return { converting: thread.converting(), ...(progress ? { progress } : {}) };
}
