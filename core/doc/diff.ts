// Version comparison for the two-column view: "what changed since the leader's marks".
// Pure: no I/O.
//
// 1. Paragraphs (lines) are aligned by an LCS over whole lines (jsdiff `diffArrays`).
// 2. A deleted line identical to an inserted line elsewhere is a move, listed twice: where it was
//    (drawn in the left column only) and where it is now (right column only), each pointing at the other.
// 3. Inside a run of deleted and inserted lines, lines that are similar (≥ SIMILARITY_THRESHOLD of
//    their characters in common, by LCS) are paired in order as 'changed' and diffed character by
//    character; the rest stay 'deleted' / 'inserted'.
// Characters are Unicode code points: 𠮷 (U+20BB7) is one character and is never split in two.
//
// Invariants: the left texts/spans of all paragraphs, in order, are exactly the old lines and the right
// ones exactly the new lines, a move counting in the left column at its 'from' entry and in the right
// column at its 'to' entry (`sideText`, `sideLines`); no span is empty; no span splits a surrogate pair.
import { diffArrays } from 'diff';
import type { DocModel } from './model.ts';
import { toPlainText } from './text.ts';

import type { DiffStats, DocDiff, ParagraphDiff, Span, SpanOp } from './diff-model.ts';

export type { DiffStats, DocDiff, ParagraphDiff, Span, SpanOp } from './diff-model.ts';

/** Two paragraphs are one paragraph edited when at least this share of their characters is common. */
export const SIMILARITY_THRESHOLD = 0.5;

/** Above this many candidate pairs in one run of changes, pairing looks only near the diagonal. */
const FULL_PAIRING_LIMIT = 2500;
const PAIRING_BAND = 25;

/**
 * The paragraphs of a plain text: split at line breaks (\n, \r\n, \r), a leading BOM dropped; a final
 * line break does not start another paragraph, so `toPlainText` output splits into `docLines`.
 */
