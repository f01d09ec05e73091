// Joining the cleaned lines into paragraphs: a line runs on from the one before when that one is an
// unfinished sentence — never across a truncation, across a blank (or removed) line only when the
// sentence is evidently broken, and across a page's number, header and footer always.
import type { Removal } from './types.ts';
import {
  ADDRESSEES,
  ANNEX,
  ARTICLE,
  CLOSING_START,
  COLLECTION_MARK,
  DOC_NUMBER,
  ISSUER_DATE,
  CONTENTS_HEAD,
  DATE_LINE,
  EDITING_LINE,
  FIELD,
  PART_WORD,
  SALUTATION,
  SALUTATION_RUN_ON,
  SPEAKER_LINE,
  charLength,
  charsAtMost,
  endsSentence,
  headLike,
  matterLine,
  numbered,
  tableRow,
  titleLike,
} from './marks.ts';
import { ANNOTATION } from './issue-marks.ts';
import { isPiece } from './pieces.ts';
import { newsTitle } from './news.ts';
import { COLLECTION_TITLE } from './collection-title.ts';
import { INDENT, REASON, type Line } from './lines.ts';
import { continuesAtWrap, wrapOf, type Wrap } from './wrap.ts';
import { thanksTitleLines } from './thanks-title.ts';
import { speakerAndDate } from './speaker-date.ts';

/** A paragraph of the cleaned text, with where it came from. */
export interface Para {
  text: string;
  /** 1-based first raw line. */
  line: number;
  /** The raw lines joined into it (as in the file, trailing spaces trimmed). */
  raw: string[];
  /** Text is missing just before it (a truncation note was removed there). */
  afterGap: boolean;
  /** Text is missing just after it. */
  gapAfter: boolean;
  /** An entry of a 目录/提纲 block: not text, but the outline the document declares. */
  contents?: boolean;
  /** Holds a line the user chose to keep (an undone removal): never removed as noise. */
  kept?: boolean;
  /** Is one kept line whose whole text had been removed (not a mark cut from a title): never a document's title (undo.ts). */
  keptWhole?: boolean;
  /** A line drawn across (「————」「***」) stood just before it: a collection's pieces are separated so. */
  afterRule?: boolean;
  /** The file's reader knows it is a heading of this level (a Word 标题 style): its own paragraph, never joined. */
  heading?: number;
}

/** The paragraphs of the lines, and how many lines were joined onto the one before; removed lines are listed in `removed`. */
export function joinLines(lines: readonly Line[], removed: Removal[]): { paras: Para[]; joinedLines: number } {
  const joiner = new Joiner(removed, wrapOf(lines));
  for (const l of lines) joiner.add(l);
  return joiner.finish();
}

/** A line after which no sentence continues: title, heading, salutation, field, article, 此致. */
// Made once: a literal inside a function called on every line is a new RegExp object at every call.
const FULL_STOP = /[。！？!?]/;
/** Where a hard-wrapped line may be cut and its paragraph still go on (wrap.ts): a sentence's end, a colon. */
const WRAP_END = /[。！？!?：:]/;
const PUNCTUATION_OR_SPACE = /[\p{P}\s]/u;
const ORAL_OPENING = /^(?:[一二三四五六七八九十]+[是要]|第[一二三四五六七八九十]+|首先|其次)/;
const SIGN_OFF = /^此致$/;
const OPEN_END = /[，,、]$/;
/**
 * A circled or parenthesised numeral (①–⑳, ⑴–⒇, ❶–❿) opening a line: an item of a list under a
 * paragraph (a 纪要's assignments 「①县林业局负责…；」), each its own, though the one before ends in 「；」.
 */
const CIRCLED_ITEM = /^[\u2460-\u2487\u2776-\u277F]/;

