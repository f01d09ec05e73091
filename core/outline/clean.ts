// Cleaning web-scraped text: site noise out, page-break debris joined back, every removal listed.
//
// Order: per line — indentation and markdown marks, inline truncation notes, whole-line noise
// (adverts, site notes, sources, links, 相关推荐), a teaser that repeats the text below it, a 目录/提纲
// block; per block — the short companions of an advert at the head or tail of the file; then lines
// are joined into paragraphs (never across a truncation); last, joined paragraphs that are noise as
// a whole (a licence notice broken over many lines). Conservative: a line is removed only when it
// matches a site pattern, or is a short companion of one in the file's head or tail block.
// Linear: one pass a step, anchored regexes, no string rebuilt inside a loop over the text.
import type { Removal } from './types.ts';
import { charLength, numbered } from './marks.ts';
import { markContents, markTeasers } from './contents.ts';
import { companion, sweepRelated } from './related.ts';
import { markFurniture } from './furniture.ts';
import { markChat } from './chat.ts';
import { markIssueBlocks } from './issue-marks.ts';
import { markForms } from './form.ts';
import { frontMatter } from './front-matter.ts';
import { markRepeats } from './repeats.ts';
import { mendOcr } from './ocr.ts';
import { splitTitleBlocks } from './title-block.ts';
import { INDENT, REASON, trimEnd, type Line } from './lines.ts';
import { HOLDS, lineFacts, mayHold } from './line-facts.ts';
import { joinLines, type Para } from './join.ts';
import { stripInlineNotes } from './tails.ts';
import { markTitleNote } from './title-notes.ts';
import { stripHtml, stripMarkdown } from './strip.ts';
import { containerBlocks } from './containers.ts';
import { anyRule, primeBands, ruleBands } from './rule-union.ts';
import { RULES } from './site-rules.ts';

export { REASON } from './lines.ts';
export type { Para } from './join.ts';

export interface Cleaned {
  paras: Para[];
  removed: Removal[];
  joinedLines: number;
  indentsTrimmed: number;
  /** Lines whose OCR misreadings were mended (ocr.ts): a spaced-out title, a dash for 一, a misread date. */
  ocrMended: number;
}

/** A site's truncation note: 「……省略984字……」「(未完,全文共5997字,当前仅显示2764字…」. */
const TRUNC =
  /省略\d+字|全文共\d+字|当前仅显示\d+字|正式会员可|请阅读下面提示|[（(]未完[，,、)）]|未完待续|余下全文|剩余\d+字|(?:免费)?(?:预览|试读)(?:已经?)?结束/;

/** The head of a note app's callout: 「> [!note] 我的笔记」「> [!tip]-」. */
const CALLOUT = /^>\s?\[![A-Za-z]{1,20}\][-+]?/;

const URL = /(?:https?:\/\/|www\.)[^\s，。；、）)」”\u3000]*/gi;
const HAS_URL = /https?:\/\/|www\.[a-z0-9-]+\./i;
const ATTENDANCE = /^(?:出席|列席|请假|缺席|参加人员|参会人员)[：:]/;

const LONGEST_RULE = Math.max(...RULES.map((r) => r.max));
/** The rules' unions for lines of each length (rule-union.ts). */
const BANDS = ruleBands(RULES);

/** Texts of this file that hold no rule's pattern: a paragraph of one line is its line again, and
 *  the union, the costliest test of the cleaning, is not run on it twice. */
type Clear = Set<string>;