export function splitLines(text: string): string[] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body === '') return [];
  const lines = body.split(/\r\n|\n|\r/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export function diffDocs(a: DocModel, b: DocModel): DocDiff {
  return diffTexts(toPlainText(a), toPlainText(b));
}

export function diffTexts(a: string, b: string): DocDiff {
  return diffParagraphs(splitLines(a), splitLines(b));
}

/** The lines of one side of a diff, rebuilt from its paragraphs: equal to the lines that were diffed. */
export function sideLines(diff: DocDiff, side: 'left' | 'right'): string[] {
  const out: string[] = [];
  for (const p of diff.paragraphs) {
    const t = sideText(p, side);
    if (t !== undefined) out.push(t);
  }
  return out;
}

/** The text a paragraph shows in one column, or undefined when that cell is empty. */
export function sideText(p: ParagraphDiff, side: 'left' | 'right'): string | undefined {
  switch (p.kind) {
    case 'equal':
      return p[side];
    case 'changed':
      return p[side].map((s) => s.text).join('');
    case 'deleted':
      return side === 'left' ? p.left : undefined;
    case 'inserted':
      return side === 'right' ? p.right : undefined;
    case 'moved':
      return (p.side === 'from') === (side === 'left') ? p[side] : undefined;
  }
}

/** Code points of a string. */
function chars(s: string): string[] {
  return Array.from(s);
}

/** A run of consecutive deleted and inserted lines between two equal ones (indices into a and b). */
interface Hunk {
  dels: number[];
  ins: number[];
}

/** The old and new lines aligned: a pair of equal lines, or a hunk of deleted and inserted ones. */
type Aligned = { equal: [number, number] } | { hunk: Hunk };

/** Lines that moved: old index → new index (`to`) and new index → old index (`from`). */
interface Moves {
  to: Map<number, number>;
  from: Map<number, number>;
}

export function diffParagraphs(a: readonly string[], b: readonly string[]): DocDiff {
  const items = alignLines(a, b);
  const moves = findMoves(items, a, b);
  const diff = emitParagraphs(items, moves, a, b);
  diff.stats.movedParagraphs = moves.to.size;
  return diff;
}

/** 1. Whole lines aligned by an LCS; consecutive deletions and insertions gathered into hunks. */
function alignLines(a: readonly string[], b: readonly string[]): Aligned[] {
  const items: Aligned[] = [];
  let ai = 0;
  let bi = 0;
  let hunk: Hunk | undefined;
  for (const change of diffArrays([...a], [...b])) {
    if (!change.added && !change.removed) {
      hunk = undefined;
      for (let k = 0; k < change.count; k++) items.push({ equal: [ai++, bi++] });
      continue;
    }
    if (!hunk) {
      hunk = { dels: [], ins: [] };
      items.push({ hunk });
    }
    for (let k = 0; k < change.count; k++) {
      if (change.removed) hunk.dels.push(ai++);
      else hunk.ins.push(bi++);
    }
  }
  return items;
}

/** 2. Moves: a deleted line identical to an inserted line anywhere (blank lines never move). */
function findMoves(items: readonly Aligned[], a: readonly string[], b: readonly string[]): Moves {
  const insertedAt = new Map<string, number[]>();
  for (const item of items) {
    if (!('hunk' in item)) continue;
    for (const j of item.hunk.ins) {
      const text = b[j]!;
      if (text.trim() === '') continue;
      const list = insertedAt.get(text);
      if (list) list.push(j);
      else insertedAt.set(text, [j]);
    }
  }
  const moves: Moves = { to: new Map(), from: new Map() };
  for (const item of items) {
    if (!('hunk' in item)) continue;
    for (const i of item.hunk.dels) {
      const j = insertedAt.get(a[i]!)?.shift();
      if (j === undefined) continue;
      moves.to.set(i, j);
      moves.from.set(j, i);
    }
  }
  return moves;
}

/** 3. The paragraphs in order, similar lines inside each hunk paired as 'changed' and diffed by character. */
function emitParagraphs(items: readonly Aligned[], moves: Moves, a: readonly string[], b: readonly string[]): DocDiff {
  const stats: DiffStats = { inserted: 0, deleted: 0, changedParagraphs: 0, insertedParagraphs: 0, deletedParagraphs: 0, movedParagraphs: 0 };
  const paragraphs: ParagraphDiff[] = [];
  const tokensA = new Map<number, string[]>();
  const tokensB = new Map<number, string[]>();
  const tokA = (i: number) => cached(tokensA, i, () => chars(a[i]!));
  const tokB = (j: number) => cached(tokensB, j, () => chars(b[j]!));

  const emitLeft = (i: number) => {
    const to = moves.to.get(i);
    if (to !== undefined) {
      paragraphs.push({ kind: 'moved', side: 'from', left: a[i]!, right: a[i]!, from: i, to });
      return;
    }
    paragraphs.push({ kind: 'deleted', left: a[i]! });
    stats.deleted += tokA(i).length;
    stats.deletedParagraphs += 1;
  };
  const emitRight = (j: number) => {
    const from = moves.from.get(j);
    if (from !== undefined) {
      paragraphs.push({ kind: 'moved', side: 'to', left: b[j]!, right: b[j]!, from, to: j });
      return;
    }
    paragraphs.push({ kind: 'inserted', right: b[j]! });
    stats.inserted += tokB(j).length;
    stats.insertedParagraphs += 1;
  };
  const emitChanged = (i: number, j: number) => {
    const { left, right } = charSpans(tokA(i), tokB(j));
    paragraphs.push({ kind: 'changed', left, right });
    stats.changedParagraphs += 1;
    for (const s of left) if (s.op === 'delete') stats.deleted += chars(s.text).length;
    for (const s of right) if (s.op === 'insert') stats.inserted += chars(s.text).length;
  };

  for (const item of items) {
    if ('equal' in item) {
      const [i, j] = item.equal;
      paragraphs.push({ kind: 'equal', left: a[i]!, right: b[j]! });
      continue;
    }
    const { dels, ins } = item.hunk;
    const freeDels = dels.filter((i) => !moves.to.has(i));
    const freeIns = ins.filter((j) => !moves.from.has(j));
    const pairs = pairSimilar(freeDels.map(tokA), freeIns.map(tokB)).map(([x, y]) => [freeDels[x]!, freeIns[y]!] as const);
    let d = 0;
    let n = 0;
    for (const [i, j] of pairs) {
      while (dels[d]! !== i) emitLeft(dels[d++]!);
      while (ins[n]! !== j) emitRight(ins[n++]!);
      d++;
      n++;
      emitChanged(i, j);
    }
    while (d < dels.length) emitLeft(dels[d++]!);
    while (n < ins.length) emitRight(ins[n++]!);
  }
  return { paragraphs, stats };
}

function cached<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) {
    v = make();
    map.set(key, v);
  }
  return v;
}

