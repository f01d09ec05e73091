// Chinese text takes full-width punctuation: a heading harvested from a scraped page, or typed on an
// English keyboard, often has 「认清形势,正视差距」. Half-width marks next to a Chinese character
// become full-width; in Latin or digit context (「3.5」「COVID-19,」) they stay as written.

import { own } from '../own.ts';

const FULL: Readonly<Record<string, string>> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef“”‘’《》]/u;

export function fullWidthPunctuation(text: string): string {
  const chars = [...text];
  return chars
    .map((c, i) => {
      const full = own(FULL, c);
      if (!full) return c;
      const before = chars.slice(0, i).reverse().find((x) => x !== ' ');
      const after = chars.slice(i + 1).find((x) => x !== ' ');
      return (before && CJK.test(before)) || (after && CJK.test(after)) ? full : c;
    })
    .join('')
    .replace(/ *([，；：？！（）]) */g, '$1');
}