function ruleFor(text: string, joined: boolean, clear: Clear, facts?: number): string | undefined {
  // Every keyword rule is for short lines: a long one is only checked for being a bare link. A web
  // address is the site's, not a sentence's length (「…如有侵权请联系删除。本文链接：https://…」).
  const url = mayHold(text, facts, HOLDS.url) && HAS_URL.test(text);
  const len = text.length > 320 ? Infinity : charLength(url ? text.replace(URL, '') : text);
  if (len <= LONGEST_RULE && !clear.has(text)) {
    if (!anyRule(BANDS, text, len)) clear.add(text);
    else {
      // Keyword rules never touch a numbered heading or a minutes attendance line.
      let guarded: boolean | undefined;
      for (const rule of RULES) {
        if (len > rule.max || (rule.joined && !joined) || (rule.when && !rule.when(text))) continue;
        if (!rule.re.test(text)) continue;
        guarded ??= numbered(text) !== undefined || ATTENDANCE.test(text);
        if (!guarded || rule.reason === REASON.licence) return rule.reason;
      }
    }
  }
  if (url) {
    // A line that is a link with at most a short label (原文链接：http://…) goes; a sentence that
    // mentions a web address keeps it.
    const label = text.replace(URL, '').replace(/[\s\p{P}\p{S}A-Za-z0-9]/gu, '');
    if (charLength(label) <= 20) return REASON.link;
  }
  return undefined;
}

const TRUNC_ALL = new RegExp(TRUNC.source, 'g');
const NOTE_EDGE = /[…．.·\s\u3000—-]/;
const realText = (s: string): boolean => /[\p{L}\p{N}]/u.test(s);

/** Cut truncation notes out of a line; returns the pieces of real text left (none: the line goes). */
function cutTruncation(line: Line, removed: Removal[]): Line[] {
  const t = line.text;
  const notes: Removal[] = [];
  const pieces: Line[] = [];
  let from = 0;
  let gapBefore = line.gapBefore === true;
  TRUNC_ALL.lastIndex = 0;
  for (let m = TRUNC_ALL.exec(t); m; m = TRUNC_ALL.exec(t)) {
    // The note starts at the bracket that opens it (if within reach), with the 「……」 before it.
    let start = m.index;
    for (let j = m.index - 1; j >= from && j >= m.index - 40; j--) {
      const c = t[j]!;
      if (c === '(' || c === '（') {
        start = j;
        break;
      }
      if (c === '。' || c === '！' || c === '？') break;
    }
    while (start > from && NOTE_EDGE.test(t[start - 1]!)) start--;
    // It ends at its closing bracket, with the 「……」 after it; unclosed, at the end of the line when
    // that is near, else after its first sentence: what follows may be real text.
    const after = m.index + m[0].length;
    let end = -1;
    let stop = -1;
    for (let j = after; j < t.length && j < after + 80; j++) {
      if (t[j] === ')' || t[j] === '）') {
        end = j + 1;
        break;
      }
      if (stop < 0 && (t[j] === '。' || t[j] === '！')) stop = j + 1;
    }
    if (end < 0) end = t.length - after <= 80 ? t.length : stop > 0 ? stop : after;
    while (end < t.length && NOTE_EDGE.test(t[end]!)) end++;
    const before = trimEnd(t.slice(from, start)).replace(INDENT, '');
    if (realText(before)) pieces.push({ no: line.no, raw: line.raw, text: before, gapBefore, gapAfter: true });
    else if (pieces.length) pieces[pieces.length - 1]!.gapAfter = true;
    notes.push({ line: line.no, text: t.slice(start, end), reason: REASON.truncation });
    from = end;
    gapBefore = true;
    TRUNC_ALL.lastIndex = Math.max(end, after);
  }
  if (notes.length === 0) return [line];
  const rest = t.slice(from).replace(INDENT, '');
  if (realText(rest)) pieces.push({ no: line.no, raw: line.raw, text: rest, gapBefore: true, gapAfter: line.gapAfter });
  if (pieces.length === 0) {
    line.removed = REASON.truncation;
    line.gapAfter = true;
    return [line];
  }
  removed.push(...notes);
  return pieces;
}

// ---- per block --------------------------------------------------------------------------------

const NOISE_REASONS = new Set<string>([REASON.ad, REASON.site, REASON.source, REASON.link, REASON.licence, REASON.truncation]);
/** The removals whose text, standing again inside the text, is the same debris (repeats.ts). */
const REPEATED: ReadonlySet<string> = new Set<string>([REASON.ad, REASON.site]);

/** Blocks of consecutive non-blank lines, as index ranges into `lines`. */
function blocks(lines: Line[]): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  lines.forEach((l, i) => {
    const blank = !l.removed && l.text === '';
    if (blank) {
      if (start >= 0) out.push([start, i]);
      start = -1;
    } else if (start < 0) start = i;
  });
  if (start >= 0) out.push([start, lines.length]);
  return out;
}

