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

/** A child generator for one slot, so that regenerating one part leaves the others' wording alone. */
export function slotRng(seed: number, slot: string): Rng {
  let h = 2166136261 ^ seed;
  for (let i = 0; i < slot.length; i++) h = Math.imul(h ^ slot.charCodeAt(i), 16777619);
  return createRng(h >>> 0);
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  if (items.length === 0) throw new Error('pick: no variants');
  return items[Math.floor(rng() * items.length)]!;
}
