// 范文库 text analysis: raw text (a page copied from a website, a folder's .txt) → cleaned documents
// with their outline, roles and passages, and a report of everything removed. Pure: no I/O.
//
//   clean.ts    site noise out, page-break debris joined, every removal listed
//   split.ts    a collection into documents (篇一 / a repeated 「同志们：」 under its title)
//   outline.ts  title, salutation, headings at four levels, run-in leads, oral enumerations, closing
//   roles.ts    开场/意义/成绩/问题/任务/保障/结尾/其他 and the genre, from cue words
//   patterns.ts headings with the campaign's name replaced by 「X」
import { clean } from './clean.ts';
import { buildDoc } from './outline.ts';
import { split } from './split.ts';
import type { CleanedDoc, ImportReport } from './types.ts';

export type { CleanedDoc, Restored, DocGenre, ImportReport, OutlineNode, Passage, PassageRole, Pattern, Removal } from './types.ts';
export { harvestPatterns } from './patterns.ts';

export interface AnalyseOptions {
  /**
   * Raw line numbers (1-based, as in each Removal's `line`) whose removal the user undid: those
   * lines stay in the text as they stand. Line numbers, not indices into the report, because the
   * raw text never changes while the report does — a kept line leaves it, the entries after it
   * move up, a joined paragraph may split — so only a line number means the same thing in every
   * re-analysis, and several undos can simply be added up.
   */
  keep?: readonly number[];
}

export function analyse(raw: string, options: AnalyseOptions = {}): { documents: CleanedDoc[]; report: ImportReport } {
  const keep = new Set(options.keep ?? []);
  const cleaned = clean(raw, keep);
  const removed = [...cleaned.removed];
  const parts = split(cleaned.paras, keep);
  removed.push(...parts.removed);
  const documents = parts.docs.map((paras) => buildDoc(paras, removed, keep)).filter((d) => d.title || d.passages.length > 0);
  removed.sort((a, b) => a.line - b.line);
  const report: ImportReport = { removed, joinedLines: cleaned.joinedLines, documents: documents.length, indentsTrimmed: cleaned.indentsTrimmed };
  if (keep.size > 0) report.kept = [...keep].sort((a, b) => a - b);
  return { documents, report };
}
