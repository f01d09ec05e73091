// 「拆分有误」: the user corrects where a file's documents begin — merges a document into the one
// before it, or starts a new one at a line. Stored like the other review choices (in the source's
// report: `cuts` and `joins`, raw line numbers), so that every later re-analysis — an undo of a
// removal included — keeps them; applied as an undo is, in one transaction that replaces the
// source's documents, passages and patterns. A bad source, document or line changes nothing.
import { analyse } from '../../../core/outline/index.ts';
import { headLike, titleLike } from '../../../core/outline/marks.ts';
import type { ImportReport } from '../../../core/outline/index.ts';
import { explain } from '../store/errors.ts';
import type { Store } from '../store/store.ts';
import { immediate } from '../store/transaction.ts';
import { LibraryError } from './errors.ts';
import type { WrittenDocument } from './write.ts';
import { choices, reanalyse, review, sourceRow, type SourceReview } from './review.ts';

export interface ResplitResult {
  sourceId: number;
  documents: WrittenDocument[];
  review: SourceReview;
}

/** One line of a source's documents, as the user picks where to split. */
export interface SourceLine {
  /** 1-based position of the document in the source. */
  document: number;
  /** 1-based raw line. */
  line: number;
  text: string;
}

/** How far under a document's first line its title may stand (a 提纲 or a 版头 above it, removed). */
const TITLE_REACH = 80;

/**
 * A document's first line as the file has it, and its title at its own line when that is further down (a
 * 提纲 removed above it starts the document): the report and this list number the same lines.
 */
function firstLines(raw: readonly string[], first: number, title: string): [number, string][] {
  const own = (raw[first - 1] ?? '').trim();
  if (own.includes(title)) return [[first, title]];
  // (Looked for under the first line only: not from the file's top again for each document.)
  for (let at = first; at < Math.min(raw.length, first + TITLE_REACH); at++) if (raw[at]!.includes(title)) return [[first, own], [at + 1, title]];
  return [[first, title]];
}

type Starts = readonly { line?: number }[];
const startLines = (docs: Starts) => docs.map((d) => d.line).join(',');

/**
 * `done`: whether the documents' starts moved as asked (else `refused` is the message and the
 * transaction is rolled back).
 */
function change(
  store: Store,
  sourceId: number,
  edit: (report: ImportReport, documents: SourceReview['documents']) => ImportReport,
  moves: { done: (before: Starts, after: Starts) => boolean; refused: string | ((before: SourceReview, raw: string) => string) },
): ResplitResult {
  const run = immediate(store.db, (): ResplitResult => {
    const row = sourceRow(store, sourceId, true);
    const report = JSON.parse(row.report_json) as ImportReport;
    const was = review(store, row);
    const before = was.documents;
    const wanted = edit(report, before);
    const { written, next } = reanalyse(store, row, choices(wanted), report.restored);
    const after = review(store, { ...row, report_json: JSON.stringify(next) });
    if (!moves.done(before, after.documents)) throw new LibraryError(typeof moves.refused === 'string' ? moves.refused : moves.refused(was, row.raw_text ?? ''));
    return { sourceId, documents: written, review: after };
  });
  try {
    return run();
  } catch (err) {
    throw err instanceof LibraryError ? err : explain(err, store.path);
  }
}

/**
 * A document in the 回收站 is neither merged nor split: one document cannot be half in the bin, so
 * a merge would either bring its text back into search or take the other's text into the bin, and
 * the half split off would come back — silently. The user restores it first (or leaves it binned).
 */
function binnedRefusal(doc: SourceReview['documents'][number] | undefined, doing: string): void {
  if (doc?.removedAt === undefined) return;
  throw new LibraryError(`《${doc.title || '（无标题）'}》在回收站中，不能${doing}：请先在回收站恢复它，再${doing}`);
}

const without = (list: readonly number[] | undefined, x: number) => (list ?? []).filter((v) => v !== x);

/** Merges the document `documentId` into the document before it. */
export function mergeDocument(store: Store, sourceId: number, documentId: number): ResplitResult {
  return change(store, sourceId, (report, documents) => {
    const at = documents.findIndex((d) => d.id === documentId);
    if (at < 0) throw new LibraryError(`来源 ${sourceId} 中没有编号为 ${documentId} 的文档`);
    if (at === 0) throw new LibraryError('这是文件中的第一篇，前面没有可以合并的文档');
    binnedRefusal(documents[at], '与上一篇合并');
    binnedRefusal(documents[at - 1], '把下一篇合并进来');
    const line = documents[at]!.line;
    if (line === undefined) throw new LibraryError('这篇文档导入时还没有记录起始行：请重新导入该文件后再合并');
    // The user's own cut is simply taken back; a cut the analysis made is overruled.
    const cuts = without(report.cuts, line);
    return cuts.length !== (report.cuts ?? []).length ? { ...report, cuts } : { ...report, joins: [...without(report.joins, line), line] };
    // (Or, undoing such a split, the start goes back down: as many documents, another start.)
  }, { done: (before, after) => after.length < before.length || (after.length === before.length && startLines(after) !== startLines(before)), refused: '无法合并这两篇文档' });
}

