// Whole-word slips: a pinyin input method is given the syllables of a word and offers every word
// that has them; picking the wrong one (规模 → 鬼魔, 审计 → 神迹, 举报 → 聚宝) changes two characters
// at once, and each of them alone fits no better than the other, so the character-by-character
// search cannot see it. Here the dictionary's words are indexed by their syllables without tones,
// and a stretch of text is tried against the other words that sound the same.

/** The part of the spelling data (SpellingData of model.ts) the index is built from. */
export interface HomophoneSource {
  words: readonly string[];
  freqs: ArrayLike<number>;
  readings: ReadonlyMap<string, readonly string[]>;
  persons: ReadonlySet<string>;
}

/** Words this rare are never proposed (about 1 in 1.2 million words): nobody meant them. */
const MIN_FREQ = 50;
/** Only words of two to four characters: longer ones are not typed as one unit. */
export const MIN_WORD = 2;
export const MAX_WORD = 4;
/** At most this many readings of a stretch are looked up (polyphonic characters multiply). */
const MAX_KEYS = 8;

export interface HomophoneIndex {
  /** Per character id, its syllables without tone, as ids: `charSyl[charSylStart[id] …]`. */
  charSylStart: Int32Array;
  charSyl: Uint16Array;
  /** Sorted keys of syllable sequences, and for each the words that have it. */
  keys: Float64Array;
  keyStart: Int32Array;
  keyWords: Int32Array;
  /** The words: character ids `wordChars[wordStart[w] …]` and cost (−log probability). */
  wordStart: Int32Array;
  wordChars: Uint16Array;
  wordCost: Float32Array;
}

/**
 * Every key of a stretch of characters (one per combination of readings, at most MAX_KEYS): the
 * number of syllables, then each syllable id in base 512, built up character by character.
 */
export function keysOf(ids: ArrayLike<number>, from: number, to: number, ix: HomophoneIndex): number[] {
  let keys = [to - from];
  for (let k = from; k < to; k++) {
    const a = ix.charSylStart[ids[k]!]!;
    const b = ix.charSylStart[ids[k]! + 1]!;
    if (a === b) return [];
    const next: number[] = [];
    for (const c of keys) for (let j = a; j < b && next.length < MAX_KEYS; j++) next.push(c * 512 + ix.charSyl[j]!);
    keys = next;
  }
  return keys;
}

/**
 * Where the words with `k` are: `keyWords[keyStart[i] … keyStart[i + 1]]` (indexes into
 * `wordStart`) for the index i returned, −1 when no word has it. An index, not a view: this runs for
 * every stretch tried, and a view per call kept the garbage collector busy.
 */
export function keyIndex(k: number, ix: HomophoneIndex): number {
  let lo = 0;
  let hi = ix.keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ix.keys[mid]! < k) lo = mid + 1;
    else hi = mid;
  }
  return lo < ix.keys.length && ix.keys[lo] === k ? lo : -1;
}

function syllableIds(data: HomophoneSource, charOf: readonly string[]): { charSylStart: Int32Array; charSyl: Uint16Array } {
  const sylId = new Map<string, number>();
  const start = new Int32Array(charOf.length + 1);
  const flat: number[] = [];
  for (let id = 0; id < charOf.length; id++) {
    start[id] = flat.length;
    const syls = new Set((data.readings.get(charOf[id]!) ?? []).map((r) => r.replace(/\d$/u, '')));
    for (const s of syls) {
      if (!sylId.has(s)) sylId.set(s, sylId.size + 1);
      flat.push(sylId.get(s)!);
    }
  }
  start[charOf.length] = flat.length;
  return { charSylStart: start, charSyl: Uint16Array.from(flat) };
}

export function compileHomophones(data: HomophoneSource, idOf: Uint16Array, charOf: readonly string[], logTotal: number): HomophoneIndex {
  const { charSylStart, charSyl } = syllableIds(data, charOf);
  const partial: HomophoneIndex = { charSylStart, charSyl, keys: new Float64Array(0), keyStart: new Int32Array(1), keyWords: new Int32Array(0), wordStart: new Int32Array(1), wordChars: new Uint16Array(0), wordCost: new Float32Array(0) };
  const starts = [0];
  const chars: number[] = [];
  const costs: number[] = [];
  const pairs: [number, number][] = [];
  data.words.forEach((w, k) => {
    const f = data.freqs[k]!;
    if (w.length < MIN_WORD || w.length > MAX_WORD || f < MIN_FREQ || data.persons.has(w)) return;
    const ids = [...w].map((c) => idOf[c.charCodeAt(0)]!);
    if (ids.length !== w.length || ids.includes(0)) return;
    const wi = costs.length;
    chars.push(...ids);
    starts.push(chars.length);
    costs.push(logTotal - Math.log(f));
    for (const kk of keysOf(ids, 0, ids.length, partial)) pairs.push([kk, wi]);
  });
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const keys: number[] = [];
  const keyStart: number[] = [];
  pairs.forEach(([kk], i) => {
    if (i === 0 || kk !== pairs[i - 1]![0]) {
      keys.push(kk);
      keyStart.push(i);
    }
  });
  keyStart.push(pairs.length);
  return {
    charSylStart,
    charSyl,
    keys: Float64Array.from(keys),
    keyStart: Int32Array.from(keyStart),
    keyWords: Int32Array.from(pairs.map((p) => p[1])),
    wordStart: Int32Array.from(starts),
    wordChars: Uint16Array.from(chars),
    wordCost: Float32Array.from(costs),
  };
}
