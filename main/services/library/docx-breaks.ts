// A .docx's soft line breaks (Shift+Enter, w:br / w:cr inside a paragraph). Where a file has few of them
// beside its paragraphs, a break after a sentence's end is a line broken inside its paragraph (the s22
// outside test's c01: 「…区分类办进行半年度专项考核。↵9月30日前，…」), not a new paragraph; before a heading
// or after a line that ends no sentence (a heading glued to its first paragraph) it still ends a line. Where
// breaks are as many as the paragraphs (a web page pasted into Word, one paragraph of soft-broken lines),
// every break ends a line, as before.
import { headLike, numbered } from '../../../core/outline/marks.ts';

/** More soft breaks than one for every this many paragraphs: they are the file's paragraph ends. */
const PARAGRAPHS_PER_BREAK = 2;
const BREAK = /<w:br(?![^>]*w:type="(?:page|column)")[^>]*\/?>|<w:cr\b[^>]*\/?>/g;
const PARAGRAPH_START = /<w:p[\s>]/;
const SENTENCE_END = /[。！？!?；;][”’」』）)]*$/;

/**
 * A paragraph with this many soft breaks or more is a page pasted as one paragraph of soft-broken lines: each of its
 * breaks ends a line, and they are not counted with the file's (session 23: a collection of typed speeches and one
 * pasted page had every typed paragraph's break taken for a paragraph's end).
 */
export const PASTED_PAGE_BREAKS = 4;

/** Whether the soft breaks of document.xml are rare beside its paragraphs (a pasted page's aside): breaks inside paragraphs. */
export function breaksInParagraphs(xml: string): boolean {
  if (!BREAK.test(xml)) return false;
  BREAK.lastIndex = 0;
  let breaks = 0;
  let paragraphs = 0;
  for (const para of xml.split(PARAGRAPH_START).slice(1)) {
    paragraphs++;
    const n = para.match(BREAK)?.length ?? 0;
    if (n < PASTED_PAGE_BREAKS) breaks += n;
  }
  return breaks * PARAGRAPHS_PER_BREAK <= paragraphs;
}

/** Whether the soft break at `at` in a paragraph's text (breaks as U+2028) runs the text on: after a sentence's end, before more text that opens no heading. */
export function runsOnAtBreak(text: string, at: number): boolean {
  const before = text.slice(Math.max(text.lastIndexOf('\u2028', at - 1), text.lastIndexOf('\n', at - 1)) + 1, at).trim();
  let end = text.length;
  for (const c of ['\u2028', '\n']) {
    const k = text.indexOf(c, at + 1);
    if (k >= 0 && k < end) end = k;
  }
  const after = text.slice(at + 1, end).trim();
  return after !== '' && SENTENCE_END.test(before) && !numbered(after) && !headLike(after);
}
