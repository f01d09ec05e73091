// Typos by dictionary and sound. A run of Chinese characters is segmented with the dictionary; where
// a character stands alone or inside a rare word, and a character beside it has never been seen
// next to it, each character that sounds or looks like it is tried. When the run becomes clearly
// more probable — by more than what a slip of that kind costs — the replacement is proposed.
import { finding, isHanCode, q, type ParaFinding } from '../util.ts';
import { DIGIT, LIKENESSES, type Likeness, type SpellingModel } from './model.ts';
import { countedByNumeral } from './measure-words.ts';
import { lattice, toIds, words, type Lattice } from './segment.ts';
import { COVERED, EDGE, keepDisjoint, wordSlips } from './word-slips.ts';

/**
 * What a slip costs, in nats (about −log of how often it happens), plus a margin so that a clean
 * text is rarely flagged: the likelier the slip, the less evidence it needs. Set on the development
 * set with held-out statistics (bench/spelling.ts prints the figures); half a nat lower since session
 * 4, once the vocabulary supplement had removed the false alarms it let through on the real documents
 * (复审暨 → 审计, 绝不能 → 决不能): on real typos (ECSpell's diagnosis half) +2.6 points located.
 * A near syllable half a nat dearer again since session 5: on that half's typo sentences the near
 * slips with less than half a nat to spare were wrong 3 times in 4 (证→综, 痕→行).
 */
export const SLIP_COST: Record<Likeness, number> = { tone: 7.5, sound: 9, near: 11, shape: 11 };
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

/**
 * A pair seen fewer times than this in running text is "never seen side by side": one seen only
 * inside a dictionary word (count 0) counts as unseen between two words (人力|自愿: 力自 is inside 自力,
 * never in a text).
 */
const EDGE_SEEN = 1;

/**
 * How often each pair of neighbours in the run was seen side by side: `pairs[k]` for characters k and
 * k + 1, −1 never (not even inside a word). Looked up once per run: the searches below read it.
 */
function pairCounts(ids: Int32Array, m: SpellingModel): Int32Array {
  const pairs = new Int32Array(Math.max(0, ids.length - 1));
  for (let k = 0; k + 1 < ids.length; k++) pairs[k] = m.seen.count(ids[k]!, ids[k + 1]!);
  return pairs;
}

/**
 * The fewest times two neighbours of the run were seen side by side, at most EDGE_SEEN. At EDGE_SEEN
 * nothing in the run is tried; below 0 (a pair never seen), weak positions are tried too.
 */
function leastSeen(pairs: Int32Array): number {
  let least = EDGE_SEEN;
  for (let k = 0; k < pairs.length && least >= 0; k++) least = Math.min(least, pairs[k]!);
  return least;
}

/** Whether the best path leaves position k alone or in a rare word (1), or in a common word (0). */
function weakPositions(lat: Lattice, path: readonly [number, number][], n: number): Uint8Array {
  const weak = new Uint8Array(n);
  for (const [s, e] of path) if (e - s === 1 || lat.forward[e]! - lat.forward[s]! > RARE_COST) weak.fill(1, s, e);
  return weak;
}

/**
 * The boundaries between words of the path never seen in running text: 1 at the start of the word
 * after one. None where they are more than a fifth of the run's characters (and over 16): that is
 * no prose (的的的…, a table), and trying them all would take seconds.
 */
function unseenEdges(pairs: Int32Array, path: readonly [number, number][]): Uint8Array {
  const n = pairs.length + 1;
  const at = new Uint8Array(n + 1);
  let count = 0;
  for (const [s] of path) if (s > 0 && pairs[s - 1]! < EDGE_SEEN) count += at[s] = 1;
  return count > 16 && 5 * count > n ? at.fill(0) : at;
}

/** In `Suspect.mend`: the boundary never seen is on the character's right (RIGHT) or left (LEFT). */
const RIGHT = 1;
const LEFT = 2;
/** At an edge only what sounds the same is tried (tone, sound): a valid word typed for another is a homophone. */
const EDGE_LIKENESS = LIKENESSES.indexOf('sound');

interface Suspect {
  at: number;
  /** 0 for a weak position; for an edge, the side(s) whose boundary a replacement must mend. */
  mend: number;
  /** The word of the best path that holds `at`: a replacement at an edge must make a word covering it. */
  from: number;
  to: number;
}

