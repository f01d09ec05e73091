// A collection into documents. A document starts
//  · at a piece mark (pieces.ts): 「篇一」「第二篇」「…会议记录篇三」「范文四」 — the mark is removed;
//  · at a numbered title that names its kind, in a run 一、二、… sharing the collection's theme
//    (「一、在全县防汛工作会议上的讲话」) — the number is removed;
//  · at a repeated head block: a title followed by what only opens a document — a salutation
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
  CLOSING_START,
  COLLECTION_MARK,
  BACK_MATTER,
  FIELD,
  FRONT_MATTER,
  GONGWEN_TITLE,
  ISSUER_DATE,
  SALUTATION,
  SALUTATION_RUN_ON,
  THANKS,
  charLength,
  headLike,
  numbered,
  tableRow,
  titleKind,
  titleLike,
} from './marks.ts';
import { pieceMark } from './pieces.ts';
import { headFollows, MEETING_FIELD, numberedTitles, themedNumbers } from './numbered-titles.ts';
import { afterEnd, mainTitle, speakerOrDate, subtitledTitle } from './main-title.ts';
import { newsHead } from './news.ts';
import { coverLine, rankedTitle } from './record-book.ts';
import { partsRestart } from './parts.ts';
import { cutAnnexLabels } from './annex.ts';
import { cutChairTail } from './host-lines.ts';
import { convenes, salutes } from './separators.ts';
import { otherKindTitle } from './roles.ts';
import { COLLECTION_TITLE } from './collection-title.ts';
import { bareHead, headLine, titleBelow } from './file-head.ts';
import { contentsAbove } from './contents-above.ts';

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
/** The field a meeting record's head block starts with: its time (「时间：」「会议时间：」「日期：」). */
const MEETING_OPENS = /^(?:会议)?(?:时间|日期)[：:]/;
/** The parties that open a complaint to a court or a contract. */
const PARTY_FIELD = /^(?:原告|被告|上诉人|被上诉人|申请人|被申请人|第三人|甲方|乙方)(?:[（(][^）)]{0,10}[）)])?[：:]/;

interface Start {
  at: number;
  line: number;
  /** From a piece mark or a numbered title: the file is a marked collection. */
  marked: boolean;
}

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
    // 「二、乡镇（开发区）」 right above the next piece, with nothing under it: a 汇编's grouping of its pieces.
    while (k < cuts.length - 1 && slice.length > 1 && groupLine(slice.at(-1)!)) {
      const p = slice.pop()!;
      removed.push({ line: p.line, text: p.text, reason: SPLIT_REASON.collection });
    }
    if (slice.length === 0) return;
    if (cuts.length > 1) cutAnnexLabels(slice, k < cuts.length - 1, keep, removed, SPLIT_REASON.piece);
    if (cuts.length > 1) cutChairTail(slice, keep, removed);
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
  const at = slice.findIndex((p) => !p.contents && FRONT_MATTER.test(bare(p.text)));
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

/**
 * A 公文's title by its form (「关于…的通知」「关于…的公示」, a work plan's 「…工作方案」) after what ends a document — a speech's
 * closing (「同志们，…！」), a signature's date, the last row of an appended table — starts a new one,
 * head or none: a 公示 goes straight into its text. After an ordinary sentence it may be a document
 * the speech names on a line of its own, and stays.
 */
function gongwenAfterEnd(body: readonly Para[], j: number): boolean {
  const t = body[j]!.text;
  if (!(GONGWEN_TITLE.test(t) || PLAN_TITLE.test(t)) || !titleLike(t)) return false;
  const before = body[j - 1];
  if (!before || before.contents) return false;
  return closes(before.text) || ISSUER_DATE.test(before.text) || tableRow(before.text);
}

