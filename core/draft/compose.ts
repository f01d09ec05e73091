// Picking phrase variants and writing enumerations: the parts shared by every frame.
import type { Block, HeadingLevel, ParagraphBlock, Role, Run } from '../doc/model.ts';
import { ordinal } from '../doc/numbering.ts';
import { pick, slotRng } from './random.ts';
import { concat, fill, lit, runsLength, trimEnd, type Vars } from './runs.ts';
import type { PhraseBank } from './template-schema.ts';

/** Thrown for a draft request the user can fix (unknown template, wrong kind): shown in Chinese. */
export class DraftRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DraftRequestError';
  }
}

/** Chooses wording: each slot draws from its own seeded stream, so wording is stable per seed. */
export class Phrases {
  constructor(
    private readonly bank: PhraseBank,
    private readonly seed: number,
    private readonly vars: Vars,
  ) {}

  /** A variant of `slot`, filled. `key` selects a keyed slot (meeting type); `use` separates reuses. */
  say(slot: string, extra: Vars = {}, key?: string, use = ''): Run[] {
    const entry = this.bank.slots[slot];
    if (!entry) throw new Error(`phrase bank has no slot "${slot}"`);
    const list = Array.isArray(entry) ? entry : (entry[key ?? 'default'] ?? entry['default']);
    if (!list) throw new Error(`phrase slot "${slot}" has no default variants`);
    return fill(pick(slotRng(this.seed, slot + use), list), { ...this.vars, ...extra });
  }

  guarantee(name: string): { lead: Run[]; body: Run[] } {
    const list = this.bank.guarantees[name];
    if (!list) throw new Error(`phrase bank has no guarantee "${name}"`);
    const v = pick(slotRng(this.seed, `guarantee:${name}`), list);
    return { lead: fill(v.lead, this.vars), body: fill(v.body, this.vars) };
  }

  pattern(patterns: readonly string[], use: string): Run[] {
    return fill(pick(slotRng(this.seed, use), patterns), this.vars);
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

/** Writes items in one of the genre's enumeration styles. */
export function enumerate(a: EnumerateArgs): Block[] {
  const para = (runs: Run[], extra: Partial<ParagraphBlock> = {}): ParagraphBlock => ({ type: 'paragraph', runs, role: a.role, part: a.part, ...extra });
  const sentence = (it: Item) => concat(trimEnd(it.title), lit('。'), it.body.length ? concat(trimEnd(it.body), lit('。')) : undefined);
  if (a.style === 'shi') {
    const inline = a.items.map((it, i) => concat(lit(ordinal('shi', i + 1)), sentence(it)));
    return [para(concat(a.lead, ...inline, a.after))];
  }
  const blocks: Block[] = [];
  if (a.lead) blocks.push(para(a.lead));
  a.items.forEach((it, i) => {
    if (a.style === 'headings') {
      const body = it.body.length ? concat(trimEnd(it.body), lit('。')) : [];
      blocks.push(para(body, { lead: { runs: concat(trimEnd(it.title), lit('。')), level: a.level ?? 2 } }));
    } else {
      const mark = a.style === 'di' ? `${ordinal('di', i + 1)}，` : ordinal('yao', i + 1);
      blocks.push(para(concat(lit(mark), sentence(it))));
    }
  });
  if (a.after) blocks.push(para(a.after));
  return blocks;
}
