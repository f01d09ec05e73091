// A small seeded generator: the same seed gives the same draft on every machine and every run.

export type Rng = () => number;

/** mulberry32: tiny, fast and good enough to choose among phrase variants. */
export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * FNV-1a of a string, folded with a seed, then avalanched (murmur3's finaliser): a stable 32-bit
 * number for any text. Without the finaliser, related seeds (one meeting's parts, two meetings with
 * similar names) give related first draws, and two drafts would choose alike more often than chance.
 */
export function mixSeed(seed: number, salt: string): number {
  let h = (2166136261 ^ seed) >>> 0;
  for (let i = 0; i < salt.length; i++) h = Math.imul(h ^ salt.charCodeAt(i), 16777619) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A shuffled copy (Fisher–Yates): the order in which a pool's sentences are drawn. */
export function shuffle<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A child generator for one slot, so that regenerating one part leaves the others' wording alone. */
export function slotRng(seed: number, slot: string): Rng {
  return createRng(mixSeed(seed, slot));
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  if (items.length === 0) throw new Error('pick: no variants');
  return items[Math.floor(rng() * items.length)]!;
}
