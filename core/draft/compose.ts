// Picking phrase variants and writing enumerations: the parts shared by every frame.
import type { Block, HeadingLevel, ParagraphBlock, Role, Run } from '../doc/model.ts';
import { ordinal } from '../doc/numbering.ts';
import { pick, shuffle, slotRng } from './random.ts';
import { concat, fill, lit, runsLength, trimEnd, type Vars } from './runs.ts';
import { own } from '../own.ts';
import type { PhraseBank } from './template-schema.ts';

/** Thrown for a draft request the user can fix (unknown template, wrong kind): shown in Chinese. */
export class DraftRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DraftRequestError';
  }
}

/**
 * Chooses wording: each slot draws from its own seeded stream, so the wording of one slot does not
 * shift when another slot is added, and a part can be regenerated without touching the others.
 * `keys` select keyed variants, most specific first (speaker rank, then meeting type).
 */
export class Phrases {
  constructor(
    private readonly bank: PhraseBank,
    readonly seed: number,
    private readonly vars: Vars,
    private readonly keys: readonly string[] = [],
  ) {}

  /** The same bank and values on another seed: the wording of another part. */
  withSeed(seed: number): Phrases {
    return new Phrases(this.bank, seed, this.vars, this.keys);
  }

  /** A variant of `slot`, filled; `use` separates the uses of one slot (one per task, say). */
  say(slot: string, extra: Vars = {}, use = ''): Run[] {
    return fill(pick(slotRng(this.seed, slot + use), this.variants(slot)), { ...this.vars, ...extra });
  }

  /**
   * The n-th use of a slot within one draft (the n-th task, say): variants are dealt from a shuffled
   * deck, so two tasks do not get the same sentence until the deck runs out.
   */
  sayNth(slot: string, n: number, extra: Vars = {}): Run[] {
    const deck = shuffle(slotRng(this.seed, `deck:${slot}`), this.variants(slot));
    return fill(deck[n % deck.length]!, { ...this.vars, ...extra });
  }

  private variants(slot: string): readonly string[] {
    const entry = own(this.bank.slots, slot);
    if (!entry) throw new Error(`phrase bank has no slot "${slot}"`);
    if (Array.isArray(entry)) return entry;
    // The keys are user text (a meeting type): 「constructor」 must find nothing, not a function.
    for (const key of this.keys) {
      const keyed = own(entry, key);
      if (keyed) return keyed;
    }
    const fallback = own(entry, 'default');
    if (!fallback) throw new Error(`phrase slot "${slot}" has no default variants`);
    return fallback;
  }

  guarantee(name: string): { lead: Run[]; body: Run[] } {
    const list = own(this.bank.guarantees, name);
    if (!list) throw new Error(`phrase bank has no guarantee "${name}"`);
    const v = pick(slotRng(this.seed, `guarantee:${name}`), list);
    return { lead: fill(v.lead, this.vars), body: fill(v.body, this.vars) };
  }

  pattern(patterns: readonly string[], use: string): Run[] {
    return fill(pick(slotRng(this.seed, use), patterns), this.vars);
  }

  fill(pattern: string): Run[] {
    return fill(pattern, this.vars);
  }
}

/** One enumerated item: a short title and an optional body, both as runs. */
export interface Item {
  title: Run[];
  body: Run[];
}

export type Enumeration = 'shi' | 'di' | 'yao' | 'headings';

/** GENRE.md: a few short items go inline (一是/二是); many or long ones get their own paragraphs. */
export function chooseEnumeration(items: readonly Item[], long: 'di' | 'headings'): Enumeration {
  const avg = items.reduce((n, it) => n + runsLength(it.title) + runsLength(it.body), 0) / Math.max(items.length, 1);
  return items.length <= 4 && avg <= 70 ? 'shi' : long;
}

export interface EnumerateArgs {
  items: readonly Item[];
  style: Enumeration;
  lead?: Run[];
  after?: Run[];
  role: Role;
  part: number;
  /** Level of a run-in heading when style is `headings`. */
  level?: HeadingLevel;
}

/** Writes items in one of the genre's enumeration styles; `items` are the paragraphs that hold them. */
export function enumerate(a: EnumerateArgs): { blocks: Block[]; items: ParagraphBlock[] } {
  const para = (runs: Run[], extra: Partial<ParagraphBlock> = {}): ParagraphBlock => ({ type: 'paragraph', runs, role: a.role, part: a.part, ...extra });
  const sentence = (it: Item) => concat(trimEnd(it.title), lit('。'), it.body.length ? concat(trimEnd(it.body), lit('。')) : undefined);
  if (a.style === 'shi') {
    const inline = a.items.map((it, i) => concat(lit(ordinal('shi', i + 1)), sentence(it)));
    const only = para(concat(a.lead, ...inline, a.after));
    return { blocks: [only], items: [only] };
  }
  const items = a.items.map((it, i) => {
    if (a.style === 'headings') {
      const body = it.body.length ? concat(trimEnd(it.body), lit('。')) : [];
      return para(body, { lead: { runs: concat(trimEnd(it.title), lit('。')), level: a.level ?? 2 } });
    }
    const mark = a.style === 'di' ? `${ordinal('di', i + 1)}，` : ordinal('yao', i + 1);
    return para(concat(lit(mark), sentence(it)));
  });
  const blocks: Block[] = [...(a.lead ? [para(a.lead)] : []), ...items, ...(a.after ? [para(a.after)] : [])];
  return { blocks, items };
}