function closedLine(text: string, first: boolean): boolean {
  const n = numbered(text);
  // A numbered heading on its own; a numbered paragraph (with a 。 inside) may run on.
  if (n) return !FULL_STOP.test(n.rest);
  // (A 公文's 附注 kept by the user, 「（此件不予公开）」: the next title does not go on from it.)
  // (A speaker's line with the date on it, 「县委书记 周某 2026年3月12日」, as much as either alone.)
  if (isPiece(text) || ARTICLE.test(text) || tableRow(text) || headBlockLine(text) || SPEAKER_LINE.test(text) || ANNOTATION.test(text) || EDITING_LINE.test(text) || speakerAndDate(text)) return true;
  // A closing with the next piece's title run on after its thanks (「…谢谢大家！在…会议上的讲话」): the title ends it,
  // and the next line (「今天，我们在这里召开…」) is the next piece's text (title-block.ts cuts the title off).
  if (thanksTitleLines(text)) return true;
  // Titles, fields, salutations and the like are short.
  if (text.length > 100) return false;
  if (titleLike(text) || (first && headLike(text)) || newsTitle(text)) return true;
  // A subtitle ended (「——2010年2月在…第四次会议上」): the speaker's line under it is a line of its own.
  if (SUBTITLE.test(text) && SUBTITLE_END.test(text)) return true;
  // A short line without a mark of punctuation that opens a paragraph is a heading (「森林防火工作要点」),
  // not the first piece of a sentence broken by the layout.
  // (Not a fragment a web page broke around a link: 「一是」, 「建筑法」 between 「《」 and 「》」.)
  const len = charLength(text);
  if (len >= 5 && len <= 20 && !PUNCTUATION_OR_SPACE.test(text) && !ORAL_OPENING.test(text)) return true;
  if (SALUTATION.test(text) || PART_WORD.test(text) || DATE_LINE.test(text) || SIGN_OFF.test(text) || CONTENTS_HEAD.test(text) || matterLine(text)) return true;
  return FIELD.test(text) && charLength(text) <= 40 && !OPEN_END.test(text);
}

/** A 公文's head and signature lines: 文号, issuer and date, 主送; a cover's issuer and month (「某某县委办公室 2026年6月」). */
function headBlockLine(text: string): boolean {
  return DOC_NUMBER.test(text) || ISSUER_DATE.test(text) || ADDRESSEES.test(text) || ANNEX.test(text) || ISSUER_MONTH.test(text) || COMPILER.test(text);
}
/** A 汇编's compiler on its cover, a space before 「编」: 「中共某某县委办公室 编印」 (the month under it is a line of its own). */
const COMPILER = /^[\u4e00-\u9fa5（）()]{2,30}[\s\u3000]+编(?:印|辑)?$/;
/** An issuer, a space and a month, no day: a 汇编's cover (a sentence has no space before its date). */
const ISSUER_MONTH = /^[\u4e00-\u9fa5（）()]{2,30}[\s\u3000]+(?:(?:19|20)[0-9]{2}|[〇○零一二][〇○零一二三四五六七八九]{3})年[0-9一二三四五六七八九十]{1,3}月$/;

/** A line that starts a block of its own: never the continuation of the line before (`titles`: a title-like line too). */
function opensBlock(text: string, titles = true): boolean {
  return (
    numbered(text) !== undefined ||
    tableRow(text) ||
    headBlockLine(text) ||
    DATE_LINE.test(text) ||
    ARTICLE.test(text) ||
    isPiece(text) ||
    SALUTATION.test(text) ||
    SALUTATION_RUN_ON.test(text) ||
    CLOSING_START.test(text) ||
    PART_WORD.test(text) ||
    matterLine(text) ||
    CONTENTS_HEAD.test(text) ||
    (titles && titleLike(text)) ||
    CIRCLED_ITEM.test(text) ||
    EDITING_LINE.test(text) ||
    (FIELD.test(text) && charLength(text) <= 40)
  );
}

/** A wrapped title's first line is a long one; what the wrap leaves for the second, a few words. */
const WRAPPED_MIN = 8;
const WRAPPED_TAIL = 12;
const words = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** Whether the end of `a` and the start of `b` are one word (「会」「议」): no word boundary between them. */
function insideWord(a: string, b: string): boolean {
  const left = a.slice(-4);
  for (const w of words.segment(left + b.slice(0, 4))) if (w.index === left.length) return false;
  return true;
}