/** At the head and the tail of the file, the short companions of an advert go with it. */
function sweepEdges(lines: Line[]): void {
  const all = blocks(lines);
  const sweep = (range: [number, number]): boolean => {
    const block = lines.slice(range[0], range[1]);
    // A line the user kept still shows the block is an advert's; it alone stays.
    const noiseOf = (l: Line) => l.removed ?? l.keptAs;
    const noise = block.find((l) => NOISE_REASONS.has(noiseOf(l) ?? ''));
    const kept = block.filter((l) => !l.removed);
    if (!noise) return kept.length === 0;
    if (!kept.every((l) => l.kept || companion(l.text))) return false;
    const reason = noiseOf(noise) === REASON.licence ? REASON.licence : REASON.ad;
    for (const l of kept) if (!l.kept) l.removed = reason;
    return true;
  };
  let head = 0;
  while (head < all.length && sweep(all[head]!)) head++;
  for (let tail = all.length - 1; tail > head && sweep(all[tail]!); tail--);
  sweepRelated(lines);
}

// ---- the whole --------------------------------------------------------------------------------

/**
 * `keep`: raw line numbers (1-based) whose removal the user undid. Such a line is taken as it
 * stands in the raw text, indentation aside — every removal on it (a whole-line rule, a markdown
 * mark, a truncation note cut from it, the sweep of an advert's companions, a noisy joined
 * paragraph starting there) is undone together — and it is joined into paragraphs like any line.
 * Only the kept lines come back: the blocks they stand in are recognised as before (an advert's
 * block, a 目录, a 相关推荐 list), so the lines removed with them stay removed.
 */
export function clean(
  raw: string,
  keep: ReadonlySet<number> = new Set(),
  debris: ReadonlyMap<number, string> = new Map(),
  headings: ReadonlyMap<number, number> = new Map(),
  aside: ReadonlySet<number> = new Set(),
): Cleaned {
  const removed: Removal[] = [];
  const clear: Clear = new Set();
  primeBands(BANDS);
  const { lines, indentsTrimmed, ocrMended } = readLines(raw, keep, debris, removed, clear);
  for (const l of lines) {
    const level = headings.get(l.no);
    if (level !== undefined) l.heading = level;
    if (l.kept && aside.has(l.no)) l.aside = true;
  }
  markChat(lines);
  markTeasers(lines);
  markContents(lines);
  sweepEdges(lines);
  markRepeats(lines, REPEATED);
  markFurniture(lines);
  markIssueBlocks(lines);
  markForms(lines);
  const joined = joinLines(lines, removed);
  const { paras, joinedLines } = dropJoinedNoise(splitTitleBlocks(joined.paras), joined.joinedLines, removed, clear);
  removed.sort((a, b) => a.line - b.line);
  return { paras, removed, joinedLines, indentsTrimmed, ocrMended };
}

/** A web page's no-break space pasted after a full-width mark (「今天，\u00a0我们」): never a space of the text. */
const NBSP_AFTER_MARK = /([，。、；：！？”’）」』】])[ \u00a0]*\u00a0[ \u00a0]*/g;

/** A 「---」 line: a Markdown rule, or a front matter block's fence (front-matter.ts). */
const FENCE_AT_LINE = /(?:^|\n)---\s*(?:\r?\n|$)/;

