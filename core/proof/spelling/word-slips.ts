// The search for whole-word slips (homophones.ts): a stretch of two to four characters next to a
// pair never seen side by side is tried against the words with the same syllables; the one that
// makes the run clearly more probable, by more than such a slip costs, is proposed.
import { keyIndex, keysOf, MAX_WORD, MIN_WORD } from './homophones.ts';
import type { SpellingModel } from './model.ts';
import { costReplaced, type Lattice } from './segment.ts';

/**
 * What picking the wrong word of the same syllables costs, in nats, margin included. 10 on the
 * development set (bench/spelling.ts); 11 since session 3: on real typos (ECSpell's diagnosis half)
 * the whole-word proposals were right only 15 times in 33, the wrong ones rare true words and names
 * (垫资、秧田、盈丰). 11.5 since session 4: the whole-word proposals with less than half a nat to
 * spare were mostly rare true words (秧田、未逾、租购、明厨亮灶、齐野塘) on every set of correct text.
 */
export const WORD_SLIP_COST = 11.5;
/** A cheap estimate this far below zero is not worth the exact search. */
const HOPELESS = -6;

export interface WordSlip {
  /** Start and length of the stretch in the run. */
  at: number;
  length: number;
  /** The word meant, as character ids. */
  word: Int32Array;
  gain: number;
}

/** log(1 + running-text count) of a pair (0 for one never seen). */
const logCount = (count: number) => Math.log1p(Math.max(0, count));
const ctx = (m: SpellingModel, a: number, b: number) => logCount(m.seen.count(a, b));

/** Whether a pair touching or inside [at, end) was never seen (`pairs` as in check.ts): otherwise the stretch is left alone. */
function touchesUnseen(pairs: Int32Array, at: number, end: number): boolean {
  for (let k = Math.max(0, at - 1); k < Math.min(pairs.length, end); k++) if (pairs[k]! < 0) return true;
  return false;
}

/** How many of the cheap estimates are searched exactly: the right word is almost always among the best few. */
const EXACT = 3;

/** Whether a dictionary word holding `word` written at `at` reaches past it on either side (人力|资源 → 人力资源). */
function crosses(ids: Int32Array, at: number, word: ArrayLike<number>, m: SpellingModel): boolean {
  const end = at + word.length;
  // Such a word holds the pair across one end, and every pair inside a word has been seen.
  const left = at > 0 && m.seen.has(ids[at - 1]!, word[0]!);
  if (!left && !(end < ids.length && m.seen.has(word[word.length - 1]!, ids[end]!))) return false;
  const idAt = (k: number) => (k >= at && k < end ? word[k - at]! : ids[k]!);
  for (let s = left ? Math.max(0, end - m.maxLen) : at; s <= at; s++) {
    let node = 0;
    for (let e = s; e < ids.length && e - s < m.maxLen && node >= 0; e++) {
      node = m.trie.child(node, idAt(e));
      if (node >= 0 && e + 1 >= end && (s < at || e + 1 > end) && !Number.isNaN(m.trie.cost[node]!)) return true;
    }
  }
  return false;
}

/**
 * Beside a boundary never seen, the cheap estimate of a word cannot see the longer word it makes
 * across the boundary (资源 + 配置 → 资源配置), which the exact search finds: it is not held against it.
 */
const MERGE_SLACK = 20;

/**
 * The best whole-word slip of the stretch [at, at + len), if any. The words with the same syllables
 * have its length (one syllable a character); each is read in place in `wordChars`, no view built.
 */
