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

/** A year as a 版头 or 版记 prints it: 「2026年3月16日」「〔2025〕8号」. */
const PRINTED_YEAR = /((?:19|20)[0-9]{2})年|[〔［[]((?:19|20)[0-9]{2})[〕］\]]/;

/**
 * A 公文 whose text says no year (a 纪要 opens 「3月13日下午，…」) takes the one its removed 版头 (the issuing office's date,
 * the 文号's year) or 版记 (「…2026年3月16日印发」) prints: the 版头 heads the document after it, the 版记 ends the one before.
 */
export function yearsFromMasthead(documents: readonly CleanedDoc[], removed: readonly Removal[]): void {
  for (const r of removed) {
    const head = r.reason === REASON.masthead;
    if (!head && r.reason !== REASON.colophon) continue;
    const printed = PRINTED_YEAR.exec(r.text);
    if (!printed) continue;
    const doc = head ? documents.find((d) => d.line !== undefined && d.line > r.line) : documents.findLast((d) => d.line !== undefined && d.line < r.line);
    if (doc && doc.year === undefined) doc.year = Number(printed[1] ?? printed[2]);
  }
}

/**
 * An office platform's or a government site's table of a document's properties, removed whole as the page's (「文件标题 …
 * 发文字号 县委办〔2026〕14号 成文日期 2026-03-12 …」): its 成文日期 is the document's date, and its year the document's
 * when the text says none. The table heads the document after it (or, at the page's foot, ends the one before). A
 * page's 发布时间 is when it was put online, not when the document was made: not taken.
 */
export function yearsFromProperties(documents: readonly CleanedDoc[], removed: readonly Removal[]): void {
  for (const r of removed) {
    if (r.reason === REASON.masthead || r.reason === REASON.colophon || r.reason === REASON.frontMatter) continue;
    const made = MADE_ON.exec(r.text);
    if (!made) continue;
    const doc = documents.find((d) => d.line !== undefined && d.line > r.line) ?? documents.findLast((d) => d.line !== undefined && d.line < r.line);
    if (doc && doc.year === undefined) doc.year = Number(made[1]);
  }
}

/** 「成文日期 2026-03-12」「成文日期：2026年3月12日」「印发日期:2026/3/12」. */
const MADE_ON = /(?:成文|印发|发文)日期[：:\s\u3000]*((?:19|20)[0-9]{2})(?:[-/.年])[0-9]{1,2}/;