/**
 * A title set on two lines broken between words, as a 公文's title is set (GB/T 9704 breaks it at a
 * word's end): 「在全县…暨创卫工作」 over 「推进会上的讲话」, 「关于做好…工作」 over 「的通知」. The first
 * line opens a title's frame (在…, 关于…) that only the second closes: an issuer's name over a title
 * (「某某县农业农村局办公室」 over 「关于…的通知」) opens none, and stays apart.
 */
function splitAtWord(a: string, b: string): boolean {
  if (a.startsWith('在')) return !/上的|时的/.test(a) && SPEECH_CLOSE.test(b);
  if (a.startsWith('关于')) return !/的$/.test(a) && DOCUMENT_CLOSE.test(b);
  return false;
}
const SPEECH_CLOSE = /(?:上|时)的(?:讲话|发言|致辞|主持词|总结讲话|(?:政府|常委会|法院|检察院)?工作报告|报告)(?:[（(][^（）()]{1,12}[）)])?$/;
const DOCUMENT_CLOSE = /的(?:通知|意见|决定|通报|报告|请示|批复|函|纪要|方案|办法|规定)$/;

/** Across blank lines, only an evidently broken sentence is joined (`comma`: prev has one inside). */
function brokenAcrossBlank(prev: string, comma: boolean, next: string): boolean {
  if ('，、；;,“《（(—'.includes(prev[prev.length - 1] ?? '')) return true;
  // A line that starts with the punctuation ending a clause (「，扑火机具要…」) goes on from the one before.
  if (CLAUSE_END_FIRST.test(next)) return true;
  // Prose (a comma inside) cut off before a line that is not a short heading-like phrase.
  return comma && !(headLike(next) && charLength(next) <= 15);
}

const COMMA = /[，,、]/;
const CLAUSE_END_FIRST = /^[，、。；：！？,;:!?）)”’》】]/;
/** A subtitle's dash: 「——在…上的讲话」. */
const SUBTITLE = /^[—－]{1,2}[^—－\s]/;
/** How a subtitle ends: 「…会议上」「…的讲话」「…（摘要）」. */
const SUBTITLE_END = /(?:上|讲话|报告|发言|致辞|讲稿|[）)])$/;

/** A line of a main title: a short slogan of its own, not a title naming its kind, nor a heading, salutation or collection's name (「…讲话（两篇）」「…材料汇编」). */
function mainTitleLine(p: Para): boolean {
  const t = p.text;
  // (A piece mark over the main title, 「之二」, is no line of it: removed, it goes whole, and undone it comes back as it stood.)
  // (A comma only between the short phrases of a slogan: 「攻坚克难，担当作为」.)
  return !p.contents && p.heading === undefined && charLength(t) <= 40 && headLike(t) && !titleLike(t) && !SALUTATION.test(t) && !COLLECTION_MARK.test(t) && !COLLECTION_TITLE.test(t) && (!/[，,、]/.test(t) || (SLOGAN.test(t) && !CLOSING_START.test(t))) && !headBlockLine(t) && !isPiece(t);
}
/** A main title of short phrases: 「凝心聚力，真抓实干」「攻坚克难、担当作为」. */
const SLOGAN = /^\p{Script=Han}{2,8}(?:[，,、]\p{Script=Han}{2,8}){1,3}$/u;
/** 「***」「---」 removed as Markdown: a rule too. */
const RULE_LINE = /^(?:[-*_]\s*){3,}$/;

/** The joining, one line at a time: what the lines so far leave open for the next one. */
class Joiner {
  private readonly removed: Removal[];
  private readonly paras: Para[] = [];
  // The paragraph so far is kept in pieces and only its last characters are looked at: a string
  // grown by += is flattened again at every look, which is quadratic on a long joined run.
  private readonly pieces: string[][] = [];
  private joinedLines = 0;
  private cur: Para | undefined;
  /** The current paragraph cannot run on (a heading, a title…). */
  private closed = true;
  /** A blank (or removed) line since the current paragraph's last line. */
  private blank = false;
  /** Text is missing since it (a truncation note). */
  private gap = false;
  /** The next paragraph opens a piece (the file's start, or after a piece's title). */
  private first = true;
  /** The current paragraph has a comma inside: prose. */
  private comma = false;
  /** It has a sentence's end inside (「二要落实主体责任。全域无垃圾治理和…」): prose too. */
  private stop = false;
  /** A page's edge (its number, header or footer, a form feed) since its last line: a blank there is the page's, not the text's. */
  private paged = false;
  /** Its last few characters. */
  private tail = '';
  /** A rule line was removed since the last paragraph started. */
  private ruled = false;

