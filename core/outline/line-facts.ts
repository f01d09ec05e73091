// One classification per line, made once when the cleaning reads the line (clean.ts readLines) and
// passed along on the Line: which of the characters the cleaning's stages look for the line holds.
// Each stage asked it again with a scan of its own — a web page's 「<」「&」, Markdown's 「#」「*」「[」,
// a link's 「/」「.」, the hall's 「掌」「笑」「呼」, a scanning app's stamp — and most lines hold none
// of them: one pass over the line's characters answers them all. Pure.
//
// A fact is a character the line may hold: set, the stage runs its own test as before; clear, the line
// cannot match it. A stage that only takes characters out leaves the facts true; one that may put a
// character in (an HTML reference decoded) makes them again.

/** The facts, one bit each. */
export const HOLDS = {
  /** 「<」「&」: a tag or a character reference (strip.ts stripHtml). */
  html: 1,
  /** 「#」「*」「_」「=」「[」「]」「%」「^」: a Markdown (or a note vault's) mark inside the line (strip.ts stripMarkdown). */
  markdown: 2,
  /** 「/」「.」: every web address has one (clean.ts ruleFor). */
  url: 4,
  /** 「掌」「笑」「呼」: every reaction of the hall holds one (stage.ts). */
  stage: 8,
  /** 「扫」「C」: every scanning app's stamp holds one (ocr.ts). */
  stamp: 16,
} as const;

const CHARS: readonly [string, number][] = [
  ['<&', HOLDS.html],
  ['#*_=[]%^', HOLDS.markdown],
  ['/.', HOLDS.url],
  ['掌笑呼', HOLDS.stage],
  ['扫C', HOLDS.stamp],
];

let table: Uint8Array | undefined;

/** Each UTF-16 unit's facts (a surrogate or any other unit not listed: none). */
function facts(): Uint8Array {
  if (table) return table;
  table = new Uint8Array(0x10000);
  for (const [chars, bit] of CHARS) for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = (table[chars.charCodeAt(i)] ?? 0) | bit;
  return table;
}

/** The facts of a text: one pass, a table look-up a character. */
export function lineFacts(text: string): number {
  const t = facts();
  let out = 0;
  for (let i = 0; i < text.length; i++) out |= t[text.charCodeAt(i)]!;
  return out;
}

/** Whether `text` may hold a character of `fact`, by the facts made of it (or of a text it was cut from), else by a pass now. */
export function mayHold(text: string, facts: number | undefined, fact: number): boolean {
  return ((facts ?? lineFacts(text)) & fact) !== 0;
}
