// A collection into documents. A document starts
//  · at a piece mark (pieces.ts): 「篇一」「第二篇」「…会议记录篇三」「范文四」 — the mark is removed;
//  · at a numbered title that names its kind, in a run 一、二、… sharing the collection's theme
//    (「一、在全县防汛工作会议上的讲话」) — the number is removed;
//  · at a repeated head block (head-blocks.ts): a title followed by what only opens a document — a salutation
//    (「同志们：」), a date line, a speaker, or the 时间：/地点：/主持人： fields of a meeting record;
//  · inside a collection, at the title of a document of another kind (「民事起诉状」, 「…合同」) or
//    at the parties' fields that open one (原告：/被告：);
//  · where the user said so (`cuts`); and not where the user merged two documents back (`joins`).
// Before the first document of a marked collection, the collection's own title and a short
// introduction are not a document: removed and reported.
import type { Para } from './clean.ts';
import { REASON } from './lines.ts';
import type { Removal } from './types.ts';
import {
  COLLECTION_MARK,
  BACK_MATTER,
  FRONT_MATTER,
  FRONT_RUN_ON,
  SALUTATION,
  SALUTATION_RUN_ON,
  charLength,
  headLike,
  numbered,
  titleLike,
} from './marks.ts';
import { pieceMark } from './pieces.ts';
import { numberedTitles, themedNumbers } from './numbered-titles.ts';
import { coverLine } from './record-book.ts';
import { cutAnnexLabels } from './annex.ts';
import { cutChairTail } from './host-lines.ts';
import { otherKindTitle } from './roles.ts';
import { COLLECTION_TITLE } from './collection-title.ts';
import { bareHead } from './file-head.ts';
import { contentsAbove } from './contents-above.ts';
import { addHeadBlocks, prose, type Start } from './head-blocks.ts';

export const SPLIT_REASON = { piece: '篇目标记', collection: '合集标题', intro: '合集导语', front: '合集前言', back: '合集后记', part: '合集分部标题' } as const;

const bare = (text: string) => text.replace(/[\s\u3000]+/g, '');

export interface SplitOptions {
  /** Raw lines whose removal the user undid: a mark kept still starts its piece and stays in its text, a collection title kept opens the first document. */
  keep?: ReadonlySet<number>;
  /** Raw lines at which the user starts a new document. */
  cuts?: ReadonlySet<number>;
  /** Raw lines of documents' first lines that the user merged into the document before. */
  joins?: ReadonlySet<number>;
}

/** One document's paragraphs and the raw line it starts at (its mark's line, if it had one). */
export interface Piece {
  paras: Para[];
  line: number;
}

/** An introduction before the first piece longer than this is text, not a collection's blurb. */
const INTRO_MAX = 300;
/** The parties that open a complaint to a court or a contract. */
const PARTY_FIELD = /^(?:原告|被告|上诉人|被上诉人|申请人|被申请人|第三人|甲方|乙方)(?:[（(][^）)]{0,10}[）)])?[：:]/;