function bestAt(ids: Int32Array, pairs: Int32Array, at: number, len: number, lat: Lattice, m: SpellingModel, edge = false): WordSlip | undefined {
  const ix = m.homophones;
  const n = ids.length;
  const end = at + len;
  const base = lat.forward[n]!;
  // The log counts of the pairs the stretch makes with its neighbours, as written and for each word.
  const own = (at > 0 ? logCount(pairs[at - 1]!) : 0) + (end < n ? logCount(pairs[end - 1]!) : 0);
  // The best EXACT cheap estimates as [word index, estimate, context], best first.
  const top: [number, number, number][] = [];
  for (const k of keysOf(ids, at, end, ix)) {
    const i = keyIndex(k, ix);
    if (i < 0) continue;
    for (let kw = ix.keyStart[i]!; kw < ix.keyStart[i + 1]!; kw++) {
      const w = ix.keyWords[kw]!;
      const from = ix.wordStart[w]!;
      let same = 0;
      for (let j = 0; j < len; j++) if (ix.wordChars[from + j] === ids[at + j]) same++;
      // The same word, or one character off (the character-by-character search sees that).
      if (same >= len - 1) continue;
      const context = (at > 0 ? ctx(m, ids[at - 1]!, ix.wordChars[from]!) : 0) + (end < n ? ctx(m, ix.wordChars[from + len - 1]!, ids[end]!) : 0) - own;
      let cheap = base - (lat.forward[at]! + ix.wordCost[w]! + lat.backward[end]!) - WORD_SLIP_COST + context;
      // Beside a boundary never seen, only a word that makes a longer one across it: the estimate
      // cannot see that merge, so it is not held against it.
      if (edge) {
        if (!crosses(ids, at, ix.wordChars.subarray(from, from + len), m)) continue;
        cheap += MERGE_SLACK;
      }
      if (cheap < HOPELESS || (top.length === EXACT && cheap <= top[EXACT - 1]![1])) continue;
      let p = top.length;
      while (p > 0 && top[p - 1]![1] < cheap) p--;
      top.splice(p, 0, [w, cheap, context]);
      if (top.length > EXACT) top.pop();
    }
  }
  let best: WordSlip | undefined;
  for (const [w, , context] of top) {
    const word = ix.wordChars.subarray(ix.wordStart[w]!, ix.wordStart[w + 1]!);
    const exact = base - costReplaced(ids, at, word, lat, m) - WORD_SLIP_COST + context;
    if (exact > 0 && (!best || exact > best.gain)) best = { at, length: len, word: Int32Array.from(word), gain: exact };
  }
  return best;
}

/** In `wordSlips`' marks: a position a character correction already explains. */
export const COVERED = 2;
/** In `wordSlips`' marks: a character of a common word beside a boundary between words never seen side by side. */
export const EDGE = 3;

/**
 * The whole-word slips proposed in a run (its character ids, the counts of their pairs as check.ts
 * `pairCounts` gives them, and its lattice), strongest first, not overlapping. `marks` per position:
 * 1 where the best path leaves a character alone or in a rare word, COVERED where a character
 * correction was found, EDGE in a common word beside a boundary never seen; `wordEnd` the end of the
 * path's word starting at a position. Searched: stretches holding a 1 and no COVERED (a slip of a
 * whole word leaves the text badly cut, and a character correction already explains its unseen pair
 * more cheaply), and EDGE words, for a word that makes a longer one across the boundary (人力自愿 →
 * 人力资源: both 自愿 and 资源 are words).
 */
export function wordSlips(ids: Int32Array, pairs: Int32Array, lat: Lattice, m: SpellingModel, marks: Uint8Array, wordEnd: Int32Array): WordSlip[] {
  const found: WordSlip[] = [];
  for (let at = 0; at + MIN_WORD <= ids.length; at++) {
    if (marks[at] === COVERED) continue;
    let weak = marks[at] === 1;
    for (let len = MIN_WORD; len <= MAX_WORD && at + len <= ids.length; len++) {
      const last = marks[at + len - 1];
      if (last === COVERED) break;
      weak ||= last === 1;
      // A stretch that is exactly a common word beside a boundary never seen (EDGE) is tried too.
      const edge = !weak && marks[at] === EDGE && wordEnd[at] === at + len;
      if (!(edge || (weak && touchesUnseen(pairs, at, at + len)))) continue;
      const slip = bestAt(ids, pairs, at, len, lat, m, edge);
      if (slip) found.push(slip);
    }
  }
  return keepDisjoint(found, (s) => s.at, ids.length);
}

/**
 * Of spans that overlap, the one with the larger gain; none that touches a blocked stretch of the
 * run. Linear in the run (a taken mark per position): a long run can propose thousands.
 */
export function keepDisjoint<T extends { length: number; gain: number }>(spans: T[], at: (s: T) => number, n: number, blocked: [number, number][] = []): T[] {
  const taken = new Uint8Array(n);
  for (const [a, b] of blocked) taken.fill(1, a, b);
  const kept: T[] = [];
  for (const s of [...spans].sort((x, y) => y.gain - x.gain)) {
    const a = at(s);
    if (taken.subarray(a, a + s.length).includes(1)) continue;
    taken.fill(1, a, a + s.length);
    kept.push(s);
  }
  return kept;
}
