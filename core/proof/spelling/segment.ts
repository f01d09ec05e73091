// Dictionary segmentation: the cheapest way to cut a run of Chinese characters into dictionary
// words (jieba's maximum-probability path, without its HMM for unknown words), where a word costs
// −log of its probability and a character that is no word costs `unknownCost`. Both directions are
// kept: `forward[i]` is the best cost of the first i characters, `backward[i]` of the rest, so the
// best cost with one character changed is found by looking only at the words that cover it.
import type { SpellingModel } from './model.ts';

export interface Lattice {
  forward: Float64Array;
  backward: Float64Array;
  /** Start of the last word of the best path ending at i. */
  from: Int32Array;
}

/** The character ids of `text` (0 for characters the model does not know). */
export function toIds(text: string, m: SpellingModel): Int32Array {
  const ids = new Int32Array(text.length);
  for (let k = 0; k < text.length; k++) ids[k] = m.idOf[text.charCodeAt(k)]!;
  return ids;
}

export function lattice(ids: Int32Array, m: SpellingModel): Lattice {
  const n = ids.length;
  const { trie, maxLen, unknownCost } = m;
  const forward = new Float64Array(n + 1).fill(Infinity);
  const backward = new Float64Array(n + 1).fill(Infinity);
  const from = new Int32Array(n + 1);
  forward[0] = 0;
  backward[n] = 0;
  for (let s = 0; s < n; s++) {
    const base = forward[s]!;
    let node = 0;
    for (let e = s; e < n && e - s < maxLen; e++) {
      node = trie.child(node, ids[e]!);
      let c = node < 0 ? NaN : trie.cost[node]!;
      if (e === s && Number.isNaN(c)) c = unknownCost;
      if (!Number.isNaN(c) && base + c < forward[e + 1]!) {
        forward[e + 1] = base + c;
        from[e + 1] = s;
      }
      if (node < 0) break;
    }
  }
  for (let s = n - 1; s >= 0; s--) {
    let node = 0;
    let best = Infinity;
    for (let e = s; e < n && e - s < maxLen; e++) {
      node = trie.child(node, ids[e]!);
      let c = node < 0 ? NaN : trie.cost[node]!;
      if (e === s && Number.isNaN(c)) c = unknownCost;
      if (!Number.isNaN(c) && c + backward[e + 1]! < best) best = c + backward[e + 1]!;
      if (node < 0) break;
    }
    backward[s] = best;
  }
  return { forward, backward, from };
}

/** The words of the best path, as [start, end) pairs. */
export function words(lat: Lattice): [number, number][] {
  const out: [number, number][] = [];
  for (let e = lat.from.length - 1; e > 0; e = lat.from[e]!) out.push([lat.from[e]!, e]);
  return out.reverse();
}

let scratch = new Float64Array(64);

/**
 * The best cost of the whole run with `repl` written over `ids` from `at` on: only the words that
 * touch the replaced stretch are walked again, the rest comes from the lattice's two directions.
 */
export function costReplaced(ids: Int32Array, at: number, repl: ArrayLike<number>, lat: Lattice, m: SpellingModel): number {
  const n = ids.length;
  const end = at + repl.length;
  const idAt = (k: number) => (k >= at && k < end ? repl[k - at]! : ids[k]!);
  const lo = Math.max(0, at - m.maxLen + 1);
  const hi = Math.min(n, end + m.maxLen - 1);
  // A scratch array reused across calls: this runs for every candidate word, and fresh arrays kept the
  // garbage collector busy (a fifth of the time on long runs).
  if (scratch.length < hi - lo + 1) scratch = new Float64Array(2 * (hi - lo + 1));
  const dp = scratch;
  dp.fill(Infinity, 0, hi - lo + 1);
  for (let p = lo; p <= at; p++) dp[p - lo] = lat.forward[p]!;
  let best = Infinity;
  for (let s = lo; s < end; s++) {
    const base = dp[s - lo]!;
    if (base === Infinity) continue;
    let node = 0;
    for (let e = s; e < hi && e - s < m.maxLen; e++) {
      node = m.trie.child(node, idAt(e));
      let c = node < 0 ? NaN : m.trie.cost[node]!;
      if (e === s && Number.isNaN(c)) c = m.unknownCost;
      if (!Number.isNaN(c) && e + 1 > at) {
        const total = base + c;
        if (e + 1 >= end) best = Math.min(best, total + lat.backward[e + 1]!);
        else if (total < dp[e + 1 - lo]!) dp[e + 1 - lo] = total;
      }
      if (node < 0) break;
    }
  }
  return best;
}
