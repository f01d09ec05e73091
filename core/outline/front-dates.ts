// A note's date in its front matter (「date: 2024-05-08」): the block is removed as the piece's
// properties (front-matter.ts), and its date is the document's when the text under it has none — its
// date line as written and, when the value holds one, its year. A date without a year (「date: 05-08」,
// 「date: 5月8日」) stays as written, with no year: none is guessed (not the import's, not the file's).
import { REASON } from './lines.ts';
import type { CleanedDoc, Removal } from './types.ts';

/** A front matter's date field and its value. */
const DATE_FIELD = /^(?:date|created|published|pubdate)\s*:\s*(.+)$/i;
/** A year the value writes out: 「2024-05-08」「2024/5/8」「2024.05.08」「2024年5月8日」「2024」. */
const YEAR = /^((?:19|20)[0-9]{2})(?:[-/.年T\s]|$)/;

/** Each document without a date of its own takes the one of the front matter right above it. */
export function datesFromProperties(documents: readonly CleanedDoc[], removed: readonly Removal[]): void {
  for (const r of removed) {
    if (r.reason !== REASON.frontMatter) continue;
    const field = DATE_FIELD.exec(r.text);
    if (!field) continue;
    const value = field[1]!.trim().replace(/^(["'])(.*)\1$/, '$2').trim();
    // The block opens its piece: the first document after it is the note it belongs to.
    const doc = documents.find((d) => d.line !== undefined && d.line > r.line);
    if (!doc || !value || doc.dateLine !== undefined) continue;
    doc.dateLine = value;
    const year = YEAR.exec(value);
    if (doc.year === undefined && year) doc.year = Number(year[1]);
  }
}
