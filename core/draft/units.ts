// Drawing the domain's and the topics' language: each unit (one to three sentences that belong
// together) at most once per draft, from its own seeded stream so that one part's wording does not
// depend on another's. Elaboration is tagged with its pool and its topic or domain; frame language
// (the part-three measures, requirements, closing) is not elaboration and carries no tag.
import type { Run } from '../doc/model.ts';
import { topicOf, type Domain } from './domain.ts';
import { shuffle, slotRng } from './random.ts';
import { fill, tagged, type Vars } from './runs.ts';
import type { DomainBank, DomainEntry, Family, Topic, TopicBank } from './template-schema.ts';

export type DomainPool = 'significance' | 'situation' | 'outlook' | 'urgency' | 'requirement' | 'task' | 'closing' | 'closingOccasion';
export type TopicPool = 'task' | 'problem';

export interface Banks {
  domains: DomainBank;
  topics: TopicBank;
}

/** A family's own variants where the corpus has them, else the topic's general ones. */
function forFamily<T>(keyed: { default: T } & Partial<Record<Family, T>>, family: Family | undefined): T {
  return (family && keyed[family]) || keyed.default;
}

export class Units {
  private readonly used = new Set<string>();
  private readonly entry: DomainEntry;

  constructor(
    private readonly banks: Banks,
    readonly domain: Domain,
    readonly family: Family | undefined,
    private readonly vars: Vars,
  ) {
    this.entry = banks.domains.domains[domain];
  }

  /** Elaboration in the domain's own language (significance, situation …), tagged with the domain. */
  domainUnit(seed: number, pool: DomainPool, use = ''): Run[] | undefined {
    const text = this.draw(seed, `domain:${pool}:${use}`, this.entry[pool].map((t) => ({ text: t, tag: this.domain })))?.text;
    return text === undefined ? undefined : tagged(fill(text, this.vars), pool, this.domain);
  }

  /** Frame language of the domain (requirement, closing): not elaboration, so untagged. */
  domainFrame(seed: number, pool: DomainPool, extra: Vars = {}): Run[] {
    const text = this.draw(seed, `frame:${pool}`, this.entry[pool].map((t) => ({ text: t, tag: this.domain })))?.text ?? this.entry[pool][0]!;
    return fill(text, { ...this.vars, ...extra });
  }

  /**
   * The argument after one item of the material (a task, a problem), closest to it in words (`about`):
   * drawn from the item's topic in the family's words and, for a task, from the domain's own task
   * units; tagged with the topic or the domain it came from. Undefined once both are spent.
   */
  itemUnit(seed: number, pool: TopicPool, topic: Topic | undefined, use: string, about: string): Run[] | undefined {
    const keyed = topic ? (pool === 'task' ? this.banks.topics.topics[topic].task : this.banks.topics.topics[topic].problem) : undefined;
    const candidates: Candidate[] = [
      ...(keyed && topic ? forFamily(keyed, this.family).map((t) => ({ text: t, tag: topic, bonus: 1 })) : []),
      ...(pool === 'task' ? this.entry.task.map((t) => ({ text: t, tag: this.domain })) : []),
    ];
    const chosen = this.draw(seed, `item:${pool}:${use}`, candidates, about);
    return chosen && tagged(fill(chosen.text, this.vars), pool, chosen.tag);
  }

  /** The measure topic of an item of the material (a task, a problem). */
  topicOf(title: string, detail: string | undefined): Topic | undefined {
    return topicOf(title, detail, this.banks.topics);
  }

  /** The measures of part three the domain calls for, in order. */
  measureTopics(): readonly Topic[] {
    return this.entry.guarantees;
  }

  /** A measure of part three: its run-in lead and body, in the family's words. */
  measure(seed: number, topic: Topic): { lead: Run[]; body: Run[] } | undefined {
    const keyed = this.banks.topics.topics[topic].guarantee;
    if (!keyed) return undefined;
    const variants = forFamily(keyed, this.family);
    const deck = shuffle(slotRng(seed, `measure:${topic}`), variants);
    const v = deck.find((x) => !this.used.has(x.body)) ?? deck[0]!;
    this.used.add(v.body);
    return { lead: fill(v.lead, this.vars), body: fill(v.body, this.vars) };
  }

  /**
   * A unit not yet used in the draft. With `about`, the candidates are ranked by the words they share
   * with it, and the seed chooses among the closest few; one that mostly restates it is passed over.
   */
  private draw(seed: number, key: string, list: readonly Candidate[], about?: string): Candidate | undefined {
    let deck = shuffle(slotRng(seed, key), list).filter((c) => !this.used.has(c.text));
    if (about) deck = closest(deck, about);
    const chosen = deck[0];
    if (chosen) this.used.add(chosen.text);
    return chosen;
  }
}

/** A unit that may be drawn: its text, the topic or domain it belongs to, a preference for its own topic. */
interface Candidate {
  text: string;
  tag: string;
  bonus?: number;
}

/** Pairs of characters too common to say that two texts are about the same thing. */
const COMMON = new Set(['工作', '要把', '一个', '不能', '我们', '群众', '问题', '这项', '项工', '落实', '责任', '进行', '开展', '加强', '要在', '时间', '的问', '要求', '情况', '一项', '抓好', '推进']);

function pairs(text: string): Set<string> {
  const out = new Set<string>();
  const t = text.replace(/\{\w+\}|[^\p{Script=Han}]/gu, ' ');
  for (let i = 0; i + 2 <= t.length; i++) {
    const p = t.slice(i, i + 2);
    if (!p.includes(' ') && !COMMON.has(p)) out.add(p);
  }
  return out;
}

/**
 * The deck reordered: units sharing most words with `about` first (a unit of the item's own topic
 * counting one more; the seed's order breaking ties and choosing among the close few, for variety);
 * a unit whose words are mostly the item's own is a restatement, not an argument, and goes last.
 */
function closest(deck: readonly Candidate[], about: string): Candidate[] {
  const target = pairs(about);
  const scored = deck.map((c, order) => {
    const own = pairs(c.text);
    let shared = 0;
    for (const p of own) if (target.has(p)) shared++;
    const restates = own.size > 0 && shared / own.size > 0.4;
    return { c, order, score: restates ? -1 : shared + (c.bonus ?? 0) };
  });
  const ranked = [...scored].sort((a, b) => b.score - a.score || a.order - b.order);
  const best = ranked[0]?.score ?? 0;
  // Among the units within two shared words of the best, the seed's first: another seed may argue another way.
  const close = ranked.filter((x) => x.score >= best - 2);
  const pick = [...close].sort((a, b) => a.order - b.order)[0];
  return pick ? [pick.c, ...ranked.filter((x) => x !== pick).map((x) => x.c)] : [];
}