/**
 * Pairs old and new paragraphs of one hunk, keeping both orders (a monotone matching), so that the
 * total similarity of the pairs is greatest; a pair needs SIMILARITY_THRESHOLD. Returns index pairs.
 */
function pairSimilar(olds: readonly string[][], news: readonly string[][]): [number, number][] {
  const p = olds.length;
  const q = news.length;
  if (p === 0 || q === 0) return [];
  const banded = p * q > FULL_PAIRING_LIMIT;
  const score = (i: number, j: number): number => {
    if (banded && Math.abs(j - (i * q) / p) > PAIRING_BAND) return 0;
    const s = similarityOf(olds[i]!, news[j]!);
    return s >= SIMILARITY_THRESHOLD ? s : 0;
  };
  if (p === 1 && q === 1) return score(0, 0) > 0 ? [[0, 0]] : [];
  // best[i][j]: the best total over olds[i..] and news[j..].
  const best: Float64Array[] = Array.from({ length: p + 1 }, () => new Float64Array(q + 1));
  const take: Uint8Array[] = Array.from({ length: p + 1 }, () => new Uint8Array(q + 1));
  for (let i = p - 1; i >= 0; i--) {
    for (let j = q - 1; j >= 0; j--) {
      const skipOld = best[i + 1]![j]!;
      const skipNew = best[i]![j + 1]!;
      const s = score(i, j);
      const pair = s > 0 ? s + best[i + 1]![j + 1]! : -1;
      if (pair >= skipOld && pair >= skipNew) {
        best[i]![j] = pair;
        take[i]![j] = 1;
      } else if (skipOld >= skipNew) {
        best[i]![j] = skipOld;
        take[i]![j] = 2;
      } else {
        best[i]![j] = skipNew;
        take[i]![j] = 3;
      }
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < p && j < q) {
    const t = take[i]![j];
    if (t === 1) pairs.push([i++, j++]);
    else if (t === 2) i++;
    else j++;
  }
  return pairs;
}

/** Share of characters two strings have in common: 2·LCS / (|a| + |b|), in code points; 1 for two empty strings. */
export function similarity(a: string, b: string): number {
  return similarityOf(chars(a), chars(b));
}

function similarityOf(a: readonly string[], b: readonly string[]): number {
  const total = a.length + b.length;
  if (total === 0) return 1;
  // The characters the two share as multisets bound the LCS: a cheap way to reject most pairs.
  if ((2 * sharedChars(a, b)) / total < SIMILARITY_THRESHOLD) return 0;
  return (2 * lcsLength(a, b)) / total;
}

function sharedChars(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const c of a) counts.set(c, (counts.get(c) ?? 0) + 1);
  let shared = 0;
  for (const c of b) {
    const n = counts.get(c);
    if (n) {
      shared++;
      counts.set(c, n - 1);
    }
  }
  return shared;
}

/** Length of the longest common subsequence of two token arrays. */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const common = start + (a.length - endA);
  if (endA === start || endB === start) return common;
  const x = a.slice(start, endA);
  const y = b.slice(start, endB);
  return common + (x.length <= y.length ? bitLcs(x, y) : bitLcs(y, x));
}

/**
 * LCS length by bit-parallelism (Allison–Dix / Hyyrö): one bit per token of `x`, 32 to a word,
 * O(|x|·|y| / 32). V starts all ones; for each token of y with match mask M:
 * V ← (V + (V & M)) | (V & ~M). The LCS is the number of zero bits among the low |x| bits.
 */
