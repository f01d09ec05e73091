// Typos by dictionary and sound. A run of Chinese characters is segmented with the dictionary; where
// a character stands alone or inside a rare word, and a character beside it has never been seen
// next to it, each character that sounds or looks like it is tried. When the run becomes clearly
// more probable — by more than what a slip of that kind costs — the replacement is proposed.
import { finding, isHanCode, q, type ParaFinding } from '../util.ts';
import { DIGIT, LIKENESSES, type Likeness, type SpellingModel } from './model.ts';
import { lattice, toIds, words, type Lattice } from './segment.ts';
import { COVERED, keepDisjoint, wordSlips } from './word-slips.ts';

/**
 * What a slip costs, in nats (about −log of how often it happens), plus a margin so that a clean
 * text is rarely flagged: the likelier the slip, the less evidence it needs. Set on the development
 * set with held-out statistics (bench/spelling.ts prints the figures); half a nat lower since session
 * 4, once the vocabulary supplement had removed the false alarms it let through on the real documents
 * (复审暨 → 审计, 绝不能 → 决不能): on real typos (ECSpell's diagnosis half) +2.6 points located.
 */
export const SLIP_COST: Record<Likeness, number> = { tone: 7.5, sound: 9, near: 10.5, shape: 11 };
/** A word at least this frequent (cost below: about 1 in 440,000 words) is taken as meant. */
const RARE_COST = 13;

/** Weight of the running-text evidence for a character between its neighbours (nats per log count). */
const CONTEXT = 1;

/** log(1 + how often `d` was seen after the left neighbour and before the right one). */
function context(ids: Int32Array, i: number, d: number, m: SpellingModel): number {
  const l = i > 0 ? m.seen.count(ids[i - 1]!, d) : 0;
  const r = i + 1 < ids.length ? m.seen.count(d, ids[i + 1]!) : 0;
  return Math.log1p(Math.max(0, l)) + Math.log1p(Math.max(0, r));
}

/** A slip of one character (LIKENESSES), or of a whole word for another with the same syllables. */
export type Slip = Likeness | 'word';

export interface SpellingHit {
  /** UTF-16 offset of the wrong character (or the first of the wrong word) in the text. */
  offset: number;
  /** 1, or the length of a wrong word. */
  length: number;
  wrong: string;
  right: string;
  /** Evidence beyond the slip's cost, in nats. */
  gain: number;
  likeness: Slip;
  /** The word the replacement makes, for the message. */
  word: string;
}

/**
 * The runs of two Chinese characters or more, each with the digit beside it at either end, if any:
 * a figure is context for its neighbour (model.ts DIGIT), but runs stay as long as the Chinese text
 * (a table of dates is not one run of 60,000 characters).
 */