/** A work plan's title, often without 「关于」: 「…县2026年城乡环境卫生整治百日攻坚行动工作方案」「…实施意见」. */
const PLAN_TITLE = /^[^。！？!?；;：:，,、]{4,60}(?:工作方案|实施方案|行动方案|工作要点|实施意见|实施细则|管理办法|工作计划)$/;

/** A speech's closing: 「同志们，…」, a line ending in 「！」, or its thanks 「谢谢大家。」. */
function closes(t: string): boolean {
  return CLOSING_START.test(t) || /[！!]$/.test(t) || THANKS.test(t);
}

/** Prose: sentences, none of a head's lines (a 「目录：……」 line before the title is not text yet). */
function prose(t: string): boolean {
  return /[。！？!?；;]/.test(t) && !SALUTATION_RUN_ON.test(t) && !(FIELD.test(t) && charLength(t) <= 40);
}

/**
 * A title with a head after it (repeated salutation, date line, speaker, meeting fields, a minutes'
 * dated opening), or right under a line drawn across (「————」「***」), starts a document when the document it would end already has text of its own; so
 * does a repeated salutation on its own line after that text's closing, or with the numbering of
 * the parts starting again at 「一、」 under it (an untitled piece: 「同志们：」 again). Under a collection's
 * title, the first title with a head starts the first document — before the collection's first mark
 * too (a first piece without one), never at a line that is a collection's own title (「…【精选五篇】」).
 */
function addHeadBlocks(body: readonly Para[], starts: Start[]): void {
  const at = new Set(starts.map((s) => s.at));
  let from = 0;
  let text = false;
  let saluted = false;
  let parts = false;
  // Only head-like lines so far, one of them not a 目录 entry (a document's own 目录 stays with it).
  const marked = starts.length > 0;
  let [cover, covered] = [true, false];
  const open = (j: number, p: Para) => {
    starts.push({ at: j, line: p.line, marked: false });
    from = j;
    text = parts = false;
    saluted = SALUTATION.test(p.text);
  };
  const siblings = siblingKinds(body);
  // A short main title over a date or speaker line starts a piece after a closing (main-title.ts); under the cover, only once a later one does.
  let [firstMain, mainTitles]: [number | undefined, boolean] = [undefined, false];
  for (let j = 0; j < body.length; j++) {
    if (at.has(j)) {
      from = j;
      text = saluted = parts = false;
    }
    const p = body[j]!;
    if (p.contents) continue;
    // The first title with a head under it, below a collection's or a cover's title: the first document starts there.
    const first = j > 0 && cover && covered && from === 0 && !text && !titleBelow(body, j) && !(marked && (COLLECTION_MARK.test(p.text) || COLLECTION_TITLE.test(p.text)));
    // The first of a 汇编's sibling titles: what is above it, with no text, is the collection's head.
    const firstSibling = from === 0 && !text && siblings.size > 0;
    if (
      (text || first || firstSibling || rankedTitle(p.text)) &&
      j > from &&
      !p.keptWhole &&
      !numbered(p.text) &&
      titleLike(p.text) &&
      (p.afterRule || headFollows(body, j + 1) || (text && (gongwenAfterEnd(body, j) || subtitledTitle(p.text))) || siblings.has(titleKind(p.text)!) || (text && parts && opensAfterClosing(body, j, from)))
    ) {
      open(j, p);
      continue;
    }
    if ((first || text) && j > from && !p.keptWhole && mainTitle(p.text) && speakerOrDate(body[j + 1]?.text) && afterEnd(body[beforeKept(body, j, from)]!.text, first, closes)) {
      if (first) firstMain ??= j;
      else {
        mainTitles = true;
        open(j, p);
        continue;
      }
    }
    if (text && parts && j > from && recordFields(body, j)) {
      open(j, p);
      continue;
    }
    // Text missing before it (a scanned page, a site's cut) right after a document's closing: what
    // follows is not that document's, but what is left of the next one. Or a news report of a meeting
    // after a text (news.ts): its title over its dated first sentence (past a line the user kept).
    if (text && j > from && ((p.afterGap && closes(body[beforeKept(body, j, from)]!.text)) || (!p.keptWhole && newsHead(p.text, body[afterKept(body, j)]?.text)))) {
      open(j, p);
      continue;
    }
    if (text && saluted && SALUTATION.test(p.text) && (CLOSING_START.test(body[j - 1]!.text) || (parts && partsRestart(body, j + 1)))) {
      open(j, p);
      continue;
    }
    // Right under a line drawn across (「＊＊＊」), an untitled piece: at a salutation of any kind; after a closing, at the meeting
    // named first (「今天，我们在这里召开…」) or the parts numbered from 「一、」 again (separators.ts; an 附件 is the document's own).
    if (p.afterRule && text && j > from && !p.text.startsWith('附') && (salutes(p.text) || (closes(body[beforeKept(body, j, from)]!.text) && (convenes(p.text) || (parts && partsRestart(body, j + 1)))))) {
      open(j, p);
      continue;
    }
    if (SALUTATION.test(p.text) || SALUTATION_RUN_ON.test(p.text)) saluted = true;
    if (numbered(p.text)?.level === 1) parts = true;
    if (prose(p.text)) text = true;
    cover &&= headLine(p.text);
    covered ||= cover;
  }
  if (mainTitles && firstMain !== undefined) starts.push({ at: firstMain, line: body[firstMain]!.line, marked: false });
}