/**
 * Positions worth trying: a weak position (above) with a neighbour it was never seen beside; and a
 * character of a common word beside a boundary never seen (人力|自愿: 资源 makes the term 人力资源,
 * 债权|市场: 券 makes 债券市场), where the replacement must make a word that covers the whole word it
 * stood in and reaches across that boundary.
 */
function suspects(pairs: Int32Array, weak: Uint8Array | undefined, path: readonly [number, number][], unseen: Uint8Array): Suspect[] {
  const n = pairs.length + 1;
  const edge = new Uint8Array(n);
  const from = new Int32Array(n);
  const to = new Int32Array(n);
  for (const [s, e] of path) {
    from.fill(s, s, e);
    to.fill(e, s, e);
    if (!unseen[s]) continue;
    edge[s - 1]! |= RIGHT;
    edge[s]! |= LEFT;
  }
  const out: Suspect[] = [];
  for (let k = 0; k < n; k++) {
    const left = k > 0 && pairs[k - 1]! >= 0;
    const right = k + 1 < n && pairs[k]! >= 0;
    if (weak?.[k] && !(left && right)) out.push({ at: k, mend: 0, from: k, to: k + 1 });
    else if (edge[k]) out.push({ at: k, mend: edge[k]!, from: from[k]!, to: to[k]! });
  }
  return out;
}

/** Whether the word [start, end) a replacement makes at an edge suspect covers its word and reaches across a boundary it must mend. */
const mends = (x: Suspect, start: number, end: number): boolean =>
  start <= x.from && end >= x.to && (((x.mend & RIGHT) !== 0 && end > x.to) || ((x.mend & LEFT) !== 0 && start < x.from));

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

/**
 * The last character of a unit's name (国防科工局、省卫健委、区政府办): what precedes it is the name,
 * often an abbreviation no dictionary holds, and the slip, if any, is there — not in 局 (工局 → 工具).
 */
const UNIT_END = new Set(Array.from('局厅署委办', (c) => c.charCodeAt(0)));

function tryAt(text: string, ids: Int32Array, x: Suspect, lat: Lattice, m: SpellingModel): SpellingHit | undefined {
  const { at: i, mend } = x;
  const list = m.candidates[ids[i]!];
  if (!list || (i > 0 && UNIT_END.has(text.charCodeAt(i)))) return undefined;
  const n = ids.length;
  const base = lat.forward[n]!;
  const before = i > 0 ? ids[i - 1]! : 0;
  const after = i + 1 < n ? ids[i + 1]! : 0;
  const own = context(ids, i, ids[i]!, m);
  // A measure word after its numeral (一课) reads right as it is: a word the numeral makes with another
  // character (一刻), reaching no further right, is no evidence — only the text after it can be.
  const counted = countedByNumeral(text, i);
  const ownAfter = counted && after ? m.seen.count(ids[i]!, after) : -1;
  let starts: [number, number][] | undefined;
  let hit: SpellingHit | undefined;
  for (let k = 0; k < list.length; k++) {
    const d = list[k]! >> 2;
    // The list runs from the likeliest slip to the least (model.ts): past the homophones, an edge is done.
    if (mend && (list[k]! & 3) > EDGE_LIKENESS) break;
    // A replacement must at least make a pair that occurs somewhere, and mend the pairs it must. Each
    // pair is looked up once (−1: never seen, or no neighbour) and its count is the context below.
    const l = before ? m.seen.count(before, d) : -1;
    if (mend & LEFT && l < 0) continue;
    const r = after ? m.seen.count(d, after) : -1;
    if ((l < 0 && r < 0) || (mend & RIGHT && r < 0)) continue;
    starts ??= prefixesBefore(ids, i, m);
    const best = bestWith(ids, i, d, starts, lat, m);
    if (mend && !mends(x, best.start, best.end)) continue;
    if (counted && best.start < i && best.end === i + 1 && r <= ownAfter) continue;
    const likeness = LIKENESSES[list[k]! & 3]!;
    const gain = base - best.cost - SLIP_COST[likeness] + CONTEXT * (Math.log1p(Math.max(0, l)) + Math.log1p(Math.max(0, r)) - own);
    if (gain > 0 && (!hit || gain > hit.gain)) {
      const right = m.charOf[d]!;
      const word = text.slice(best.start, i) + right + text.slice(i + 1, best.end);
      hit = { offset: i, length: 1, wrong: text[i]!, right, gain, likeness, word };
    }
  }
  return hit;
}

