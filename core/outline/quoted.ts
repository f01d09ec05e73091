// A speech quoted whole inside another document: a 纪要 that sets down the words of a leader at the
// meeting, 「“同志们：…」 opening a paragraph, its own 一、二、三、 on the lines under it, and 「…”」 closing
// the last. Those lines are what was said, not the document's parts: no heading comes from them.

/** How many paragraphs a quotation may hold: an opening mark never closed is a typo, not a quotation. */
const QUOTE_REACH = 30;
const OPENS = /^[“「『]/;
const CLOSES = /[”」』][。！!]?$/;

function balance(text: string): number {
  let n = 0;
  for (const c of text) {
    if (c === '“' || c === '「' || c === '『') n++;
    else if (c === '”' || c === '」' || c === '』') n--;
  }
  return n;
}

/** The indexes of the paragraphs inside a quotation that starts a paragraph and closes a later one (the opening paragraph not among them). */
export function quotedParagraphs(texts: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (let k = 0; k < texts.length; k++) {
    if (!OPENS.test(texts[k]!) || balance(texts[k]!) <= 0) continue;
    let end = -1;
    for (let j = k + 1; j < texts.length && j - k <= QUOTE_REACH; j++) {
      if (OPENS.test(texts[j]!)) break;
      if (CLOSES.test(texts[j]!)) {
        end = j;
        break;
      }
    }
    if (end < 0) continue;
    for (let j = k + 1; j <= end; j++) out.add(j);
    k = end;
  }
  return out;
}