  /** The text's wrap width and paragraph indents, when it is hard-wrapped. */
  private readonly wrap: Wrap | undefined;
  /** The last line was letter-spaced (ocr.ts closed it up): a title set in display type. */
  private lastSpaced = false;
  /** Kept lines of a page's flow (a page number brought back), set after the paragraph they stood in. */
  private readonly aside: Line[] = [];
  /** Lines removed whole after marks were cut from them (「- END -」 after its list mark 「-」): their entries. */
  private readonly wholeAfterMarks = new Map<number, Removal>();

  constructor(removed: Removal[], wrap: Wrap | undefined) {
    this.removed = removed;
    this.wrap = wrap;
  }

  add(l: Line): void {
    if (l.removed) return this.removedLine(l);
    if (l.pageBreak || l.flow) {
      this.paged ||= l.pageBreak === true;
      return;
    }
    // As when it was removed, the text runs on across it; it comes back after the paragraph.
    if (l.aside) {
      this.aside.push(l);
      return;
    }
    if (l.text === '') {
      this.blank = true;
      return;
    }
    if (l.gapBefore) {
      this.gap = true;
      if (this.cur) this.cur.gapAfter = true;
    }
    const text = l.text;
    if (l.heading === undefined && this.mainTitleAbove(l)) return;
    // (The wrap's second line is a few words: most lines are not looked at for it.)
    const cur =
      l.heading === undefined && !l.item && (this.runsOn(l) || ((text.length <= 2 * WRAPPED_TAIL || l.spaced) && this.wrapsTitle(l)) || (text.length <= WRAPPED_TAIL && this.wrapsSubtitle(l)))
        ? this.append(this.cur!, l)
        : this.start(l);
    this.lastSpaced = l.spaced === true;
    // A rule line the user kept still separates what is on either side of it, as removed it did.
    if (l.kept && (l.keptAs === REASON.rule || RULE_LINE.test(text))) this.ruled = true;
    if (isPiece(text)) this.first = true;
    if (l.gapAfter) {
      cur.gapAfter = true;
      this.gap = true;
    } else this.gap = false;
    this.blank = this.paged = false;
  }

  finish(): { paras: Para[]; joinedLines: number } {
    this.setAside();
    this.paras.forEach((p, k) => {
      if (this.pieces[k]!.length > 1) p.text = this.pieces[k]!.join('');
    });
    if (this.wholeAfterMarks.size > 0) this.listWholeLinesOnce();
    return { paras: this.paras, joinedLines: this.joinedLines };
  }

  /** A line that went whole is listed once, as it stood: a mark cut from it first is in its text, not listed again. */
  private listWholeLinesOnce(): void {
    let n = 0;
    for (const r of this.removed) {
      const whole = this.wholeAfterMarks.get(r.line);
      if (!whole || whole === r || !whole.text.includes(r.text)) this.removed[n++] = r;
    }
    this.removed.length = n;
  }

  /**
   * 「——在…会议上的讲话」 under a main title of one or two short lines (「凝心聚力 实干争先…」): the
   * two are one title, 「主标题——副标题」, as a title on one line is written. The subtitle alone
   * would be taken for the title and the main title for the end of the piece before.
   */
  private mainTitleAbove(l: Line): boolean {
    if (!SUBTITLE.test(l.text) || !titleLike(l.text)) return false;
    let k = this.paras.length;
    while (k > 0 && this.paras.length - k < 2 && this.pieces[k - 1]!.length === 1 && mainTitleLine(this.paras[k - 1]!)) k--;
    if (k === this.paras.length) return false;
    const title = this.paras[k]!;
    for (const p of this.paras.slice(k + 1)) title.raw.push(...p.raw);
    title.raw.push(l.raw);
    title.text = this.paras.slice(k).map((p) => p.text).join('\u3000') + l.text;
    this.joinedLines += this.paras.length - k;
    this.paras.length = k + 1;
    this.pieces.length = k + 1;
    this.pieces[k] = [title.text];
    this.cur = title;
    this.closed = true;
    this.tail = title.text.slice(-8);
    this.blank = false;
    return true;
  }

