// A file imported again after she edited it: which of its pieces (documents) are the pieces of the
// version imported before. Pure: no I/O.
//
// The rule, in order, each piece matched once:
//  1. the same body (its passages' text, spaces aside: same-body.ts bodyKey) — the piece as it was,
//     wherever it now stands;
//  2. the same title — the piece she edited (a heading reworded, a paragraph added); among several of
//     one title (「会议记录」 twice), the one whose text is the most alike;
//  3. the most alike text (character pairs shared, Dice ≥ SIMILAR) — a piece whose title she changed.
// Not by place: adding or taking out one piece moves every piece after it (s20 outside test, c08:
// B taken out, E put in between C and D), and a place would pair E with D's old self.
// A matched piece is unchanged when its title and body are the same, else changed; a piece of the
// new version matched by none is new; one of the old version matched by none is gone.
// A match shares the text (`alike`) when its body is the same or its text alike (Dice ≥ SIMILAR): a
// match by title alone does not (two files of one name whose pieces are all titled 「会议记录」).

export interface Piece {
  title: string;
  /** The body's key (same-body.ts), null for a body too short to compare. */
  body: string | null;
  /** The document's text, for likeness. */
  text: string;
}

export type PieceFate = 'unchanged' | 'changed' | 'new';

export interface PieceMatch {
  /** For each piece of the new version, the index of the old piece it is (-1: none). */
  from: number[];
  fate: PieceFate[];
  /** For each piece of the new version, whether it shares its text with the old piece it is. */
  alike: boolean[];
  /** The old pieces no piece of the new version is. */
  gone: number[];
}

/** Two texts sharing this share of their character pairs are one piece edited. */
export const SIMILAR = 0.5;

const squeeze = (s: string) => s.replace(/[\s\u3000]+/g, '').normalize('NFKC');

function pairs(text: string): Map<string, number> {
  const s = squeeze(text);
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i++) {
    const p = s.slice(i, i + 2);
    out.set(p, (out.get(p) ?? 0) + 1);
  }
  return out;
}

/** Dice's coefficient of two texts' character pairs (counted with repeats): 1 for the same text, 0 for none shared. */
export function likeness(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let na = 0;
  let nb = 0;
  for (const n of a.values()) na += n;
  for (const n of b.values()) nb += n;
  if (na + nb === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [p, n] of small) shared += Math.min(n, large.get(p) ?? 0);
  return (2 * shared) / (na + nb);
}

export function matchPieces(old: readonly Piece[], fresh: readonly Piece[]): PieceMatch {
  const from = fresh.map(() => -1);
  const taken = old.map(() => false);
  const oldPairs = old.map((p) => pairs(p.text));
  const freshPairs = fresh.map((p) => pairs(p.text));
  const score = new Map<string, number>();
  const like = (i: number, k: number) => {
    const key = `${i}:${k}`;
    let s = score.get(key);
    if (s === undefined) score.set(key, (s = likeness(freshPairs[i]!, oldPairs[k]!)));
    return s;
  };
  const pair = (i: number, k: number) => {
    from[i] = k;
    taken[k] = true;
  };
  // 1. The same body.
  fresh.forEach((p, i) => {
    if (p.body === null) return;
    const k = old.findIndex((o, k) => !taken[k] && o.body === p.body);
    if (k >= 0) pair(i, k);
  });
  // 2. The same title, the most alike of several.
  fresh.forEach((p, i) => {
    if (from[i]! >= 0 || !squeeze(p.title)) return;
    let best = -1;
    old.forEach((o, k) => {
      if (!taken[k] && squeeze(o.title) === squeeze(p.title) && (best < 0 || like(i, k) > like(i, best))) best = k;
    });
    if (best >= 0) pair(i, best);
  });
  // 3. The most alike text, best pairs first.
  const left: { i: number; k: number; s: number }[] = [];
  fresh.forEach((_, i) => {
    if (from[i]! >= 0) return;
    old.forEach((_, k) => {
      if (!taken[k] && like(i, k) >= SIMILAR) left.push({ i, k, s: like(i, k) });
    });
  });
  left.sort((a, b) => b.s - a.s || a.i - b.i || a.k - b.k);
  for (const { i, k } of left) if (from[i]! < 0 && !taken[k]) pair(i, k);
  const fate = fresh.map((p, i): PieceFate => {
    const k = from[i]!;
    if (k < 0) return 'new';
    const o = old[k]!;
    const same = p.body !== null && o.body !== null ? p.body === o.body : squeeze(p.text) === squeeze(o.text);
    return same && squeeze(p.title) === squeeze(o.title) ? 'unchanged' : 'changed';
  });
  const alike = fresh.map((p, i) => {
    const k = from[i]!;
    return k >= 0 && ((p.body !== null && p.body === old[k]!.body) || like(i, k) >= SIMILAR);
  });
  return { from, fate, alike, gone: old.map((_, k) => k).filter((k) => !taken[k]) };
}
