// The spelling checker's model: a word dictionary with costs (−log probability) in a trie, the
// characters that sound or look like each character, and the character pairs seen side by side. Built once
// from the data main/services/proof/spelling-data.ts reads (corpus/proof/spelling); pure.
import { compileHomophones, type HomophoneIndex } from './homophones.ts';
import { CharTrie, PairSet, trieCapacity } from './trie.ts';

/** What the data files hold, parsed. */
export interface SpellingData {
  /** Words (Chinese characters only), sorted, and their frequencies in jieba's dictionary. */
  words: readonly string[];
  freqs: ArrayLike<number>;
  /** Character → its readings with tone numbers (「行」 → xing2, hang2 …). */
  readings: ReadonlyMap<string, readonly string[]>;
  /** Groups of characters that look alike (一 line of shape.txt each). */
  shapes: readonly string[];
  /** Words that are a person's name (李向前): never proposed for a whole word that sounds the same. */
  persons: ReadonlySet<string>;
  /** Two adjacent characters → how often they were seen in running text (bigrams.txt). */
  bigrams: ReadonlyMap<string, number>;
}

/** How a candidate character relates to the one in the text, likeliest slip first. */
export const LIKENESSES = ['tone', 'sound', 'near', 'shape'] as const;
export type Likeness = (typeof LIKENESSES)[number];

export interface SpellingModel {
  /** UTF-16 code → character id; 0 for a character the model does not know. */
  idOf: Uint16Array;
  /** Character id → character. */
  charOf: string[];
  trie: CharTrie;
  maxLen: number;
  /** Cost of a character that is no word on its own. */
  unknownCost: number;
  /**
   * Per character id, the common characters that could have been meant instead, packed as
   * `id * 4 + index in LIKENESSES`.
   */
  candidates: (Int32Array | undefined)[];
  /** Pairs of character ids seen side by side, inside a dictionary word or in running text. */
  seen: PairSet;
  /** The words that sound alike, for whole-word slips (homophones.ts). */
  homophones: HomophoneIndex;
}

/**
 * Every digit (0–9, ０–９) is one character of the model, written 0 in bigrams.txt: a figure is
 * context for the character beside it (5月1日, not 5月1目; 医疗费10824元, not 医疗弗). No word holds it.
 */
export const DIGIT = '0';
const DIGIT_CODES = [...'0123456789０１２３４５６７８９'].map((c) => c.charCodeAt(0));

/** `c` as the model counts it: a digit as DIGIT, any other character as itself. */
export const modelChar = (c: string): string => (DIGIT_CODES.includes(c.charCodeAt(0)) ? DIGIT : c);

/** Gives every digit the id of DIGIT (once the ids of the characters are set). */
export function mapDigits(idOf: Uint16Array): void {
  const id = idOf[DIGIT.charCodeAt(0)]!;
  for (const c of DIGIT_CODES) idOf[c] = id;
}

/** Characters rarer than this in words are never proposed: nobody meant 殑. */
const COMMON = 300;

/** Near syllables: 前后鼻音, 平翘舌, n/l, f/h — the slips of dialect speakers on a pinyin keyboard. */
const NEAR: [RegExp, string][] = [
  [/ang$/u, 'an'],
  [/an$/u, 'ang'],
  [/eng$/u, 'en'],
  [/en$/u, 'eng'],
  [/ing$/u, 'in'],
  [/in$/u, 'ing'],
  [/^zh/u, 'z'],
  [/^z(?!h)/u, 'zh'],
  [/^ch/u, 'c'],
  [/^c(?!h)/u, 'ch'],
  [/^sh/u, 's'],
  [/^s(?!h)/u, 'sh'],
  [/^n/u, 'l'],
  [/^l/u, 'n'],
  [/^f/u, 'h'],
  [/^hu/u, 'f'],
];

function nearSyllables(s: string): string[] {
  return NEAR.filter(([re]) => re.test(s)).map(([re, to]) => s.replace(re, to));
}

/** How often each character (by UTF-16 code) occurs inside words, summed word frequency: how common it is. */
function inWordsOf(data: SpellingData): Float64Array {
  const out = new Float64Array(65536);
  data.words.forEach((w, k) => {
    if (w.length > 1) for (let j = 0; j < w.length; j++) out[w.charCodeAt(j)] = out[w.charCodeAt(j)]! + data.freqs[k]!;
  });
  return out;
}