  private runsOn(l: Line): boolean {
    const text = l.text;
    const cut = this.cutMidSentence(l);
    return (
      this.cur !== undefined &&
      (!this.closed || (cut && this.headingCut())) &&
      !this.gap &&
      (!endsSentence(this.tail) || this.continuesAtWrap(l)) &&
      (!opensBlock(text) || (cut && !this.closed && this.proseCut(l))) &&
      // (Prose cut at a page's foot goes on over the next page's head, though the reader set blank lines around them.)
      (!this.blank || brokenAcrossBlank(this.tail, this.comma || (this.paged && this.stop), text))
    );
  }

  /**
   * A title the page's layout wrapped: 「在全县耕地…整治工作会」 over 「议上的讲话」. The first line,
   * short and without punctuation, closes as a heading would; it goes on when the two make a title
   * that neither line is alone, and the break falls inside a word (会|议): a line that ends a heading
   * or a 版头 ends at a word's end.
   */
  private wrapsTitle(l: Line): boolean {
    const cur = this.cur;
    if (!cur || this.gap || this.pieces.at(-1)!.length > 1) return false;
    const a = cur.text;
    const b = l.text;
    // Two letter-spaced lines (an OCR'd title in display type, 「在 全 区 … 全 覆 盖」 over 「工 作 … 讲 话」):
    // the spacing is the title's, so they are one wherever the line broke.
    if (l.spaced && this.lastSpaced) return !this.blank && headLike(a) && !titleLike(a) && !numbered(a) && titleLike(b) && titleLike(a + b);
    if (a.length < WRAPPED_MIN || (a.length < 2 * WRAPPED_MIN && charLength(a) < WRAPPED_MIN) || !charsAtMost(b, 2 * WRAPPED_TAIL) || !titleLike(b) || titleLike(a) || numbered(a) || numbered(b)) return false;
    if (!headLike(a) || PUNCTUATION_OR_SPACE.test(a.at(-1)!) || !titleLike(a + b)) return false;
    // Broken inside a word, the wrap leaves a few words; broken between words, the second line may be as long as the first
    // (and a PDF's reader may set a blank line between the two: only a title's frame opened and closed joins them then).
    return (!this.blank && charsAtMost(b, WRAPPED_TAIL) && insideWord(a, b)) || splitAtWord(a, b);
  }

