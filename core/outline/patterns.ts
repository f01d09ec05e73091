// Reusable headings: the campaign's name replaced by the slot 「X」, so 「认清形势，正视差距，切实增强
// 做好创卫工作紧迫感」 becomes 「认清形势，正视差距，切实增强做好X工作紧迫感」 for any campaign.
//
// The subject is found simply: cut the title into word segments (Intl.Segmenter), take every run of
// whole words inside one clause, trim the generic words at its ends (全县…, 2024年, …工作/会议/讲话),
// and keep the runs that also occur in a heading (ending at a word's end); the longest wins (the most specific
// name), ties going to the one in more headings. With no title, the runs of the headings that occur
// in two headings or more are used instead. A title whose words are in no heading gives no subject.
// In each heading the longest subject found is replaced; a coordinated second name before 「工作」
// joins the slot (「全域无垃圾治理和创卫工作」 → 「X工作」). Headings without the subject are kept as
// they are when they have the parallel shape (two clauses or more separated by 「，」), which makes
// them reusable anyway; others are skipped.
// The document's place (places.ts) is no campaign's name: a subject that is only a place is not
// used, a place written right before the subject joins the slot (「推动苕岭X工作」 → 「推动X工作」), and
// a heading that would still name the place is skipped: it would bring another county into a draft.
import type { CleanedDoc, OutlineNode, Pattern } from './types.ts';
import { charLength } from './marks.ts';
import { namesPlace, onlyPlace, placeBefore, placeNames } from './places.ts';

/** Longest run of words considered for a subject. */
const MAX_RUN = 12;
/** Words that cannot stand at either end of a subject. */
const EDGE = new Set(['在', '的', '和', '与', '及', '暨', '上', '了', '对', '关于', '为', '把', '是', '中', '要', '会']);
/** Words too generic to be a subject alone, and trimmed from its ends. */
const GENERIC = new Set([
  '工作', '推进', '推进会', '会议', '会', '大会', '讲话', '报告', '动员', '部署', '总结', '全面', '创建', '建设', '发展', '管理',
  '全县', '全区', '全市', '全省', '全镇', '全乡', '我县', '我区', '我市', '全', '县', '区', '市', '省', '年', '政府', '国家', '人民',
  '经济', '社会', '改革', '国务院', '中华', '共和国', '加强', '提升', '推动', '坚持', '进一步',
]);

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/**
 * A heading, asked where its words end. Most headings share no word with the title: `occurrence`
 * finds no subject in their text and never asks. When asked, ICU finds the one word at that offset
 * (Segments.containing), not every word of the heading: the heading's words, each made an object
 * by the segmenter's iterator, were most of what harvesting cost an import.
 */
class Heading {
  private segments: Intl.Segments | undefined;
  constructor(readonly text: string) {}

  /** Whether a word ends at offset `at` (a word starts there, or the text ends). */
  endsWord(at: number): boolean {
    if (at === 0 || at === this.text.length) return true;
    return (this.segments ??= segmenter.segment(this.text)).containing(at)?.index === at;
  }
}

/** A text cut into clauses of words: punctuation cuts a clause. */
function clausesOf(text: string): string[][] {
  const clauses: string[][] = [];
  let clause: string[] = [];
  for (const s of segmenter.segment(text)) {
    if (s.isWordLike) clause.push(s.segment);
    else if (/\S/.test(s.segment)) {
      if (clause.length) clauses.push(clause);
      clause = [];
    }
  }
  if (clause.length) clauses.push(clause);
  return clauses;
}

const DIGITS = /^\d+$/;
const trimmable = (w: string): boolean => GENERIC.has(w) || EDGE.has(w) || DIGITS.test(w);

/** The last text's clauses: the documents of a collection often share their title (「…会议记录」 over each 篇). */
let lastClauses: { text: string; clauses: string[][] } | undefined;
function clausesOnce(text: string): string[][] {
  if (lastClauses?.text !== text) lastClauses = { text, clauses: clausesOf(text) };
  return lastClauses.clauses;
}

/**
 * The runs of whole words of a text, trimmed of generic and function words at their ends. A run
 * of a single word must be three characters or more: 「分类」「整治」 alone are too vague to be a
 * campaign's name, while 「创卫」 is two words to the segmenter (创|卫). `within`: only the runs
 * some of these headings hold (a title's subject occurs in a heading) — nor, once a run is in none
 * of them, the longer runs from its first word, which hold it: most of a title's runs, each a
 * string made and looked for in every heading, were never in one.
 */