/** The character-by-character proposals in a run, at most one per character; of two neighbours, the stronger. */
function charHits(run: string, ids: Int32Array, pairs: Int32Array, lat: Lattice, path: readonly [number, number][], weak: Uint8Array | undefined, unseen: Uint8Array, m: SpellingModel): SpellingHit[] {
  const hits: SpellingHit[] = [];
  let last: SpellingHit | undefined;
  for (const x of suspects(pairs, weak, path, unseen)) {
    const hit = tryAt(run, ids, x, lat, m);
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
 * Stretches nobody should correct: the two characters before a place unit that does not make a
 * word with them (芹泉镇、齐圣村, not 农村、城乡), the name of a town or village, which no dictionary
 * holds; an address's names; a measure word said twice.
 */
function leftAlone(run: string, ids: Int32Array, m: SpellingModel): [number, number][] {
  const spans: [number, number][] = [];
  for (const u of run.matchAll(PLACE_UNITS)) {
    const k = u.index;
    if (k < 2) continue;
    const node = m.trie.child(m.trie.child(0, ids[k - 1]!), ids[k]!);
    if (node >= 0 && !Number.isNaN(m.trie.cost[node]!)) continue;
    spans.push([k - 2, k]);
  }
  // An address: the name between two units of the administrative chain (聊城市莘县, 淮安市洪泽区).
  for (const u of run.matchAll(CHAIN)) spans.push([u.index, u.index + u[0].length]);
  // 一 and a measure word said twice (一剂剂、一项项): each one, not a word to correct.
  for (const u of run.matchAll(/一([\u4e00-\u9fff])\1/gu)) spans.push([u.index + 1, u.index + 3]);
  return spans;
}

/** One to three characters between a 省/市/州/盟 and the 市/县/区/旗 under it. */
const CHAIN = /(?<=[省市州盟])[\u4e00-\u9fff]{1,3}?(?=[市县区旗])/gu;

/** The proposals in one run of characters (ids, and the counts of their pairs) whose pairs were seen at least `least` times each. */
function runHits(run: string, ids: Int32Array, pairs: Int32Array, least: number, m: SpellingModel): SpellingHit[] {
  const lat = lattice(ids, m);
  const path = words(lat);
  const weak = weakPositions(lat, path, ids.length);
  const unseen = unseenEdges(pairs, path);
  if (least >= 0 && !unseen.includes(1)) return [];
  // Weak positions are tried only where a pair was never seen at all (not even inside a word).
  const found = charHits(run, ids, pairs, lat, path, least < 0 ? weak : undefined, unseen, m);
  // The whole-word search looks only at stretches holding a weak position that no character
  // correction already explains, and at common words beside a boundary never seen.
  for (const h of found) weak[h.offset] = COVERED;
  const wordEnd = new Int32Array(ids.length);
  for (const [a, b] of path) {
    wordEnd[a] = b;
    if (unseen[a] || unseen[b]) for (let k = a; k < b; k++) if (weak[k] === 0) weak[k] = EDGE;
  }
  for (const w of wordSlips(ids, pairs, lat, m, weak, wordEnd)) {
    const right = Array.from(w.word, (id) => m.charOf[id]!).join('');
    found.push({ offset: w.at, length: w.length, wrong: run.slice(w.at, w.at + w.length), right, gain: w.gain, likeness: 'word', word: right });
  }
  return keepDisjoint(found, (h) => h.offset, run.length, leftAlone(run, ids, m));
}

/** Every proposed correction in `text`, none overlapping another: of two, the stronger. */
export function spellingHits(text: string, m: SpellingModel): SpellingHit[] {
  const out: SpellingHit[] = [];
  const all = toIds(text, m);
  for (const [s, e] of hanRuns(text, m)) {
    const ids = all.subarray(s, e);
    const pairs = pairCounts(ids, m);
    const least = leastSeen(pairs);
    if (least >= EDGE_SEEN) continue;
    const kept = runHits(text.slice(s, e), ids, pairs, least, m);
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