export function split(paras: readonly Para[], options: SplitOptions = {}): { docs: Piece[]; removed: Removal[] } {
  const keep = options.keep ?? new Set<number>();
  const removed: Removal[] = [];
  const marks = findMarks(paras, keep);
  const { body, starts } = atMarks(paras, marks, keep, removed);
  const marked = starts.length > 0;
  addHeadBlocks(body, starts);
  if (marked || starts.length > 0) addOtherKinds(body, starts);
  contentsAbove(body, starts);
  applyUser(body, starts, options);

  const cuts = [...new Map([{ at: 0, line: body[0]?.line ?? 1, marked: false }, ...starts].sort((a, b) => a.at - b.at).map((s) => [s.at, s])).values()];
  const docs: Piece[] = [];
  let carried: Para[] = [];
  cuts.forEach((cut, k) => {
    const slice = [...carried, ...body.slice(cut.at, cuts[k + 1]?.at ?? body.length)];
    carried = [];
    // 「二、乡镇（开发区）」 right above the next piece, with nothing under it: a 汇编's grouping of its pieces — not the
    // points of a 提纲 that has no text but them (a collection of 提纲: they are the piece).
    while (k < cuts.length - 1 && slice.length > 1 && groupLine(slice.at(-1)!) && !pointsOnly(slice.slice(0, -1))) {
      const p = slice.pop()!;
      removed.push({ line: p.line, text: p.text, reason: SPLIT_REASON.collection });
    }
    if (slice.length === 0) return;
    if (cuts.length > 1) cutAnnexLabels(slice, k < cuts.length - 1, keep, removed, SPLIT_REASON.piece);
    cutChairTail(slice, keep, removed, cuts.length === 1);
    if (cuts.length > 1 && k === cuts.length - 1) cutBackMatter(slice, keep, removed);
    const userKept = slice.some((p) => p.kept || keep.has(p.line));
    // A 前言 before the first piece (under the 汇编's own title, or first): the 汇编's, not a speech
    // (it had been an untitled 讲话, or a speech titled with the 汇编's name).
    const front = k === 0 && cuts.length > 1 && !userKept ? frontMatterAt(slice) : -1;
    if (front >= 0) {
      slice.forEach((p, i) => {
        if (!p.contents) removed.push({ line: p.line, text: p.text, reason: i < front ? SPLIT_REASON.collection : SPLIT_REASON.front });
      });
      return;
    }
    // 「…领导讲话选编（二）」 over the first piece's 「同志们：」 (its pieces untitled): the collection's title, not the piece's.
    if (k === 0 && cuts.length > 1 && !userKept && slice.length > 1 && COLLECTION_TITLE.test(slice[0]!.text) && headLike(slice[0]!.text) && !titleLike(slice[0]!.text)) {
      const p = slice.shift()!;
      removed.push({ line: p.line, text: p.text, reason: SPLIT_REASON.collection });
    }
    if (k === 0 && !cut.marked && cuts.length > 1 && collectionHead(slice, marked, cuts.length, userKept)) {
      if (userKept) {
        carried = slice;
        return;
      }
      for (const p of slice) {
        if (!p.contents) removed.push({ line: p.line, text: p.text, reason: coverLine(p.text) ? SPLIT_REASON.collection : SPLIT_REASON.intro });
      }
      return;
    }
    // (A line of it the user brought back goes with the first document, as a collection's title does.)
    if (k === 0 && cuts.length > 1 && bareHead(slice)) {
      carried = slice.filter((p) => !p.contents && (p.kept || keep.has(p.line)));
      for (const p of slice) if (!p.contents && !carried.includes(p)) removed.push({ line: p.line, text: p.text, reason: coverLine(p.text) ? SPLIT_REASON.collection : SPLIT_REASON.intro });
      return;
    }
    if (slice.every((p) => p.contents)) return;
    // Only lines the user brought back (a page's navigation above the title, a list's entry after
    // the last piece): they go with the document beside them, not stand as one of their own.
    if (slice.every((p) => p.contents || p.keptWhole)) {
      if (k < cuts.length - 1) carried = slice;
      else if (docs.length > 0) docs.at(-1)!.paras.push(...slice);
      else docs.push({ paras: slice, line: slice[0]!.line });
      return;
    }
    // Only a title (or a heading) before the next piece: it heads that piece rather than standing
    // as an empty document.
    if (k > 0 && k < cuts.length - 1 && slice.every((p) => p.contents || (headLike(p.text) && !numbered(p.text)))) {
      carried = slice;
      return;
    }
    docs.push({ paras: slice, line: Math.min(cut.line, slice[0]!.line) });
  });
  return { docs, removed };
}

/** Where a 前言's heading stands in the slice before the first piece: first, or under the 汇编's title lines; -1 for none. */
function frontMatterAt(slice: readonly Para[]): number {
  const at = slice.findIndex((p) => !p.contents && (FRONT_MATTER.test(bare(p.text)) || FRONT_RUN_ON.test(p.text)));
  return at >= 0 && at <= 2 && slice.slice(0, at).every((p) => p.contents || headLike(p.text)) ? at : -1;
}

/**
 * The 后记 after a 汇编's last piece (its heading, what the editors say, their name and the date): the
 * 汇编's, not the last speech's — it had been glued onto it as a level-1 part. Taken out of `slice`
 * and reported; a line of it the user kept keeps it all.
 */
