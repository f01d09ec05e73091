// 范文库 text analysis: raw text (a page copied from a website, a folder's .txt) → cleaned documents
// with their outline, roles and passages, and a report of everything removed. Pure: no I/O.
//
//   clean.ts    site noise out, page-break debris joined, every removal listed
//   strip.ts    Markdown and HTML marks and page numbers on a line; furniture.ts a PDF's headers/footers
//   pieces.ts   the marks between a collection's documents: 篇一, 第二篇, …会议记录篇三, 范文四
//   split.ts    a collection into documents (marks, numbered titles, repeated head blocks, the user's cuts)
//   outline.ts  title, salutation, headings at four levels, run-in leads, oral enumerations, closing
//   roles.ts    开场/意义/成绩/问题/任务/保障/结尾/其他 and the genre, from cue words
//   patterns.ts headings with the campaign's name replaced by 「X」
import { clean } from './clean.ts';
import { REASON } from './lines.ts';
import { withLineMemo } from './marks.ts';
import { buildDoc } from './outline.ts';
import { split, SPLIT_REASON } from './split.ts';
import { titlesFromBook } from './record-book.ts';
import { headsFromNotes } from './title-notes.ts';
import { datesFromProperties, yearsFromMasthead, yearsFromProperties } from './front-dates.ts';
import { keptWhole, lostRemovals, rawLines } from './undo.ts';
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
  /** Raw line numbers where the user starts a new document (「拆分有误」: split here). */
  cuts?: readonly number[];
  /** First raw lines of documents the user merged into the document before (「拆分有误」: merge). */
  joins?: readonly number[];
  /**
   * Lines the file's reader found not to be text — a web page's navigation, share bar, comments
   * and copyright — each with the reason the report gives. Removed and reported like the cleaning's
   * own removals (and kept when the user undoes one); carried in the report, so that a re-analysis
   * of the stored text can be given them again.
   */
  debris?: readonly { line: number; reason: string }[];
  /** Lines the file's formatting makes headings (a Word 标题 style), with their level (1 for 标题 1). */
  headings?: readonly { line: number; level: number }[];
  /** What the file's reader could not do well (a PDF page it could not order): carried in the report for the user to check. */
  notices?: readonly string[];
}

export function analyse(raw: string, options: AnalyseOptions = {}): { documents: CleanedDoc[]; report: ImportReport } {
  if (!options.keep?.length) return analyseOnce(raw, options, NONE);
  // An undo brings back its lines and nothing else (undo.ts).
  const keep = new Set(options.keep);
  const lines = rawLines(raw);
  const before = analyseOnce(raw, { ...options, keep: [] }, NONE).report.removed;
  const whole = keptWhole(keep, before, lines);
  // Made again until none is lost: a removal made again can change the block around it (the last
  // entry of a 相关推荐 list before a kept line). Each round adds lines, so a few rounds end it.
  const forced: { line: number; reason: string }[] = [];
  let out = analyseOnce(raw, options, whole);
  for (let round = 0; round < MAX_UNDO_ROUNDS; round++) {
    const lost = lostRemovals(before, out.report.removed, keep, lines, SPLIT_REASON.piece);
    if (lost.length === 0) break;
    forced.push(...lost);
    out = analyseOnce(raw, { ...options, debris: [...(options.debris ?? []), ...forced] }, whole);
  }
  if (forced.length === 0) return out;
  // What is made again is not the reader's finding: the report carries the reader's debris only.
  if (options.debris?.length) out.report.debris = options.debris.map((d) => ({ line: d.line, reason: d.reason }));
  else delete out.report.debris;
  return out;
}

/** No kept line (an import, or the analysis an undo compares with). */
const NONE: ReadonlyMap<number, string> = new Map();

/** What a page prints across the text's flow: kept, it is set beside the paragraph it stood in. */
const FLOW_DEBRIS: ReadonlySet<string> = new Set([REASON.page, REASON.furniture]);

/** Rounds of making lost removals again (undo.ts); one or two are the most seen. */
const MAX_UNDO_ROUNDS = 8;

/** The analysis; `whole`: kept lines whose whole text was a removal (never a title, undo.ts). */
function analyseOnce(raw: string, options: AnalyseOptions, whole: ReadonlyMap<number, string>): { documents: CleanedDoc[]; report: ImportReport } {
  return withLineMemo(() => analyseText(raw, options, whole), raw);
}

function analyseText(raw: string, options: AnalyseOptions, whole: ReadonlyMap<number, string>): { documents: CleanedDoc[]; report: ImportReport } {
  const keep = new Set(options.keep ?? []);
  const debris = new Map((options.debris ?? []).map((d) => [d.line, d.reason]));
  const headings = new Map((options.headings ?? []).map((h) => [h.line, h.level]));
  // A page's number, header or footer brought back stands beside the text's flow, not inside a paragraph (join.ts).
  const aside = whole.size ? new Set([...whole].filter(([, reason]) => FLOW_DEBRIS.has(reason)).map(([no]) => no)) : undefined;
  const cleaned = clean(raw, keep, debris, headings, aside);
  for (const p of cleaned.paras) if (p.raw.length === 1 && whole.has(p.line)) p.keptWhole = true;
  const removed = [...cleaned.removed];
  const cuts = new Set(options.cuts ?? []);
  const joins = new Set(options.joins ?? []);
  const parts = split(cleaned.paras, { keep, cuts, joins });
  removed.push(...parts.removed);
  // (Each document made once: a spread copy of it cost as much as a stage.)
  const documents: CleanedDoc[] = [];
  for (const piece of parts.docs) {
    const doc = buildDoc(piece.paras, removed, keep);
    doc.line = piece.line;
    if (doc.title || doc.passages.length > 0) documents.push(doc);
  }
  removed.sort((a, b) => a.line - b.line);
  const report: ImportReport = { removed, joinedLines: cleaned.joinedLines, documents: documents.length, indentsTrimmed: cleaned.indentsTrimmed };
  if (cleaned.ocrMended > 0) report.ocrMended = cleaned.ocrMended;
  titlesFromBook(documents, removed, SPLIT_REASON.collection);
  headsFromNotes(documents, removed);
  datesFromProperties(documents, removed);
  yearsFromMasthead(documents, removed);
  yearsFromProperties(documents, removed);
  if (keep.size > 0) report.kept = [...keep].sort((a, b) => a - b);
  if (cuts.size > 0) report.cuts = [...cuts].sort((a, b) => a - b);
  if (joins.size > 0) report.joins = [...joins].sort((a, b) => a - b);
  if (options.debris?.length) report.debris = options.debris.map((d) => ({ line: d.line, reason: d.reason }));
  if (options.notices?.length) report.notices = [...options.notices];
  if (options.headings?.length) report.headings = options.headings.map((h) => ({ line: h.line, level: h.level }));
  return { documents, report };
}