function bitLcs(x: readonly string[], y: readonly string[]): number {
  const n = x.length;
  const words = (n + 31) >>> 5;
  const masks = new Map<string, Uint32Array>();
  for (let i = 0; i < n; i++) {
    const c = x[i]!;
    let m = masks.get(c);
    if (!m) {
      m = new Uint32Array(words);
      masks.set(c, m);
    }
    m[i >>> 5]! |= 1 << (i & 31);
  }
  const v = new Uint32Array(words).fill(0xffffffff);
  for (const c of y) {
    const m = masks.get(c);
    if (!m) continue;
    let carry = 0;
    for (let k = 0; k < words; k++) {
      const vk = v[k]!;
      const mk = m[k]!;
      const u = (vk & mk) >>> 0;
      const sum = vk + u + carry;
      carry = sum > 0xffffffff ? 1 : 0;
      v[k] = (sum >>> 0) | (vk & ~mk);
    }
  }
  let ones = 0;
  for (let k = 0; k < words; k++) {
    let w = v[k]!;
    const bits = Math.min(32, n - k * 32);
    if (bits < 32) w &= (1 << bits) - 1;
    ones += popcount(w);
  }
  return n - ones;
}

function popcount(w: number): number {
  let x = w - ((w >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** An equal stretch, or an edit (what was deleted and what was inserted there). */
type Piece = { eq: string[] } | { del: string[]; ins: string[] };

/** Character-level spans of one paragraph edited into another, by code point. */
export function diffParagraph(a: string, b: string): { left: Span[]; right: Span[] } {
  return charSpans(chars(a), chars(b));
}

function charSpans(a: readonly string[], b: readonly string[]): { left: Span[]; right: Span[] } {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const pieces: Piece[] = [];
  if (start > 0) pieces.push({ eq: a.slice(0, start) });
  let edit: { del: string[]; ins: string[] } | undefined;
  for (const change of diffArrays(a.slice(start, endA), b.slice(start, endB))) {
    if (!change.added && !change.removed) {
      edit = undefined;
      pieces.push({ eq: change.value });
      continue;
    }
    if (!edit) {
      edit = { del: [], ins: [] };
      pieces.push(edit);
    }
    (change.removed ? edit.del : edit.ins).push(...change.value);
  }
  if (endA < a.length) pieces.push({ eq: a.slice(endA) });
  const clean = cleanupSemantic(pieces);
  const left: Span[] = [];
  const right: Span[] = [];
  for (const piece of clean) {
    if ('eq' in piece) {
      const text = piece.eq.join('');
      pushSpan(left, 'equal', text);
      pushSpan(right, 'equal', text);
    } else {
      pushSpan(left, 'delete', piece.del.join(''));
      pushSpan(right, 'insert', piece.ins.join(''));
    }
  }
  return { left, right };
}

/** Appends a span, merging it into the last one when the op is the same; empty text is dropped. */
function pushSpan(spans: Span[], op: SpanOp, text: string): void {
  if (!text) return;
  const last = spans[spans.length - 1];
  if (last && last.op === op) last.text += text;
  else spans.push({ op, text });
}

/**
 * Folds short equalities between two edits into the edits (as diff-match-patch's semantic cleanup
 * does): an equality no longer than the larger side of the edit on each side of it is a chance
 * match (a stray 「的」 or 「，」) that makes a rewrite read as confetti.
 */
function cleanupSemantic(pieces: Piece[]): Piece[] {
  const out = [...pieces];
  let changed = true;
  while (changed) {
    changed = false;
    for (let k = 1; k + 1 < out.length; k++) {
      const before = out[k - 1]!;
      const eq = out[k]!;
      const after = out[k + 1]!;
      if (!('eq' in eq) || 'eq' in before || 'eq' in after) continue;
      const len = eq.eq.length;
      if (len > Math.max(before.del.length, before.ins.length) || len > Math.max(after.del.length, after.ins.length)) continue;
      out.splice(k - 1, 3, { del: [...before.del, ...eq.eq, ...after.del], ins: [...before.ins, ...eq.eq, ...after.ins] });
      changed = true;
      k = Math.max(0, k - 3);
    }
  }
  return out;
}