export function runs(text: string, within?: readonly { readonly text: string }[]): Set<string> {
  const found = new Set<string>();
  for (const ws of clausesOnce(text)) {
    // Each word's facts once, not at every run it is in: a title has a few dozen runs per word.
    // Loops, not map(): see texts() in outline.ts.
    const trim: boolean[] = [];
    const chars: number[] = [];
    // Digit words before each index: a run with one inside is no name.
    const digits = [0];
    for (const w of ws) {
      trim.push(trimmable(w));
      chars.push(charLength(w));
      digits.push(digits[digits.length - 1]! + (DIGITS.test(w) ? 1 : 0));
    }
    for (let i = 0; i < ws.length; i++) {
      let a = i;
      while (a < ws.length && trim[a]) a++;
      let last = -1;
      for (let j = i + 1; j <= ws.length && j - i <= MAX_RUN; j++) {
        // The run [i, j) trimmed is [a, b): the same as for the j before unless word j-1 is kept.
        if (a >= j) continue;
        let b = j;
        while (b > a && trim[b - 1]) b--;
        if (b === last) continue;
        last = b;
        if (digits[b]! - digits[a]! > 0) continue;
        let n = 0;
        for (let k = a; k < b; k++) n += chars[k]!;
        if (n >= 2 && (b - a >= 2 || n >= 3)) {
          const run = ws.slice(a, b).join('');
          if (within && !within.some((h) => h.text.includes(run))) break;
          found.add(run);
        }
      }
    }
  }
  return found;
}

/**
 * Where a subject occurs in a heading, ending at a word's end (「全域无垃圾治理和创」 is not in
 * 「…和创建省级…」). Its start is not checked: the segmenter may glue a verb to the name's first
 * character (抓|好人|居|环境 in 「抓好人居环境整治」).
 */
function occurrence(heading: Heading, subject: string): number {
  for (let at = heading.text.indexOf(subject); at >= 0; at = heading.text.indexOf(subject, at + 1)) {
    if (heading.endsWord(at + subject.length)) return at;
  }
  return -1;
}

function subjects(title: string, headings: readonly Heading[]): string[] {
  const counted = new Map<string, number>();
  const count = (s: string): number => {
    let n = counted.get(s);
    if (n === undefined) {
      n = 0;
      for (const h of headings) if (occurrence(h, s) >= 0) n++;
      counted.set(s, n);
    }
    return n;
  };
  const rank = (list: string[]): string[] => list.sort((a, b) => charLength(b) - charLength(a) || count(b) - count(a));
  if (title) return rank([...runs(title, headings)].filter((s) => count(s) >= 1));
  // No title: a name shared by two headings or more, long enough not to be a common verb.
  const pool = new Set<string>();
  for (const h of headings) for (const r of runs(h.text)) pool.add(r);
  return rank([...pool].filter((s) => charLength(s) >= 4 && count(s) >= 2));
}

/**
 * Whether two adjacent characters of the title (UTF-16 units) occur together in a heading. A
 * subject (runs()) is whole words of one clause joined, two characters or more: words that were
 * apart only by white space are joined without it, so the title is also read with its white space
 * taken out. A subject found in a heading holds such a pair; with none, there is no subject.
 */
function sharesPair(title: string, headings: readonly Heading[]): boolean {
  const closed = title.replace(/\s+/g, '');
  for (const t of closed === title ? [title] : [title, closed]) {
    for (let i = 0; i + 2 <= t.length; i++) {
      const pair = t.slice(i, i + 2);
      for (const h of headings) if (h.text.includes(pair)) return true;
    }
  }
  return false;
}

/** Two clauses or more separated by 「，」, each a phrase, no sentence inside. */
function parallel(heading: string): boolean {
  if (/[。；;！？]/.test(heading)) return false;
  const clauses = heading.split(/[，,]/);
  return clauses.length >= 2 && clauses.every((c) => charLength(c) >= 2 && charLength(c) <= 20);
}

export function harvestPatterns(doc: CleanedDoc): Pattern[] {
  if (doc.genre === 'other') return [];
  // Level-1 headings and the ones right under them (a 1. directly under 一、 counts, as printed).
  // Loops, not filter() and map(): see texts() in outline.ts.
  const named: OutlineNode[] = [];
  const headings: Heading[] = [];
  for (const root of doc.outline) {
    for (const n of [root, ...root.children]) {
      if (n.number === '' || !n.heading) continue;
      named.push(n);
      headings.push(new Heading(n.heading));
    }
  }
  // A title read from the opening (「在…上的讲话（据正文）」) is the text's wording, not the author's: not used.
  const title = doc.titleFromText ? '' : doc.title;
  // A subject is two characters or more of the title that occur in a heading: with no pair of the
  // title's characters in any heading there is none, and the title need not be segmented.
  const places = placeNames(`${doc.title}\n${doc.text}`);
  const names = (title && !sharesPair(title, headings) ? [] : subjects(title, headings)).filter((s) => !onlyPlace(s, places));
  const out: Pattern[] = [];
  named.forEach((n, k) => {
    const heading = n.heading;
    const h = headings[k]!;
    const name = names.find((s) => occurrence(h, s) >= 0);
    let found: Pattern | undefined;
    if (name) {
      let at = occurrence(h, name);
      let end = at + name.length;
      // 「…和创卫工作」: a second name coordinated before 「工作」 is part of the slot.
      const more = /^(?:和|与|及|暨)[^，,。、；\s]{1,10}?(?=工作)/.exec(heading.slice(end));
      if (more) end += more[0].length;
      at -= placeBefore(heading.slice(0, at), places).length;
      found = { pattern: `${heading.slice(0, at)}X${heading.slice(end)}`, level: n.level, source: doc.title, heading, subject: heading.slice(at, end) };
    } else if (parallel(heading)) {
      found = { pattern: heading, level: n.level, source: doc.title, heading };
    }
    if (found && !namesPlace(found.pattern, places)) out.push(found);
  });
  return out;
}
