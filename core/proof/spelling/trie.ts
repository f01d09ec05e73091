// A dictionary trie over character ids, stored as one open-addressing hash table of
// (parent node, character) → child node in typed arrays: 300,000 words fit in about 10 MB and a
// step costs one hash probe, with no string built. The proofreader walks it for every character of
// the text, so this is where its speed comes from.

/** Character ids are below this (model.ts gives at most 32,767, the pairs' keys need them under 2^15). */
const MAX_CHAR_IDS = 32768;

export class CharTrie {
  /**
   * Slot h holds the parent node at 3h (−1: empty), the character at 3h + 1 and the child node at
   * 3h + 2: a probe reads one cache line, not three arrays (the walk is bound by memory, not by work).
   */
  private table: Int32Array;
  private mask: number;
  /** The root's children by character id, −1 for none: the first step of every walk, without a probe. */
  private rootChild: Int32Array;
  /** Word cost per node; NaN where the path is only a prefix. */
  cost: Float32Array;
  size = 1;

  constructor(capacity: number) {
    let slots = 1;
    while (slots < capacity * 2) slots <<= 1;
    this.mask = slots - 1;
    this.table = new Int32Array(3 * slots);
    for (let h = 0; h < slots; h++) this.table[3 * h] = -1;
    this.rootChild = new Int32Array(MAX_CHAR_IDS).fill(-1);
    this.cost = new Float32Array(capacity + 1).fill(NaN);
  }

  /** The index in `table` of the slot of (node, id), or of the empty slot where it would go. */
  private slot(node: number, id: number): number {
    let h = (Math.imul(node, 0x9e3779b1) ^ Math.imul(id, 0x85ebca77)) & this.mask;
    const t = this.table;
    while (t[3 * h] !== -1 && (t[3 * h] !== node || t[3 * h + 1] !== id)) h = (h + 1) & this.mask;
    return 3 * h;
  }

  private set(h: number, node: number, id: number, child: number): void {
    this.table[h] = node;
    this.table[h + 1] = id;
    this.table[h + 2] = child;
    if (node === 0) this.rootChild[id] = child;
  }

  /** The child of `node` along character `id`, or −1. The root is node 0. */
  child(node: number, id: number): number {
    if (node === 0) return this.rootChild[id] ?? -1;
    const h = this.slot(node, id);
    return this.table[h] === -1 ? -1 : this.table[h + 2]!;
  }

  /** The edges in child order: the parent and character of nodes 1 … size − 1 (node 0 is the root). */
  edges(): { parent: Int32Array; char: Int32Array } {
    const parent = new Int32Array(this.size);
    const char = new Int32Array(this.size);
    for (let h = 0; h < this.table.length; h += 3) {
      if (this.table[h] === -1) continue;
      parent[this.table[h + 2]!] = this.table[h]!;
      char[this.table[h + 2]!] = this.table[h + 1]!;
    }
    return { parent: parent.subarray(1), char: char.subarray(1) };
  }

  /** The trie of `edges()` and the word costs of its nodes: a hash probe per node, no string. */
  static fromEdges(parent: Int32Array, char: Int32Array, cost: Float32Array): CharTrie {
    const t = new CharTrie(parent.length);
    t.cost.set(cost);
    for (let k = 0; k < parent.length; k++) t.set(t.slot(parent[k]!, char[k]!), parent[k]!, char[k]!, k + 1);
    t.size = parent.length + 1;
    return t;
  }

  /** Adds a word (as character ids) with its cost. */
  insert(ids: ArrayLike<number>, cost: number): void {
    let node = 0;
    for (let k = 0; k < ids.length; k++) {
      const h = this.slot(node, ids[k]!);
      if (this.table[h] === -1) this.set(h, node, ids[k]!, this.size++);
      node = this.table[h + 2]!;
    }
    this.cost[node] = cost;
  }
}

/**
 * How many trie nodes `words` need: in sorted order each word adds the characters it does not share
 * with the one before. Unsorted input gets one node per character, which is always enough.
 */