function charIds(data: SpellingData): { idOf: Uint16Array; charOf: string[] } {
  const idOf = new Uint16Array(65536);
  const charOf = [''];
  const add = (c: string) => {
    const code = c.charCodeAt(0);
    if (c.length === 1 && idOf[code] === 0 && charOf.length < 32767) {
      idOf[code] = charOf.length;
      charOf.push(c);
    }
  };
  for (const w of data.words) for (const c of w) add(c);
  for (const c of data.readings.keys()) add(c);
  add(DIGIT);
  mapDigits(idOf);
  return { idOf, charOf };
}

function trieOf(data: SpellingData, idOf: Uint16Array): { trie: CharTrie; maxLen: number; unknownCost: number; logTotal: number } {
  let total = 0;
  for (let k = 0; k < data.freqs.length; k++) total += data.freqs[k]!;
  const logTotal = Math.log(total);
  const trie = new CharTrie(trieCapacity(data.words));
  let maxLen = 1;
  const ids: number[] = [];
  data.words.forEach((w, k) => {
    ids.length = 0;
    for (let j = 0; j < w.length; j++) ids.push(idOf[w.charCodeAt(j)]!);
    if (ids.includes(0)) return;
    trie.insert(ids, logTotal - Math.log(data.freqs[k]!));
    if (w.length > maxLen) maxLen = w.length;
  });
  return { trie, maxLen, unknownCost: logTotal, logTotal };
}

function seenPairs(data: SpellingData, idOf: Uint16Array): PairSet {
  let capacity = data.bigrams.size;
  for (const w of data.words) capacity += w.length - 1;
  const seen = new PairSet(capacity);
  const add = (a: string, b: string, n = 0) => {
    const x = idOf[a.charCodeAt(0)]!;
    const y = idOf[b.charCodeAt(0)]!;
    if (x && y) seen.add(x, y, n);
  };
  for (const [k, n] of data.bigrams) if (k.length === 2) add(k[0]!, k[1]!, n);
  for (const w of data.words) for (let k = 0; k + 1 < w.length; k++) add(w[k]!, w[k + 1]!);
  return seen;
}

function candidateLists(data: SpellingData, idOf: Uint16Array, charOf: string[]): (Int32Array | undefined)[] {
  const inWords = inWordsOf(data);
  const common = (c: string) => inWords[c.charCodeAt(0)]! >= COMMON;
  const toned = new Map<string, string[]>();
  const toneless = new Map<string, string[]>();
  const shapeOf = new Map<string, string[]>();
  const add = (m: Map<string, string[]>, k: string, c: string) => {
    const l = m.get(k);
    if (l) l.push(c);
    else m.set(k, [c]);
  };
  for (const [c, rs] of data.readings) {
    if (!common(c)) continue;
    for (const r of rs) {
      add(toned, r, c);
      add(toneless, r.replace(/\d$/u, ''), c);
    }
  }
  for (const g of data.shapes) for (const c of g) for (const d of g) if (c !== d && common(d)) add(shapeOf, c, d);
  const out: (Int32Array | undefined)[] = new Array(charOf.length);
  for (let id = 1; id < charOf.length; id++) {
    const c = charOf[id]!;
    const rs = (data.readings.get(c) ?? []).map((r) => [r, r.replace(/\d$/u, '')] as const);
    const seen = new Set<string>([c]);
    const list: number[] = [];
    const push = (d: string, likeness: number) => {
      const did = idOf[d.charCodeAt(0)]!;
      if (seen.has(d) || !did) return;
      seen.add(d);
      list.push(did * 4 + likeness);
    };
    for (const [r] of rs) for (const d of toned.get(r) ?? []) push(d, 0);
    for (const [, t] of rs) for (const d of toneless.get(t) ?? []) push(d, 1);
    for (const [, t] of rs) for (const s of nearSyllables(t)) for (const d of toneless.get(s) ?? []) push(d, 2);
    for (const d of shapeOf.get(c) ?? []) push(d, 3);
    if (list.length > 0) out[id] = Int32Array.from(list);
  }
  return out;
}

export function compileSpelling(data: SpellingData): SpellingModel {
  const { idOf, charOf } = charIds(data);
  const { trie, maxLen, unknownCost, logTotal } = trieOf(data, idOf);
  return {
    idOf,
    charOf,
    trie,
    maxLen,
    unknownCost,
    candidates: candidateLists(data, idOf, charOf),
    seen: seenPairs(data, idOf),
    homophones: compileHomophones(data, idOf, charOf, logTotal),
  };
}
