// Picking phrase variants and writing enumerations: the parts shared by every frame.
import type { Block, HeadingLevel, ParagraphBlock, Role, Run } from '../doc/model.ts';
import { ordinal } from '../doc/numbering.ts';
import { pick, shuffle, slotRng } from './random.ts';
import { concat, fill, lit, runsLength, trimEnd, type Vars } from './runs.ts';
import { own } from '../own.ts';
import type { IdeaLedger } from './key-ideas.ts';
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
    /** The key ideas the draft has said: given, a variant that would say one again gives way to the next. */
    private readonly ideas?: IdeaLedger,
    /** Wording that does not fit the meeting (voice.ts stageUnfit): not drawn while another variant fits. */
    private readonly unfit: (text: string) => boolean = () => false,
  ) {}

  /**
   * A variant of `slot`, filled; `use` separates the uses of one slot (one per task, say). `mark` prefers the keys'
   * marked variants (「principal+one」 before 「principal」), drawn at the same place of their list as the unmarked.
   */
  say(slot: string, extra: Vars = {}, use = '', mark = ''): Run[] {
    const list = this.variants(slot, this.keys, mark);
    let text = pick(slotRng(this.seed, slot + use), list);
    if (this.ideas) {
      // Another variant from the slot's own deck, so that two drafts that give way do not land alike.
      if (!this.ideas.free(text)) text = shuffle(slotRng(this.seed, `free:${slot}${use}`), list).find((t) => this.ideas!.free(t)) ?? text;
      this.ideas.note(text);
    }
    return fill(text, { ...this.vars, ...extra });
  }

  /**
   * The n-th use of a slot within one draft (the n-th task, say): variants are dealt from a shuffled
   * deck, so two tasks do not get the same sentence until the deck runs out.
   */
  sayNth(slot: string, n: number, extra: Vars = {}): Run[] {
    const deck = shuffle(slotRng(this.seed, `deck:${slot}`), this.variants(slot));
    return fill(deck[n % deck.length]!, { ...this.vars, ...extra });
  }

  /** The n-th use of a slot keyed by `key` (a deadline's kind, an assignment's tone), dealt like sayNth; `mark` as in say. */
  sayKeyed(slot: string, key: string, n: number, extra: Vars = {}, mark = ''): Run[] {
    const deck = shuffle(slotRng(this.seed, `deck:${slot}:${key}`), this.variants(slot, [key], mark));
    return fill(deck[n % deck.length]!, { ...this.vars, ...extra });
  }

  /**
   * A variant of a slot keyed by `key`, said once in the draft: like `say`, it gives way to the next
   * variant of its deck when it would say a key idea again, and notes the ideas it says.
   */
  sayKeyedOnce(slot: string, key: string, extra: Vars = {}): Run[] {
    const deck = shuffle(slotRng(this.seed, `deck:${slot}:${key}`), this.variants(slot, [key]));
    const text = (this.ideas && deck.find((t) => this.ideas!.free(t))) ?? deck[0]!;
    this.ideas?.note(text);
    return fill(text, { ...this.vars, ...extra });
  }

  /** Whether the bank has the slot: optional wording (a level's own audience) falls back when it has not. */
  has(slot: string): boolean {
    return own(this.bank.slots, slot) !== undefined;
  }

  private variants(slot: string, keys: readonly string[] = this.keys, mark = ''): readonly string[] {
    const all = this.allVariants(slot, mark ? [...keys, 'default'].flatMap((k) => [`${k}+${mark}`, k]) : keys);
    const fit = all.filter((t) => !this.unfit(t));
    return fit.length ? fit : all;
  }

  private allVariants(slot: string, keys: readonly string[]): readonly string[] {
    const entry = own(this.bank.slots, slot);
    if (!entry) throw new Error(`phrase bank has no slot "${slot}"`);
    if (Array.isArray(entry)) return entry;
    // The keys are user text (a meeting type): 「constructor」 must find nothing, not a function.
    for (const key of keys) {
      const keyed = own(entry, key);
      if (keyed) return keyed;
    }
    const fallback = own(entry, 'default');
    if (!fallback) throw new Error(`phrase slot "${slot}" has no default variants`);
    return fallback;
  }
}

/** One enumerated item: a short title, an optional body and tail (a task's assignment), as runs. */
export interface Item {
  title: Run[];
  body: Run[];
  /** Ends the item's paragraph after any elaboration: 「由…牵头，…前完成。」, with its own full stop. */
  tail?: Run[];
  /** The measure topic of the item, recorded on its paragraph. */
  topic?: string;
}

export type Enumeration = 'shi' | 'di' | 'yao' | 'headings';

/** GENRE.md: a few short items go inline (一是/二是); many or long ones get their own paragraphs. */
export function chooseEnumeration(items: readonly Item[], long: 'di' | 'headings'): Enumeration {
  const avg = items.reduce((n, it) => n + runsLength(it.title) + runsLength(it.body) + runsLength(it.tail ?? []), 0) / Math.max(items.length, 1);
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

/** A paragraph holding items, and the run index where elaboration of it goes (before its tail). */
export interface Placed {
  block: ParagraphBlock;
  at: number;
}

/** Writes items in one of the genre's enumeration styles; `items` are the paragraphs that hold them. */
export function enumerate(a: EnumerateArgs): { blocks: Block[]; items: Placed[] } {
  const para = (runs: Run[], extra: Partial<ParagraphBlock> = {}): ParagraphBlock => ({ type: 'paragraph', runs, role: a.role, part: a.part, ...extra });
  const stop = (runs: Run[]) => (runs.length ? concat(trimEnd(runs), lit('。')) : []);
  const sentence = (it: Item) => concat(stop(it.title), stop(it.body));
  const topic = (it: Item) => (it.topic ? { topic: it.topic } : {});
  if (a.items.length === 1) {
    // One item is not enumerated: no lone 「一是」 or 「（一）」; its argument goes before its tail.
    const it = a.items[0]!;
    const head = concat(a.lead, sentence(it));
    const only = para([...head, ...(it.tail ?? []), ...(a.after ?? [])], topic(it));
    return { blocks: [only], items: [{ block: only, at: head.length }] };
  }
  if (a.style === 'shi') {
    const inline = concat(a.lead, ...a.items.map((it, i) => concat(lit(ordinal('shi', i + 1)), sentence(it), it.tail)));
    // Spread, not concat: the insert point stays between the items and the closing sentence.
    const only = para([...inline, ...(a.after ?? [])]);
    return { blocks: [only], items: [{ block: only, at: inline.length }] };
  }
  const items = a.items.map((it, i): Placed => {
    const head = a.style === 'headings' ? stop(it.body) : concat(lit(a.style === 'di' ? `${ordinal('di', i + 1)}，` : ordinal('yao', i + 1)), sentence(it));
    const extra = a.style === 'headings' ? { lead: { runs: stop(it.title), level: a.level ?? 2 }, ...topic(it) } : topic(it);
    return { block: para([...head, ...(it.tail ?? [])], extra), at: head.length };
  });
  const blocks: Block[] = [...(a.lead ? [para(a.lead)] : []), ...items.map((p) => p.block), ...(a.after ? [para(a.after)] : [])];
  return { blocks, items };
}
