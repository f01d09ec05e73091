// The CPU work of an import that needs no database: decoding a file's bytes (or reading a .docx)
// and analysing the text. Pure of threads: the library's worker (analyse-worker.ts) runs it for a
// large import, and the import itself (import.ts) or a reader (files.ts) runs it in place.
import { analyse, harvestPatterns } from '../../../core/outline/index.ts';
import type { CleanedDoc, ImportReport, Pattern } from '../../../core/outline/index.ts';
import type { DocRow } from './doc-row.ts';
import { readFormat, type Format } from './read.ts';
import type { ReadText } from './read-text.ts';
import { REASON } from '../../../core/outline/lines.ts';

/** Read by OCR from a scan: a scanning app's stamp removed, a date's digits mended (ocr-lookalikes.ts looks further). */
const scannedText = (report: ImportReport) => (report.ocrMended ?? 0) > 0 || report.removed.some((r) => r.reason === REASON.stamp);

export type { Format } from './read.ts';

export interface Analysis {
  text: string;
  /** utf-8 · utf-16le · utf-16be · gb18030 · docx · pdf · doc … */
  encoding: string;
  documents: CleanedDoc[];
  report: ImportReport;
  /** The heading patterns of each document. */
  patterns: Pattern[][];
  /** What the writer stores of each document beside its fields (doc-row.ts), when the analysis
   *  worker computed it (analyse-worker.ts): not in the writer's thread, which bounds a pooled
   *  import. Analysed in the writer's own thread, the writer computes it as it writes. */
  rows?: DocRow[];
}

export async function decodeFile(format: Format, bytes: Uint8Array, converting?: () => void): Promise<ReadText> {
  return readFormat(format, bytes, converting);
}

/** A file's bytes → its text, the documents found in it, the removal report, the heading patterns;
 *  `converting` is told when LibreOffice starts on the file (a .doc with automatic lists). */
export async function analyseFileBytes(format: Format, bytes: Uint8Array, converting?: () => void): Promise<Analysis> {
  const { text, encoding, debris, headings, notices } = await decodeFile(format, bytes, converting);
  const { documents, report } = analyse(text, { debris, headings, notices });
  // A scanned text's look-alikes, named for the user to check (the typo model loads for such a file only).
  const lookalikes = scannedText(report) ? (await import('./ocr-lookalikes.ts')).lookalikeNotice(documents) : undefined;
  if (lookalikes) report.notices = [...(report.notices ?? []), lookalikes];
  return { text, encoding, documents, report, patterns: documents.map((d) => harvestPatterns(d)) };
}

export interface AnalyseRequest {
  id: number;
  format: Format;
  bytes: Uint8Array;
}

/** The analysis, or the error; or, before either, that LibreOffice started on the file. */
export type AnalyseReply = ({ id: number } & Analysis) | { id: number; error: string; libraryError: boolean } | { id: number; converting: true };
