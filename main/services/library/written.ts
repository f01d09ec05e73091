// The shapes the library's writer takes and gives back, in a file of their own so that a helper of
// the writer (purged-return.ts) can name them without importing the writer that calls it.
import type { CleanedDoc, ImportReport, Pattern } from '../../../core/outline/index.ts';
import type { DocRow } from './doc-row.ts';
import type { FileResult, FileText } from './files.ts';

/** A file read and analysed, waiting to be written. */
export interface Prepared {
  path: string;
  file: FileText;
  documents: CleanedDoc[];
  report: ImportReport;
  patterns: Pattern[][];
  /** Each document's rows beside its fields, made before the write (by the analysis worker: analyse-worker.ts). */
  rows?: DocRow[];
}

/** A document as the writer stored it. */
export type WrittenDocument = Extract<FileResult, { status: 'imported' }>['documents'][number];