function cutBackMatter(slice: Para[], keep: ReadonlySet<number>, removed: Removal[]): void {
  const at = slice.findIndex((p, i) => i > 0 && !p.contents && BACK_MATTER.test(bare(p.text)));
  if (at < 0 || slice.slice(at).some((p) => p.kept || keep.has(p.line))) return;
  for (const p of slice.splice(at)) if (!p.contents) removed.push({ line: p.line, text: p.text, reason: SPLIT_REASON.back });
}

/** The paragraphs with the piece marks taken out (reported in `removed`), and where each marked piece starts. */
function atMarks(paras: readonly Para[], marks: ReturnType<typeof findMarks>, keep: ReadonlySet<number>, removed: Removal[]): { body: Para[]; starts: Start[] } {
  const body: Para[] = [];
  const starts: Start[] = [];
  const firstMark = Math.min(...marks.keys());
  paras.forEach((p, i) => {
    const m = marks.get(i);
    // The collection's title again between its pieces (a running header of the page it was copied from).
    if (!m && i > firstMark && !p.contents && !keep.has(p.line) && headLike(p.text) && COLLECTION_MARK.test(p.text)) {
      removed.push({ line: p.line, text: p.text, reason: SPLIT_REASON.collection });
      return;
    }
    if (!m) {
      body.push(p);
      return;
    }
    // A mark the user kept: its line stays as it stands; it still starts its piece, unless it is an
    // entry of a list of pieces (below), which starts nothing.
    if (m.kept) {
      if (!marks.has(i + 1)) starts.push({ at: body.length, line: p.line, marked: true });
      body.push(p);
      return;
    }
    // A mark with another right after it heads nothing. Among several in a row, it is an entry of
    // the list of pieces a 范文 site prints above the texts (「…讲话稿1」…「…讲话稿8」, no 「目录」 over them).
    if (marks.has(i + 1)) {
      removed.push({ line: p.line, text: p.text, reason: marks.has(i + 2) || marks.has(i - 1) ? REASON.contents : SPLIT_REASON.piece });
      return;
    }
    // 「…会议记录篇五」 then 「民事起诉状」: the mark's title is the collection's name, the line after
    // it the document's own title.
    const next = paras[i + 1];
    const named = m.title !== '' && !!next && !next.contents && !marks.has(i + 1) && !numbered(next.text) && (titleLike(next.text) || otherKindTitle(next.text));
    // 「在全县消防安全工作会议上的讲话」 then 「…讲话稿篇四」: the title above the mark is the piece's own; the
    // mark (with the collection's name in it) goes whole — not a mark before its own title (「精选第4篇：民事起诉状」).
    if (!named && starts.length > 0 && (m.after !== false || !m.title) && titledAbove(paras, i, marks, body)) {
      removed.push({ line: p.line, text: p.text, reason: SPLIT_REASON.piece });
      starts.push({ at: body.length - 1, line: body.at(-1)!.line, marked: true });
      return;
    }
    removed.push({ line: p.line, text: named ? p.text : m.mark, reason: m.part ? SPLIT_REASON.part : SPLIT_REASON.piece });
    starts.push({ at: body.length, line: p.line, marked: true });
    if (m.title && !named) body.push({ ...p, text: m.title });
  });
  return { body, starts };
}

/**
 * A title right above a mark, after the text of the piece before (not the collection's title, nor one the previous mark
 * already gave, nor a 目录 entry): the piece's own title, written before its mark.
 */
function titledAbove(paras: readonly Para[], i: number, marks: ReadonlyMap<number, unknown>, body: readonly Para[]): boolean {
  const above = paras[i - 1];
  const before = paras[i - 2];
  // (A line the user brought back whole is never a title: a 相关推荐 line kept between two pieces.)
  if (!above || !before || body.at(-1) !== above || above.contents || above.keptWhole || marks.has(i - 1) || marks.has(i - 2)) return false;
  return titleLike(above.text) && !numbered(above.text) && !COLLECTION_MARK.test(above.text) && prose(before.text);
}