/** Starts a new document at raw line `line` (the paragraph that holds it). */
export function splitAt(store: Store, sourceId: number, line: number): ResplitResult {
  return change(store, sourceId, (report, documents) => {
    if (!Number.isInteger(line) || line < 1) throw new LibraryError(`行号应为正整数，实际为“${line}”`);
    if (documents.some((d) => d.line === line)) throw new LibraryError(`第 ${line} 行已经是一篇文档的开头`);
    // The document the line is in: the last one starting above it.
    binnedRefusal(documents.filter((d) => d.line !== undefined && d.line < line).at(-1), `在第 ${line} 行拆开`);
    const joins = without(report.joins, line);
    return joins.length !== (report.joins ?? []).length ? { ...report, joins } : { ...report, cuts: [...without(report.cuts, line), line] };
    // A line the analysis left at the end of one document right above the next one's start (a title
    // it did not take for one): the cut moves that start up to it — as many documents, the line now
    // heading the next — and that is the split asked for, not a refusal.
  }, { done: (before, after) => after.length > before.length || (after.some((d) => d.line === line) && !before.some((d) => d.line === line)), refused: (was, raw) => `无法在第 ${line} 行拆开：${whyNotSplit(line, was, raw)}` });
}

/**
 * Why a split at `line` changed nothing, in the user's terms: the line was removed at import, or
 * stands before the first document, or what would be left above it in its document is only a title
 * with no text (a 汇编's 「第一部分 领导讲话」 over the piece's own title): that cannot stand as a
 * document of its own, and stays the title of the one it heads (the s21 outside tester's c06).
 */
export function whyNotSplit(line: number, was: Pick<SourceReview, 'documents' | 'removed'>, raw: string): string {
  const lines = raw.split(/\r\n|\n|\r/);
  if (line > lines.length) return `文件只有 ${lines.length} 行`;
  // (A removal of the whole line, not a mark cut from it: 「**」 off a title leaves the title a line of its document.)
  const whole = (r: { line: number; text: string }) => r.line <= line && r.text.split('\n')[line - r.line]?.trim() === lines[line - 1]!.trim();
  if (was.removed.some(whole)) return `这一行是导入时删去的内容（导入清理记录中可见），不在任何文档之中`;
  const at = was.documents.findLastIndex((d) => d.line !== undefined && d.line < line);
  if (at < 0) return '这一行在文件第一篇的开头之前，不在任何文档之中';
  const doc = was.documents[at]!;
  const above = lines.slice(doc.line! - 1, line - 1).map((t) => t.trim()).filter((t) => t !== '');
  if (above.length > 0 && above.every((t) => headLike(t) || titleLike(t))) {
    return `第 ${at + 1} 篇在这一行之前只有「${above.join('」「')}」，没有正文，不能单独成为一篇（拆开后仍是这一篇的标题）；标题有误，可直接更正这一篇的标题`;
  }
  return '这一行所在的段落不能作为一篇的开头';
}

/** The lines of a source's documents where a new one could start: headings and paragraphs, in order. */
export function sourceLines(store: Store, sourceId: number): SourceLine[] {
  try {
    const row = sourceRow(store, sourceId, true);
    const { documents } = analyse(row.raw_text!, choices(JSON.parse(row.report_json) as ImportReport));
    const raw = row.raw_text!.split(/\r\n|\n|\r/);
    const out: SourceLine[] = [];
    documents.forEach((doc, i) => {
      const seen = new Set<number>();
      const add = (line: number | undefined, text: string) => {
        if (line === undefined || seen.has(line)) return;
        seen.add(line);
        out.push({ document: i + 1, line, text });
      };
      if (doc.line !== undefined) firstLines(raw, doc.line, doc.title || doc.text.split('\n', 1)[0]!).forEach(([line, text]) => add(line, text));
      const walk = (nodes: typeof doc.outline) => nodes.forEach((n) => (add(n.line, `${n.number}${n.heading}`), walk(n.children)));
      walk(doc.outline);
      for (const p of doc.passages) add(p.line, p.text);
    });
    return out.sort((a, b) => a.line - b.line);
  } catch (err) {
    throw err instanceof LibraryError ? err : explain(err, store.path);
  }
}
