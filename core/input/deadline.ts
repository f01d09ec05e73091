// A deadline (完成时限) as real material states it: a calendar date written YYYY-MM-DD, or a free
// term such as 「9月底前」「秋收期间」「汛期」「长期坚持」, kept verbatim as a fact. One definition,
// used by speech tasks, minutes decisions and the ledger.
//
// Decisions:
// - Something that looks like an attempted date (digits with -, /, . or spaces only: 「2026/12/31」,
//   「2026-1-5」) is checked as a date and refused with the date message, since a typo in a date must
//   not slip through as a "term". Anything else with letters or Chinese characters is a term.
// - A term is short prose: the text rules (no HTML, no control characters) and at most 30 characters;
//   a longer text is a task's detail, not its deadline.
// - A date is written 2026年12月31日 wherever it is printed; a term as the user wrote it. In the ledger's
//   CSV, spreadsheets read the dates as dates, so a sort by 完成时限 puts them in order and the terms after.
import { z } from 'zod';
import { charCount, isoDate, text } from './fields.ts';

export const MAX_TERM_CHARS = 30;

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const DATE_LIKE = /^[\d\s./-]+$/;

export function isIsoDate(value: string): boolean {
  return ISO.test(value);
}

/** ISO date or free term: an attempted date is checked as a date, anything else as a short text. */
export const deadline = z
  .string()
  .superRefine((value, ctx) => {
    const s = value.trim();
    const result = DATE_LIKE.test(s) ? isoDate.safeParse(value) : text.safeParse(value);
    if (!result.success) {
      for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, input: value });
    } else if (!DATE_LIKE.test(s) && charCount(s) > MAX_TERM_CHARS) {
      ctx.addIssue({ code: 'custom', message: `时限过长：最多 ${MAX_TERM_CHARS} 字，实际 ${charCount(s)} 字（写成日期如 2026-12-31，或时限如「9月底前」「汛期」）`, input: value });
    }
  })
  .trim();
