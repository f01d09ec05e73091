// Letter-spaced print: a PDF whose text is set with extra space after every glyph (a 排版稿 in
// letter-spacing, a title 「通 知」 stretched over the line) comes out of pdf.js with a space between
// every two characters. Between Chinese characters the reader drops such spaces anyway; between
// digits, Latin letters and ASCII marks it did not, and the text read 「1 2余场次」「8 0 %」「1 .宣传先行」
// — numbers no search finds and level-2 headings 「1.」 no one could see. When nearly every two
// characters of the file's runs stand one space apart, the file is letter-spaced, and those spaces go.
import type { Run } from './pdf-columns.ts';

/** The share of neighbouring characters one space apart from which a file is letter-spaced. */
const SPACED_SHARE = 0.6;
/** Characters a file must have before its spacing says anything. */
const MIN_PAIRS = 40;

/** Whether the file's text is letter-spaced: in its runs, most pairs of characters stand one space apart. */
export function letterSpaced(pages: readonly (readonly Run[])[]): boolean {
  let spaced = 0;
  let tight = 0;
  for (const runs of pages) {
    for (const r of runs) {
      const s = r.str;
      for (let i = 1; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c === 32) continue;
        const p = s.charCodeAt(i - 1);
        if (p !== 32) tight++;
        else if (i >= 2 && s.charCodeAt(i - 2) !== 32) spaced++;
      }
    }
  }
  return spaced + tight >= MIN_PAIRS && spaced >= (spaced + tight) * SPACED_SHARE;
}

/** A line of a letter-spaced file without the spacing: one space between two characters is the print's, not the text's. */
export function unspaced(text: string): string {
  return text.replace(/(?<=\S) (?=\S)/g, '');
}