/**
 * An untitled meeting record's head (a 记录本's export): its 时间：/地点：/主持人： block starts the next record once the
 * record before has its parts (一、…) — its roll at the end (出席：/列席：) opens nothing, nor do fields under a record's
 * opening sentence.
 */
function recordFields(body: readonly Para[], j: number): boolean {
  return MEETING_OPENS.test(body[j]!.text) && MEETING_FIELD.test(body[j + 1]?.text ?? '') && !MEETING_FIELD.test(body[j - 1]!.text);
}

/**
 * A title after the closing of a speech that has its parts, over the meeting named (「今天，我们在这里召开…」)
 * or parts numbered from 「一、」 again: the next speech, though no salutation stands under its title.
 */
function opensAfterClosing(body: readonly Para[], j: number, from: number): boolean {
  if (!closes(body[beforeKept(body, j, from)]!.text)) return false;
  return convenes(body[j + 1]?.text ?? '') || partsRestart(body, j + 1);
}

/** Titles of one kind a collection repeats this often are its pieces' titles, head or none. */
const SIBLINGS = 3;
/** 「张某某发言」 in a meeting record is a turn, not a piece: a piece's title is longer. */
const SIBLING_MIN = 6;

/**
 * The kinds of document that titles standing over text name again and again (「县教育局表态发言」
 * 「城关镇表态发言」…, 「在…会议上的讲话」 × 6): a 汇编 of short pieces that have no salutation or
 * date line under their titles. After text, such a title starts a document.
 */
function siblingKinds(body: readonly Para[]): Set<string> {
  const counts = new Map<string, number>();
  for (let j = 0; j + 1 < body.length; j++) {
    const t = body[j]!.text;
    if (body[j]!.contents || numbered(t) || charLength(t) < SIBLING_MIN || !prose(body[j + 1]!.text)) continue;
    const kind = titleKind(t);
    if (kind) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= SIBLINGS).map(([kind]) => kind));
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

/** The paragraph before `j`, past lines the user brought back whole (a page's number, set after the paragraph it stood in). */
function beforeKept(body: readonly Para[], j: number, from: number): number {
  let k = j - 1;
  while (k > from && body[k]!.keptWhole) k--;
  return k;
}

/** The paragraph after `j`, past lines the user brought back whole (a news report's 来源 line under its title). */
function afterKept(body: readonly Para[], j: number): number {
  let k = j + 1;
  while (k < body.length && body[k]!.keptWhole) k++;
  return k;
}
