// A dictionary trie over character ids, stored as one open-addressing hash table of
// (parent node, character) → child node in typed arrays: 300,000 words fit in about 10 MB and a
// step costs one hash probe, with no string built. The proofreader walks it for every character of
// the text, so this is where its speed comes from.

export class CharTrie {
  private parents: Int32Array;
  private charIds: Int32Array;
  private children: Int32Array;
  private mask: number;
  /** Word cost per node; NaN where the path is only a prefix. */
  cost: Float32Array;
  size = 1;

  constructor(capacity: number) {
    let slots = 1;
    while (slots < capacity * 2) slots <<= 1;
    this.mask = slots - 1;
    this.parents = new Int32Array(slots).fill(-1);
    this.charIds = new Int32Array(slots);
    this.children = new Int32Array(slots);
    this.cost = new Float32Array(capacity + 1).fill(NaN);
  }

  private slot(node: number, id: number): number {
    let h = (Math.imul(node, 0x9e3779b1) ^ Math.imul(id, 0x85ebca77)) & this.mask;
    while (this.parents[h] !== -1 && (this.parents[h] !== node || this.charIds[h] !== id)) h = (h + 1) & this.mask;
    return h;
  }

  /** The child of `node` along character `id`, or −1. The root is node 0. */
  child(node: number, id: number): number {
    const h = this.slot(node, id);
    return this.parents[h] === -1 ? -1 : this.children[h]!;
  }

  /** The edges in child order: the parent and character of nodes 1 … size − 1 (node 0 is the root). */
  edges(): { parent: Int32Array; char: Int32Array } {
    const parent = new Int32Array(this.size);
    const char = new Int32Array(this.size);
    for (let h = 0; h <= this.mask; h++) {
      if (this.parents[h] === -1) continue;
      parent[this.children[h]!] = this.parents[h]!;
      char[this.children[h]!] = this.charIds[h]!;
    }
    return { parent: parent.subarray(1), char: char.subarray(1) };
  }

  /** The trie of `edges()` and the word costs of its nodes: a hash probe per node, no string. */
  static fromEdges(parent: Int32Array, char: Int32Array, cost: Float32Array): CharTrie {
    const t = new CharTrie(parent.length);
    t.cost.set(cost);
    for (let k = 0; k < parent.length; k++) {
      const h = t.slot(parent[k]!, char[k]!);
      t.parents[h] = parent[k]!;
      t.charIds[h] = char[k]!;
      t.children[h] = k + 1;
    }
    t.size = parent.length + 1;
    return t;
  }

  /** Adds a word (as character ids) with its cost. */
  insert(ids: ArrayLike<number>, cost: number): void {
    let node = 0;
    for (let k = 0; k < ids.length; k++) {
      const h = this.slot(node, ids[k]!);
      if (this.parents[h] === -1) {
        this.parents[h] = node;
        this.charIds[h] = ids[k]!;
        this.children[h] = this.size++;
      }
      node = this.children[h]!;
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

  constructor(capacity: number) {
    let slots = 2;
    while (slots < capacity * 2) slots <<= 1;
    this.mask = slots - 1;
    this.shift = 32 - Math.log2(slots);
    this.table = new Int32Array(2 * slots);
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

  add(a: number, b: number, count = 0): void {
    const key = (a << 16) | b;
    const h = this.slot(key);
    this.table[h] = key;
    this.table[h + 1] = this.table[h + 1]! + count;
  }

  /** How often the pair was seen in running text; −1 when it was never seen at all. */
  count(a: number, b: number): number {
    if (a === 0 || b === 0) return -1;
    const h = this.slot((a << 16) | b);
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
    for (let k = 0; k < keys.length; k++) {
      const h = p.slot(keys[k]!);
      p.table[h] = keys[k]!;
      p.table[h + 1] = counts[k]!;
    }
    return p;
  }

  has(a: number, b: number): boolean {
    if (a === 0 || b === 0) return false;
    return this.table[this.slot((a << 16) | b)] !== 0;
  }
}
