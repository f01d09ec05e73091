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