/** The piece marks and the numbered titles acting as marks, by paragraph index. */
function findMarks(paras: readonly Para[], keep: ReadonlySet<number>): Map<number, { mark: string; title: string; after?: boolean; kept?: boolean; part?: boolean }> {
  const marks = new Map<number, { mark: string; title: string; after?: boolean; weak?: boolean; kept?: boolean; part?: boolean }>();
  paras.forEach((p, i) => {
    if (p.contents) return;
    const m = pieceMark(p.text);
    if (m) marks.set(i, keep.has(p.line) ? { ...m, kept: true } : m);
  });
  // A bare number after a title marks a piece only among others.
  if (marks.size < 2) for (const [i, m] of marks) if (m.weak) marks.delete(i);
  const numberedMarks = marks.size === 0 ? numberedTitles(paras) : themedNumbers(paras, marks);
  for (const [i, m] of numberedMarks) marks.set(i, keep.has(paras[i]!.line) ? { ...m, kept: true } : m);
  return marks;
}

/** In a collection: a complaint, a contract… that does not belong is a document of its own. */
function addOtherKinds(body: readonly Para[], starts: Start[]): void {
  const at = new Set(starts.map((s) => s.at));
  for (let j = 1; j < body.length; j++) {
    if (at.has(j) || at.has(j - 1)) continue;
    const t = body[j]!.text;
    const titled = otherKindTitle(t);
    const parties = !titled && PARTY_FIELD.test(t) && PARTY_FIELD.test(body[j + 1]?.text ?? '') && !PARTY_FIELD.test(body[j - 1]!.text) && !otherKindTitle(body[j - 1]!.text);
    if (titled || parties) {
      starts.push({ at: j, line: body[j]!.line, marked: false });
      at.add(j);
    }
  }
}

/** The user's corrections: a cut at a raw line (the paragraph holding it), a merge of a document into the one before. */
function applyUser(body: readonly Para[], starts: Start[], options: SplitOptions): void {
  for (const line of options.cuts ?? []) {
    let j = -1;
    for (let i = 0; i < body.length && body[i]!.line <= line; i++) j = i;
    // The last paragraph holds the lines it was joined from, and no line after them.
    const beyond = j === body.length - 1 && line > body[j]!.line + body[j]!.raw.length - 1;
    if (j > 0 && !beyond && !starts.some((s) => s.at === j)) starts.push({ at: j, line: body[j]!.line, marked: false });
  }
  // A merge undoes any start at that line, the user's own cut included.
  if (options.joins?.size) {
    for (let k = starts.length - 1; k >= 0; k--) if (options.joins.has(starts[k]!.line)) starts.splice(k, 1);
  }
}

/**
 * Above the first document: the collection's title and blurb, not a document. Before the first
 * marked piece; in a collection of two or more, the head-like lines above the first title with a
 * head under it; or, above one document or more, a short head with no title of its own (a headline and blurb: 「干货｜3篇…」「…以下为讲话全文。」),
 * which would be an untitled document. Kept by the user, a collection's title heads the first document
 * rather than standing alone; an untitled head (prose) stands alone, as it did before.
 */
function collectionHead(slice: readonly Para[], marked: boolean, cuts: number, userKept: boolean): boolean {
  const headed = !marked && cuts > 2 && slice.every((p) => p.contents || coverLine(p.text));
  const untitled = !marked && cuts > 1 && !headLike(slice[0]!.text) && !titleLike(slice[0]!.text);
  return (marked || headed || (untitled && !userKept)) && preamble(slice);
}

/** A title with nothing under it but numbered points (a 提纲's). */
const pointsOnly = (paras: readonly Para[]) => paras.some((p) => titleLike(p.text)) && paras.every((p) => p.contents || headLike(p.text) || numbered(p.text));

/** A numbered line that is no more than a short heading (「一、县直部门和单位」). */
function groupLine(p: Para): boolean {
  const n = numbered(p.text);
  return !p.contents && n !== undefined && n.level === 1 && headLike(n.rest) && charLength(n.rest) <= 20;
}

/** A collection's own title and blurb: head-like lines, or a short introduction without a document's marks. */
function preamble(slice: readonly Para[]): boolean {
  if (slice.every((p) => p.contents || headLike(p.text))) return true;
  const text = slice.filter((p) => !p.contents);
  const chars = text.reduce((n, p) => n + charLength(p.text), 0);
  return chars <= INTRO_MAX && text.length <= 4 && !text.some((p) => SALUTATION.test(p.text) || SALUTATION_RUN_ON.test(p.text) || numbered(p.text));
}