function hanRuns(text: string, m: SpellingModel): [number, number][] {
  const digit = m.idOf[DIGIT.charCodeAt(0)]!;
  const isDigitAt = (k: number) => digit > 0 && k >= 0 && k < text.length && m.idOf[text.charCodeAt(k)] === digit;
  const runs: [number, number][] = [];
  for (let i = 0; i < text.length; ) {
    if (!isHanCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let e = i + 1;
    while (e < text.length && isHanCode(text.charCodeAt(e))) e++;
    if (e - i >= 2) runs.push([isDigitAt(i - 1) ? i - 1 : i, isDigitAt(e) ? e + 1 : e]);
    i = e;
  }
  return runs;
}

/** Whether some two neighbours were never seen side by side: otherwise nothing in the run is tried. */
function hasUnseenPair(ids: Int32Array, m: SpellingModel): boolean {
  for (let k = 0; k + 1 < ids.length; k++) if (!m.seen.has(ids[k]!, ids[k + 1]!)) return true;
  return false;
}

/** Whether the best path leaves position k alone or in a rare word (1), or in a common word (0). */
function weakPositions(lat: Lattice, n: number): Uint8Array {
  const weak = new Uint8Array(n);
  for (const [s, e] of words(lat)) if (e - s === 1 || lat.forward[e]! - lat.forward[s]! > RARE_COST) weak.fill(1, s, e);
  return weak;
}

/** Positions worth trying: weak (above), with a neighbour it was never seen beside. */
function suspects(ids: Int32Array, weak: Uint8Array, m: SpellingModel): number[] {
  const out: number[] = [];
  const n = ids.length;
  for (let k = 0; k < n; k++) {
    if (!weak[k]) continue;
    const left = k > 0 && m.seen.has(ids[k - 1]!, ids[k]!);
    const right = k + 1 < n && m.seen.has(ids[k]!, ids[k + 1]!);
    if (!(left && right)) out.push(k);
  }
  return out;
}

/** Trie nodes of the words that could end just before `i`, with their starts. */
function prefixesBefore(ids: Int32Array, i: number, m: SpellingModel): [number, number][] {
  const out: [number, number][] = [[i, 0]];
  for (let s = i - 1; s >= 0 && i - s < m.maxLen; s--) {
    let node = 0;
    for (let k = s; k < i && node >= 0; k++) node = m.trie.child(node, ids[k]!);
    if (node >= 0) out.push([s, node]);
  }
  return out;
}

interface Best {
  cost: number;
  start: number;
  end: number;
}

/** The best cost of the run with character `d` at `i`, and the word that covers it. */
function bestWith(ids: Int32Array, i: number, d: number, starts: [number, number][], lat: Lattice, m: SpellingModel): Best {
  const best: Best = { cost: Infinity, start: i, end: i + 1 };
  const n = ids.length;
  for (const [s, prefix] of starts) {
    let node = m.trie.child(prefix, d);
    for (let e = i; node >= 0; ) {
      const c = m.trie.cost[node]!;
      if (!Number.isNaN(c) && e > s) {
        const total = lat.forward[s]! + c + lat.backward[e + 1]!;
        if (total < best.cost) Object.assign(best, { cost: total, start: s, end: e + 1 });
      }
      if (++e >= n || e - s >= m.maxLen) break;
      node = m.trie.child(node, ids[e]!);
    }
  }
  return best;
}

function tryAt(text: string, ids: Int32Array, i: number, lat: Lattice, m: SpellingModel): SpellingHit | undefined {
  const list = m.candidates[ids[i]!];
  if (!list) return undefined;
  const n = ids.length;
  const base = lat.forward[n]!;
  let starts: [number, number][] | undefined;
  let hit: SpellingHit | undefined;
  for (let k = 0; k < list.length; k++) {
    const d = list[k]! >> 2;
    // A replacement must at least make a pair that occurs somewhere.
    if (!((i > 0 && m.seen.has(ids[i - 1]!, d)) || (i + 1 < n && m.seen.has(d, ids[i + 1]!)))) continue;
    starts ??= prefixesBefore(ids, i, m);
    const best = bestWith(ids, i, d, starts, lat, m);
    const likeness = LIKENESSES[list[k]! & 3]!;
    const gain = base - best.cost - SLIP_COST[likeness] + CONTEXT * (context(ids, i, d, m) - context(ids, i, ids[i]!, m));
    if (gain > 0 && (!hit || gain > hit.gain)) {
      const right = m.charOf[d]!;
      const word = text.slice(best.start, i) + right + text.slice(i + 1, best.end);
      hit = { offset: i, length: 1, wrong: text[i]!, right, gain, likeness, word };
    }
  }
  return hit;
}

/** The character-by-character proposals in a run, at most one per character; of two neighbours, the stronger. */
function charHits(run: string, ids: Int32Array, lat: Lattice, weak: Uint8Array, m: SpellingModel): SpellingHit[] {
  const hits: SpellingHit[] = [];
  let last: SpellingHit | undefined;
  for (const i of suspects(ids, weak, m)) {
    const hit = tryAt(run, ids, i, lat, m);
    if (!hit) continue;
    // Two neighbours proposing at once usually explain the same slip: keep the stronger.
    if (last && hit.offset === last.offset + 1) {
      if (hit.gain > last.gain) hits[hits.length - 1] = last = hit;
      continue;
    }
    hits.push((last = hit));
  }
  return hits;
}

/** Units a place name stands before (镇、乡、村、街道、社区). */
const PLACE_UNITS = /镇|乡|村|街道|社区/gu;

/**
 * The two characters before a place unit that does not make a word with them (芹泉镇、齐圣村, not
 * 农村、城乡): the name of a town or village, which no dictionary holds and nobody should correct.
 */
function placeNames(run: string, ids: Int32Array, m: SpellingModel): [number, number][] {
  const spans: [number, number][] = [];
  for (const u of run.matchAll(PLACE_UNITS)) {
    const k = u.index;
    if (k < 2) continue;
    const node = m.trie.child(m.trie.child(0, ids[k - 1]!), ids[k]!);
    if (node >= 0 && !Number.isNaN(m.trie.cost[node]!)) continue;
    spans.push([k - 2, k]);
  }
  return spans;
}

/** Every proposed correction in `text`, none overlapping another: of two, the stronger. */
export function spellingHits(text: string, m: SpellingModel): SpellingHit[] {
  const out: SpellingHit[] = [];
  const all = toIds(text, m);
  for (const [s, e] of hanRuns(text, m)) {
    const ids = all.subarray(s, e);
    if (!hasUnseenPair(ids, m)) continue;
    const run = text.slice(s, e);
    const lat = lattice(ids, m);
    const weak = weakPositions(lat, ids.length);
    const found = charHits(run, ids, lat, weak, m);
    // The whole-word search looks only at stretches holding a weak position that no character
    // correction already explains.
    for (const h of found) weak[h.offset] = COVERED;
    for (const w of wordSlips(ids, lat, m, weak)) {
      const right = Array.from(w.word, (id) => m.charOf[id]!).join('');
      found.push({ offset: w.at, length: w.length, wrong: run.slice(w.at, w.at + w.length), right, gain: w.gain, likeness: 'word', word: right });
    }
    const kept = keepDisjoint(found, (h) => h.offset, run.length, placeNames(run, ids, m));
    for (const h of kept.sort((a, b) => a.offset - b.offset)) out.push({ ...h, offset: h.offset + s });
  }
  return out;
}

const LIKENESS_NAMES: Record<Slip, string> = { tone: '同音', sound: '音近（声调不同）', near: '音近', shape: '形近', word: '同音词' };

/** The spelling findings of one paragraph (names are left alone by the caller, core/proof/index.ts). */
export function spellingRule(text: string, m: SpellingModel): ParaFinding[] {
  const out: ParaFinding[] = [];
  for (const h of spellingHits(text, m)) {
    const how = h.likeness === 'word' ? LIKENESS_NAMES.word : `${LIKENESS_NAMES[h.likeness]}，${q(h.word)}`;
    const message = `疑似错别字：${q(h.wrong)}可能应为${q(h.right)}（${how}）`;
    out.push(finding('spelling', '疑似', h.offset, h.length, `spelling:${h.wrong}→${h.right}`, message, h.right));
  }
  return out;
}
