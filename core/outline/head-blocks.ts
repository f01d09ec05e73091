// Where a document of a collection starts at its head (split.ts): a title with a head block under it — a
// salutation, a date line, a speaker, a meeting record's fields —, a title after a closing over the meeting named, a
// repeated salutation, a 汇编's sibling titles, a news report's head, a main title over its speaker or date.
import type { Para } from './clean.ts';
import {
  CLOSING_START,
  COLLECTION_MARK,
  FIELD,
  GONGWEN_TITLE,
  ISSUER_DATE,
  SALUTATION,
  SALUTATION_RUN_ON,
  THANKS,
  charLength,
  numbered,
  tableRow,
  titleKind,
  titleLike,
} from './marks.ts';
import { headFollows, MEETING_FIELD } from './numbered-titles.ts';
import { afterEnd, mainTitle, speakerOrDate, subtitledTitle } from './main-title.ts';
import { newsHead } from './news.ts';
import { rankedTitle } from './record-book.ts';
import { ordinal, partsRestart } from './parts.ts';
import { convenes, salutes } from './separators.ts';
import { COLLECTION_TITLE } from './collection-title.ts';
import { headLine, titleBelow } from './file-head.ts';

/** The field a meeting record's head block starts with: its time (「时间：」「会议时间：」「日期：」). */
const MEETING_OPENS = /^(?:会议)?(?:时间|日期)[：:]/;

export interface Start {
  at: number;
  line: number;
  /** From a piece mark or a numbered title: the file is a marked collection. */
  marked: boolean;
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
export function prose(t: string): boolean {
  return /[。！？!?；;]/.test(t) && !SALUTATION_RUN_ON.test(t) && !(FIELD.test(t) && charLength(t) <= 40);
}

/**
 * A title with a head after it (repeated salutation, date line, speaker, meeting fields, a minutes'
 * dated opening), or right under a line drawn across (「————」「***」), starts a document when the document it would end already has text of its own
 * (or its parts 一、二、: a 提纲 of headings with no text — after them, a title right over 「一、」 needs no head); so
 * does a repeated salutation on its own line after that text's closing, or with the numbering of
 * the parts starting again at 「一、」 under it (an untitled piece: 「同志们：」 again). Under a collection's
 * title, the first title with a head starts the first document — before the collection's first mark
 * too (a first piece without one), never at a line that is a collection's own title (「…【精选五篇】」).
 */
export function addHeadBlocks(body: readonly Para[], starts: Start[]): void {
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
      (text || parts || first || firstSibling || rankedTitle(p.text)) &&
      j > from &&
      !p.keptWhole &&
      !numbered(p.text) &&
      titleLike(p.text) &&
      (p.afterRule || headFollows(body, j + 1) || (text && (gongwenAfterEnd(body, j) || subtitledTitle(p.text))) || siblings.has(titleKind(p.text)!) || (text && opensAfterClosing(body, j, from, parts)) || ((parts || text) && partsUnder(body, j) && (!text || speechTitle(p.text))))
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

/** A 主持词's call to the next speaker (「下面请县长讲话」「请县委书记作重要讲话」): a turn of the meeting, not a piece's title. */
const CHAIR_CALL = /^(?:下面|接下来|现在|首先|然后|最后)?[，,]?请/;

/**
 * A title after the closing of a speech, over the meeting named (「今天，我们在这里召开…」) or, after a speech that has
 * its parts, over parts numbered from 「一、」 again: the next speech, though no salutation stands under its title. After
 * a short speech with no parts (a 致辞), only a piece's title opens it — not a 主持词's turn (「县长讲话」「下面请县长讲话」).
 */
function opensAfterClosing(body: readonly Para[], j: number, from: number, parts: boolean): boolean {
  if (!closes(body[beforeKept(body, j, from)]!.text)) return false;
  if (!parts) return charLength(body[j]!.text) >= SIBLING_MIN && !CHAIR_CALL.test(body[j]!.text) && (convenes(body[j + 1]?.text ?? '') || partsUnder(body, j));
  return convenes(body[j + 1]?.text ?? '') || partsRestart(body, j + 1);
}

/**
 * A piece's title right over its first part 「一、」 (no head, no salutation between): after a 提纲 of headings only, after
 * a short speech's closing, or — a speech's own title 「在…会议上的讲话（提纲）」 — after any text, the next piece starts
 * there. Not an 附件's title (「附件：…方案」: the document's own).
 */
function partsUnder(body: readonly Para[], j: number): boolean {
  const t = body[j]!.text;
  if (charLength(t) < SIBLING_MIN || t.startsWith('附')) return false;
  const n = body[j + 1] && numbered(body[j + 1]!.text);
  return n?.level === 1 && ordinal(n.number) === 1;
}

/** A speech's title by its frame: 「在…会议上的讲话」「在…上的发言提纲」 — a line no speech's text holds. */
const SPEECH_FRAME = /^在[^。！？；：，,]{2,60}(?:上|时)的(?:讲话|发言|致辞|讲稿|讲话稿|发言稿|讲话提纲|发言提纲|讲话要点|发言要点)$/;
const speechTitle = (t: string) => SPEECH_FRAME.test(t);

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