export function trieCapacity(words: Iterable<string>): number {
  let sorted = 0;
  let all = 0;
  let prev = '';
  let inOrder = true;
  for (const w of words) {
    all += w.length;
    if (w < prev) inOrder = false;
    let k = 0;
    while (k < w.length && k < prev.length && w[k] === prev[k]) k++;
    sorted += w.length - k;
    prev = w;
  }
  return inOrder ? sorted : all;
}

/**
 * Character-id pairs (ids below 32,768) with how often each was seen in running text (0 for a pair
 * seen only inside dictionary words), in typed arrays: a probe, no boxing.
 */
export class PairSet {
  /** Slot h holds its key at 2h and its count at 2h + 1: a lookup reads one cache line, not two. */
  private table: Int32Array;
  private mask: number;
  /** 32 − log2(slots): the slot is the top bits of the product. */
  private shift: number;
  /**
   * A Bloom filter of the keys: two bits in one 32-bit word per key, 8 to 16 bits a key, a sixteenth
   * of the table's size (256 KB for the shipped model), so that it stays in the processor's cache.
   * Most pairs the checker asks about were never seen (a candidate character beside a neighbour: 94
   * in 100), and the filter answers those without reading the table, wrongly "maybe" 4 times in 100.
   */
  private filter: Int32Array;
  private filterShift: number;

  constructor(capacity: number) {
    let slots = 8;
    while (slots < capacity * 2) slots <<= 1;
    this.mask = slots - 1;
    this.shift = 32 - Math.log2(slots);
    this.table = new Int32Array(2 * slots);
    this.filter = new Int32Array(slots / 8);
    this.filterShift = 32 - Math.log2(slots / 8);
  }

  /**
   * The product's top bits mix both characters of the pair; its low bits depend on the low bits of
   * the key alone (the second character), which made chains of 15 probes on average, 300 at worst.
   * Returns the index of the key in `table`.
   */
  private slot(key: number): number {
    let h = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (this.table[2 * h] !== 0 && this.table[2 * h] !== key) h = (h + 1) & this.mask;
    return 2 * h;
  }

  /** The filter word of `key` (index) and its two bits: the top bits of three other products. */
  private word(key: number): number {
    return Math.imul(key, 0x85ebca6b) >>> this.filterShift;
  }

  private static bits(key: number): number {
    return (1 << (Math.imul(key, 0xc2b2ae35) >>> 27)) | (1 << (Math.imul(key, 0x27d4eb2f) >>> 27));
  }

  /** False: the key is not in the set. True: it may be. */
  private mayHave(key: number): boolean {
    const bits = PairSet.bits(key);
    return (this.filter[this.word(key)]! & bits) === bits;
  }

  private put(key: number, count: number): void {
    const h = this.slot(key);
    this.table[h] = key;
    this.table[h + 1] = this.table[h + 1]! + count;
    this.filter[this.word(key)]! |= PairSet.bits(key);
  }

  add(a: number, b: number, count = 0): void {
    this.put((a << 16) | b, count);
  }

  /** How often the pair was seen in running text; −1 when it was never seen at all. */
  count(a: number, b: number): number {
    if (a === 0 || b === 0) return -1;
    const key = (a << 16) | b;
    if (!this.mayHave(key)) return -1;
    const h = this.slot(key);
    return this.table[h] === 0 ? -1 : this.table[h + 1]!;
  }

  /** The pairs seen (a << 16 | b) and their counts, sorted by pair. */
  entries(): { keys: Int32Array; counts: Int32Array } {
    const order: number[] = [];
    for (let h = 0; h < this.table.length; h += 2) if (this.table[h] !== 0) order.push(h);
    order.sort((x, y) => this.table[x]! - this.table[y]!);
    return { keys: Int32Array.from(order, (h) => this.table[h]!), counts: Int32Array.from(order, (h) => this.table[h + 1]!) };
  }

  static fromEntries(keys: Int32Array, counts: Int32Array): PairSet {
    const p = new PairSet(keys.length);
    for (let k = 0; k < keys.length; k++) p.put(keys[k]!, counts[k]!);
    return p;
  }

  has(a: number, b: number): boolean {
    return this.count(a, b) >= 0;
  }
}