/** The raw lines, indentation trimmed and what is noise on each line alone marked. */
function readLines(raw: string, keep: ReadonlySet<number>, debris: ReadonlyMap<number, string>, removed: Removal[], clear: Clear): { lines: Line[]; indentsTrimmed: number; ocrMended: number } {
  const source = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  const lines: Line[] = [];
  let indentsTrimmed = 0;
  let ocrMended = 0;
  let callout = false;
  const rawLines = source.split(/\r\n|\n|\r/);
  // (Only a text with a 「---」 line can hold front matter: most are not scanned for it.)
  const front = FENCE_AT_LINE.test(source) ? frontMatter(rawLines) : undefined;
  // (And only a text with 「:::」 a container block: containers.ts.)
  const boxes = source.includes(':::') ? containerBlocks(rawLines) : undefined;
  rawLines.forEach((rawLine, k) => {
    const trimmed = trimEnd(rawLine);
    const line: Line = { no: k + 1, raw: trimmed, text: trimmed };
    if (trimmed === '' && rawLine.includes('\f')) line.pageBreak = true;
    const indent = INDENT.exec(line.text);
    if (indent) {
      line.text = line.text.slice(indent[0].length);
      if (line.text) indentsTrimmed++;
    }
    if (line.text.includes('\u00a0')) line.text = line.text.replace(NBSP_AFTER_MARK, '$1');
    const property = front?.get(k);
    if (property && !keep.has(line.no)) {
      if (property.kind !== 'title') {
        line.removed = REASON.frontMatter;
        lines.push(line);
        return;
      }
      // The `title:` field stands as the piece's title line.
      removed.push({ line: line.no, text: line.text.slice(0, Math.max(0, line.text.indexOf(property.title))).replace(/["']$/, '').trim() || 'title:', reason: REASON.frontMatter });
      line.text = property.title;
    }
    // What the stages below look for, found in one pass (line-facts.ts).
    line.facts = lineFacts(line.text);
    // OCR's misreadings mended, a scanning app's stamp out (a kept line is taken as it stands).
    if (line.text && !keep.has(line.no) && !debris.has(line.no)) {
      if (mendOcr(line, removed) > 0) ocrMended++;
      if (line.removed) {
        lines.push(line);
        return;
      }
    }
    // A note app's callout, its head and the quoted lines under it, or a container block (「::: tip」 … 「:::」): the
    // user's note, not the text.
    callout = CALLOUT.test(line.text) || (callout && line.text.startsWith('>'));
    if ((callout || boxes?.has(k)) && !keep.has(line.no)) {
      line.removed = REASON.note;
      lines.push(line);
      return;
    }
    for (const piece of markLineNoise(line, keep, debris, removed, clear)) lines.push(piece);
  });
  return { lines, indentsTrimmed, ocrMended };
}

/** One line with its noise marked: a kept line as it stands, else the reader's debris, markup, truncation notes, site rules. */
function markLineNoise(line: Line, keep: ReadonlySet<number>, debris: ReadonlyMap<number, string>, removed: Removal[], clear: Clear): Line[] {
  if (line.text === '') return [line];
  if (keep.has(line.no)) {
    line.kept = true;
    // (What the reader found it to be counts too: a kept breadcrumb still ends a 相关推荐 list above it.)
    const anchor = ruleFor(line.text, false, clear) ?? debris.get(line.no);
    if (anchor) line.keptAs = anchor;
    return [line];
  }
  // What the file's reader knew is not text (a web page's navigation, comments, copyright).
  const chrome = debris.get(line.no);
  if (chrome) {
    line.removed = chrome;
    return [line];
  }
  if (markTitleNote(line)) return [line];
  stripHtml(line, removed);
  stripMarkdown(line, removed);
  if (!line.removed) stripInlineNotes(line, removed);
  if (line.removed) return [line];
  const pieces = cutTruncation(line, removed);
  for (const piece of pieces) {
    if (piece.removed) continue;
    const reason = ruleFor(piece.text, false, clear, piece.facts);
    if (reason) piece.removed = reason;
  }
  return pieces;
}

/** Noise that only shows once its pieces are joined (a licence notice cut at every link). */
function dropJoinedNoise(paras: readonly Para[], joinedLines: number, removed: Removal[], clear: Clear): { paras: Para[]; joinedLines: number } {
  const kept: Para[] = [];
  for (const p of paras) {
    const reason = p.contents || p.kept ? undefined : ruleFor(p.text, true, clear);
    if (reason) {
      removed.push({ line: p.line, text: p.raw.map((r) => r.replace(INDENT, '')).join('\n'), reason });
      joinedLines -= p.raw.length - 1;
    } else kept.push(p);
  }
  return { paras: kept, joinedLines };
}