  /**
   * A subtitle the page wrapped (a PDF's centred 「——2025年1月15日在…第五次」 over 「会议上」, a blank
   * line between): unfinished, it goes on with a few words that finish it.
   */
  private wrapsSubtitle(l: Line): boolean {
    const cur = this.cur;
    if (!cur || this.gap || this.pieces.at(-1)!.length > 1 || !SUBTITLE.test(cur.text) || SUBTITLE_END.test(cur.text) || cur.text.length > 60) return false;
    return SUBTITLE_END.test(l.text) && !PUNCTUATION_OR_SPACE.test(l.text.replace(/[）)]$/, '')) && !numbered(l.text) && !titleLike(l.text);
  }

  /**
   * A hard-wrapped text whose paragraphs start indented (an OCR app's lines, one a paragraph): the paragraph's last line
   * was cut at the width inside a sentence, and the next line is not indented. It goes on, though it looks like a title
   * by its last word (「要任务是深入贯彻…的决策部署，总结」: prose so far, not a title's line).
   */
  private cutMidSentence(l: Line): boolean {
    const wrap = this.wrap;
    return !!wrap && wrap.indents && !this.blank && this.cur !== undefined && this.cur.raw.at(-1)!.length >= wrap.width && !endsSentence(this.tail) && !INDENT.test(l.raw);
  }

  /** Prose so far, and the next line is cut at the width too (a title is a line of its own, never one of a paragraph's middle lines). */
  private proseCut(l: Line): boolean {
    return (this.comma || this.stop) && l.raw.length >= this.wrap!.width && !opensBlock(l.text, false);
  }

  /** A numbered heading of one line cut at the width (「一、认清形势，…切实增强做好全域无垃圾治理和创卫」): its end is on the next line. */
  private headingCut(): boolean {
    const cur = this.cur!;
    return cur.heading === undefined && this.pieces.at(-1)!.length === 1 && numbered(cur.text) !== undefined;
  }

  /** A sentence (or a clause before a colon) ended exactly where a hard-wrapped line was cut, and the file says the paragraph goes on. */
  private continuesAtWrap(l: Line): boolean {
    if (!this.wrap || this.blank || !WRAP_END.test(this.tail.at(-1) ?? '')) return false;
    const cur = this.cur!;
    return continuesAtWrap(this.wrap, cur.raw, this.pieces.at(-1)!.join(''), l.raw, l.text);
  }

  private append(cur: Para, l: Line): Para {
    const text = l.text;
    const piece = /[A-Za-z]$/.test(this.tail) && /^[A-Za-z]/.test(text) ? ` ${text}` : text;
    this.pieces.at(-1)!.push(piece);
    this.tail = (this.tail + piece).slice(-8);
    cur.raw.push(l.raw);
    if (l.kept) cur.kept = true;
    this.comma ||= COMMA.test(text);
    this.stop ||= FULL_STOP.test(text);
    // (A closing broken over two lines, the next piece's title run on after the thanks of the second.)
    if (thanksTitleLines(text)) this.closed = true;
    this.joinedLines++;
    return cur;
  }

  /** The kept page lines held since the paragraph before: each a paragraph of its own, closed. */
  private setAside(): void {
    for (const l of this.aside.splice(0)) {
      this.paras.push({ text: l.text, line: l.no, raw: [l.raw], afterGap: false, gapAfter: false, kept: true });
      this.pieces.push([l.text]);
    }
  }

  private start(l: Line): Para {
    this.setAside();
    const text = l.text;
    this.comma = COMMA.test(text);
    this.stop = FULL_STOP.test(text);
    this.tail = text.slice(-8);
    const cur: Para = { text, line: l.no, raw: [l.raw], afterGap: this.gap, gapAfter: false };
    if (l.kept) cur.kept = true;
    if (this.ruled) cur.afterRule = true;
    if (l.heading !== undefined) cur.heading = l.heading;
    this.ruled = false;
    this.cur = cur;
    this.paras.push(cur);
    this.pieces.push([text]);
    this.closed = l.heading !== undefined || closedLine(text, this.first);
    this.first = false;
    return cur;
  }

  /** A removed line is listed; a 目录 entry stays as a paragraph of its own, marked as contents. */
  private removedLine(l: Line): void {
    if (!l.contents) {
      const entry = { line: l.no, text: l.raw.replace(INDENT, ''), reason: l.removed! };
      this.removed.push(entry);
      if (entry.text !== l.text) this.wholeAfterMarks.set(l.no, entry);
    } else {
      this.setAside();
      this.removed.push({ line: l.no, text: l.text, reason: l.removed! });
      this.paras.push({ text: l.text, line: l.no, raw: [l.raw], afterGap: false, gapAfter: false, contents: true });
      this.pieces.push([l.text]);
      this.cur = undefined;
      this.closed = true;
    }
    // A routing form (form.ts) separates two pieces as a line drawn across does.
    if (l.removed === REASON.rule || l.removed === REASON.form || l.removed === REASON.frontMatter || (l.removed === REASON.markdown && RULE_LINE.test(l.text))) this.ruled = true;
    if (l.removed === REASON.truncation || l.removed === REASON.scan) {
      this.gap = true;
      if (this.cur) this.cur.gapAfter = true;
    }
    // A removed line between two halves of a sentence is page debris: like a blank line. A page's
    // number, header and footer are not even that: the page's text runs on across them (and a chat's
    // lines between two messages, chat.ts).
    if (l.removed !== REASON.page && l.removed !== REASON.furniture && l.removed !== REASON.chat) this.blank = true;
    else if (l.removed !== REASON.chat) this.paged = true;
  }
}
